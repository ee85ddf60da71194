// The in-process directory index and how it stays current (decision 032). It loads every profile
// once, after the server is listening; until then searches go to SQL. It reads the version of the
// last committed profile write (one indexed row) ten times a second, and if it moved, reloads the
// profiles written since, recorded by triggers: every writer on every instance is followed — the
// profile form, moderation, a seeder, a deleted account — within a tenth of a second. While this
// process handles a write request (and a second after), every search reads the version first
// (the searches that arrive while a read is out share the next), so people read their own writes.
// A search in the first moments waits up to two seconds for the load; past that, SQL answers.
import type { Db } from '../../db/client.ts';
import { directoryIndexRepository, type IndexedProfile } from './directory-index.repository.ts';
import type { DirectoryFilter } from './directory.repository.ts';
import { indexVocabulary } from './search-index/index-vocabulary.ts';
import { searchIndex, type IndexAnswer } from './search-index/index-search.ts';
import { ProfileStore } from './search-index/profile-store.ts';
import { trigramRulesFor } from './trigram.ts';
import { typoCorrection } from './typo-correction.ts';

type Text = NonNullable<DirectoryFilter['text']>;

const loadBatch = 2000;
/** More changed profiles than this since the last look: reload everything instead. */
const reloadBeyond = 5000;
/** How often the version is read when nothing here writes: other instances' writes show within this. */
const pollMs = 100;
/** How long after a write request here every search reads the version first (read your own writes). */
const strictAfterWriteMs = 1000;
const fullReloadMs = 24 * 60 * 60 * 1000;
/** How long a search right after the start waits for the load before SQL answers instead. */
const waitForLoadMs = 2000;

type Log = { info: (fields: object, message: string) => void; error: (fields: object, message: string) => void };

export function directoryIndex(db: Db, log: Log) {
  const repo = directoryIndexRepository(db);
  let store: ProfileStore | null = null;
  let version = 0;
  let loading: Promise<void> | null = null;
  let poller: NodeJS.Timeout | undefined;
  let stopped = false;
  let loadedAt = 0;
  let strictUntil = 0;

  async function loadEverything() {
    const started = performance.now();
    const at = await repo.currentVersion();
    const fresh = new ProfileStore(trigramRulesFor(await repo.characterType()));
    // Read a batch at a time, then put in place order (ProfileStore.placeOrder) a batch at a time, so
    // requests are answered in between (each batch is a few dozen ms of work).
    const read: IndexedProfile[] = [];
    for (let after: string | null = null; ;) {
      const batch: IndexedProfile[] = await repo.findBatchAfter(after, loadBatch);
      read.push(...batch);
      if (batch.length < loadBatch) break;
      after = batch[batch.length - 1]!.id;
    }
    const ordered = ProfileStore.placeOrder(read);
    for (let at = 0; at < ordered.length; at += loadBatch) {
      fresh.loadBatch(ordered.slice(at, at + loadBatch));
      await new Promise((resolve) => setImmediate(resolve));
    }
    fresh.finishLoading();
    [store, version, loadedAt] = [fresh, at, Date.now()];
    log.info(
      { profiles: fresh.size, version: at, ms: Math.round(performance.now() - started) },
      'directory index loaded',
    );
  }

  async function catchUp(current: ProfileStore, target: number) {
    const { lowestVersion, profileIds } = await repo.changedSince(version, target);
    if (lowestVersion !== version + 1 || profileIds.length > reloadBeyond) return loadEverything();
    const rows = await repo.findByIds(profileIds);
    const found = new Set(rows.map((row) => row.id));
    for (const row of rows) current.put(row);
    for (const id of profileIds) if (!found.has(id)) current.delete(id);
    version = target;
  }

  async function check() {
    const current = store;
    if (!current) return;
    const target = await repo.currentVersion();
    if (target !== version) await catchUp(current, target);
  }

  // One check at a time. A caller needs a check that starts after it asked: while one is out, the
  // callers wait together for the next.
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const startCheck = () => (running = check().finally(() => (running = null)));
  function upToDate(): Promise<void> {
    if (!running) return startCheck();
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return running ?? startCheck();
      });
    return queued;
  }

  // One view per loaded store: its search, and typo corrections remembered per phrase until the
  // vocabulary changes (a correction scans the vocabulary; the same typos come again and again).
  type View = { correct: (text: Text) => Promise<Text>; search: (filter: DirectoryFilter) => IndexAnswer };
  const views = new WeakMap<ProfileStore, View>();
  const view = (current: ProfileStore) => {
    let found = views.get(current);
    if (found) return found;
    const typos = typoCorrection(indexVocabulary(current.text));
    const corrected = new Map<string, Text>();
    let vocabularyAt = current.text.vocabulary();
    found = {
      async correct(text) {
        const vocabulary = current.text.vocabulary();
        if (vocabulary !== vocabularyAt) {
          vocabularyAt = vocabulary;
          corrected.clear();
        }
        const kept = corrected.get(text.phrase);
        if (kept) return kept;
        const answer = await typos.correct(text);
        if (corrected.size >= 1000) corrected.delete(corrected.keys().next().value!);
        corrected.set(text.phrase, answer);
        return answer;
      },
      search: (filter) => searchIndex(current, filter),
    };
    views.set(current, found);
    return found;
  };

  return {
    /** Starts loading in the background; searches use SQL until it is done. */
    start() {
      loading ??= loadEverything().then(
        () => {
          if (stopped) return;
          poller = setInterval(() => {
            // Once a day from scratch, so flags that time made stale (an away period now over) clear.
            const due = Date.now() - loadedAt > fullReloadMs;
            void (due ? loadEverything() : upToDate()).catch((error: unknown) =>
              log.error({ err: error }, 'directory index could not catch up; it tries again'),
            );
          }, pollMs);
          poller.unref();
        },
        (error: unknown) => {
          loading = null;
          log.error({ err: error }, 'directory index could not load; searches stay on SQL');
        },
      );
      return loading;
    },
    /**
     * The index and its typo corrections; null while it loads. Current to within one poll (every
     * write from any instance), and to this very moment while this process writes: from a write
     * request's start until a second after it ends, each search checks the version first.
     */
    async current() {
      // Just started: wait a moment for the load (a small directory loads in well under that).
      if (!store && loading)
        await Promise.race([loading, new Promise((resolve) => setTimeout(resolve, waitForLoadMs).unref())]);
      if (!store) return null;
      if (Date.now() < strictUntil) await upToDate();
      return view(store);
    },
    /** A request that may write (anything but GET, HEAD, OPTIONS) is starting or has ended here. */
    writing() {
      strictUntil = Date.now() + strictAfterWriteMs;
    },
    stop() {
      stopped = true;
      clearInterval(poller);
    },
    /** For the change log's pruning job. */
    pruneChanges: (before: Date) => repo.pruneChanges(before),
  };
}
export type DirectoryIndex = ReturnType<typeof directoryIndex>;
