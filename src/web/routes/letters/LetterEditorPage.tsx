// /letters/new?contactId=… (choose a recipient, the letter is generated from my profile) and
// /letters/:id (a saved letter: edit while a draft, then see its delivery).
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useDeferredValue } from 'react';
import { Link, useParams, useSearchParams } from '../../app/routing.tsx';
import type { Profile } from '../../../contracts/profile.ts';
import { letterRecipientsQuery, useContacts } from '../../api/contacts.ts';
import { useLetter, useLetterDraft } from '../../api/letters.ts';
import { useMyProfile } from '../../api/profile.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { CertificateChoice } from './CertificateChoice.tsx';
import { ContactPicker } from './ContactPicker.tsx';
import { LetterEditor } from './LetterEditor.tsx';
import { LetterStatusBadge } from './LetterStatusBadge.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';

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

function SavedLetter({ id, profile }: { id: string; profile: Profile }) {
  const letter = useLetter(id);
  const contacts = useContacts(letterRecipientsQuery);
  // The editor (the page's largest render) is drawn as a transition, in slices, once all is in.
  const drawn = useDeferredValue(!!letter.data && !contacts.isPending);
  if (letter.isError) return <LoadError error={letter.error} retry={() => void letter.refetch()} />;
  if (!drawn || !letter.data || contacts.isPending) return <PageLoader />;
  const saved = letter.data;
  const contact = contacts.data?.items.find((item) => item.id === saved.contactId);
  return (
    <LetterEditor
      key={saved.id}
      profile={profile}
      contact={contact}
      recipientName={saved.recipientName}
      initial={{ salutation: saved.salutation, subject: saved.subject, body: saved.body }}
      letter={saved}
    />
  );
}

function Loaded() {
  const { id } = useParams();
  const profile = useMyProfile();
  const letter = useLetter(id);
  // Asked for here, beside the profile and the letter, rather than once they are in: both editors need it.
  useContacts(letterRecipientsQuery);
  // A saved letter's title names its recipient: until it is known the page waits whole, rather than
  // showing "New letter" and then a longer title that pushes everything down.
  if (id && letter.isPending) return <PageLoader />;
  const title = letter.data ? `Letter to ${letter.data.recipientName}` : 'New letter';
  return (
    <PageFrame
      title={title}
      back={{ to: '/letters', label: 'All letters' }}
      actions={
        letter.data && (
          <Group gap="sm">
            <LetterStatusBadge status={letter.data.status} />
            {letter.data.contactId && letter.data.status !== 'draft' && (
              <Button component={Link} to={`/letters/new?contactId=${letter.data.contactId}`} variant="default">
                New letter to {letter.data.recipientName}
              </Button>
            )}
          </Group>
        )
      }
    >
      {profile.isError ? (
        <LoadError error={profile.error} retry={() => void profile.refetch()} />
      ) : !profile.data ? (
        <PageLoader />
      ) : id ? (
        <SavedLetter id={id} profile={profile.data} />
      ) : (
        <NewLetter profile={profile.data} />
      )}
    </PageFrame>
  );
}

export function LetterEditorPage() {
  return <Loaded />;
}
