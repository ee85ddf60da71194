// A looked-up certificate at the front desk: who it is for, what it gives, whether it can be used,
// and — only after the issuer confirms the person's identity — the Redeem button.
import { Alert, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Certificate } from '../../../contracts/offers.ts';
import { messageOf } from '../../api/http.ts';
import { useRedeemCertificate } from '../../api/offers.ts';
import { formatDay, formatMoment } from '../../components/dates.ts';
import { CertificateStatusBadge } from './StatusBadges.tsx';

function Refusal({ certificate }: { certificate: Certificate }) {
  switch (certificate.status) {
    case 'redeemed':
      // A warning to whoever is about to accept it again: warning colours, announced as an alert.
      return (
        <Alert
          color="orange"
          variant="light"
          role="alert"
          icon={<span aria-hidden="true">⚠</span>}
          title={`Already redeemed${certificate.redeemedAt ? ` on ${formatMoment(certificate.redeemedAt)}` : ''}`}
        >
          A certificate can be used once. Do not accept it again.
        </Alert>
      );
    case 'expired':
      return (
        <Alert color="gray" variant="light" role="alert" title={`Expired on ${formatDay(certificate.validUntil)}`}>
          An expired certificate cannot be redeemed.
        </Alert>
      );
    case 'void':
      return (
        <Alert color="red" variant="light" role="alert" title="This certificate is void">
          {certificate.voidReason}
        </Alert>
      );
    case 'valid':
      return certificate.notYetValid ? (
        <Alert
          color="yellow"
          variant="light"
          role="alert"
          title={`Not valid before ${formatDay(certificate.validFrom)}`}
        >
          It can be redeemed from that day.
        </Alert>
      ) : null;
  }
}

export function RedeemCertificate({ certificate }: { certificate: Certificate }) {
  const redeem = useRedeemCertificate();
  const [confirmed, setConfirmed] = useState(false);
  const redeemed = redeem.data?.code === certificate.code ? redeem.data : null;
  const canRedeem = certificate.status === 'valid' && !certificate.notYetValid && !redeemed;
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label="Certificate">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Made out to
            </Text>
            <Title order={2} size="h3">
              {certificate.recipientName}
            </Title>
          </Stack>
          <CertificateStatusBadge status={certificate.status} />
        </Group>
        <Stack gap={2}>
          <Text fw={600}>{certificate.offer.title}</Text>
          <Text size="sm">
            {certificate.offer.summary} · valid {formatDay(certificate.validFrom)} – {formatDay(certificate.validUntil)}
          </Text>
          <Text size="sm" ff="monospace">
            {certificate.displayCode}
          </Text>
          {certificate.offer.terms && (
            <Text size="sm" c="dimmed" className="pre-line">
              {certificate.offer.terms}
            </Text>
          )}
          <Text size="sm" fw={600} c="sage.9">
            {certificate.notice}
          </Text>
        </Stack>
        {redeemed ? (
          <Alert color="sage" variant="filled" role="status" title="Redeemed">
            {`${certificate.offer.summary} for ${certificate.recipientName}, redeemed ${redeemed.redeemedAt ? formatMoment(redeemed.redeemedAt) : 'now'}. Enjoy the session together!`}
          </Alert>
        ) : (
          <Refusal certificate={certificate} />
        )}
        {canRedeem && (
          <Stack gap="sm">
            <Checkbox
              checked={confirmed}
              onChange={(event) => setConfirmed(event.currentTarget.checked)}
              label={`I have confirmed this person is ${certificate.recipientName} (the certificate is non-transferable)`}
            />
            {redeem.isError && (
              <Alert color="red" variant="light" role="alert">
                {messageOf(redeem.error)}
              </Alert>
            )}
            <Group>
              <Button
                size="md"
                disabled={!confirmed}
                loading={redeem.isPending}
                onClick={() => redeem.mutate(certificate.code)}
              >
                Redeem
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
