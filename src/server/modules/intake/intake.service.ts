// Intake: the practice's definition (the shipped default, or its own copy — each save a new version)
// and each client's submissions (each save a new version, answers sealed under the client's key,
// checked against the definition they answer). The raised flags are plain ids, resolved to words
// and the scope-of-practice guide entry for any screen through `flagsFor`.
import type {
  IntakeDefinition,
  IntakeDefinitionInput,
  IntakeDefinitionRef,
  IntakeFlag,
  IntakeSubmission,
  IntakeSubmit,
  IntakeView,
} from '../../../contracts/intake.ts';
import { intakeDefinitionInputSchema } from '../../../contracts/intake.ts';
import { memberLabel, isClientOf, type ClientActor } from '../../access/actor.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { invalid, notFound } from '../../http/errors.ts';
import type { ClientsService } from '../clients/clients.service.ts';

type Opener = Awaited<ReturnType<ClientsService['sealed']['open']>>;
import { noSuchClient } from '../clients/clients.service.ts';
import type { ScopeGuideService } from '../scope-guide/scope-guide.service.ts';
import { checkAnswers, checkDefinition, flagsOf, loadDefaultDefinition, raisedFlags } from './intake-definitions.ts';
import { intakeRepository, type IntakeDefinitionRow, type IntakeSubmissionRow } from './intake.repository.ts';

export type IntakeDeps = {
  clients: Pick<ClientsService, 'policy' | 'sealed' | 'recordAccess'>;
  guide: Pick<ScopeGuideService, 'find' | 'suggestions'>;
  /** Tells the therapist "a client completed their intake" (no words of it). */
  onClientSubmitted?: (input: { therapistUserId: string; clientId: string }) => Promise<void>;
};

const iso = (value: Date | string) => new Date(value).toISOString();

/** The therapist whose record this is, when the signed-in client is its client; otherwise 404. */
export function therapistOf(actor: ClientActor, clientId: string): string {
  const record = isClientOf(actor, clientId) ? actor.records.find((each) => each.clientId === clientId) : undefined;
  if (!record) throw notFound(noSuchClient);
  return record.memberUserId;
}

