// The contact form's values and their conversions: a date input holds '' where the API takes null,
// and the profession starts unchosen. The checks are the shared schema's, so the browser and the
// server refuse the same things with the same words.
import type { useForm } from '../../../components/use-form.ts';
import { contactInputSchema, type Contact, type ContactInput } from '../../../../contracts/contacts.ts';
import { type Stage } from '../../../../contracts/pipeline.ts';
import type { Profession } from '../../../../contracts/taxonomy.ts';
import { schemaProblems } from '../../../components/schema-problems.ts';

export type ContactFormValues = Omit<ContactInput, 'followUpOn' | 'profession'> & {
  followUpOn: string;
  profession: Profession | '';
};
export type ContactField = keyof ContactFormValues;
export type ContactFormApi = Pick<ReturnType<typeof useForm<ContactFormValues>>, 'getValues' | 'getInputProps'>;

export const emptyContact = (stage: Stage = 'identified'): ContactFormValues => ({
  name: '',
  profession: '',
  organisation: '',
  phone: '',
  email: '',
  street: '',
  city: '',
  region: '',
  postalCode: '',
  country: '',
  howWeMet: '',
  tags: [],
  notes: '',
  stage,
  followUpOn: '',
  followUpNote: '',
});

export function toFormValues(contact: Contact): ContactFormValues {
  const values = emptyContact(contact.stage);
  const fields = Object.keys(values) as ContactField[];
  return {
    ...Object.fromEntries(fields.map((field) => [field, contact[field] ?? values[field]])),
    followUpOn: contact.followUpOn ?? '',
  } as ContactFormValues;
}

export const toInput = (values: ContactFormValues): ContactInput => ({
  ...values,
  profession: values.profession as Profession,
  followUpOn: values.followUpOn || null,
});

/** The same checks the server makes: field → first problem (empty when fine). */
export function problemsIn(values: ContactFormValues): Record<string, string> {
  const problems = schemaProblems(contactInputSchema, toInput(values), 'name', (field, issue) =>
    field === 'name' && issue.code === 'too_small' ? 'Enter their name' : undefined,
  );
  if (values.profession === '') problems.profession = 'Choose a profession';
  return problems;
}
