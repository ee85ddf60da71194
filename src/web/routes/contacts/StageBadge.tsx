import { Badge } from '@mantine/core';
import { stages, type Stage } from '../../../contracts/pipeline.ts';
import { stageColors } from './stage-style.ts';

export function StageBadge({ stage }: { stage: Stage }) {
  return (
    <Badge color={stageColors[stage]} variant="light" tt="none" fw={600} style={{ flexShrink: 0 }}>
      {stages[stage]}
    </Badge>
  );
}
