// Meeting dates of the last month and today, where the record of a meeting is kept: organizers take
// attendance, members keep shared notes. Each opens on demand, so the page asks for one date at a time.
import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useRecentOccurrences } from '../../api/meeting-records.ts';
import type { Occurrence } from '../../api/meetings.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { occurrenceTime } from './meeting-times.ts';
import { plainList } from './OccurrenceRow.tsx';

// Loaded when first opened: the checklist and the editor are not part of the page's first load.
const AttendanceChecklist = lazy(async () => ({
  default: (await import('./AttendanceChecklist.tsx')).AttendanceChecklist,
}));
const MeetingNotesPanel = lazy(async () => ({ default: (await import('./MeetingNotesPanel.tsx')).MeetingNotesPanel }));

type Panel = 'attendance' | 'notes' | null;
type Props = { meeting: { id: string; timeZone: string }; manages: boolean };

function RecentDate({ meeting, manages, occurrence }: Props & { occurrence: Occurrence }) {
  const [open, setOpen] = useState<Panel>(null);
  const { when } = occurrenceTime(occurrence.start, meeting.timeZone);
  const toggle = (panel: Exclude<Panel, null>) => setOpen((current) => (current === panel ? null : panel));
  const records = { meetingId: meeting.id, start: occurrence.start, label: when };
  return (
    <Paper withBorder radius="md" p="sm" component="li">
      <Stack gap="xs">
        <Text fw={600}>{when}</Text>
        <Group gap="xs" wrap="wrap">
          {manages && (
            <Button
              size="xs"
              variant={open === 'attendance' ? 'filled' : 'light'}
              aria-expanded={open === 'attendance'}
              onClick={() => toggle('attendance')}
            >
              Attendance
            </Button>
          )}
          <Button
            size="xs"
            variant={open === 'notes' ? 'filled' : 'light'}
            aria-expanded={open === 'notes'}
            onClick={() => toggle('notes')}
          >
            Notes
          </Button>
        </Group>
        <Suspense fallback={<Loader size="sm" />}>
          {open === 'attendance' && <AttendanceChecklist {...records} />}
          {open === 'notes' && <MeetingNotesPanel {...records} />}
        </Suspense>
      </Stack>
    </Paper>
  );
}

export function RecentDates({ circleId, ...props }: Props & { circleId: string }) {
  const recent = useRecentOccurrences(circleId, props.meeting.id, 31);
  return (
    <QueryState query={recent} isEmpty={(items) => items.length === 0} empty={null}>
      {(items) => (
        <Stack gap="xs" component="section" aria-labelledby="recent-heading">
          <Title order={2} size="h3" id="recent-heading">
            Attendance and notes
          </Title>
          <Stack gap="xs" component="ul" style={plainList} aria-label="Recent dates">
            {items.map((occurrence) => (
              <RecentDate key={occurrence.start} {...props} occurrence={occurrence} />
            ))}
          </Stack>
        </Stack>
      )}
    </QueryState>
  );
}
