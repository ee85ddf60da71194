// The profile form and its one save path: check the chosen fields as the server will, send them
// (PUT /api/me/profile is partial), take back what the server stored (it fills the town from the
// postal code), and put any refusal next to the field it names.
import { useForm } from '../../components/use-form.ts';
import { notifications } from '@mantine/notifications';
import type { Profile } from '../../../contracts/profile.ts';
import { ApiError, messageOf } from '../../api/http.ts';
import { useUpdateProfile } from '../../api/profile.ts';
import { profileCheck, toFormValues, toUpdate, type FieldName, type ProfileFormValues } from './profile-form.ts';

export type SaveResult = { ok: true; profile: Profile } | { ok: false; fields: string[] };

export function useProfileForm(profile: Profile) {
  const form = useForm<ProfileFormValues>({ initialValues: toFormValues(profile) });
  const update = useUpdateProfile();

  async function save(fields: readonly FieldName[]): Promise<SaveResult> {
    form.clearErrors();
    const patch = toUpdate(form.getValues(), fields);
    const problems = await profileCheck(patch);
    if (Object.keys(problems).length > 0) {
      form.setErrors(problems);
      return { ok: false, fields: Object.keys(problems) };
    }
    try {
      const saved = fields.length > 0 ? await update.mutateAsync(patch) : profile;
      const stored = toFormValues(saved);
      // Keep what the person is typing elsewhere; take the server's version of what was saved.
      const taken = [...fields, ...(fields.includes('postalCode') ? (['city', 'region'] as const) : [])];
      const next = { ...form.getValues(), ...Object.fromEntries(taken.map((field) => [field, stored[field]])) };
      form.setValues(next);
      form.resetDirty(next);
      return { ok: true, profile: saved };
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        const placed = error.fields.map((problem) => problem.field.split('.')[0]!);
        form.setErrors(
          Object.fromEntries(error.fields.map((problem) => [problem.field.split('.')[0]!, problem.message])),
        );
        return { ok: false, fields: placed };
      }
      notifications.show({ color: 'red', title: 'Your changes were not saved', message: messageOf(error) });
      return { ok: false, fields: [] };
    }
  }

  return { form, save, saving: update.isPending, preloadCheck: () => void profileCheck.preload() };
}
