// Who receives the referral: a member (suggested for the profession and specialty) or one of my
// professionals, who gets a private link by email or a printable letter.
import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { MemberPicker, type PickedMember } from '../../components/MemberPicker.tsx';
import type { RecipientKind, ReferralFormApi } from './referral-form.ts';
import { PageLoader } from '../../components/PageLoader.tsx';

// Loaded after the section has painted: the suggested members (found by need), and my list of
// professionals when that kind of recipient is chosen.
const MemberSuggestions = lazy(async () => ({
  default: (await import('./MemberSuggestions.tsx')).MemberSuggestions,
}));
const ContactChoice = lazy(async () => ({ default: (await import('./ContactChoice.tsx')).ContactChoice }));

type Filter = { profession: string; specialty: string };

export function RecipientSection({
  form,
  filter,
  onFilter,
}: {
  form: ReferralFormApi;
  filter: Filter;
  onFilter: (filter: Filter) => void;
}) {
  const kind = form.values.recipientKind;
  const setKind = (value: RecipientKind) =>
    form.setValues({
      recipientKind: value,
      toMemberSlug: '',
      toContactId: '',
      recipientName: '',
      recipientProfession: '',
      redirectToCover: '',
    });
  return (
    <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={2} size="h5" component="legend" id="recipient-title">
        Refer to
      </Title>
      <SegmentedControl
        aria-labelledby="recipient-title"
        value={kind}
        onChange={(value) => setKind(value)}
        data={[
          { value: 'member', label: 'A Kneadwork member' },
          { value: 'contact', label: 'One of my professionals' },
        ]}
      />
      {kind === 'member' ? (
        <>
          {/* A member the therapist already has in mind is found by name; the suggestions below find one by need. */}
          <MemberPicker
            label="Find a member by name"
            description="Or choose one of the suggestions below"
            chosen={
              form.values.toMemberSlug
                ? {
                    slug: form.values.toMemberSlug,
                    displayName: form.values.recipientName,
                    profession: form.values.recipientProfession,
                    town: '',
                    inNetwork: false,
                  }
                : null
            }
            onPick={(member: PickedMember) =>
              form.setValues({
                toMemberSlug: member.slug,
                recipientName: member.displayName,
                recipientProfession: member.profession,
                redirectToCover: '',
              })
            }
          />
          <Suspense fallback={<PageLoader />}>
            <MemberSuggestions
              filter={filter}
              onFilter={onFilter}
              chosenSlug={form.values.toMemberSlug}
              onChoose={(suggestion) =>
                form.setValues({
                  toMemberSlug: suggestion.slug,
                  recipientName: suggestion.displayName,
                  recipientProfession: suggestion.profession,
                  redirectToCover: '',
                })
              }
            />
          </Suspense>
          {form.errors.toMemberSlug && (
            <Text size="sm" c="red" role="alert">
              {form.errors.toMemberSlug}
            </Text>
          )}
        </>
      ) : (
        <Suspense fallback={<PageLoader />}>
          <ContactChoice form={form} />
        </Suspense>
      )}
    </Stack>
  );
}
