// /letters/:id: a saved letter, to edit while a draft, then to see its delivery. A new letter
// (/letters/new) is a page of its own, NewLetterPage.tsx.
import { Button, Group } from '@mantine/core';
import { Link, useParams } from '../../app/routing.tsx';
import type { Profile } from '../../../contracts/profile.ts';
import { letterRecipientsQuery, useContacts } from '../../api/contacts.ts';
import { useLetter } from '../../api/letters.ts';
import { useMyProfile } from '../../api/profile.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { LetterEditor } from './LetterEditor.tsx';
import { LetterStatusBadge } from './LetterStatusBadge.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';

/** The editor for the letter the page has asked for (its query, not asked for twice). */
function SavedLetter({ letter, profile }: { letter: ReturnType<typeof useLetter>; profile: Profile }) {
  const contacts = useContacts(letterRecipientsQuery);
  if (letter.isError) return <LoadError error={letter.error} retry={() => void letter.refetch()} />;
  if (!letter.data || contacts.isPending) return <PageLoader />;
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

export function SavedLetterPage() {
  const { id = '' } = useParams();
  const profile = useMyProfile();
  const letter = useLetter(id);
  // Asked for here, beside the profile and the letter, rather than once they are in.
  useContacts(letterRecipientsQuery);
  // A saved letter's title names its recipient: until it is known the page waits whole, rather than
  // showing "New letter" and then a longer title that pushes everything down.
  if (letter.isPending) return <PageLoader />;
  const title = letter.data ? `Letter to ${letter.data.recipientName}` : 'Letter';
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
      ) : (
        <SavedLetter letter={letter} profile={profile.data} />
      )}
    </PageFrame>
  );
}
