// A therapist's client list: the record, its validation, encryption at rest and the access log.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AccessLogEntry, Client, ClientSummary } from '../../../contracts/clients.ts';
import { asMember, signUp } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const clinicalNote = 'Sciatica flares after long drives; left calf tender and warm on 12 May';

describeEachDatabase('clients', (kind) => {
  let app: TestApp;
  let maria: { cookie: string };
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) =>
    app.inject({
      method,
      url,
      headers: asMember(maria.cookie),
      ...(body === undefined ? {} : { payload: body as object }),
    });
  const fieldsOf = (body: string) =>
    (JSON.parse(body) as { error: { details?: { field: string }[] } }).error.details?.map((d) => d.field) ?? [];

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await signUp(app, 'Maria Alvarez');
  });
  afterAll(async () => app?.cleanup());

  it('adds a client with only a name, then fills in and reads back the record', async () => {
    const created = await call('POST', '/api/clients', { name: 'Jordan Lee' });
    expect(created.statusCode, created.body).toBe(201);
    const client = created.json<Client>();
    expect(client).toMatchObject({
      name: 'Jordan Lee',
      email: '',
      phone: '',
      dateOfBirth: null,
      notes: '',
      archivedAt: null,
    });

    const patched = await call('PATCH', `/api/clients/${client.id}`, {
      email: 'jordan@example.com',
      phone: '+1 617 555 0101',
      dateOfBirth: '1984-03-09',
      notes: clinicalNote,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const read = await call('GET', `/api/clients/${client.id}`);
    expect(read.json<Client>()).toMatchObject({
      name: 'Jordan Lee',
      email: 'jordan@example.com',
      phone: '+1 617 555 0101',
      dateOfBirth: '1984-03-09',
      notes: clinicalNote,
    });
  });

  it('refuses bad input with the field that is wrong', async () => {
    const cases: [unknown, string][] = [
      [{}, 'name'],
      [{ name: '  ' }, 'name'],
      [{ name: 'A', email: 'not-an-email' }, 'email'],
      [{ name: 'A', phone: 'call me' }, 'phone'],
      [{ name: 'A', dateOfBirth: '1984-13-40' }, 'dateOfBirth'],
      [{ name: 'A', dateOfBirth: day(2) }, 'dateOfBirth'],
      [{ name: 'A', shoeSize: 42 }, 'shoeSize'],
    ];
    for (const [body, field] of cases) {
      const response = await call('POST', '/api/clients', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(response.body), JSON.stringify(body)).toContain(field);
    }
    const { id } = (await call('POST', '/api/clients', { name: 'Valid Person' })).json<Client>();
    const patch = await call('PATCH', `/api/clients/${id}`, { dateOfBirth: day(1) });
    expect(patch.statusCode).toBe(400);
    expect(fieldsOf(patch.body)).toContain('dateOfBirth');
    expect((await call('GET', '/api/clients/not-a-uuid')).statusCode).toBe(400);
  });

  it('keeps notes and contact details encrypted in the database', async () => {
    const { id } = (
      await call('POST', '/api/clients', {
        name: 'Priya Raman',
        email: 'priya@example.com',
        phone: '617-555-0199',
        dateOfBirth: '1990-07-01',
        notes: clinicalNote,
      })
    ).json<Client>();
    const rows = await app.database.db.execute<Record<string, unknown>>(sql`select * from clients where id = ${id}`);
    const raw = JSON.stringify(rows.rows[0]);
    expect(raw).toContain('Priya Raman');
    for (const secret of ['Sciatica', 'priya@example.com', '617-555-0199', '1990-07-01'])
      expect(raw).not.toContain(secret);
    // Sealed under this client's own data key, which the value names.
    expect(rows.rows[0]!.notes_enc).toMatch(new RegExp(`^c1:${id}:`));
    expect((await call('GET', `/api/clients/${id}`)).json<Client>().notes).toBe(clinicalNote);
  });

  it('refuses to show a record whose stored ciphertext was altered, rather than show garbage', async () => {
    const { id } = (
      await call('POST', '/api/clients', { name: 'Tampered Record', notes: clinicalNote })
    ).json<Client>();
    // Replace the authentication tag (c1:<key id>:<iv>:<tag>:<ciphertext>) with sixteen zero bytes.
    await app.database.db.execute(
      sql`update clients set notes_enc = concat_ws(':', split_part(notes_enc, ':', 1), split_part(notes_enc, ':', 2), split_part(notes_enc, ':', 3), ${'A'.repeat(22)}::text, split_part(notes_enc, ':', 5)) where id = ${id}`,
    );
    const read = await call('GET', `/api/clients/${id}`);
    expect(read.statusCode).toBe(500);
    expect(read.json<{ error: { code: string } }>().error.code).toBe('internal');
    expect(read.body).not.toContain('Sciatica');
  });

  it('lists clients by name without clinical text, and archives and restores them', async () => {
    const { id } = (await call('POST', '/api/clients', { name: 'Aaron Archer', notes: 'private' })).json<Client>();
    const list = await call('GET', '/api/clients');
    expect(list.statusCode).toBe(200);
    const items = list.json<{ items: ClientSummary[] }>().items;
    expect(items.map((c) => c.name)).toEqual(
      [...items.map((c) => c.name)].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
    expect(items.find((c) => c.id === id)).not.toHaveProperty('notes');
    expect(list.body).not.toContain('private');

    expect((await call('PATCH', `/api/clients/${id}`, { archived: true })).json<Client>().archivedAt).not.toBeNull();
    expect((await call('GET', '/api/clients')).json<{ items: ClientSummary[] }>().items.map((c) => c.id)).not.toContain(
      id,
    );
    expect(
      (await call('GET', '/api/clients?archived=true')).json<{ items: ClientSummary[] }>().items.map((c) => c.id),
    ).toContain(id);
    expect(
      (await call('GET', '/api/clients?q=archer&archived=true'))
        .json<{ items: ClientSummary[] }>()
        .items.map((c) => c.name),
    ).toEqual(['Aaron Archer']);
    expect((await call('PATCH', `/api/clients/${id}`, { archived: false })).json<Client>().archivedAt).toBeNull();
    expect((await call('GET', '/api/clients')).json<{ items: ClientSummary[] }>().items.map((c) => c.id)).toContain(id);
  });

  it('writes every read of a record to the access log the owner can see', async () => {
    const { id } = (await call('POST', '/api/clients', { name: 'Logged Reader', notes: clinicalNote })).json<Client>();
    const before = (await call('GET', `/api/clients/${id}/access-log`)).json<{ items: AccessLogEntry[] }>().items;
    expect(before).toEqual([]);
    await call('GET', `/api/clients/${id}`);
    await call('GET', `/api/clients/${id}`);
    const log = await call('GET', `/api/clients/${id}/access-log`);
    expect(log.statusCode).toBe(200);
    const items = log.json<{ items: AccessLogEntry[] }>().items;
    expect(items).toHaveLength(2);
    for (const entry of items) {
      expect(entry).toMatchObject({ actorLabel: 'Maria Alvarez', action: 'viewed the record', referralId: null });
      expect(entry.actorUserId).toBeTruthy();
      expect(Date.now() - Date.parse(entry.at)).toBeLessThan(10 * 60_000);
    }
    // Listing is not a read of the record: no new rows.
    await call('GET', '/api/clients');
    expect((await call('GET', `/api/clients/${id}/access-log`)).json<{ items: AccessLogEntry[] }>().items).toHaveLength(
      2,
    );
  });
});
