// The new referral's checks: the contract's schema (as the server checks it) and the choices made
// with pickers, in this form's words. Loaded on first use (referral-form.ts), so zod and the field
// labels are not part of the page's first load.
import { checkWith, type LazyCheck } from '../../components/schema-problems.ts';
import { pickerProblems, toCreateInput, type ReferralFormValues } from './referral-form.ts';

const contractCheck = checkWith(
  () => import('../../../contracts/referrals.ts').then((module) => module.referralCreateSchema),
  toCreateInput,
  'reasonClinical',
);

export const referralCheckNow: LazyCheck<ReferralFormValues> = Object.assign(
  async (values: ReferralFormValues) => pickerProblems(values, await contractCheck(values)),
  { preload: contractCheck.preload },
);
