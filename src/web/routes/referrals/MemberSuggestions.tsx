// Members suggested as recipients for a profession and specialty, ranked by the server (distance,
// specialty match, my trust mark, past reciprocity, whether they are away).
import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import './member-suggestions.css';
import { professions, specialties } from '../../../contracts/taxonomy.ts';
import type { DistanceUnit } from '../../../contracts/directory.ts';
import { useReferralSuggestions, type ReferralSuggestion } from '../../api/referrals.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { formatDistance } from '../directory/distance.ts';
import { professionName } from './guide-labels.ts';

const options = (table: Record<string, string>, any: string) => [
  { value: '', label: any },
  ...Object.entries(table).map(([value, label]) => ({ value, label })),
];

type Filter = { profession: string; specialty: string };
type Props = {
  filter: Filter;
  onFilter: (filter: Filter) => void;
  chosenSlug: string;
  onChoose: (suggestion: ReferralSuggestion) => void;
};

function SuggestionCard({
  suggestion,
  unit,
  chosen,
  onChoose,
}: {
  suggestion: ReferralSuggestion;
  unit: DistanceUnit;
  chosen: boolean;
  onChoose: () => void;
}) {
  // The distance is shown with the profession; the server's reasons say it again in other words.
  const reasons = suggestion.reasons.filter((reason) => !/ (km|mi) away$/.test(reason));
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      bg={chosen ? 'sage.0' : undefined}
      aria-label={suggestion.displayName}
    >
      <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap={6}>
            <Text fw={600} size="sm">
              {suggestion.displayName}
            </Text>
            {suggestion.trusted && (
              <Text component="span" className="suggestion-mark" data-tone="sage">
                Trusted
              </Text>
            )}
            {suggestion.away && (
              <Text component="span" className="suggestion-mark" data-tone="orange">
                Away
              </Text>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {professionName(suggestion.profession)}
            {suggestion.distance !== null ? ` · ${formatDistance(suggestion.distance, unit)} away` : ''}
            {suggestion.referralsFromThem > 0 ? ` · referred ${suggestion.referralsFromThem} to you` : ''}
          </Text>
          {reasons.length > 0 && <Text size="xs">{reasons.join(' · ')}</Text>}
        </Stack>
        <Button
          size="compact-sm"
          variant={chosen ? 'filled' : 'light'}
          onClick={onChoose}
          aria-pressed={chosen}
          aria-label={`Choose ${suggestion.displayName}`}
        >
          {chosen ? 'Chosen' : 'Choose'}
        </Button>
      </Group>
    </Paper>
  );
}

export function MemberSuggestions({ filter, onFilter, chosenSlug, onChoose }: Props) {
  const suggestions = useReferralSuggestions(filter, true);
  const list = suggestions.data;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <NativeSelect
          label="Profession"
          value={filter.profession}
          onChange={(event) => onFilter({ ...filter, profession: event.currentTarget.value })}
          data={options(professions, 'Any profession')}
        />
        <NativeSelect
          label="Specialty"
          value={filter.specialty}
          onChange={(event) => onFilter({ ...filter, specialty: event.currentTarget.value })}
          data={options(specialties, 'Any specialty')}
        />
      </SimpleGrid>
      {suggestions.isError && (
        <Text size="sm" c="red">
          Suggestions could not be loaded: {suggestions.error.message}
        </Text>
      )}
      {suggestions.isPending && !suggestions.isError && <PageLoader />}
      {list?.items.length === 0 && (
        <Text size="sm" c="dimmed">
          No member matches. Try another profession or specialty, or refer to one of your professionals.
        </Text>
      )}
      {list && list.items.length > 0 && (
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label="Suggested members">
          {list.items.slice(0, 8).map((suggestion) => (
            <SuggestionCard
              key={suggestion.slug}
              suggestion={suggestion}
              unit={list.unit}
              chosen={suggestion.slug === chosenSlug}
              onChoose={() => onChoose(suggestion)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
