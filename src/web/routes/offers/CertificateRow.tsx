// One issued certificate: who it is for, its code in readable groups, where it stands, how it was
// delivered, and what can be done with it.
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from '../../app/routing.tsx';
import type { Certificate } from '../../../contracts/offers.ts';
import { messageOf } from '../../api/http.ts';
import { certificatePdfUrl, useSendCertificate } from '../../api/offers.ts';
import { formatDay, formatMoment } from '../../components/dates.ts';
import { CertificateStatusBadge } from './StatusBadges.tsx';

function deliveryOf(certificate: Certificate): { text: string; color?: string } {
  const { status, sentTo, error } = certificate.delivery;
  switch (status) {
    case 'not-sent':
      return { text: 'Not emailed' };
    case 'queued':
      return { text: `Sending to ${sentTo ?? '…'}` };
    case 'sent':
      return { text: `Emailed to ${sentTo ?? ''}` };
    case 'logged':
      return { text: `In the dev outbox for ${sentTo ?? ''}` };
    case 'failed':
      return { text: `Email failed: ${error ?? 'refused'}`, color: 'red.8' };
  }
}

function stateOf(certificate: Certificate) {
  if (certificate.status === 'redeemed' && certificate.redeemedAt)
    return `Redeemed ${formatMoment(certificate.redeemedAt)}`;
  if (certificate.status === 'void') return `Void: ${certificate.voidReason}`;
  if (certificate.notYetValid) return `Valid from ${formatDay(certificate.validFrom)}`;
  return `${certificate.status === 'expired' ? 'Expired' : 'Valid until'} ${formatDay(certificate.validUntil)}`;
}

export function CertificateRow({
  certificate,
  highlighted,
  onVoid,
}: {
  certificate: Certificate;
  highlighted: boolean;
  onVoid: () => void;
}) {
  const send = useSendCertificate();
  const delivery = deliveryOf(certificate);
  const valid = certificate.status === 'valid';
  const email = () =>
    send.mutate(certificate.code, {
      onSuccess: (sent) =>
        notifications.show({
          color: 'sage',
          message: `The certificate is on its way to ${sent.delivery.sentTo ?? sent.recipientName}.`,
        }),
      onError: (error) =>
        notifications.show({ color: 'red', title: 'The certificate was not sent', message: messageOf(error) }),
    });
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="li"
      aria-label={`Certificate for ${certificate.recipientName}`}
      bg={highlighted ? 'sage.0' : undefined}
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 260px', minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600}>{certificate.recipientName}</Text>
            <CertificateStatusBadge status={certificate.status} />
          </Group>
          <Text ff="monospace" fw={600} size="sm" aria-label={`Code ${certificate.displayCode}`}>
            {certificate.displayCode}
          </Text>
          <Text size="xs" c="dimmed">
            {stateOf(certificate)} ·{' '}
            <Text span size="xs" c={delivery.color ?? 'dimmed'}>
              {delivery.text}
            </Text>
          </Text>
          <Anchor
            href={certificate.verifyUrl}
            target="_blank"
            rel="noopener"
            size="xs"
            style={{ overflowWrap: 'anywhere' }}
          >
            {certificate.verifyUrl}
          </Anchor>
        </Stack>
        <Group gap={6}>
          <Button
            component="a"
            href={certificatePdfUrl(certificate.code)}
            target="_blank"
            rel="noopener"
            size="compact-sm"
            variant="default"
          >
            PDF
          </Button>
          {valid && (
            <>
              <Button size="compact-sm" variant="default" onClick={email} loading={send.isPending}>
                {certificate.delivery.status === 'not-sent' ? 'Email it' : 'Email again'}
              </Button>
              <Button component={Link} to={`/redeem?code=${certificate.code}`} size="compact-sm" variant="light">
                Redeem
              </Button>
              <Button size="compact-sm" variant="subtle" color="red" onClick={onVoid}>
                Void
              </Button>
            </>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
