// On the phone or face to face, the letter of introduction is the script: what to say about
// your training, your work and how it helps their patients.
import { Alert, Anchor, Box, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '../../../app/routing.tsx';
import { useTalkingPoints } from '../../../api/contacts.ts';
import { messageOf } from '../../../api/http.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';

export function TalkingPoints({ contactId }: { contactId: string }) {
  const draft = useTalkingPoints(contactId, true);
  return (
    <Paper component="aside" aria-labelledby="talking-points-title" radius="md" p="md" bg="sage.0" h="100%">
      <Stack gap="xs">
        <Title order={3} size="h6" id="talking-points-title">
          Talking points — your letter of introduction
        </Title>
        {draft.isPending && <PageLoader />}
        {draft.isError && (
          <Alert color="yellow" variant="light">
            <Text size="sm">Your letter could not be shown ({messageOf(draft.error)}).</Text>
            <Anchor component={Link} to={`/letters/new?contactId=${contactId}`} size="sm">
              Write your letter
            </Anchor>
          </Alert>
        )}
        {draft.data && (
          // A plain scrolling box: Mantine's ScrollArea would bring floating-ui into the page.
          <Box mah={420} style={{ overflowY: 'auto' }} pr="xs" tabIndex={0} role="region" aria-label="Letter text">
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {draft.data.salutation}
              </Text>
              <Text size="sm" className="pre-line">
                {draft.data.body}
              </Text>
            </Stack>
          </Box>
        )}
        {draft.data && (
          <Text size="xs" c="dimmed">
            Say it in your own words; you do not need to read it out.{' '}
            <Anchor component={Link} to={`/letters/new?contactId=${contactId}`} size="xs">
              Edit the letter
            </Anchor>
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
