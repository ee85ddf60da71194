// When the chosen member is away, the server names the colleagues covering for them; the referral
// can go to one of those instead (the client's consent must cover them too).
import { Alert, NativeSelect } from '@mantine/core';
import { ApiError } from '../../api/http.ts';
import type { ReferralFormApi } from './referral-form.ts';

export type Cover = { slug: string; name: string };

/** The covering colleagues in a refusal of toMemberSlug (details[].coveredBy), named as the message names them. */
export function coversIn(error: unknown): Cover[] {
  if (!(error instanceof ApiError)) return [];
  const problem = error.fields.find((field) => field.field === 'toMemberSlug') as
    { message: string; coveredBy?: unknown } | undefined;
  if (!problem || !Array.isArray(problem.coveredBy)) return [];
  return problem.coveredBy
    .filter((slug): slug is string => typeof slug === 'string')
    .map((slug) => ({
      slug,
      name:
        new RegExp(`([^,:]+) \\(${slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`)
          .exec(problem.message)?.[1]
          ?.trim() ?? slug,
    }));
}

export function CoverChoice({ form, covers }: { form: ReferralFormApi; covers: Cover[] }) {
  if (covers.length === 0 || form.values.recipientKind !== 'member') return null;
  return (
    <Alert color="orange" variant="light" title={`${form.values.recipientName || 'This member'} is away`}>
      <NativeSelect
        label="Send it to a covering colleague"
        data={[
          { value: '', label: 'Choose…', disabled: true },
          ...covers.map((cover) => ({ value: cover.slug, label: cover.name })),
        ]}
        {...form.getInputProps('redirectToCover')}
      />
    </Alert>
  );
}
