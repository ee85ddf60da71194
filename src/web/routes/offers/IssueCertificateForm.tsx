// Issuing a certificate from this offer to a named person: one of my professionals, or a Kneadwork
// member by their profile address (the part after /p/ or /members/).
import { Button, Group, Paper, SegmentedControl, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from '../../app/routing.tsx';
import type { Offer } from '../../../contracts/offers.ts';
import { useContacts } from '../../api/contacts.ts';
import { ApiError, messageOf } from '../../api/http.ts';
import { useIssueCertificate } from '../../api/offers.ts';
import { ContactPicker } from '../letters/ContactPicker.tsx';

type Target = 'contact' | 'member';
const allContacts = new URLSearchParams({ pageSize: '500' });

/** "https://…/p/anika-patel", "/members/anika-patel" or "anika-patel" → "anika-patel". */
const slugOf = (input: string) =>
  input
    .trim()
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .split('/')
    .pop() ?? '';

export function IssueCertificateForm({ offer }: { offer: Offer }) {
  const contacts = useContacts(allContacts);
  const issue = useIssueCertificate();
  const [, setSearch] = useSearchParams();
  const [target, setTarget] = useState<Target>('contact');
  const [contactId, setContactId] = useState<string | null>(null);
  const [member, setMember] = useState('');
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const input =
      target === 'contact'
        ? contactId
          ? { contactId }
          : null
        : slugOf(member)
          ? { memberSlug: slugOf(member) }
          : null;
    if (!input)
      return setError(
        target === 'contact' ? 'Choose who the certificate is for' : "Enter the member's profile address",
      );
    issue.mutate(
      { offerId: offer.id, input },
      {
        onSuccess: (certificate) => {
          notifications.show({
            color: 'sage',
            title: `Certificate issued to ${certificate.recipientName}`,
            message: certificate.displayCode,
          });
          setContactId(null);
          setMember('');
          setSearch({ issued: certificate.code }, { replace: true });
        },
        onError: (problem) =>
          setError(problem instanceof ApiError && problem.fields[0] ? problem.fields[0].message : messageOf(problem)),
      },
    );
  };

  return (
    <Paper
      withBorder
      radius="lg"
      p="lg"
      component="form"
      onSubmit={onSubmit}
      noValidate
      aria-label="Issue a certificate"
    >
      <Stack gap="md">
        <Title order={2} size="h4">
          Issue a certificate
        </Title>
        <SegmentedControl
          value={target}
          onChange={(value) => {
            setTarget(value);
            setError(null);
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
            value={contactId}
            onChange={setContactId}
            loading={contacts.isPending}
            error={error}
            description="The certificate is made out to them by name."
          />
        ) : (
          <TextInput
            label="Member's profile address"
            description="Paste the link to their profile, or the name at its end."
            placeholder="anika-patel"
            value={member}
            onChange={(event) => setMember(event.currentTarget.value)}
            error={error}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={issue.isPending} disabled={offer.state !== 'active'}>
            Issue certificate
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
