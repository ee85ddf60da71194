// The circle's own fields as the start and settings forms hold them (topics typed as one line,
// the cap as typed), the bodies the API takes, and the contract's checks loaded on first use.
import type { ZodType } from 'zod';
import type { CircleKind, CircleVisibility } from '../../../contracts/circle-words.ts';
import type { Circle } from '../../api/circles.ts';
import { checkWith } from '../../components/schema-problems.ts';

export type CircleValues = {
  name: string;
  kind: CircleKind;
  description: string;
  rules: string;
  topics: string;
  postalCode: string;
  online: boolean;
  visibility: CircleVisibility;
  memberCap: string;
};

export const circleValues = (circle?: Circle): CircleValues => ({
  name: circle?.name ?? '',
  kind: circle?.kind ?? 'peer-networking',
  description: circle?.description ?? '',
  rules: circle?.rules ?? '',
  topics: circle?.topics.join(', ') ?? '',
  postalCode: circle?.town?.postalCode ?? '',
  online: circle?.online ?? false,
  visibility: circle?.visibility ?? 'public',
  memberCap: circle?.memberCap ? String(circle.memberCap) : '',
});

/** "Sports, Prenatal ,," → ['sports', 'prenatal']. */
export const topicsOf = (line: string) =>
  line
    .split(',')
    .map((topic) => topic.trim())
    .filter(Boolean);

/** The cap as a number, null for none, NaN for what is not a number (the schema names it). */
const capOf = (typed: string) => (typed.trim() === '' ? null : Number(typed));

/** The fields every circle body shares; `postalCode` is left out when empty. */
export const circleBody = (values: CircleValues) => ({
  name: values.name.trim(),
  kind: values.kind,
  description: values.description.trim(),
  rules: values.rules.trim(),
  topics: topicsOf(values.topics),
  visibility: values.visibility,
  online: values.online,
  memberCap: capOf(values.memberCap),
  ...(values.postalCode.trim() ? { postalCode: values.postalCode.trim() } : {}),
});

export const circleCheck = <Values extends CircleValues>() =>
  checkWith<Values>(
    () => import('../../../contracts/circles.ts').then((contract) => contract.circleCreateSchema as ZodType),
    circleBody,
    'name',
  );

/** 'invite.emails.0' (the server's path) → the form's 'emails'. */
export const circleFieldOf = (path: string) => path.replace(/^invite\./, '');
