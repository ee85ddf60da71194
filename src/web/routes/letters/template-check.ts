// A template's subject and body checked with the contract's own schema, loaded on first use (so
// zod is not part of the templates or merge page's first load).
import type { LetterTemplateInput } from '../../../contracts/letters.ts';
import { checkWith, type LazyCheck } from '../../components/schema-problems.ts';

export const templateCheck: LazyCheck<LetterTemplateInput> = checkWith(
  () => import('../../../contracts/letters.ts').then((contract) => contract.letterTemplateInputSchema),
  (values: LetterTemplateInput) => values,
  'body',
);
