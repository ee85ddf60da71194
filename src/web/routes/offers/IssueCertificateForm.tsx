// Issuing a certificate from this offer to a named person: one of my professionals, or a Kneadwork
// member by their profile address (the part after /p/ or /members/).
import { Button, Group, SegmentedControl, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useSearchParams } from '../../app/routing.tsx';
import type { Offer } from '../../../contracts/offers.ts';
import { useContacts } from '../../api/contacts.ts';
import { useIssueCertificate } from '../../api/offers.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { useServerForm } from '../../components/use-server-form.ts';
import { ContactPicker } from '../letters/ContactPicker.tsx';

type Values = { target: 'contact' | 'member'; contactId: string; member: string };
const allContacts = new URLSearchParams({ pageSize: '500' });

/** "https://…/p/anika-patel", "/members/anika-patel" or "anika-patel" → "anika-patel". */
const slugOf = (input: string) =>
  input
    .trim()
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .split('/')
    .pop() ?? '';

const toInput = ({ target, contactId, member }: Values) =>
  target === 'contact' ? { contactId } : { memberSlug: slugOf(member) };

function whoIsMissing(values: Values): Record<string, string> | null {
  if (values.target === 'contact') return values.contactId ? null : { contactId: 'Choose who the certificate is for' };
  return slugOf(values.member) ? null : { member: "Enter the member's profile address" };
}

export function IssueCertificateForm({ offer }: { offer: Offer }) {
  const contacts = useContacts(allContacts);
  const [, setSearch] = useSearchParams();
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: { target: 'contact', contactId: '', member: '' },
    validate: whoIsMissing,
    toBody: (values) => ({ offerId: offer.id, input: toInput(values) }),
    mutation: useIssueCertificate(),
    // The server names the member by memberSlug; the form's box is "member".
    fieldOf: (path) => (path === 'memberSlug' ? 'member' : path),
    onSuccess: (certificate) => {
      notifications.show({
        color: 'sage',
        title: `Certificate issued to ${certificate.recipientName}`,
        message: certificate.displayCode,
      });
      form.setValues({ contactId: '', member: '' });
      setSearch({ issued: certificate.code }, { replace: true });
    },
  });
  const target = form.values.target;

  return (
    <FormCard name={{ label: 'Issue a certificate' }} formRef={formRef} onSubmit={onSubmit}>
      <Title order={2} size="h4">
        Issue a certificate
      </Title>
      <SegmentedControl
        value={target}
        onChange={(value) => {
          form.setFieldValue('target', value);
          form.clearErrors();
        }}
        data={[
          { value: 'contact', label: 'My professionals' },
          { value: 'member', label: 'A member' },
        ]}
        fullWidth
      />
      {target === 'contact' ? (
        <ContactPicker
          contacts={contacts.data?.items ?? []}
          value={form.values.contactId || null}
          onChange={(id) => {
            form.setFieldValue('contactId', id ?? '');
            form.clearFieldError('contactId');
          }}
          loading={contacts.isPending}
          error={form.errors.contactId}
          description="The certificate is made out to them by name."
        />
      ) : (
        <TextInput
          label="Member's profile address"
          description="Paste the link to their profile, or the name at its end."
          placeholder="anika-patel"
          {...form.getInputProps('member')}
        />
      )}
      <FormAlert message={problem} />
      <Group justify="flex-end">
        <Button type="submit" loading={busy} disabled={offer.state !== 'active'}>
          Issue certificate
        </Button>
      </Group>
    </FormCard>
  );
}
