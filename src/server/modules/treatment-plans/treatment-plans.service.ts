// Goals in the client's words with their measures over time, and the treatment plan made together.
// Every plan change is a new version; the therapist's save is their agreement to it, and the client
// agrees (or comments) in the portal — to the current version only (409 for a replaced one). Words
// are sealed under the client's key; the figures are plain. Access: the therapist who keeps the
// record (the clients policy), or the client themselves in the portal; anyone else gets a 404.
import type {
  Goal,
  GoalCreate,
  Measure,
  MeasureInput,
  PlanInput,
  PlanVersion,
  PlanView,
} from '../../../contracts/treatment-plans.ts';
import { goalCreateSchema, planInputSchema } from '../../../contracts/treatment-plans.ts';
import { memberLabel, type ClientActor } from '../../access/actor.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, invalid, notFound } from '../../http/errors.ts';
import type { ClientsService } from '../clients/clients.service.ts';

type Opener = Awaited<ReturnType<ClientsService['sealed']['open']>>;
import { therapistOf } from '../intake/intake.service.ts';
import {
  treatmentPlansRepository,
  type GoalRow,
  type MeasureRow,
  type PlanCommentRow,
  type PlanRow,
  type PlanVersionRow,
} from './treatment-plans.repository.ts';

export const noSuchGoal = 'No such goal';
export const noSuchPlan = 'No such plan';

export type TreatmentPlansDeps = {
  clients: Pick<ClientsService, 'policy' | 'sealed' | 'recordAccess'>;
  /** Tells the therapist the client agreed to or commented on the plan (no words of it). */
  onClientAction?: (input: {
    therapistUserId: string;
    clientId: string;
    action: 'agreed' | 'commented';
  }) => Promise<void>;
};

type GoalWords = { words: string; activities: string[]; rom: { joint: string; movement: string } | null };
type PlanWords = { summary: string; modalities: string[]; areas: string[] };

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value ? iso(value) : null);
const portalLabel = 'the client';
/** The mean, to two decimals (PSFS, PEG). */
export const meanOf = (items: readonly number[]) =>
  Math.round((items.reduce((sum, item) => sum + item, 0) / items.length) * 100) / 100;

/** Sessions per week or month as days between visits (a month counted as 30 days), at least 1. */
export const planIntervalDays = (sessionsPer: number, per: string) =>
  Math.max(1, Math.round((per === 'week' ? 7 : 30) / sessionsPer));

const toMeasure = (row: MeasureRow): Measure => ({
  id: row.id,
  psfsItems: row.psfsItems,
  psfs: row.psfs,
  nprs: row.nprs,
  pegItems: row.pegItems,
  peg: row.peg,
  romDegrees: row.romDegrees,
  sessionId: row.sessionId,
  moment: (row.moment as Measure['moment']) ?? null,
  recordedAt: iso(row.recordedAt),
});

