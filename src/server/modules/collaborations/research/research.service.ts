// Research projects: a lead describes the project and recruits. Members apply as collaborator or
// participant and the lead accepts or declines; outside people sign up on the public page
// /research/{slug}. Their name and address are shown to the lead alone: the lead's notification
// says only that someone signed up.
import type { ResearchCreate, ResearchProject, ResearchSignup } from '../../../../contracts/collaborations.ts';
import type { MemberActor } from '../../../access/actor.ts';
import type { AppContext } from '../../../context.ts';
import { conflict, notFound } from '../../../http/errors.ts';
import type { NotificationsService } from '../../notifications/notifications.service.ts';
import type { NewAccountPostsService } from '../../platform/new-account-posts.service.ts';
import type { ProfilesService } from '../../profiles/profiles.service.ts';
import { authoredPolicy, noSuchProject } from '../collaborations.policy.ts';
import { publicSlug } from '../public-slug.ts';
import { researchRepository, type ProjectRow } from './research.repository.ts';

export type ResearchDeps = {
  profiles: Pick<ProfilesService, 'memberCards'>;
  notifications: Pick<NotificationsService, 'transaction'>;
  newAccountPosts: NewAccountPostsService;
};

const unknownCard = { slug: '', displayName: 'A member', profession: '' };
export const researchPath = (slug: string) => `/research/${slug}`;

export function researchService(context: AppContext, deps: ResearchDeps) {
  const repo = researchRepository(context.db);
  const policy = authoredPolicy(
    noSuchProject,
    (_actor, id) => repo.findVisible(id),
    (row) => row.leadUserId,
  );

  async function present(actor: MemberActor, project: ProjectRow): Promise<ResearchProject> {
    const members = await repo.members(project.id);
    const cards = await deps.profiles.memberCards(members.map((row) => row.userId));
    const lead = project.leadUserId === actor.userId;
    const mine = members.find((row) => row.userId === actor.userId);
    return {
      id: project.id,
      slug: project.slug,
      title: project.title,
      description: project.description,
      recruiting: project.recruiting,
      lead: cards.get(project.leadUserId) ?? unknownCard,
      role: (mine?.role as ResearchProject['role']) ?? 'none',
      myStatus: (mine?.status as ResearchProject['myStatus']) ?? null,
      publicUrl: `${context.config.publicUrl}${researchPath(project.slug)}`,
      // Applications are the lead's to see; others see who was accepted.
      members: members
        .filter((row) => lead || row.status === 'accepted' || row.userId === actor.userId)
        .map((row) => ({
          id: row.id,
          member: cards.get(row.userId) ?? unknownCard,
          role: row.role as ResearchProject['members'][number]['role'],
          status: row.status as ResearchProject['members'][number]['status'],
          note: lead || row.userId === actor.userId ? row.note : '',
        })),
      signups: lead
        ? (await repo.signups(project.id)).map((row) => ({
            id: row.id,
            name: row.name,
            email: row.email,
            note: row.note,
            createdAt: new Date(row.createdAt).toISOString(),
          }))
        : null,
    };
  }

  return {
    policy,
    repo,

    async create(actor: MemberActor, input: ResearchCreate) {
      await deps.newAccountPosts.allow(actor);
      const row = await repo.insert({ leadUserId: actor.userId, slug: publicSlug(input.title), ...input });
      return present(actor, row);
    },

    list: async () => repo.listVisible(),

    get: async (actor: MemberActor, id: string) => present(actor, await policy.requireAccess(actor, 'read', id)),

    async apply(actor: MemberActor, id: string, input: { role: 'collaborator' | 'participant'; note: string }) {
      const project = await policy.requireAccess(actor, 'read', id);
      if (!project.recruiting) throw conflict('This project is not recruiting', 'not_recruiting');
      // The application and the lead's notice commit together.
      await deps.notifications.transaction(async (tx, notices) => {
        const row = await researchRepository(tx).apply(project.id, actor.userId, input.role, input.note);
        if (!row) throw conflict('You are already part of this project or have applied', 'already_applied');
        await notices.notify({
          userId: project.leadUserId,
          kind: 'research.applied',
          actor: actor.name,
          subject: { type: 'research-project', id: project.id },
          dedupeKey: `research.applied:${row.id}`,
        });
      });
      return present(actor, project);
    },

    async answer(actor: MemberActor, id: string, memberId: string, to: 'accepted' | 'declined') {
      const project = await policy.requireAccess(actor, 'manage', id);
      if (!(await repo.answer(project.id, memberId, to))) throw notFound(noSuchProject);
      return present(actor, project);
    },

    /** The public page's project (null: no such project, hidden). */
    findPublic: (slug: string) => (slug.length <= 80 ? repo.findBySlug(slug) : Promise.resolve(null)),

    /** An outside person's sign-up from the public page; false when the project is gone or not recruiting. */
    async signUp(project: ProjectRow, person: ResearchSignup) {
      if (!project.recruiting) return false;
      await deps.notifications.transaction(async (tx, notices) => {
        if (!(await researchRepository(tx).signUp(project.id, person))) return;
        await notices.notify({
          userId: project.leadUserId,
          kind: 'research.signed-up',
          subject: { type: 'research-project', id: project.id },
        });
      });
      return true;
    },
  };
}
export type ResearchService = ReturnType<typeof researchService>;
