// /letters: my letters of introduction, newest first, with the ways to write more.
import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from '../../app/routing.tsx';
import type { Letter } from '../../../contracts/letters.ts';
import { useLetters } from '../../api/letters.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { LetterRow } from './LetterRow.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';

type Show = 'all' | 'drafts' | 'sent' | 'problems';
const filters: Record<Show, (letter: Letter) => boolean> = {
  all: () => true,
  drafts: (letter) => letter.status === 'draft',
  sent: (letter) => ['sent', 'logged', 'delivered', 'queued'].includes(letter.status),
  problems: (letter) => letter.status === 'failed',
};

function Letters() {
  const letters = useLetters();
  const [show, setShow] = useState<Show>('all');
  if (letters.isError) return <LoadError error={letters.error} retry={() => void letters.refetch()} />;
  if (!letters.data) return <PageLoader />;
  const items = letters.data.items;
  if (items.length === 0) {
    return (
      <Paper withBorder radius="lg" p="xl">
        <Stack gap="sm" align="flex-start">
          <Title order={2} size="h3">
            Your first letter of introduction
          </Title>
          <Text c="dimmed">
            Kneadwork writes it from your profile — your training, specialties and how your work helps their patients —
            addressed to one of your professionals. Change any word, then email it, print it, or send it to many at
            once.
          </Text>
          <Button component={Link} to="/letters/new">
            Write a letter
          </Button>
        </Stack>
      </Paper>
    );
  }
  const shown = items.filter(filters[show]);
  const failed = items.filter(filters.problems).length;
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label="Show letters"
        value={show}
        onChange={(value) => setShow(value)}
        data={[
          { value: 'all', label: `All (${items.length})` },
          { value: 'drafts', label: 'Drafts' },
          { value: 'sent', label: 'Sent' },
          { value: 'problems', label: failed ? `Failed (${failed})` : 'Failed' },
        ]}
        style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
      />
      {shown.length === 0 ? (
        <Text c="dimmed">No letters here.</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="My letters">
          {shown.map((letter) => (
            <LetterRow key={letter.id} letter={letter} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

export function LettersPage() {
  return (
    <PageFrame
      title="Letters"
      intro="Letters of introduction to the professionals on your list."
      size="lg"
      actions={
        <Group gap="sm">
          <Button component={Link} to="/letters/templates" variant="default">
            Templates
          </Button>
          <Button component={Link} to="/letters/merge" variant="default">
            Mail merge
          </Button>
          <Button component={Link} to="/letters/new">
            New letter
          </Button>
        </Group>
      }
    >
      <Letters />
    </PageFrame>
  );
}
