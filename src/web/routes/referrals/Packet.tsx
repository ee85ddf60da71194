// The minimum-necessary packet: only the parts of the client's record the referrer chose and the
// consent allows, labelled as on the letter and the emailed page (contracts/referral-packet.ts).
// Once the client withdraws consent the recipient sees nothing about them; the referrer keeps what
// was shared as the record of the disclosure, marked withdrawn.
import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { packetRows, sharedPartsSentence } from '../../../contracts/referral-packet.ts';
import type { Referral } from '../../api/referrals.ts';
import '../../components/plain-table.css';

function Shared({ packet }: { packet: Referral['packet'] }) {
  const rows = packetRows(packet.data);
  return (
    <>
      <Text size="sm">{sharedPartsSentence(packet.share)}</Text>
      {rows.length > 0 && (
        <table className="plain-table" data-variant="vertical" aria-label="Shared client details">
          <tbody>
            {rows.map(({ label, value }) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="pre-line">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function Packet({ packet }: { packet: Referral['packet'] }) {
  const kept = packet.state === 'withdrawn' && packet.data !== null;
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="packet-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="packet-title">
          Shared about the client
        </Title>
        {packet.state === 'deleted' && (
          <Alert color="gray" variant="light" title="Client deleted">
            The client’s record was deleted, so nothing about them can be shown any more.
          </Alert>
        )}
        {packet.state === 'withdrawn' && (
          <Alert color="orange" variant="light" title="Consent withdrawn">
            {kept
              ? 'The client withdrew their consent. What you shared is kept here as the record of the disclosure; the recipient no longer sees any of it, nor the reasons and notes about the client.'
              : 'The client withdrew their consent to share, so nothing about them is shown any more.'}
          </Alert>
        )}
        {(packet.state === 'active' || kept) && <Shared packet={packet} />}
      </Stack>
    </Paper>
  );
}
