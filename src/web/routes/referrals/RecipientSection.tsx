// Who receives the referral: a member (suggested for the profession and specialty) or one of my
// professionals, who gets a private link by email or a printable letter.
import { NativeSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { professions } from '../../../contracts/taxonomy.ts';
import { useContacts } from '../../api/contacts.ts';
import { MemberPicker, type PickedMember } from '../../components/MemberPicker.tsx';
import { MemberSuggestions } from './MemberSuggestions.tsx';
import type { RecipientKind, ReferralFormApi } from './referral-form.ts';

const allContacts = new URLSearchParams({ pageSize: '500', sort: 'name' });
type Filter = { profession: string; specialty: string };

function ContactChoice({ form }: { form: ReferralFormApi }) {
  const contacts = useContacts(allContacts);
  const items = contacts.data?.items ?? [];
  if (contacts.data && items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Your list of professionals is empty.
      </Text>
    );
  const onChange = (id: string) => {
    const contact = items.find((item) => item.id === id);
    form.setValues({
      toContactId: id,
      recipientName: contact?.name ?? '',
      recipientProfession: contact?.profession ?? '',
    });
  };
  const chosen = items.find((item) => item.id === form.values.toContactId);
  return (
    <Stack gap={4}>
      <NativeSelect
        label="Professional"
        required
        data={[
          { value: '', label: 'Choose…', disabled: true },
          ...items.map((item) => ({ value: item.id, label: `${item.name} — ${professions[item.profession]}` })),
        ]}
        value={form.values.toContactId}
        error={form.errors.toContactId}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      {chosen && (
        <Text size="xs" c="dimmed">
          {chosen.email
            ? `They get a private link at ${chosen.email} to view, accept and reply without an account.`
            : 'They have no email address: print the referral letter for them after sending.'}
        </Text>
      )}
    </Stack>
  );
}

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
          {form.errors.toMemberSlug && (
            <Text size="sm" c="red" role="alert">
              {form.errors.toMemberSlug}
            </Text>
          )}
        </>
      ) : (
        <ContactChoice form={form} />
      )}
    </Stack>
  );
}
