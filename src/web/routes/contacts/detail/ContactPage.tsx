// One professional: details, stage, their Kneadwork profile, the next actions (letter, certificate),
// logging an approach, and the history of approaches.
import { Box, Button, Group, Stack } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { Link, useParams } from '../../../app/routing.tsx';
import { professions } from '../../../../contracts/taxonomy.ts';
import { useContact } from '../../../api/contacts.ts';
import { ApiError } from '../../../api/http.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageFrame } from '../../../components/PageFrame.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { ContactDetails } from './ContactDetails.tsx';
import { ContactGone } from './ContactGone.tsx';
import { DeleteContact } from './DeleteContact.tsx';
import { InteractionLog } from './InteractionLog.tsx';
import { LogApproach } from './LogApproach.tsx';
import { MemberLink } from './MemberLink.tsx';
import { StageSelect } from './StageSelect.tsx';
import classes from './contact-page.module.css';

const EditContactModal = lazy(async () => ({
  default: (await import('../form/EditContactModal.tsx')).EditContactModal,
}));

function Loaded({ id }: { id: string }) {
  const contact = useContact(id);
  const [editing, editor] = useDisclosure(false);
  useDocumentTitle(
    contact.data ? `${contact.data.name} — My professionals — Kneadwork` : 'My professionals — Kneadwork',
  );
  if (contact.error instanceof ApiError && (contact.error.status === 404 || contact.error.status === 400))
    return <ContactGone />;
  if (contact.isError) return <LoadError error={contact.error} retry={() => void contact.refetch()} />;
  if (!contact.data) return <PageLoader />;
  const data = contact.data;

  return (
    <PageFrame
      title={data.name}
      documentTitle={`${data.name} — My professionals`}
      back={{ to: '/contacts', label: 'My professionals' }}
      intro={[professions[data.profession], data.organisation].filter(Boolean).join(' · ')}
      actions={
        <Group gap="xs" align="flex-end">
          <StageSelect contact={data} />
          <Button component={Link} to={`/letters/new?contactId=${data.id}`}>
            Write a letter
          </Button>
          <Button component={Link} to={`/offers?contactId=${data.id}`} variant="default">
            Give a certificate
          </Button>
        </Group>
      }
    >
      <Box className={classes.columns}>
        <Stack gap="md">
          <MemberLink contact={data} />
          <ContactDetails contact={data} onEdit={editor.open} />
          <Group>
            <DeleteContact contact={data} />
          </Group>
        </Stack>
        <Stack gap="lg">
          <LogApproach contactId={data.id} name={data.name} />
          <InteractionLog contactId={data.id} />
        </Stack>
      </Box>
      {editing && (
        <Suspense fallback={null}>
          <EditContactModal contact={data} opened={editing} onClose={editor.close} />
        </Suspense>
      )}
    </PageFrame>
  );
}

export function ContactPage() {
  const { id = '' } = useParams();
  return <Loaded id={id} />;
}
