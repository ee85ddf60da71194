// "Other specialties … separated by commas": a member's own entries are a list everywhere — the API,
// the stored row read back, the public page and the letter of introduction.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { profiles } from '../../db/schema/index.ts';
import { addContact, fullProfile, member } from '../../../../test/support/letters.ts';
import { asMember } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

type Saved = { slug: string; specialtiesOther: string[]; modalitiesOther: string[] };

describeEachDatabase('a member’s own specialties', (kind) => {
  let app: TestApp;
  let maria: { cookie: string; userId: string };

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await member(app, 'Maria Alvarez', { ...fullProfile, visibility: 'public' });
  });
  afterAll(() => app.cleanup());

  const put = (payload: Record<string, unknown>) =>
    app.inject({ method: 'PUT', url: '/api/me/profile', headers: asMember(maria.cookie), payload });

  it('splits "Whiplash, runners" into two entries: trimmed, no empties, repeats kept once', async () => {
    const response = await put({
      specialtiesOther: 'Whiplash, runners',
      modalitiesOther: ' Graston ;; cupping\nGRASTON, ',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Saved>()).toMatchObject({
      specialtiesOther: ['Whiplash', 'runners'],
      modalitiesOther: ['Graston', 'cupping'],
    });
    const read = await app.inject({ url: '/api/me/profile', headers: asMember(maria.cookie) });
    expect(read.json<Saved>().specialtiesOther).toEqual(['Whiplash', 'runners']);
    // A list is taken as well, and split the same way.
    expect((await put({ specialtiesOther: ['Whiplash, runners', 'whiplash'] })).json<Saved>().specialtiesOther).toEqual(
      ['Whiplash', 'runners'],
    );
  });

  it('lists them properly in the letter and as separate entries on the public page', async () => {
    await put({ specialtiesOther: 'Whiplash, runners' });
    const contact = await addContact(app, maria.userId, { name: 'Dr. Anika Patel, DC', profession: 'chiropractor' });
    const draft = await app.inject({ url: `/api/letters/draft?contactId=${contact}`, headers: asMember(maria.cookie) });
    const body = draft.json<{ body: string }>().body;
    expect(body).toContain('prenatal and postpartum, sports injury, Whiplash, and runners');
    const slug = (await app.inject({ url: '/api/me/profile', headers: asMember(maria.cookie) })).json<Saved>().slug;
    const page = (await app.inject({ url: `/p/${slug}` })).body;
    expect(page).toContain('<li>Whiplash</li><li>runners</li>');
  });

  it('splits values stored before the rule when they are read', async () => {
    await app.database.db
      .update(profiles)
      .set({ specialtiesOther: 'Whiplash, runners;  ' })
      .where(eq(profiles.userId, maria.userId));
    const read = await app.inject({ url: '/api/me/profile', headers: asMember(maria.cookie) });
    expect(read.json<Saved>().specialtiesOther).toEqual(['Whiplash', 'runners']);
  });

  it('refuses too many or too long entries, naming the field', async () => {
    const many = await put({ specialtiesOther: Array.from({ length: 13 }, (_, index) => `thing ${index}`).join(', ') });
    expect(many.statusCode).toBe(400);
    expect(many.json<{ error: { details: { field: string; message: string }[] } }>().error.details[0]).toMatchObject({
      field: 'specialtiesOther',
      message: expect.stringMatching(/^Other specialties must have at most 12 entries/) as unknown,
    });
    const long = await put({ specialtiesOther: 'x'.repeat(61) });
    expect(long.statusCode).toBe(400);
    expect(long.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toMatch(
      /^specialtiesOther/,
    );
  });
});
