// The client form's values and their conversions: the date input holds '' where the API takes
// null. The checks are the shared schema's (loaded on first use), so browser and server refuse
// the same things.
import type { Client } from '../../../contracts/clients.ts';
import { checkWith } from '../../components/schema-problems.ts';

export type ClientFormValues = { name: string; email: string; phone: string; dateOfBirth: string; notes: string };

export const emptyClient: ClientFormValues = { name: '', email: '', phone: '', dateOfBirth: '', notes: '' };

export const toFormValues = (client: Client): ClientFormValues => ({
  name: client.name,
  email: client.email,
  phone: client.phone,
  dateOfBirth: client.dateOfBirth ?? '',
  notes: client.notes,
});

export const toInput = (values: ClientFormValues) => ({ ...values, dateOfBirth: values.dateOfBirth || null });

/** Field → first problem, in the server's words (empty when fine). */
export const clientCheck = checkWith(
  () => import('../../../contracts/clients.ts').then((contract) => contract.clientInputSchema),
  toInput,
  'name',
  (field, issue) => (field === 'name' && issue.code === 'too_small' ? 'Enter their name' : undefined),
);
