// Expand my list: professionals near my practice who are not on my list yet, nearest first, led
// by the professions I know fewest of.
import { Alert, Anchor, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useSearchParams } from '../../../app/routing.tsx';
import { professions } from '../../../../contracts/taxonomy.ts';
import { useAddFromMember, useSuggestions } from '../../../api/contacts.ts';
import { messageOf } from '../../../api/http.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { SuggestionCard } from './SuggestionCard.tsx';
import { PageFrame } from '../../../components/PageFrame.tsx';

function Suggestions() {
  const [params, setParams] = useSearchParams();
  const chosen = params.get('profession');
  const profession = chosen && chosen in professions ? chosen : null;
  const suggestions = useSuggestions(profession);
  const add = useAddFromMember();
  const [added, setAdded] = useState<Record<string, string>>({});
  const onAdd = (slug: string, name: string) =>
    add.mutate(slug, {
      onSuccess: (contact) => setAdded((current) => ({ ...current, [slug]: contact.id })),
      onError: (error) =>
        notifications.show({ color: 'red', title: `${name} was not added`, message: messageOf(error) }),
    });
  const items = suggestions.data?.items ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <NativeSelect
          label="Profession"
          w={{ base: '100%', xs: 280 }}
          value={profession ?? ''}
          onChange={(event) =>
            setParams(event.currentTarget.value ? { profession: event.currentTarget.value } : {}, { replace: true })
          }
          data={[
            { value: '', label: 'The ones I have fewest of' },
            ...Object.entries(professions).map(([value, label]) => ({ value, label })),
          ]}
        />
        {suggestions.data && (
          <Text size="sm" c="dimmed" role="status">
            {items.length === 1 ? '1 suggestion' : `${items.length} suggestions`}, nearest first
          </Text>
        )}
      </Group>
      {suggestions.isError && (
        <Alert color="yellow" variant="light" title="No suggestions right now" role="alert">
          {messageOf(suggestions.error)}{' '}
          <Anchor component={Link} to="/profile?section=practice">
            Check your practice address
          </Anchor>{' '}
          — suggestions are measured from your postal code.
        </Alert>
      )}
      {suggestions.isPending && <PageLoader />}
      {suggestions.data && items.length === 0 && (
        <Text c="dimmed">
          No one new near you
          {profession ? ` among ${professions[profession as keyof typeof professions].toLowerCase()}s` : ''} yet.
          Kneadwork grows one colleague at a time — invite the professionals you already know, or add them to your list
          by hand.
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {items.map((suggestion) => (
          <SuggestionCard
            key={suggestion.slug}
            suggestion={suggestion}
            unit={suggestions.data?.unit ?? 'mi'}
            addedId={added[suggestion.slug]}
            adding={add.isPending && add.variables === suggestion.slug}
            onAdd={() => onAdd(suggestion.slug, suggestion.displayName)}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

export function ExpandPage() {
  return (
    <PageFrame
      title="Expand my list"
      back={{ to: '/contacts', label: 'My professionals' }}
      intro="Professionals on Kneadwork near your practice who are not on your list yet. Add the ones you would like to meet."
    >
      <Suggestions />
    </PageFrame>
  );
}
