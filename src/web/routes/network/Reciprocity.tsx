// Reciprocity: who I refer to and who refers to me, how far those referrals got, the trend over
// the last year, and where the flow runs only one way.
import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useReciprocity } from '../../api/network.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { NetworkPicture } from './NetworkPicture.tsx';
import { PartnerTable } from './PartnerTable.tsx';
import { TrendChart } from './TrendChart.tsx';
import { TrendTable } from './TrendTable.tsx';

export function Reciprocity() {
  const reciprocity = useReciprocity();
  if (reciprocity.isError) return <LoadError error={reciprocity.error} retry={() => void reciprocity.refetch()} />;
  if (!reciprocity.data) return <PageLoader />;
  const { partners, trend, suggestions, network } = reciprocity.data;
  return (
    <Stack component="section" aria-labelledby="reciprocity-title" gap="md">
      <Stack gap={2}>
        <Title order={2} size="h3" id="reciprocity-title">
          Reciprocity
        </Title>
        <Text size="sm" c="dimmed">
          Referrals between you and each partner, and how far they went: accepted, seen, and the client back with you.
        </Text>
      </Stack>
      {suggestions.length > 0 && (
        <Stack component="section" aria-label="One-way partners" gap="xs">
          {suggestions.map((suggestion) => (
            <Alert
              key={suggestion.member.slug}
              color={suggestion.kind === 'you-never-refer-back' ? 'blue' : 'orange'}
              variant="light"
              title={suggestion.member.displayName}
            >
              {suggestion.message}
            </Alert>
          ))}
        </Stack>
      )}
      <PartnerTable partners={partners} />
      <Paper withBorder radius="lg" p="md">
        <Stack gap="sm">
          <Title order={3} size="h5">
            The last 12 months
          </Title>
          <TrendChart months={trend} />
          <TrendTable months={trend} />
        </Stack>
      </Paper>
      {network.edges.length > 0 && (
        <Paper withBorder radius="lg" p="md">
          <Stack gap="sm">
            <Title order={3} size="h5">
              My referral network
            </Title>
            <NetworkPicture network={network} />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
