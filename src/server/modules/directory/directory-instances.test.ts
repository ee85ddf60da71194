// Two instances on one PostgreSQL database, each with its own in-process directory index: a profile
// edited through one is found as edited through the other within a second (a tenth, by the poll),
// and through the one that wrote it at once. (PGlite has one owner per data directory: one instance.)
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DirectoryResult } from '../../../contracts/directory.ts';
import { buildApp } from '../../app.ts';
import { openDatabase } from '../../db/client.ts';
import { listMember } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

describeEachDatabase('the directory on two instances', (kind) => {
  let first: TestApp;
  let second: Awaited<ReturnType<typeof buildApp>> | null = null;
  let closeSecond = async () => {};

  beforeAll(async () => {
    first = await createTestApp(kind);
    if (kind !== 'postgres') return;
    const database = await openDatabase(first.config.database);
    second = await buildApp(first.config, database, { logger: false, mailTransport: null });
    await second.ready();
    closeSecond = async () => {
      await second!.close();
      await database.close();
    };
  });
  afterAll(async () => {
    await closeSecond();
    await first.cleanup();
  });

  const names = async (app: { inject: TestApp['inject'] }, query: string) =>
    (await app.inject({ url: `/api/directory?${query}` }))
      .json<DirectoryResult>()
      .items.map((item) => item.displayName);
  /** Asks until the answer is `expected`, for at most a second; answers how long that took. */
  async function within(app: { inject: TestApp['inject'] }, query: string, expected: string[]) {
    const started = Date.now();
    for (;;) {
      const found = await names(app, query);
      if (JSON.stringify(found) === JSON.stringify(expected) || Date.now() - started > 1000) {
        expect(found, query).toEqual(expected);
        return Date.now() - started;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it('finds an edit through the instance that made it at once, and through another within a second', async () => {
    const other = second ?? first;
    const rosa = await listMember(first, { displayName: 'Rosa Quintero', postalCode: '10001', country: 'US' });
    expect(await names(first, 'q=quintero')).toEqual(['Rosa Quintero']); // the writer's own instance: at once
    await within(other, 'q=quintero', ['Rosa Quintero']);

    const edited = await first.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: asMember(rosa.cookie),
      payload: { displayName: 'Rosa Quintana', postalCode: '60601', specialties: ['oncology'] },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await names(first, 'q=quintana')).toEqual(['Rosa Quintana']);
    expect(await within(other, 'q=quintana', ['Rosa Quintana'])).toBeLessThan(1000);
    expect(await names(other, 'near=60601&specialty=oncology')).toEqual(['Rosa Quintana']);
    expect(await names(other, 'near=10001&q=rosa')).toEqual([]);

    const hidden = await first.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: asMember(rosa.cookie),
      payload: { visibility: 'hidden' },
    });
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect(await names(first, 'q=quintana')).toEqual([]);
    await within(other, 'q=quintana', []);
  });
});
