// CI sets POSTGRES_REQUIRED so the PostgreSQL half of the suite cannot be skipped without anyone
// noticing: without a database the run fails with a message that says what to set.
import { describe, expect, it } from 'vitest';
import { postgresForTests } from './support/postgres-required.ts';

describe('POSTGRES_REQUIRED', () => {
  it('fails the run when PostgreSQL is required and TEST_DATABASE_URL is not set', async () => {
    await expect(postgresForTests({ POSTGRES_REQUIRED: '1' })).rejects.toThrow(
      /POSTGRES_REQUIRED is set but TEST_DATABASE_URL is not/,
    );
  });

  it('fails the run when PostgreSQL is required and the database cannot be reached', async () => {
    await expect(
      postgresForTests({ POSTGRES_REQUIRED: '1', TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/postgres' }),
    ).rejects.toThrow(/127\.0\.0\.1:1\) is not reachable and POSTGRES_REQUIRED is set/);
  });

  it('skips the PostgreSQL half quietly on a developer machine without TEST_DATABASE_URL', async () => {
    expect(await postgresForTests({})).toBe('skipped');
  });
});
