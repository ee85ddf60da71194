// The two key chores (docs/security.md): `rotate` rewraps every client key under the current
// ENCRYPTION_KEY (the old one given in ENCRYPTION_KEY_PREVIOUS); `reseal` moves values sealed before
// per-client keys existed (v1, under the installation key, current or previous) to their client's
// own key (c1:<client id>:…), in batches, idempotently. A legacy value of a client already destroyed
// is sealed under a fresh key that is never stored: it is shredded, as the rest of that client is.
import { randomBytes } from 'node:crypto';
import { and, asc, eq, gt, like, or, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { clientConsents, clients, referralEvents, referrals } from '../../db/schema/index.ts';
import { DecryptionError, decryptText, encryptWithKeyId, keyIdOf } from '../../lib/crypto.ts';
import { clientKeyRing } from './client-keys.ts';

type Sealed = Record<string, PgColumn>;
type Source = {
  name: string;
  table: PgTable;
  id: PgColumn;
  clientId: PgColumn;
  columns: Sealed;
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

const legacy = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith('v1:') && keyIdOf(value) === null;

export type KeyChoresOptions = { installationKey: Buffer; previousKeys: Buffer[]; batchSize?: number };

/** Rewraps every client key not yet under the current key; returns how many were. */
export async function rotateClientKeys(db: Db, { installationKey, previousKeys }: KeyChoresOptions) {
  const rewrapped = await clientKeyRing(db, installationKey, previousKeys).rewrapAll();
  return { rewrapped };
}

export async function resealLegacyValues(db: Db, { installationKey, previousKeys, batchSize = 200 }: KeyChoresOptions) {
  const keys = clientKeyRing(db, installationKey, previousKeys);
  const installationKeys = [installationKey, ...previousKeys];
  const openLegacy = (stored: string) => {
    for (const key of installationKeys) {
      try {
        return decryptText(key, stored);
      } catch (error) {
        if (!(error instanceof DecryptionError)) throw error;
      }
    }
    throw new DecryptionError('a legacy value opens with neither ENCRYPTION_KEY nor ENCRYPTION_KEY_PREVIOUS');
  };
  const counts: Record<string, number> = {};
  let shredded = 0;

  for (const source of sources) {
    counts[source.name] = 0;
    const names = Object.keys(source.columns);
    const anyLegacy = or(...names.map((name) => like(source.columns[name]!, 'v1:%')));
    let after: string | null = null;
    for (;;) {
      const base = db
        .select({ ...source.columns, id: source.id, clientId: source.clientId, exists: clients.id })
        .from(source.table);
      const joined = source.join ? base.innerJoin(source.join.table, source.join.on) : base;
      // Whether the row's client still exists (the clients table itself: it does).
      const withClient = source.table === clients ? joined : joined.leftJoin(clients, eq(clients.id, source.clientId));
      const batch = (await withClient
        .where(and(anyLegacy, after ? gt(source.id, after) : undefined))
        .orderBy(asc(source.id))
        .limit(batchSize)) as unknown as ({ id: string; clientId: string; exists: string | null } & Record<
        string,
        unknown
      >)[];
      if (!batch.length) break;
      after = batch.at(-1)!.id;
      // Keys first, outside the transaction (the embedded database has one connection).
      const sealers = new Map<string, Buffer>();
      for (const row of batch) {
        if (sealers.has(row.clientId)) continue;
        // Destroyed client: a key nobody keeps, so the value joins the rest of them, unreadable.
        sealers.set(row.clientId, row.exists ? await keys.keyFor(row.clientId) : randomBytes(32));
      }
      await db.transaction(async (tx) => {
        for (const row of batch) {
          const key = sealers.get(row.clientId)!;
          const changes: Record<string, string> = {};
          const unchanged: SQL[] = [];
          for (const name of names) {
            const value = row[name];
            if (!legacy(value)) continue;
            changes[name] = encryptWithKeyId(key, row.clientId, openLegacy(value));
            unchanged.push(eq(source.columns[name]!, value));
          }
          if (!unchanged.length) continue;
          // Only if nobody changed the value meanwhile (a write since is already under the client's key).
          await tx
            .update(source.table)
            .set(changes)
            .where(and(eq(source.id, row.id), ...unchanged));
          counts[source.name]!++;
          if (!row.exists) shredded++;
        }
      });
    }
  }
  return { resealed: counts, shreddedRows: shredded };
}
