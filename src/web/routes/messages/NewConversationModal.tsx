// Start a conversation: pick colleagues from my connections or find members by name (the member
// picker, which also takes a pasted profile address);
// one person opens our one-to-one conversation, two to seven start a group with an optional title.
import { Button, Chip, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from '../../app/routing.tsx';
import { maxGroupOthers } from '../../../contracts/messages-words.ts';
import { useConnections } from '../../api/network.ts';
import { ApiError, messageOf } from '../../api/http.ts';
import { useStartConversation } from '../../api/messages.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { MemberPicker } from '../../components/MemberPicker.tsx';

export function NewConversationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [slugs, setSlugs] = useState<string[]>([]);
  const [names, setNames] = useState<Record<string, string>>({});
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const connections = useConnections();
  const start = useStartConversation();
  const navigate = useNavigate();
  const accepted = (connections.data ?? []).filter((connection) => connection.status === 'accepted');
  const group = slugs.length > 1;

  const toggle = (slug: string) =>
    setSlugs((current) =>
      current.includes(slug) ? current.filter((item) => item !== slug) : [...current, slug].slice(0, maxGroupOthers),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (slugs.length === 0) return setProblem('Choose at least one colleague.');
    start.mutate(
      { memberSlugs: slugs, ...(group && title.trim() ? { title: title.trim() } : {}) },
      {
        onSuccess: (conversation) => void navigate(`/messages/${conversation.id}`),
        onError: (error) =>
          setProblem(
            error instanceof ApiError && error.status === 404
              ? `${error.message}. Check the profile address — the member may not exist or may not accept messages.`
              : messageOf(error),
          ),
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="New conversation"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {accepted.length > 0 && (
            <Stack gap={6}>
              <Text size="sm" fw={500} id="from-network">
                From my connections
              </Text>
              <Group gap="xs" role="group" aria-labelledby="from-network">
                {accepted.map(({ member }) => (
                  <Chip
                    key={member.slug}
                    checked={slugs.includes(member.slug)}
                    onChange={() => toggle(member.slug)}
                    size="sm"
                  >
                    {member.displayName}
                  </Chip>
                ))}
              </Group>
            </Stack>
          )}
          <MemberPicker
            label="Members"
            description={`Type part of a name and choose; up to ${maxGroupOthers}.`}
            exclude={slugs}
            onPick={(member) => {
              setNames((current) => ({ ...current, [member.slug]: member.displayName }));
              setSlugs((current) => [...current, member.slug].slice(0, maxGroupOthers));
            }}
          />
          {slugs.some((slug) => !accepted.some(({ member }) => member.slug === slug)) && (
            <Group gap="xs" role="group" aria-label="Chosen members">
              {slugs
                .filter((slug) => !accepted.some(({ member }) => member.slug === slug))
                .map((slug) => (
                  <Chip key={slug} checked onChange={() => toggle(slug)} size="sm">
                    {names[slug] ?? slug}
                  </Chip>
                ))}
            </Group>
          )}
          {group && (
            <TextInput
              label="Group title (optional)"
              maxLength={120}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
            />
          )}
          <FormAlert message={problem} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={start.isPending}>
              {group ? 'Start group' : 'Start conversation'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