export function treatmentPlansService(context: AppContext, deps: TreatmentPlansDeps) {
  const repo = treatmentPlansRepository(context.db);
  const { policy, sealed } = deps.clients;

  const toGoals = async (goals: GoalRow[], open: Opener): Promise<Goal[]> => {
    const measures = await repo.measures(goals.map((goal) => goal.id));
    return goals.map((goal) => {
      const words = open.json<GoalWords>(goal.goalEnc);
      const own = measures.filter((measure) => measure.goalId === goal.id).map(toMeasure);
      return {
        id: goal.id,
        words: words.words,
        activities: words.activities,
        tracksPeg: goal.tracksPeg,
        rom: words.rom,
        createdAt: iso(goal.createdAt),
        latest: own.at(-1) ?? null,
        measures: own,
      };
    });
  };

  /** The row to write for one measurement, checked against the goal: 400 naming the measure. */
  const measureRow = (goal: GoalRow, open: Opener, values: MeasureInput) => {
    const words = open.json<GoalWords>(goal.goalEnc);
    if (values.psfs && values.psfs.length !== words.activities.length)
      throw invalid('psfs', `must score each of the goal’s ${words.activities.length} activities`);
    if (values.peg && !goal.tracksPeg) throw invalid('peg', 'is not measured for this goal');
    if (values.romDegrees !== undefined && !words.rom) throw invalid('romDegrees', 'is not measured for this goal');
    if (!values.psfs && values.nprs === undefined && !values.peg && values.romDegrees === undefined)
      throw invalid('nprs', 'needs at least one measure (PSFS, pain, PEG or range of motion)');
    return {
      psfsItems: values.psfs ?? null,
      psfs: values.psfs ? meanOf(values.psfs) : null,
      nprs: values.nprs ?? null,
      pegItems: values.peg ?? null,
      peg: values.peg ? meanOf(values.peg) : null,
      romDegrees: values.romDegrees ?? null,
      moment: values.moment ?? null,
    };
  };

  const toVersion = (row: PlanVersionRow, open: Opener): PlanVersion => {
    const words = open.json<PlanWords>(row.planEnc);
    return {
      version: row.version,
      summary: words.summary,
      modalities: words.modalities,
      areas: words.areas,
      sessionsPer: row.sessionsPer,
      per: row.per as PlanVersion['per'],
      durationWeeks: row.durationWeeks,
      reviewOn: row.reviewOn,
      goalIds: row.goalIds,
      therapistAgreedAt: isoOrNull(row.therapistAgreedAt),
      clientAgreedAt: isoOrNull(row.clientAgreedAt),
      createdAt: iso(row.createdAt),
    };
  };

  const planView = async (plan: PlanRow | undefined, open: Opener): Promise<PlanView> => {
    if (!plan) return { plan: null };
    const versions = (await repo.versions(plan.id)).map((row) => toVersion(row, open));
    if (versions.length === 0) return { plan: null };
    const comments = (await repo.comments(plan.id)).map((row: PlanCommentRow) => ({
      id: row.id,
      version: row.version,
      author: row.author as 'client' | 'therapist',
      text: open.text(row.bodyEnc),
      createdAt: iso(row.createdAt),
    }));
    return { plan: { id: plan.id, current: versions[0]!, versions, comments } };
  };

  const memberRead = (actor: Actor, clientId: string, action: string) =>
    sealed.open({ clientId, actorUserId: actor.userId, actorLabel: memberLabel(actor), action });
  const portalRead = (clientId: string, action: string) =>
    sealed.open({ clientId, actorUserId: null, actorLabel: portalLabel, action });

  async function recordMeasures(
    actor: Actor,
    clientId: string,
    goalId: string,
    values: MeasureInput,
    options: { sessionId?: string | null } = {},
  ): Promise<Goal> {
    await policy.requireAccess(actor, 'clients.write', clientId);
    const goal = await repo.goal(clientId, goalId);
    if (!goal) throw notFound(noSuchGoal);
    const sealer = await sealed.forClient(clientId);
    await repo.insertMeasure({
      goalId,
      clientId,
      recordedByUserId: actor.userId,
      sessionId: options.sessionId ?? null,
      ...measureRow(goal, sealer, values),
    });
    return (await toGoals([goal], sealer))[0]!;
  }

  /** The plan (404 unless it is one of the signed-in client's own records) and its therapist. */
  const portalPlan = async (actor: ClientActor, planId: string) => {
    const plan = await repo.plan(planId);
    const record = plan && actor.records.find((each) => each.clientId === plan.clientId);
    if (!plan || !record) throw notFound(noSuchPlan);
    return { plan, therapistUserId: record.memberUserId };
  };

  return {
    /** The ids of the client's goals (no access check: callers check). */
    goalIdsOf: async (clientId: string): Promise<string[]> => (await repo.goals(clientId)).map((goal) => goal.id),

    /** Days between visits the current plan expects, per client with a plan (no access check: callers check). */
    async planIntervals(clientIds: string[]): Promise<Map<string, number>> {
      const rows = await repo.currentCadences(clientIds);
      return new Map(rows.map((row) => [row.clientId, planIntervalDays(row.sessionsPer, row.per)]));
    },

    /** The client's goals with every measure, oldest first (no access check and no log row: callers check). */
    async goalsFor(clientId: string): Promise<Goal[]> {
      return toGoals(await repo.goals(clientId), await sealed.forAuthor([clientId]));
    },

    async goals(actor: Actor, clientId: string): Promise<Goal[]> {
      await policy.requireAccess(actor, 'clients.read', clientId);
      const goals = await repo.goals(clientId);
      return toGoals(
        goals,
        goals.length ? await memberRead(actor, clientId, 'read their goals') : await sealed.forAuthor([]),
      );
    },

    async addGoal(actor: Actor, clientId: string, input: GoalCreate): Promise<Goal> {
      await policy.requireAccess(actor, 'clients.write', clientId);
      const goal = goalCreateSchema.parse(input);
      const sealer = await sealed.forClient(clientId);
      const words: GoalWords = { words: goal.words, activities: goal.activities, rom: goal.rom };
      const row = await repo.inTransaction(async (tx) => {
        const inserted = await treatmentPlansRepository(tx).insertGoal({
          clientId,
          goalEnc: sealer.sealJson(words),
          tracksPeg: goal.tracksPeg,
        });
        if (goal.baseline)
          await treatmentPlansRepository(tx).insertMeasure({
            goalId: inserted.id,
            clientId,
            recordedByUserId: actor.userId,
            ...measureRow(inserted, sealer, goal.baseline),
          });
        return inserted;
      });
      return (await toGoals([row], sealer))[0]!;
    },

    /** A new measurement of a goal (before/after a session with its id, or on its own). */
    recordMeasures,

    /** Goals with every measure, and the plan with its versions and comments, opened with the export's opener. */
    async exportFor(clientId: string, opener: Opener) {
      return {
        goals: await toGoals(await repo.goals(clientId), opener),
        plan: (await planView(await repo.planOf(clientId), opener)).plan,
      };
    },

    async plan(actor: Actor, clientId: string): Promise<PlanView> {
      await policy.requireAccess(actor, 'clients.read', clientId);
      const plan = await repo.planOf(clientId);
      return planView(plan, plan ? await memberRead(actor, clientId, 'read their plan') : await sealed.forAuthor([]));
    },

    /** A new version of the plan, agreed by the therapist who saves it; the client is asked again. */
    async savePlan(actor: Actor, clientId: string, input: PlanInput): Promise<PlanView> {
      await policy.requireAccess(actor, 'clients.write', clientId);
      const plan = planInputSchema.parse(input);
      const known = new Set((await repo.goals(clientId)).map((goal) => goal.id));
      if (plan.goalIds.some((id) => !known.has(id))) throw invalid('goalIds', 'must be goals of this client');
      const sealer = await sealed.forClient(clientId);
      const words: PlanWords = { summary: plan.summary, modalities: plan.modalities, areas: plan.areas };
      await repo.inTransaction(async (tx) => {
        const plans = treatmentPlansRepository(tx);
        const row = await plans.ensurePlan(clientId);
        await plans.insertVersion({
          planId: row.id,
          planEnc: sealer.sealJson(words),
          sessionsPer: plan.sessionsPer,
          per: plan.per,
          durationWeeks: plan.durationWeeks,
          reviewOn: plan.reviewOn,
          goalIds: [...new Set(plan.goalIds)],
          createdByUserId: actor.userId,
          therapistAgreedAt: new Date(),
        });
      });
      await deps.clients.recordAccess({
        clientId,
        actorUserId: actor.userId,
        actorLabel: memberLabel(actor),
        action: 'changed their plan',
      });
      return planView(await repo.planOf(clientId), sealer);
    },

    portalGoals: async (actor: ClientActor, clientId: string): Promise<Goal[]> => {
      therapistOf(actor, clientId);
      const goals = await repo.goals(clientId);
      return toGoals(goals, goals.length ? await portalRead(clientId, 'read their goals') : await sealed.forAuthor([]));
    },

    async portalPlan(actor: ClientActor, clientId: string): Promise<PlanView> {
      therapistOf(actor, clientId);
      const plan = await repo.planOf(clientId);
      return planView(plan, plan ? await portalRead(clientId, 'read their plan') : await sealed.forAuthor([]));
    },

    /** The client agrees to `version`; 409 when a newer version replaced it meanwhile. */
    async agree(actor: ClientActor, planId: string, version: number): Promise<PlanView> {
      const { plan, therapistUserId } = await portalPlan(actor, planId);
      const versions = await repo.versions(planId);
      if (!versions.some((row) => row.version === version)) throw invalid('version', 'is not a version of this plan');
      if (!(await repo.agreeAsClient(planId, version)))
        throw conflict('The plan changed since you read it: read the new version and agree to it', 'plan-replaced');
      await deps.onClientAction?.({ therapistUserId, clientId: plan.clientId, action: 'agreed' });
      return planView(plan, await sealed.forClient(plan.clientId));
    },

    /** The client's comment on the current version (sealed; their therapist sees it). */
    async comment(actor: ClientActor, planId: string, text: string): Promise<PlanView> {
      const { plan, therapistUserId } = await portalPlan(actor, planId);
      const current = (await repo.versions(planId))[0];
      if (!current) throw notFound(noSuchPlan);
      const sealer = await sealed.forClient(plan.clientId);
      await repo.insertComment({ planId, version: current.version, author: 'client', bodyEnc: sealer.seal(text) });
      await deps.onClientAction?.({ therapistUserId, clientId: plan.clientId, action: 'commented' });
      return planView(plan, sealer);
    },
  };
}
export type TreatmentPlansService = ReturnType<typeof treatmentPlansService>;
