// The job scheduler on a real database: a claimed job is not run by a second scheduler on the same
// database (two connections on PostgreSQL, as two instances would have), a failure is logged with
// the job's name and retried, and a closed app's scheduler has no timers left.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/server/db/client.ts';
import { createJobScheduler, retryDelay, type JobLogger, type JobScheduler } from '../src/server/jobs/job-scheduler.ts';
import { jobLeasesRepository } from '../src/server/jobs/job-leases.repository.ts';
import { createTestApp, describeEachDatabase, freshDatabaseConfig, origin } from './support/test-app.ts';

const hour = 3600_000;

function recordingLogger() {
  const lines: { fields: Record<string, unknown>; message: string }[] = [];
  const log: JobLogger = {
    error: (fields, message) => lines.push({ fields: fields as Record<string, unknown>, message }),
  };
  return { log, lines };
}

describe('retryDelay', () => {
  it('doubles from the base and never waits longer than the interval', () => {
    expect([1, 2, 3, 4].map((failures) => retryDelay(failures, 1000, 5000))).toEqual([1000, 2000, 4000, 5000]);
  });
});

describeEachDatabase('job scheduler', (kind) => {
  let first: Database;
  let second: Database;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const { config, dataDir, dropDatabase } = await freshDatabaseConfig(kind);
    first = await openDatabase(config.database);
    await first.migrate();
    // PostgreSQL: a second pool, as a second instance would have. PGlite has one owner per directory.
    second = kind === 'postgres' ? await openDatabase(config.database) : first;
    cleanup = async () => {
      if (second !== first) await second.close();
      await first.close();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    };
  });
  afterAll(() => cleanup());

  it('runs a job on one scheduler only while another holds it, and not again before its interval', async () => {
    const a = createJobScheduler(first.db, recordingLogger().log);
    const b = createJobScheduler(second.db, recordingLogger().log);
    let runs = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    a.add({
      name: 'exclusive',
      everyMs: hour,
      run: async () => {
        runs++;
        await held;
      },
    });
    b.add({
      name: 'exclusive',
      everyMs: hour,
      run: async () => {
        runs++;
      },
    });
    const running = a.runOnce('exclusive');
    // Wait until a has the lease (its run started) before b asks.
    while (runs === 0) await new Promise((resolve) => setImmediate(resolve));
    expect(await b.runOnce('exclusive')).toBe('not-due');
    release();
    expect(await running).toBe('ran');
    expect(await b.runOnce('exclusive')).toBe('not-due');
    expect(runs).toBe(1);
  });

  it('lets exactly one of two schedulers asking at the same moment run the job', async () => {
    let runs = 0;
    const job = { name: 'race', everyMs: hour, run: async () => void runs++ };
    const a = createJobScheduler(first.db, recordingLogger().log);
    const b = createJobScheduler(second.db, recordingLogger().log);
    a.add(job);
    b.add(job);
    const outcomes = await Promise.all([a.runOnce('race'), b.runOnce('race'), a.runOnce('race'), b.runOnce('race')]);
    expect(outcomes.filter((outcome) => outcome === 'ran')).toHaveLength(1);
    expect(runs).toBe(1);
  });

  it('runs a job asked for by hand before it is due, but never beside a run in progress', async () => {
    const a = createJobScheduler(first.db, recordingLogger().log);
    const b = createJobScheduler(second.db, recordingLogger().log);
    let runs = 0;
    let release = () => {};
    const job = {
      name: 'by-hand',
      everyMs: 60 * 60_000,
      run: () => {
        runs++;
        return runs === 2 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
      },
    };
    a.add(job);
    b.add(job);
    expect(await a.runOnce('by-hand')).toBe('ran');
    expect(await a.runOnce('by-hand')).toBe('not-due');
    const held = a.runNow('by-hand');
    await expect.poll(() => runs).toBe(2);
    expect(await b.runNow('by-hand')).toBe('not-due');
    release();
    expect(await held).toBe('ran');
    expect(await b.runNow('by-hand')).toBe('ran');
    expect(runs).toBe(3);
  });

  it('logs a failure with the job name, records it, and retries until it succeeds', async () => {
    const { log, lines } = recordingLogger();
    // A zero retry base makes the retry due at once, so the test needs no clock.
    const scheduler = createJobScheduler(first.db, log, { retryBaseMs: 0 });
    let attempts = 0;
    scheduler.add({
      name: 'flaky',
      everyMs: hour,
      run: async () => {
        attempts++;
        if (attempts < 3) throw new Error(`attempt ${attempts} broke`);
      },
    });
    expect(await scheduler.runOnce('flaky')).toBe('failed');
    expect(await scheduler.runOnce('flaky')).toBe('failed');
    expect(await jobLeasesRepository(first.db).find('flaky')).toMatchObject({
      failures: 2,
      lastError: 'attempt 2 broke',
      leasedBy: null,
    });
    expect(await scheduler.runOnce('flaky')).toBe('ran');
    expect(await scheduler.runOnce('flaky')).toBe('not-due');
    expect(attempts).toBe(3);
    expect(await jobLeasesRepository(first.db).find('flaky')).toMatchObject({ failures: 0, lastError: null });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ fields: { job: 'flaky' }, message: 'job flaky failed' });
  });
});

describeEachDatabase('the app’s jobs', (kind) => {
  it('are armed while the app runs and stopped when it closes', async () => {
    const app = await createTestApp(kind);
    // buildApp returns the app with its scheduler; the Fastify instance is thenable, so Awaited<> in TestApp drops it.
    const { jobs } = app as unknown as { jobs: JobScheduler };
    expect(jobs.armed()).toEqual(
      expect.arrayContaining([
        'mail-retries',
        'referral-reminders',
        'notification-email',
        'weekly-digest',
        'follow-up-digests',
        'away-thanks',
      ]),
    );
    await app.close();
    expect(jobs.armed()).toEqual([]);
    expect(await jobs.runOnce('mail-retries')).toBe('stopped');
    await app.cleanup();
  });

  it('run by hand at /dev/jobs/<name>/run only from this machine, and only jobs that exist', async () => {
    const app = await createTestApp(kind);
    const run = (name: string, remoteAddress = '127.0.0.1') =>
      app.inject({ method: 'POST', url: `/dev/jobs/${name}/run`, remoteAddress, headers: { origin } });
    for (let time = 0; time < 2; time++)
      expect((await run('meeting-reminders')).json()).toEqual({ job: 'meeting-reminders', outcome: 'ran' });
    expect((await run('no-such-job')).statusCode).toBe(404);
    expect((await run('Bad Name!')).statusCode).toBe(404);
    expect((await run('meeting-reminders', '203.0.113.9')).statusCode).toBe(404);
    await app.cleanup();
  });
});
