// What the in-process directory index reads: the version every profile write raises, the profiles
// touched since a version (both kept by triggers, migration 0028), and the profiles' searchable and
// shown columns, all of them or by id.
import { and, asc, gt, inArray, lte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { awayPeriods, directoryChanges, directoryState, profiles } from '../../db/schema/index.ts';
import { shownColumns } from './directory.repository.ts';

const indexedColumns = {
  id: profiles.id,
  ...shownColumns,
  visibility: profiles.visibility,
  searchText: profiles.searchText,
  // An away period not over (or ending within the last two days, whatever the time zone): only
  // then does a search look up away notices. Time may make it stale, never wrong the other way:
  // every away period written reloads the profile (migration 0028), and the index reloads daily.
  awaySoon: sql<boolean>`exists (select 1 from ${awayPeriods} where ${awayPeriods.userId} = ${profiles.userId}
    and ${awayPeriods.endedAt} is null and ${awayPeriods.endsOn} >= current_date - 2)`,
};

export function directoryIndexRepository(db: Db) {
  const versionQuery = db
    .select({ version: directoryState.version })
    .from(directoryState)
    .where(sql`${directoryState.id} = 1`)
    .prepare('directory_index_version');
  const rows = () => db.select(indexedColumns).from(profiles);

  return {
    /** The version of the last committed profile write. */
    async currentVersion() {
      const [row] = await versionQuery.execute();
      return Number(row?.version ?? 0);
    },
    /** The profiles written after `after` up to `upTo`, with the lowest version seen (a gap means the log was pruned). */
    async changedSince(after: number, upTo: number) {
      const changes = await db
        .select({ version: directoryChanges.version, profileId: directoryChanges.profileId })
        .from(directoryChanges)
        .where(and(gt(directoryChanges.version, after), lte(directoryChanges.version, upTo)))
        .orderBy(asc(directoryChanges.version));
      return {
        lowestVersion: changes.length > 0 ? Number(changes[0]!.version) : null,
        profileIds: [...new Set(changes.map((change) => change.profileId))],
      };
    },
    /** The database's LC_CTYPE, which decides what lower() and pg_trgm take for letters. */
    async characterType() {
      const { rows } = await db.execute<{ ctype: string }>(
        sql`select datctype as ctype from pg_database where datname = current_database()`,
      );
      return rows[0]?.ctype ?? 'C';
    },
    findByIds: (ids: string[]) => rows().where(inArray(profiles.id, ids)),
    /** Every profile, a batch at a time in id order (keyset paging, so a batch is an index range). */
    findBatchAfter: (afterId: string | null, limit: number) =>
      rows()
        .where(afterId === null ? undefined : gt(profiles.id, afterId))
        .orderBy(asc(profiles.id))
        .limit(limit),
    /** Forgets changes older than `before`; an instance further behind than that reloads everything. */
    pruneChanges: (before: Date) => db.delete(directoryChanges).where(lt(directoryChanges.changedAt, before)),
  };
}

export type IndexedProfile = Awaited<ReturnType<ReturnType<typeof directoryIndexRepository>['findByIds']>>[number];
