import type { useForm } from '@mantine/form';
import type { Taxonomy } from '../../../api/profile.ts';
import type { ProfileFormValues } from '../profile-form.ts';

// @mantine/form's ESM typings do not re-export UseFormReturnType (an extensionless `export type *`),
// so the type is taken from the hook itself.
export type ProfileForm = ReturnType<typeof useForm<ProfileFormValues>>;
export type SectionProps = { form: ProfileForm; taxonomy: Taxonomy };

export const options = (table: Record<string, string>) =>
  Object.entries(table).map(([value, label]) => ({ value, label }));
export const thisYear = new Date().getFullYear();
