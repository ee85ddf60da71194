// Where legacy sealed values live (v1: under the installation key, from before per-client keys):
// the tables and columns `keys reseal` reads in batches, and the guarded update that replaces one
// row's values only while they are still the ones read. Holds no crypto: client-keys.maintenance.ts does that.
import { and, asc, eq, gt, like, or, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { clientConsents, clients, referralEvents, referrals } from '../../db/schema/index.ts';

type Source = {
  name: string;
  table: PgTable;
  id: PgColumn;
  clientId: PgColumn;
  columns: Record<string, PgColumn>;
  /** For rows that name their client through another table (referral events → referrals). */
  join?: { table: PgTable; on: SQL };
};

const sources: Source[] = [
  {
    name: 'clients',
    table: clients,
    id: clients.id,
    clientId: clients.id,
    columns: {
      emailEnc: clients.emailEnc,
      phoneEnc: clients.phoneEnc,
      dateOfBirthEnc: clients.dateOfBirthEnc,
      notesEnc: clients.notesEnc,
    },
  },
  {
    name: 'client_consents',
    table: clientConsents,
    id: clientConsents.id,
    clientId: clientConsents.clientId,
    columns: { noteEnc: clientConsents.noteEnc },
  },
  {
    name: 'referrals',
    table: referrals,
    id: referrals.id,
    clientId: referrals.clientId,
    columns: {
      clientNameEnc: referrals.clientNameEnc,
      reasonClinicalEnc: referrals.reasonClinicalEnc,
      reasonPlainEnc: referrals.reasonPlainEnc,
      whatIDidEnc: referrals.whatIDidEnc,
      observationsEnc: referrals.observationsEnc,
      packetEnc: referrals.packetEnc,
      outcomeEnc: referrals.outcomeEnc,
    },
  },
  {
    name: 'referral_events',
    table: referralEvents,
    id: referralEvents.id,
    clientId: referrals.clientId,
    columns: { noteEnc: referralEvents.noteEnc },
    join: { table: referrals, on: eq(referrals.id, referralEvents.referralId) },
  },
];

/** One row with legacy values: its id, its client, whether that client still exists, and its sealed columns. */
export type LegacyRow = { id: string; clientId: string; clientExists: boolean; values: Record<string, string | null> };

export const legacySourceNames = sources.map((source) => source.name);

const sourceNamed = (name: string) => {
  const source = sources.find((entry) => entry.name === name);
  if (!source) throw new Error(`no sealed-value source named ${name}`);
  return source;
};

export const clientKeysLegacyRepository = (db: Db) => ({
  /** The next rows (by id, after `after`) of a source holding at least one v1 value. */
  async findBatch(name: string, after: string | null, limit: number): Promise<LegacyRow[]> {
    const source = sourceNamed(name);
    const names = Object.keys(source.columns);
    const base = db
      .select({ ...source.columns, id: source.id, clientId: source.clientId, exists: clients.id })
      .from(source.table);
    const joined = source.join ? base.innerJoin(source.join.table, source.join.on) : base;
    // Whether the row's client still exists (the clients table itself: it does).
    const withClient = source.table === clients ? joined : joined.leftJoin(clients, eq(clients.id, source.clientId));
    const rows = (await withClient
      .where(
        and(
          or(...names.map((column) => like(source.columns[column]!, 'v1:%'))),
          after ? gt(source.id, after) : undefined,
        ),
      )
      .orderBy(asc(source.id))
      .limit(limit)) as unknown as (Record<string, string | null> & {
      id: string;
      clientId: string;
      exists: string | null;
    })[];
    return rows.map((row) => ({
      id: row.id,
      clientId: row.clientId,
      clientExists: row.exists !== null,
      values: Object.fromEntries(names.map((column) => [column, row[column] ?? null])),
    }));
  },

  /** Replaces a row's values only while each is still the one read (a write since is already under the client's key). */
  async replace(name: string, id: string, changes: Record<string, { from: string; to: string }>) {
    const source = sourceNamed(name);
    const entries = Object.entries(changes);
    await db
      .update(source.table)
      .set(Object.fromEntries(entries.map(([column, change]) => [column, change.to])))
      .where(and(eq(source.id, id), ...entries.map(([column, change]) => eq(source.columns[column]!, change.from))));
  },
});
