// Who may act on a report: an admin, and nobody else — to anyone else a report is the unknown
// path's 404, like every admin route (admins.service.ts).
import { definePolicy } from '../../access/access.ts';
import type { MemberActor } from '../../access/actor.ts';
import { noSuchPage } from './admins.service.ts';
import type { ModerationRepository, ReportRow } from './moderation.repository.ts';

export type ModerationPermission = 'moderation.act';
type LoadedReport = { report: ReportRow; admin: boolean };

export const moderationPolicy = (repo: ModerationRepository) =>
  definePolicy<ModerationPermission, MemberActor, LoadedReport>({
    notFoundMessage: noSuchPage,
    load: async (actor, id) => {
      // Not an admin: nothing is read, so a report's existence cannot even be timed.
      if (!(await repo.isAdmin(actor.userId))) return null;
      const report = await repo.findReport(id);
      return report ? { report, admin: true } : null;
    },
    rules: { 'moderation.act': (_actor, row) => row.admin },
  });
export type ModerationPolicy = ReturnType<typeof moderationPolicy>;
