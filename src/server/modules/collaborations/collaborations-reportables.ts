// What collaborations offer moderation (moderation/reportable.ts): one Reportable per kind. Hiding
// sets `hidden_at`; every list, detail and public page reads only rows where it is null, so a
// hidden item is gone for everyone (its author too) until an admin shows it again.
import { appPaths } from '../../../contracts/app-paths.ts';
import type { Reportable, ReportableKind } from '../moderation/reportable.ts';
import { clip } from '../../http/page-layout.ts';
import type { CampaignsService } from './campaigns/campaigns.service.ts';
import type { CouplesService } from './couples/couples.service.ts';
import type { ResearchService } from './research/research.service.ts';
import type { VolunteeringService } from './volunteering/volunteering.service.ts';

type Source<Row> = {
  findAny: (id: string) => Promise<Row | null>;
  findVisible: (id: string) => Promise<unknown>;
  setHidden: (id: string, hidden: boolean) => Promise<unknown>;
};
type Described = { author: string; title: string; text: string; path: string; hiddenAt: Date | string | null };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function reportable<Row>(kind: ReportableKind, source: Source<Row>, describe: (row: Row) => Described): Reportable {
  return {
    kind,
    async describe(id) {
      const row = uuid.test(id) ? await source.findAny(id) : null;
      if (!row) return null;
      const item = describe(row);
      return {
        authorUserId: item.author,
        title: item.title,
        excerpt: clip(item.text, 300),
        path: item.path,
        hidden: item.hiddenAt !== null,
      };
    },
    // Every open post is visible to every member while it is not hidden.
    visibleTo: async (_actor, id) => uuid.test(id) && (await source.findVisible(id)) !== null,
    setHidden: async (id, hidden) => {
      await source.setHidden(id, hidden);
    },
  };
}

export function collaborationReportables(services: {
  campaigns: CampaignsService;
  research: ResearchService;
  volunteering: VolunteeringService;
  couples: CouplesService;
}): Reportable[] {
  const { campaigns, research, volunteering, couples } = services;
  return [
    reportable(
      'campaign',
      { ...campaigns.repo, findVisible: (id) => campaigns.repo.findWithMine(null, id) },
      (row) => ({
        author: row.organizerUserId,
        title: row.title,
        text: row.description,
        path: `/campaigns/${row.slug}`,
        hiddenAt: row.hiddenAt,
      }),
    ),
    reportable('research-project', research.repo, (row) => ({
      author: row.leadUserId,
      title: row.title,
      text: row.description,
      path: `/research/${row.slug}`,
      hiddenAt: row.hiddenAt,
    })),
    reportable('volunteer-event', volunteering.repo, (row) => ({
      author: row.organizerUserId,
      title: row.title,
      text: row.description,
      path: appPaths.volunteerEvent(row.id),
      hiddenAt: row.hiddenAt,
    })),
    reportable('couples-request', couples.repo, (row) => ({
      author: row.userId,
      title: `Couples massage partner wanted on ${row.onDate} near ${row.place}`,
      text: row.note,
      path: appPaths.collaborations,
      hiddenAt: row.hiddenAt,
    })),
  ];
}
