// The declare-away form: what the inputs hold, the body POST /api/away takes, and the contract's
// checks with problems placed by field ('coverSlugs.1' lands on the colleagues field).
import type { AwayReason } from '../../../contracts/cover-words.ts';
import type { AwayCreate } from '../../api/away.ts';
import { today } from '../../components/dates.ts';
import type { PickedMember } from '../../components/MemberPicker.tsx';
import { checkWith } from '../../components/schema-problems.ts';

/** The covering colleagues are chosen by name in the member picker; the body takes their slugs. */
export type AwayFormValues = {
  reason: AwayReason;
  startsOn: string;
  endsOn: string;
  message: string;
  coverSlugs: PickedMember[];
};

export const initialAwayValues = (): AwayFormValues => ({
  reason: 'vacation',
  startsOn: today(),
  endsOn: today(7),
  message: '',
  coverSlugs: [],
});

export const toAwayCreate = (values: AwayFormValues): AwayCreate => ({
  ...values,
  coverSlugs: values.coverSlugs.map((member) => member.slug),
});

/** The contract's checks (its schema loads on first use), in its words, by field. */
export const awayCheck = checkWith(
  () => import('../../../contracts/cover.ts').then((module) => module.awayCreateSchema),
  toAwayCreate,
  'reason',
  (_field, issue) => issue.message,
);
