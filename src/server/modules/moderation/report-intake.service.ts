// Where every report lands in the admin queue. Built before the modules whose items can be
// reported (messages and circle discussions file their own existing report routes here), so it
// knows nothing of reportables: the caller has already checked the reporter can see the item and
// hands over the item as it reads now (kept with the report for context).
import type { AppContext } from '../../context.ts';
import type { ReportableKind } from './reportable.ts';
import { moderationRepository } from './moderation.repository.ts';

export type ReportedSnapshot = {
  kind: ReportableKind;
  itemId: string;
  title: string;
  excerpt: string;
  authorUserId: string | null;
};

const excerptLimit = 500;

export function reportIntakeService(context: Pick<AppContext, 'db'>, _deps: Record<string, never> = {}) {
  const repo = moderationRepository(context.db);
  return {
    /** Adds the reporter to the item's open report (opening one); reporting again changes nothing. */
    async file(item: ReportedSnapshot, reporter: { userId: string; reason: string }): Promise<{ reportId: string }> {
      const reportId = await repo.file(
        {
          kind: item.kind,
          itemId: item.itemId,
          title: item.title.slice(0, 200),
          excerpt: item.excerpt.slice(0, excerptLimit),
          authorId: item.authorUserId,
        },
        { id: reporter.userId, reason: reporter.reason },
      );
      return { reportId };
    },
  };
}
export type ReportIntakeService = ReturnType<typeof reportIntakeService>;