export function intakeService(context: AppContext, deps: IntakeDeps) {
  const repo = intakeRepository(context.db);
  const { policy, sealed } = deps.clients;
  const guideKeys = new Set(deps.guide.suggestions({}).items.map((entry) => entry.key));
  const shipped = loadDefaultDefinition(guideKeys);

  const fromRow = (row: IntakeDefinitionRow): IntakeDefinition => ({
    ...(row.definition as IntakeDefinitionInput),
    source: 'practice',
    version: row.version,
  });
  const current = async (ownerUserId: string) => {
    const row = await repo.latestDefinition(ownerUserId);
    return row ? fromRow(row) : shipped;
  };
  const definitionAt = async (ownerUserId: string, ref: IntakeDefinitionRef): Promise<IntakeDefinition | undefined> => {
    if (ref.source === 'default') return ref.version === shipped.version ? shipped : undefined;
    const row = await repo.definitionAt(ownerUserId, ref.version);
    return row ? fromRow(row) : undefined;
  };
  const refOf = (row: IntakeSubmissionRow): IntakeDefinitionRef => ({
    source: row.definitionSource as IntakeDefinitionRef['source'],
    version: row.definitionVersion,
  });
  // A submission whose definition version is gone (the shipped file moved on) is shown with the current one.
  const definitionOf = async (ownerUserId: string, row: IntakeSubmissionRow | undefined) =>
    (row && (await definitionAt(ownerUserId, refOf(row)))) ?? (await current(ownerUserId));

  const resolveFlags = (definition: IntakeDefinitionInput, ids: readonly string[]): IntakeFlag[] => {
    const known = new Map(flagsOf(definition).map((flag) => [flag.id, flag]));
    return ids.flatMap((id) => {
      const flag = known.get(id);
      if (!flag) return [];
      const entry = flag.guideKey ? deps.guide.find(flag.guideKey)?.item : undefined;
      return [
        {
          id,
          words: flag.words,
          severity: flag.severity,
          guide: entry
            ? {
                key: entry.key,
                title: entry.title,
                massage: entry.massage,
                referTo: [...entry.referTo],
                plainReason: entry.plainReason,
              }
            : null,
        },
      ];
    });
  };

  const toSubmission = (row: IntakeSubmissionRow, open: Opener): IntakeSubmission => ({
    id: row.id,
    version: row.version,
    definition: refOf(row),
    answers: open.json(row.answersEnc),
    flags: row.flags,
    submittedBy: row.submittedBy as IntakeSubmission['submittedBy'],
    createdAt: iso(row.createdAt),
  });

  async function view(ownerUserId: string, clientId: string, reader: { userId: string | null; label: string }) {
    const rows = await repo.submissions(clientId);
    const latest = rows[0];
    const definition = await definitionOf(ownerUserId, latest);
    const open = latest
      ? await sealed.open({
          clientId,
          actorUserId: reader.userId,
          actorLabel: reader.label,
          action: 'read their intake',
        })
      : null;
    return {
      submission: latest && open ? toSubmission(latest, open) : null,
      definition,
      flags: latest ? resolveFlags(definition, latest.flags) : [],
      versions: rows.map((row) => ({
        id: row.id,
        version: row.version,
        definition: refOf(row),
        flags: row.flags,
        submittedBy: row.submittedBy as IntakeSubmission['submittedBy'],
        createdAt: iso(row.createdAt),
      })),
    } satisfies IntakeView;
  }

  async function submit(
    ownerUserId: string,
    clientId: string,
    input: IntakeSubmit,
    by: { kind: 'therapist' | 'client'; userId: string | null; label: string },
  ): Promise<IntakeView> {
    const definition = input.definition
      ? await definitionAt(ownerUserId, input.definition)
      : await current(ownerUserId);
    if (!definition) throw invalid('definition', 'is not a version of this practice’s intake form');
    const answers = checkAnswers(definition, input.answers);
    const flags = raisedFlags(definition, answers);
    const sealer = await sealed.forClient(clientId);
    await repo.insertSubmission({
      clientId,
      definitionSource: definition.source,
      definitionVersion: definition.version,
      answersEnc: sealer.sealJson(answers),
      flags,
      submittedBy: by.kind,
      submittedByUserId: by.userId,
    });
    await deps.clients.recordAccess({
      clientId,
      actorUserId: by.userId,
      actorLabel: by.label,
      action: 'filled in their intake',
    });
    const rows = await repo.submissions(clientId);
    return {
      submission: toSubmission(rows[0]!, sealer),
      definition,
      flags: resolveFlags(definition, flags),
      versions: rows.map((row) => ({
        id: row.id,
        version: row.version,
        definition: refOf(row),
        flags: row.flags,
        submittedBy: row.submittedBy as IntakeSubmission['submittedBy'],
        createdAt: iso(row.createdAt),
      })),
    };
  }

  async function flagsFor(clientId: string): Promise<IntakeFlag[]> {
    const latest = await repo.latestSubmission(clientId);
    if (!latest) return [];
    return resolveFlags(await definitionOf(latest.ownerUserId, latest), latest.flags);
  }

  return {
    /** The practice's current intake definition: its own latest copy, or the shipped default. */
    definition: (actor: Actor): Promise<IntakeDefinition> => current(actor.userId),

    /** Saves the practice's own copy (a new version); submissions keep pointing at the version they answered. */
    async saveDefinition(actor: Actor, input: IntakeDefinitionInput): Promise<IntakeDefinition> {
      const definition = checkDefinition(intakeDefinitionInputSchema.parse(input), guideKeys);
      return fromRow(await repo.insertDefinition(actor.userId, definition));
    },

    async get(actor: Actor, clientId: string): Promise<IntakeView> {
      const client = await policy.requireAccess(actor, 'clients.read', clientId);
      return view(client.ownerUserId, clientId, { userId: actor.userId, label: memberLabel(actor) });
    },

    async put(actor: Actor, clientId: string, input: IntakeSubmit): Promise<IntakeView> {
      const client = await policy.requireAccess(actor, 'clients.write', clientId);
      return submit(client.ownerUserId, clientId, input, {
        kind: 'therapist',
        userId: actor.userId,
        label: memberLabel(actor),
      });
    },

    /** The flags of the client's latest intake, with words and guide entries. No access check: callers check. */
    flagsFor,

    /** Every intake version with its answers, opened with the export's opener (the export logged its read). */
    async exportFor(clientId: string, opener: Opener) {
      const rows = await repo.submissions(clientId);
      return { flags: await flagsFor(clientId), versions: rows.map((row) => toSubmission(row, opener)) };
    },

    async flags(actor: Actor, clientId: string): Promise<IntakeFlag[]> {
      await policy.requireAccess(actor, 'clients.read', clientId);
      return flagsFor(clientId);
    },

    /** The signed-in client's own intake with this therapist (their read is logged as theirs). */
    portalGet: async (actor: ClientActor, clientId: string): Promise<IntakeView> =>
      view(therapistOf(actor, clientId), clientId, { userId: null, label: 'the client' }),

    async portalPut(actor: ClientActor, clientId: string, input: IntakeSubmit): Promise<IntakeView> {
      const therapistUserId = therapistOf(actor, clientId);
      const result = await submit(therapistUserId, clientId, input, {
        kind: 'client',
        userId: null,
        label: 'the client',
      });
      await deps.onClientSubmitted?.({ therapistUserId, clientId });
      return result;
    },
  };
}
export type IntakeService = ReturnType<typeof intakeService>;
