// Saved-search alerts. Each new listed post is matched against every saved search once the alert
// pass sees it; each (search, post) match is claimed by one insert (saved-searches.repository.ts),
// so however many passes or instances run at once, a post alerts a search at most once. An
// "instant" search is mailed at once (one mail per post); a "daily" one collects its matches and
// gets one digest per UTC day. A mail carries the post's title (what its author wrote for the public
// board), its link and an unsubscribe link; nothing else.
import { appPaths, appUrl } from '../../../contracts/app-paths.ts';
import { opportunityKinds, type OpportunityKind } from '../../../contracts/opportunity-words.ts';
import type { AppContext } from '../../context.ts';
import { calendarDay } from '../../lib/time.ts';
import { boardToday } from './board-days.ts';
import { unsubscribeKey } from './saved-searches.service.ts';
import { savedSearchesRepository } from './saved-searches.repository.ts';

const batch = 100;
const opportunityPath = appPaths.opportunity;
const manageAlertsPath = appPaths.opportunities;

function footer(context: AppContext, searchId: string) {
  const { publicUrl, authSecret } = context.config;
  const unsubscribe = `${publicUrl}/opportunities/alerts/${searchId}/${unsubscribeKey(authSecret, searchId)}`;
  return {
    text: `\n\nManage your saved searches: ${appUrl(publicUrl, manageAlertsPath)}\nStop these alerts: ${unsubscribe}\n`,
    headers: { 'List-Unsubscribe': `<${unsubscribe}>` },
  };
}

const line = (context: AppContext, post: { id: string; title: string; kind: string }) =>
  `- ${post.title} (${opportunityKinds[post.kind as OpportunityKind] ?? post.kind})\n  ${appUrl(context.config.publicUrl, opportunityPath(post.id))}`;

/** Matches the posts not yet matched; mails instant alerts, keeps daily ones for the digest. Answers the mails queued. */
export async function sendOpportunityAlerts(context: AppContext, now = new Date()): Promise<number> {
  const repo = savedSearchesRepository(context.db);
  let mailed = 0;
  for (const post of await repo.findUnmatched(boardToday(now), batch)) {
    for (const { search, email } of await repo.findMatching(post)) {
      const instant = search.frequency === 'instant';
      if (!(await repo.claimAlert(search.id, post.id, instant))) continue;
      if (!instant) continue;
      const { text, headers } = footer(context, search.id);
      try {
        await context.mailer.queue({
          to: email,
          subject: `New on the Kneadwork board: ${post.title}`,
          text: `A new post matches your saved search:\n\n${line(context, post)}${text}`,
          headers,
        });
        mailed++;
      } catch (error) {
        // Given back, so the next pass (the post is still unmatched) tries again.
        await repo.releaseAlert(search.id, post.id);
        throw error;
      }
    }
    await repo.markMatched(post.id);
  }
  return mailed;
}

/** Each daily search with matches waiting gets one digest per UTC day. Answers the digests queued. */
export async function sendOpportunityDigests(context: AppContext, now = new Date()): Promise<number> {
  const repo = savedSearchesRepository(context.db);
  const today = calendarDay(null, now);
  let mailed = 0;
  for (const { search, email } of await repo.findDigestsDue(today)) {
    const posts = await repo.inTransaction(async (tx) => {
      const inTx = savedSearchesRepository(tx);
      if (!(await inTx.claimDigest(search.id, today))) return null;
      return inTx.takePending(search.id);
    });
    if (!posts || posts.length === 0) continue;
    const { text, headers } = footer(context, search.id);
    await context.mailer.queue({
      to: email,
      subject: `${posts.length} new on the Kneadwork board for your saved search`,
      text: `New posts match your saved search:\n\n${posts.map((post) => line(context, post)).join('\n')}${text}`,
      headers,
    });
    mailed++;
  }
  return mailed;
}

export function scheduleOpportunityAlerts(context: AppContext) {
  context.jobs.add({ name: 'opportunity-alerts', everyMs: 60_000, run: (now) => sendOpportunityAlerts(context, now) });
  context.jobs.add({
    name: 'opportunity-digests',
    everyMs: 15 * 60_000,
    run: (now) => sendOpportunityDigests(context, now),
  });
}
