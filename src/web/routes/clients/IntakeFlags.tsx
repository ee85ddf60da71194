// The flags a client's intake raised (pregnancy, a history of blood clots …), each with its
// scope-of-practice guide entry. Shown on the client page and reusable on every session screen.
import { Alert, Anchor, Badge, Collapse, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useIntakeFlags, type IntakeFlag } from '../../api/intake.ts';

const colors = { stop: 'red', caution: 'orange', note: 'blue' } as const;
const severityWords = { stop: 'Stop', caution: 'Caution', note: 'Note' } as const;
const massageWords: Record<string, string> = {
  ok: 'Massage is fine',
  modify: 'Massage with changes',
  'do-not-massage': 'Do not massage',
};

function Flag({ flag }: { flag: IntakeFlag }) {
  const [open, setOpen] = useState(false);
  const guideId = `flag-guide-${flag.id}`;
  return (
    // A list item holding a coloured box: not an "alert" (it does not appear of a sudden).
    <li>
      <Alert color={colors[flag.severity]} variant="light" p="sm" role="group" aria-label={flag.words}>
        <Stack gap={4}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge color={colors[flag.severity]} variant="filled" size="sm" style={{ flexShrink: 0 }}>
              {severityWords[flag.severity]}
            </Badge>
            <Text size="sm" fw={600}>
              {flag.words}
            </Text>
          </Group>
          {flag.guide && (
            <>
              <Anchor
                component="button"
                type="button"
                size="sm"
                ta="left"
                c="dark.7"
                underline="always"
                aria-expanded={open}
                aria-controls={guideId}
                onClick={() => setOpen((value) => !value)}
              >
                Guide: {flag.guide.title}
              </Anchor>
              <Collapse expanded={open} id={guideId}>
                <Stack gap={2}>
                  <Text size="sm">
                    {massageWords[flag.guide.massage] ?? flag.guide.massage}. Refer to: {flag.guide.referTo.join(', ')}.
                  </Text>
                  <Text size="sm" c="dimmed">
                    {flag.guide.plainReason}
                  </Text>
                </Stack>
              </Collapse>
            </>
          )}
        </Stack>
      </Alert>
    </li>
  );
}

/** The flags for one client, or nothing when there are none (or while they load). */
export function IntakeFlags({ clientId }: { clientId: string }) {
  const flags = useIntakeFlags(clientId);
  if (!flags.data || flags.data.length === 0) return null;
  return (
    <Stack component="section" aria-label="Intake flags" gap={4}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        Flags from the intake
      </Text>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {flags.data.map((flag) => (
          <Flag key={flag.id} flag={flag} />
        ))}
      </Stack>
    </Stack>
  );
}

export { Flag as IntakeFlagCard };
