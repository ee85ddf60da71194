// /letters/new?contactId=…&offerId=…: choose a recipient (and a certificate to offer); the letter is
// then generated from my profile and the template for their profession, to edit before saving.
// A page of its own, apart from a saved letter's (SavedLetterPage.tsx): only this one needs the
// contact picker and the certificate choice, so a saved letter does not fetch them.
import { Button, Paper, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from '../../app/routing.tsx';
import type { Profile } from '../../../contracts/profile.ts';
import { letterRecipientsQuery, useContacts } from '../../api/contacts.ts';
import { useLetterDraft } from '../../api/letters.ts';
import { useMyProfile } from '../../api/profile.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { CertificateChoice } from './CertificateChoice.tsx';
import { ContactPicker } from './ContactPicker.tsx';
import { LetterEditor } from './LetterEditor.tsx';

function NewLetter({ profile }: { profile: Profile }) {
  const [search, setSearch] = useSearchParams();
  const contactId = search.get('contactId');
  const offerId = search.get('offerId');
  const contacts = useContacts(letterRecipientsQuery);
  const draft = useLetterDraft(contactId, offerId);
  const items = contacts.data?.items ?? [];
  const contact = items.find((item) => item.id === contactId);
  const choose = (next: { contactId: string | null; offerId: string | null }) =>
    setSearch(Object.fromEntries(Object.entries(next).filter((entry): entry is [string, string] => !!entry[1])), {
      replace: true,
    });
  const picker = (
    <>
      <ContactPicker
        contacts={items}
        value={contactId}
        loading={contacts.isPending}
        onChange={(id) => choose({ contactId: id, offerId })}
      />
      <CertificateChoice value={offerId} onChange={(id) => choose({ contactId, offerId: id })} />
    </>
  );

  if (contacts.isError) return <LoadError error={contacts.error} retry={() => void contacts.refetch()} />;
  if (contacts.data && items.length === 0) {
    return (
      <Paper withBorder radius="lg" p="lg">
        <Text mb="sm">A letter goes to one of your professionals. Add the people you know first.</Text>
        <Button component={Link} to="/contacts">
          Add my professionals
        </Button>
      </Paper>
    );
  }
  if (!contactId || draft.isPending || draft.isError) {
    return (
      <Paper withBorder radius="lg" p="lg" maw={640}>
        <Stack gap="md">
          {picker}
          {!contactId && (
            <Text size="sm" c="dimmed">
              Your letter is written from your profile and the template for their profession; you can change every word
              before it goes.
            </Text>
          )}
          {contactId && draft.isPending && <PageLoader />}
          {draft.isError && <LoadError error={draft.error} retry={() => void draft.refetch()} />}
        </Stack>
      </Paper>
    );
  }
  const { salutation, subject, body, recipientName } = draft.data;
  return (
    <LetterEditor
      key={`${contactId}:${offerId ?? ''}`}
      profile={profile}
      contact={contact}
      recipientName={recipientName}
      initial={{ salutation, subject, body }}
      letter={null}
      picker={picker}
      offerId={offerId}
    />
  );
}

export function NewLetterPage() {
  const profile = useMyProfile();
  // Asked for here, beside the profile, rather than once it is in.
  useContacts(letterRecipientsQuery);
  return (
    <PageFrame title="New letter" back={{ to: '/letters', label: 'All letters' }}>
      {profile.isError ? (
        <LoadError error={profile.error} retry={() => void profile.refetch()} />
      ) : !profile.data ? (
        <PageLoader />
      ) : (
        <NewLetter profile={profile.data} />
      )}
    </PageFrame>
  );
}
