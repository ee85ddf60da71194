// Expiry: a post is up through its last day (expiresOn) wherever anyone reads it; the next pass
// after that archives it. Archived posts leave search, the public page and other members' reach
// (the policy); their author still sees them under "my posts". One conditional UPDATE, so two
// instances running it at once archive each post once.
import type { AppContext } from '../../context.ts';
import { boardToday } from './board-days.ts';
import { opportunitiesRepository } from './opportunities.repository.ts';

/** Archives the posts whose last day is over everywhere; answers their ids. */
export const archiveExpiredOpportunities = (context: AppContext, now = new Date()) =>
  opportunitiesRepository(context.db).archiveExpired(boardToday(now));

export function scheduleOpportunityExpiry(context: AppContext) {
  context.jobs.add({
    name: 'opportunity-expiry',
    everyMs: 60 * 60_000,
    checkEveryMs: 10 * 60_000,
    run: (now) => archiveExpiredOpportunities(context, now),
  });
}
