// What happened to a referral, oldest first, with who did it and any note they left.
import { Text, Timeline as MantineTimeline, Title, Stack } from '@mantine/core';
import type { Referral } from '../../api/referrals.ts';
import { formatMoment } from '../offers/format.ts';

const eventWords: Record<string, string> = {
  sent: 'Referral sent',
  accepted: 'Accepted',
  declined: 'Declined',
  scheduled: 'Appointment made',
  seen: 'Client seen',
  replied: 'Outcome reply sent',
  returned: 'Client returned',
  thanks: 'Thank-you note',
  reminder: 'Reminder sent',
  'link-sent': 'Link emailed',
  'link-revoked': 'Link revoked',
  'consent-withdrawn': 'Consent withdrawn',
};

/** "referral.link-viewed" → "Link viewed", for kinds this screen has no words for yet. */
function wordsFor(kind: string) {
  const known = eventWords[kind] ?? eventWords[kind.split('.').pop() ?? ''];
  if (known) return known;
  const words = (kind.split('.').pop() ?? kind).replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const actorName = (actor: string) => (actor.startsWith('external:') ? `${actor.slice('external:'.length)} (by email link)` : actor);

export function Timeline({ events }: { events: Referral['timeline'] }) {
  return (
    <Stack component="section" aria-labelledby="timeline-title" gap="sm">
      <Title order={2} size="h4" id="timeline-title">Timeline</Title>
      <MantineTimeline active={events.length - 1} bulletSize={14} lineWidth={2}>
        {events.map((event, index) => (
          <MantineTimeline.Item key={`${event.at}-${index}`} title={wordsFor(event.kind)}>
            <Text size="xs" c="dimmed">
              {formatMoment(event.at)} · {actorName(event.actor)}
            </Text>
            {event.note && <Text size="sm" className="pre-line">{event.note}</Text>}
          </MantineTimeline.Item>
        ))}
      </MantineTimeline>
    </Stack>
  );
}
