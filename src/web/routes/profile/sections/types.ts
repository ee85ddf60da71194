import type { FormApi } from '../../../components/use-form.ts';
import type { Taxonomy } from '../../../api/profile.ts';
import type { ProfileFormValues } from '../profile-form.ts';

export type ProfileForm = FormApi<ProfileFormValues>;
export type SectionProps = { form: ProfileForm; taxonomy: Taxonomy };

export const options = (table: Record<string, string>) =>
  Object.entries(table).map(([value, label]) => ({ value, label }));
export const thisYear = new Date().getFullYear();
