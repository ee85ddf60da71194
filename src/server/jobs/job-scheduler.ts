// Every timed task runs here (docs/jobs.md): a job has a name, an interval and a function. Before a
// run an instance claims the job's lease row (job-leases.repository.ts), so with several instances
// on one database — or several schedulers on the embedded one — each run happens once. A failed run
// is logged with the job's name and retried with a doubling delay, never later than its interval.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { jobLeasesRepository } from './job-leases.repository.ts';

export type Job = {
  name: string;
  everyMs: number;
  run: (now: Date) => Promise<unknown>;
  /** How often an instance asks whether the job is due; default everyMs. */
  checkEveryMs?: number;
  /** How long a claim holds if the holder dies mid-run; default 15 minutes. */
  leaseMs?: number;
};
export type JobOutcome = 'ran' | 'failed' | 'not-due' | 'stopped';
export type JobLogger = { error: (fields: object, message: string) => void };
export type JobScheduler = ReturnType<typeof createJobScheduler>;

/** The wait before retry number `failures` (1, 2, …): base, 2×base, 4×base … capped at the interval. */
export function retryDelay(failures: number, baseMs: number, capMs: number) {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, failures - 1));
}

const checkMs = (job: Job) => job.checkEveryMs ?? job.everyMs;

export function createJobScheduler(db: Db, log: JobLogger, options: { retryBaseMs?: number } = {}) {
  const retryBaseMs = options.retryBaseMs ?? 60_000;
  const holder = randomUUID();
  const repo = jobLeasesRepository(db);
  const jobs = new Map<string, Job>();
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<JobOutcome>>();
  const retryIn = new Map<string, number>();
  let started = false;
  let stopped = false;

  async function attempt(job: Job, early = false): Promise<JobOutcome> {
    await repo.ensure(job.name);
    const claim = await repo.claim(job.name, holder, job.leaseMs ?? 15 * 60_000, early);
    if (!claim) return 'not-due';
    try {
      await job.run(new Date());
      await repo.succeeded(job.name, holder, job.everyMs);
      return 'ran';
    } catch (error) {
      log.error({ job: job.name, err: error }, `job ${job.name} failed`);
      const message = error instanceof Error ? error.message : String(error);
      const delay = retryDelay(claim.failures + 1, retryBaseMs, job.everyMs);
      retryIn.set(job.name, delay);
      await repo.failed(job.name, holder, delay, message);
      return 'failed';
    }
  }

  /** Claims and runs the job now if it is due (or, `early`, whenever) and nobody else holds it. */
  async function runOnce(name: string, early = false): Promise<JobOutcome> {
    const job = jobs.get(name);
    if (!job) throw new Error(`no job named ${name}`);
    if (stopped) return 'stopped';
    const run = attempt(job, early);
    running.add(run);
    try {
      return await run;
    } finally {
      running.delete(run);
    }
  }

  function arm(job: Job, delayMs: number) {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(job.name);
      runOnce(job.name)
        .catch((error: unknown) => {
          // The claim itself failed (database unreachable): try again after a while.
          log.error({ job: job.name, err: error }, `job ${job.name} could not be claimed`);
          return 'failed' as const;
        })
        .then(
          (outcome) =>
            arm(
              job,
              outcome === 'failed' ? (retryIn.get(job.name) ?? Math.min(retryBaseMs, job.everyMs)) : checkMs(job),
            ),
          () => undefined,
        );
    }, delayMs);
    // A timer never keeps the process alive on its own.
    timer.unref();
    timers.set(job.name, timer);
  }

  return {
    add(job: Job) {
      if (jobs.has(job.name)) throw new Error(`job ${job.name} is already scheduled`);
      jobs.set(job.name, job);
      if (started) arm(job, checkMs(job));
    },
    /** Arms every job's timer; the first run comes one check interval after start, as before. */
    start() {
      if (started || stopped) return;
      started = true;
      for (const job of jobs.values()) arm(job, checkMs(job));
    },
    runOnce,
    /** Runs a job now whether or not it is due (still once: a run in progress elsewhere wins). */
    runNow: (name: string) => runOnce(name, true),
    has: (name: string) => jobs.has(name),
    /** Names of jobs with a timer armed (none after stop). */
    armed: () => [...timers.keys()],
    /** Stops the timers and waits for runs in progress, so the database can close after. */
    async stop() {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}
