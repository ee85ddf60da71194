// Pieces of a plan and its goals shown to both sides: a goal's latest scores, the plan version in
// words, and who agreed to it (the therapist's client page and the client's portal).
import { Badge, Group, Stack, Text } from '@mantine/core';
import { bodyAreaWords } from '../../../contracts/body-areas.ts';
import type { Goal, PlanVersion } from '../../api/intake.ts';
import { formatDay, formatMoment } from '../../components/dates.ts';

const score = (value: number | null) => (value === null ? '—' : String(value));

/** The goal's latest scores in one line: PSFS, pain, PEG, range of motion. */
export function goalScores(goal: Goal) {
  const latest = goal.latest;
  if (!latest) return 'Not measured yet';
  return [
    latest.psfs !== null && `PSFS ${score(latest.psfs)}/10`,
    latest.nprs !== null && `Pain ${score(latest.nprs)}/10`,
    latest.peg !== null && `PEG ${score(latest.peg)}/10`,
    latest.romDegrees !== null && goal.rom && `${goal.rom.joint} ${goal.rom.movement} ${latest.romDegrees}°`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Who agreed to this version, and when. */
export function Agreement({ version }: { version: PlanVersion }) {
  // Words that wrap on a phone (a badge would not), with a badge only for the short state.
  const side = (who: string, at: string | null) => (
    <Group gap={6} wrap="nowrap" align="center">
      <Badge color={at ? 'green' : 'gray'} variant="light" size="sm" style={{ flexShrink: 0 }}>
        {at ? 'Agreed' : 'Not yet'}
      </Badge>
      <Text size="sm">
        {who}
        {at ? `, ${formatMoment(at)}` : ''}
      </Text>
    </Group>
  );
  return (
    <Stack gap={4} aria-label={`Agreement to version ${version.version}`}>
      {side('Therapist', version.therapistAgreedAt)}
      {side('Client', version.clientAgreedAt)}
    </Stack>
  );
}

/** The plan version in words. */
export function PlanDetails({ version, goals }: { version: PlanVersion; goals: Goal[] }) {
  const linked = goals.filter((goal) => version.goalIds.includes(goal.id));
  return (
    <Stack gap={4}>
      {version.summary && (
        <Text size="sm" className="pre-line">
          {version.summary}
        </Text>
      )}
      <Text size="sm">
        {version.sessionsPer} session{version.sessionsPer === 1 ? '' : 's'} a {version.per}, for {version.durationWeeks}{' '}
        week{version.durationWeeks === 1 ? '' : 's'}
        {version.reviewOn ? `; review on ${formatDay(version.reviewOn)}` : ''}
      </Text>
      {version.modalities.length > 0 && <Text size="sm">Modalities: {version.modalities.join(', ')}</Text>}
      {version.areas.length > 0 && (
        <Text size="sm">Areas: {version.areas.map((area) => bodyAreaWords[area] ?? area).join(', ')}</Text>
      )}
      {linked.length > 0 && <Text size="sm">Goals: {linked.map((goal) => `“${goal.words}”`).join('; ')}</Text>}
    </Stack>
  );
}
