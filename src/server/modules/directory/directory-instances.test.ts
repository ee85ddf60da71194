// Two instances on one PostgreSQL database, each with its own in-process directory index: a profile
// edited through one is found as edited through the other at once, not after a second, and a
// deleted account is gone from both. (PGlite has one owner per data directory, so one instance.)
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

  it('finds an edit made on one instance through the other at once', async () => {
    const other = second ?? first;
    const rosa = await listMember(first, { displayName: 'Rosa Quintero', postalCode: '10001', country: 'US' });
    expect(await names(other, 'q=quintero')).toEqual(['Rosa Quintero']);

    const edited = await first.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: asMember(rosa.cookie),
      payload: { displayName: 'Rosa Quintana', postalCode: '60601', specialties: ['oncology'] },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    // The very next search on the other instance, with no wait.
    expect(await names(other, 'q=quintana')).toEqual(['Rosa Quintana']);
    expect(await names(other, 'near=60601&specialty=oncology')).toEqual(['Rosa Quintana']);
    expect(await names(other, 'near=10001&q=rosa')).toEqual([]);

    const hidden = await first.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: asMember(rosa.cookie),
      payload: { visibility: 'hidden' },
    });
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect(await names(other, 'q=quintana')).toEqual([]);
  });
});
