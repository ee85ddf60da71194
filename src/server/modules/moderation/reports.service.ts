// A member reports anything they can see: POST /api/reports { kind, id, reason }. The owning
// module answers, through its Reportable, whether the member can see the item and what it says;
// something they cannot see (or a kind nobody offers yet) is the same 404 as nothing at all.
import type { ReportCreate } from '../../../contracts/moderation.ts';
import type { ReportableKindName } from '../../../contracts/moderation-words.ts';
import type { MemberActor } from '../../access/actor.ts';
import { invalid, notFound } from '../../http/errors.ts';
import type { ReportIntakeService } from './report-intake.service.ts';
import type { Reportable, ReportableKind } from './reportable.ts';

export const noSuchItem = 'No such item';

// The contract's kinds (what the API accepts) and reportable.ts's kinds are one list: a kind added
// to one and not the other fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsAgree: Same<ReportableKind, ReportableKindName> = true;
void kindsAgree;

export type ReportsDeps = { reportables: readonly Reportable[]; intake: ReportIntakeService };

/** One reportable per kind; a kind offered twice is a wiring mistake caught at start. */
export function reportablesByKind(reportables: readonly Reportable[]) {
  const byKind = new Map<ReportableKind, Reportable>();
  for (const reportable of reportables) {
    if (byKind.has(reportable.kind)) throw new Error(`two reportables for kind "${reportable.kind}"`);
    byKind.set(reportable.kind, reportable);
  }
  return byKind;
}

export function reportsService({ reportables, intake }: ReportsDeps) {
  const byKind = reportablesByKind(reportables);
  return {
    async report(actor: MemberActor, input: ReportCreate): Promise<{ reported: true }> {
      const reportable = byKind.get(input.kind);
      if (!reportable || !(await reportable.visibleTo(actor, input.id))) throw notFound(noSuchItem);
      const item = await reportable.describe(input.id);
      if (!item) throw notFound(noSuchItem);
      if (item.authorUserId === actor.userId) throw invalid('id', 'is yours: you cannot report your own');
      await intake.file(
        {
          kind: input.kind,
          itemId: input.id,
          title: item.title,
          excerpt: item.excerpt,
          authorUserId: item.authorUserId,
        },
        { userId: actor.userId, reason: input.reason },
      );
      return { reported: true };
    },
  };
}
export type ReportsService = ReturnType<typeof reportsService>;
