// Endorse a connection's specialties and modalities (the server allows it only after a completed
// trade or an accepted referral between us; its refusal is shown as it says it).
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Connection, EndorsementKind } from '../../../contracts/network.ts';
import { messageOf } from '../../api/http.ts';
import type { PublicProfile, Taxonomy } from '../../api/profile.ts';
import { useEndorse, useWithdrawEndorsement } from './endorsements.ts';

type Props = { profile: PublicProfile; taxonomy: Taxonomy; connection: Connection };
type Item = { kind: EndorsementKind; key: string; label: string };

export function EndorsePanel({ profile, taxonomy, connection }: Props) {
  const endorse = useEndorse(profile.slug, connection.id);
  const withdraw = useWithdrawEndorsement(profile.slug, connection.id);
  const [problem, setProblem] = useState<string | null>(null);
  const specialties: Record<string, string> = taxonomy.specialties;
  const modalities: Record<string, string> = taxonomy.modalities;
  const items: Item[] = [
    ...profile.specialties.map((key) => ({ kind: 'specialty' as const, key, label: specialties[key] ?? key })),
    ...profile.modalities.map((key) => ({ kind: 'modality' as const, key, label: modalities[key] ?? key })),
  ];
  if (items.length === 0) return null;
  const busy = endorse.isPending || withdraw.isPending;
  const onError = (error: unknown) => setProblem(messageOf(error));

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="endorse-heading">
      <Stack gap="sm">
        <Title order={2} size="h5" id="endorse-heading" c="sage.9">
          Endorse {profile.displayName}
        </Title>
        <Text size="sm" c="dimmed">
          Vouch for what you know they do well. You can endorse after a completed trade or a referral between you.
        </Text>
        {problem && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title="Could not endorse"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setProblem(null)}
          >
            {problem}
          </Alert>
        )}
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Specialties and modalities">
          {items.map((item) => {
            const mine = connection.myEndorsements.find(
              (endorsement) => endorsement.kind === item.kind && endorsement.key === item.key,
            );
            return (
              <Group key={`${item.kind}:${item.key}`} component="li" justify="space-between" wrap="nowrap">
                <Text size="sm">
                  {item.label}{' '}
                  <Text span size="xs" c="dimmed">
                    ({item.kind}
                    {mine ? ', endorsed by you' : ''})
                  </Text>
                </Text>
                {mine ? (
                  <Button
                    size="xs"
                    variant="default"
                    disabled={busy}
                    aria-label={`Withdraw endorsement of ${item.label}`}
                    onClick={() => {
                      setProblem(null);
                      withdraw.mutate(mine.id, { onError });
                    }}
                  >
                    Withdraw
                  </Button>
                ) : (
                  <Button
                    size="xs"
                    variant="light"
                    disabled={busy}
                    aria-label={`Endorse ${item.label}`}
                    onClick={() => {
                      setProblem(null);
                      endorse.mutate({ kind: item.kind, key: item.key }, { onError });
                    }}
                  >
                    Endorse
                  </Button>
                )}
              </Group>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}
