// The declare-away form: what the inputs hold, the body POST /api/away takes, and the contract's
// checks with problems placed by field ('coverSlugs.1' lands on the colleagues field).
import { awayCreateSchema, type AwayReason } from '../../../contracts/cover.ts';
import type { AwayCreate } from '../../api/away.ts';
import type { PickedMember } from '../../components/MemberPicker.tsx';

/** The covering colleagues are chosen by name in the member picker; the body takes their slugs. */
export type AwayFormValues = {
  reason: AwayReason;
  startsOn: string;
  endsOn: string;
  message: string;
  coverSlugs: PickedMember[];
};

const isoDay = (offsetDays: number) => {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

export const initialAwayValues = (): AwayFormValues => ({
  reason: 'vacation',
  startsOn: isoDay(0),
  endsOn: isoDay(7),
  message: '',
  coverSlugs: [],
});

export const toAwayCreate = (values: AwayFormValues): AwayCreate => ({
  ...values,
  coverSlugs: values.coverSlugs.map((member) => member.slug),
});

export function awayProblems(values: AwayFormValues): Record<string, string> | null {
  const parsed = awayCreateSchema.safeParse(toAwayCreate(values));
  if (parsed.success) return null;
  const problems: Record<string, string> = {};
  for (const issue of parsed.error.issues) problems[String(issue.path[0] ?? 'reason')] ??= issue.message;
  return problems;
}
