// The terms form (propose and counter): flat values the inputs hold (minutes may be half-typed),
// the body the API takes, and the contract's checks with problems placed by field (the contract's
// schema loads when the form is first touched).
import type { ZodType } from 'zod';
import type { TradeTerm } from '../../../contracts/trades.ts';
import { lazyCheck } from '../../components/schema-problems.ts';

export type TermsValues = {
  giveService: string;
  giveMinutes: number | string;
  receiveService: string;
  receiveMinutes: number | string;
  note: string;
};

export const initialTerms = (from?: { give: TradeTerm; receive: TradeTerm }): TermsValues => ({
  giveService: from?.give.service ?? '',
  giveMinutes: from?.give.minutes ?? 60,
  receiveService: from?.receive.service ?? '',
  receiveMinutes: from?.receive.minutes ?? 60,
  note: '',
});

const numberOf = (value: number | string) => (value === '' ? Number.NaN : Number(value));

export const toTerms = (values: TermsValues) => ({
  give: { service: values.giveService, minutes: numberOf(values.giveMinutes) },
  receive: { service: values.receiveService, minutes: numberOf(values.receiveMinutes) },
  ...(values.note.trim() ? { note: values.note } : {}),
});

/** 'give.minutes' (as the contract and the server name it) → the flat field 'giveMinutes'. */
export const fieldOf = (path: string) =>
  path.replace(
    /^(give|receive)\.(service|minutes)$/,
    (_, side: string, part: string) => `${side}${part[0]!.toUpperCase()}${part.slice(1)}`,
  );

/** Each side's terms against the contract's term schema, problems by flat field. */
export const termsCheck = lazyCheck(
  () => import('../../../contracts/trades.ts').then((contract) => contract.tradeTermSchema as ZodType),
  (termSchema, values: TermsValues) => {
    const problems: Record<string, string> = {};
    for (const side of ['give', 'receive'] as const) {
      const parsed = termSchema.safeParse(toTerms(values)[side]);
      if (parsed.success) continue;
      for (const issue of parsed.error.issues)
        problems[fieldOf(`${side}.${String(issue.path[0])}`)] ??=
          issue.code === 'invalid_type' ? 'is required' : issue.message;
    }
    return problems;
  },
);
