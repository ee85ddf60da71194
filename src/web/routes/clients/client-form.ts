// The client form's values and their conversions: the date input holds '' where the API takes
// null. The checks are the shared schema's, so browser and server refuse the same things.
import { clientInputSchema, type Client } from '../../../contracts/clients.ts';
import { schemaProblems } from '../../components/schema-problems.ts';

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
export function problemsIn(values: ClientFormValues): Record<string, string> {
  const problems = schemaProblems(clientInputSchema, toInput(values), 'name', (field, issue) =>
    field === 'name' && issue.code === 'too_small' ? 'Enter their name' : undefined,
  );
  return problems;
}
