// One colour per pipeline stage, used by badges, board columns and the stage selector.
import type { Stage } from '../../../contracts/pipeline.ts';

export const stageColors: Record<Stage, string> = {
  identified: 'gray',
  introduced: 'blue',
  met: 'teal',
  trading: 'grape',
  allied: 'sage',
  'not-now': 'orange',
};

/** What each stage means, in the member's words (the board's column hints). */
export const stageHints: Record<Stage, string> = {
  identified: 'On your list, not yet approached',
  introduced: 'Letter, email or call made',
  met: 'You have met in person',
  trading: 'Trading treatments or referrals',
  allied: 'A trusted ally',
  'not-now': 'Not the right time',
};
