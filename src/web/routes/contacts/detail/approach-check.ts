// "Log an approach" checked with the contract's schema; the body's `occurredAt` is the form's date.
// Loaded on first use (log-approach.ts), so zod is not part of the contact page's first load.
import { renamedCheck } from '../../../components/renamed-check.ts';
import { checkWith, type LazyCheck } from '../../../components/schema-problems.ts';
import { toInteraction, type ApproachValues } from './log-approach.ts';

export const approachCheck: LazyCheck<ApproachValues> = renamedCheck(
  checkWith(
    () => import('../../../../contracts/contacts.ts').then((contract) => contract.interactionInputSchema),
    toInteraction,
    'summary',
  ),
  { occurredAt: 'day' },
);
