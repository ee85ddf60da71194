// The minimum-necessary packet: only the parts of the client's record the referrer chose and the
// consent allows. Once the client withdraws consent, nothing about them is shown any more.
import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { Referral } from '../../api/referrals.ts';
import { inSentence, scopeLabels } from '../clients/consent-words.ts';

const humanKey = (key: string) => {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Any JSON value as text a person can read (the packet holds whatever the consent covers). */
function readable(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(readable).join(', ');
  if (typeof value === 'object') return Object.entries(value).map(([key, inner]) => `${humanKey(key)}: ${readable(inner)}`).join('; ');
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '—';
}

/** One row per shared detail: a part such as "identity" opens into its fields; the list of parts itself is not a row. */
function rowsOf(data: Record<string, unknown>): [string, string][] {
  return Object.entries(data)
    .filter(([key]) => key !== 'shared')
    .flatMap(([key, value]): [string, string][] =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).map(([inner, innerValue]) => [humanKey(inner), readable(innerValue)]) : [[humanKey(key), readable(value)]],
    );
}

function Shared({ packet }: { packet: Referral['packet'] }) {
  const rows = packet.data ? rowsOf(packet.data) : [];
  const parts = packet.share.map((part) => inSentence((scopeLabels as Record<string, string>)[part] ?? part));
  return (
    <>
      <Text size="sm">Parts shared: {parts.length === 0 ? 'none beyond the reasons' : parts.join('; ')}.</Text>
      {rows.length > 0 && (
        <Table fz="sm" variant="vertical" withTableBorder aria-label="Shared client details">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w="35%">{label}</Table.Th>
                <Table.Td className="pre-line">{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}

export function Packet({ packet }: { packet: Referral['packet'] }) {
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="packet-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="packet-title">Shared about the client</Title>
        {packet.state === 'withdrawn' ? (
          <Alert color="orange" variant="light" title="Consent withdrawn">
            The client withdrew their consent to share, so nothing from their record is shown any more.
          </Alert>
        ) : (
          <Shared packet={packet} />
        )}
      </Stack>
    </Paper>
  );
}
