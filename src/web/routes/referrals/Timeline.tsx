// What happened to a referral, oldest first, with who did it and any note they left.
import { Text, Timeline as MantineTimeline, Title, Stack } from '@mantine/core';
import { referralActorLabel, referralEventLabel } from '../../../contracts/referral-words.ts';
import type { Referral } from '../../api/referrals.ts';
import { formatMoment } from '../../components/dates.ts';

export function Timeline({ events }: { events: Referral['timeline'] }) {
  return (
    <Stack component="section" aria-labelledby="timeline-title" gap="sm">
      <Title order={2} size="h4" id="timeline-title">
        Timeline
      </Title>
      <MantineTimeline active={events.length - 1} bulletSize={14} lineWidth={2}>
        {events.map((event, index) => (
          <MantineTimeline.Item key={`${event.at}-${index}`} title={referralEventLabel(event.kind)}>
            <Text size="xs" c="dimmed">
              {formatMoment(event.at)} · {referralActorLabel(event.actor)}
            </Text>
            {event.note && (
              <Text size="sm" className="pre-line">
                {event.note}
              </Text>
            )}
          </MantineTimeline.Item>
        ))}
      </MantineTimeline>
    </Stack>
  );
}
