// The in-process index must answer every search exactly as the SQL does (directory.repository.ts):
// the same profiles, in the same order, at the same distances, with the same totals, after any
// write. Hundreds of generated searches run through both on generated professionals, with the
// awkward cases added (accented and non-Latin names, namesakes, hidden, members-only, unplaced),
// then again after edits, moves, hides and deletions.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { directoryQuerySchema, type DirectoryQuery } from '../../../contracts/directory.ts';
import { modalities, professions, specialties } from '../../../contracts/taxonomy.ts';
import type { Actor } from '../../http/actor.ts';
import { createRandom, type Random } from '../../seed/random.ts';
import { seedProfessionals } from '../../seed/seed.service.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';
import { directoryIndex, type DirectoryIndex } from './directory-index.ts';
import { directoryRepository, type DirectoryFilter } from './directory.repository.ts';
import { directoryFilter } from './directory.service.ts';

const quiet = { info: () => {}, error: () => {} };
const member = { userId: 'someone' } as unknown as Actor;
const places = ['10001', '11201', '07302', '60601', '90012', '02108', '75201', '33131', '98101', 'M5V 2T6', 'H2X 1Y4'];
const words = ['massage', 'mas', 'chiro', 'physio', 'sports', 'deep tissue', 'new york', 'smith', 'lee', 'jos', 'zo'];
const typos = ['massge', 'chiropracter', 'bodywrok', 'physiotherapst', 'reflexolgy', 'prenatl', 'jane smyth'];
const awkwardNames = [
  'José Álvarez',
  'Zoë Ørsted',
  'Łukasz Nowak',
  'ÉMILE DUPONT',
  'émile dupont',
  '李小龙',
  'Jane Smith',
];

function randomQuery(random: Random): Record<string, string> {
  const query: Record<string, string> = {};
  if (random.chance(0.55)) {
    query.near = random.pick(places);
    query.radius = String(random.pick([1, 5, 12.5, 25, 60, 150, 500]));
    if (random.chance(0.3)) query.unit = 'km';
  }
  if (random.chance(0.45)) query.q = random.chance(0.3) ? random.pick(typos) : random.pick([...words, ...awkwardNames]);
  if (random.chance(0.25)) query.profession = random.pick(Object.keys(professions));
  if (random.chance(0.25)) query.specialty = random.pick(Object.keys(specialties));
  if (random.chance(0.2)) query.modality = random.pick(Object.keys(modalities));
  if (random.chance(0.2)) query.acceptingReferrals = String(random.chance(0.5));
  if (query.q && random.chance(0.4)) query.sort = 'relevance';
  query.pageSize = String(random.pick([1, 5, 20, 50]));
  query.page = String(random.pick([1, 1, 2, 3, 7]));
  return query;
}

describeEachDatabase('the directory index', (kind) => {
  let app: TestApp;
  let index: DirectoryIndex;

  beforeAll(async () => {
    app = await createTestApp(kind);
    const db = app.database.db;
    await seedProfessionals(db, { count: 700, seed: 31, password: 'index-test-password', batchSize: 350 });
    // The awkward cases, written over some generated profiles.
    await db.execute(sql`update profiles set display_name = (array[${sql.join(
      awkwardNames.map((name) => sql`${name}`),
      sql`, `,
    )}])[1 + (abs(hashtext(id::text)) % ${awkwardNames.length})], search_text = lower(display_name) || ' ' || search_text
      where id in (select id from profiles order by id limit 40)`);
    await db.execute(
      sql`update profiles set display_name = '' where id in (select id from profiles order by id desc limit 3)`,
    );
    await db.execute(
      sql`update profiles set lat = null, lng = null where id in (select id from profiles order by slug limit 3)`,
    );
    index = directoryIndex(db, quiet);
    await index.start();
  }, 120_000);
  afterAll(async () => {
    index.stop();
    await app.cleanup();
  });

  async function compare(query: Record<string, string>, viewer: Actor | null) {
    const parsed: DirectoryQuery = directoryQuerySchema.parse(query);
    const { filter: typed } = directoryFilter(viewer, parsed);
    const repo = directoryRepository(app.database.db);
    const filter: DirectoryFilter = typed.text
      ? { ...typed, text: await (await index.current())!.correct(typed.text) }
      : typed;
    // The reference is the SQL's whole ordered list, so ties at a page's edge are settled by the
    // full order (distance, name, slug) rather than by whichever tied row the KNN walk met first.
    const everything = await repo.findPage({ ...filter, limit: 100_000, offset: 0 });
    const expected = everything.slice(filter.offset, filter.offset + filter.limit);
    const answer = (await index.current())!.search(filter);
    const label = JSON.stringify(query);
    expect(
      answer.hits.map((hit) => hit.row.slug),
      label,
    ).toEqual(expected.map((row) => row.slug));
    const meters = (value: number | null) => (value === null ? null : Number(value));
    for (const [at, hit] of answer.hits.entries()) {
      const reference = meters(expected[at]!.meters);
      if (reference === null) expect(hit.meters, label).toBeNull();
      else expect(Math.abs(hit.meters! - reference), label).toBeLessThan(1e-6);
    }
    if (answer.totalExact) expect(answer.total, label).toBe(everything.length);
    else expect(everything.length, label).toBeGreaterThan(answer.total);
    return answer;
  }

  it('answers 400 generated searches as the SQL does, for visitors and members', async () => {
    const random = createRandom(5);
    let nonEmpty = 0;
    for (let run = 0; run < 400; run++) {
      const answer = await compare(randomQuery(random), random.chance(0.5) ? member : null);
      if (answer.hits.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(120); // the searches find people, so the comparisons mean something
  });

  it('stays exact after profiles are edited, moved, hidden, renamed and deleted', async () => {
    const db = app.database.db;
    await db.execute(sql`update profiles set city = 'Brooklyn', search_text = search_text || ' brooklyn'
      where id in (select id from profiles order by slug desc limit 30)`);
    await db.execute(sql`update profiles set lat = 40.6782, lng = -73.9442, accepting_referrals = not accepting_referrals
      where id in (select id from profiles order by slug limit 40 offset 10)`);
    await db.execute(
      sql`update profiles set visibility = 'hidden' where id in (select id from profiles order by id limit 25 offset 100)`,
    );
    await db.execute(
      sql`update profiles set visibility = 'public' where visibility = 'members' and id in (select id from profiles order by id limit 200)`,
    );
    await db.execute(sql`update profiles set display_name = 'Zed Zebedee', specialties = array['sports']
      where id in (select id from profiles order by id limit 5 offset 300)`);
    await db.execute(
      sql`delete from "user" where id in (select user_id from profiles order by id limit 20 offset 400)`,
    );
    index.writing(); // as a write request here would: the next searches read the version first
    const random = createRandom(17);
    for (let run = 0; run < 150; run++) await compare(randomQuery(random), random.chance(0.5) ? member : null);
    const zed = await compare({ q: 'zebedee', pageSize: '20' }, null);
    expect(zed.hits.map((hit) => hit.row.displayName)).toEqual(expect.arrayContaining(['Zed Zebedee']));
  });

  it('stops counting past 1,000 near a busy place, with the nearest page still exact', async () => {
    const db = app.database.db;
    await db.execute(sql`insert into "user" (id, name, email, email_verified, created_at, updated_at)
      select 'crowd' || n, 'Crowd ' || n, 'crowd' || n || '@example.com', true, now(), now() from generate_series(1, 1100) n`);
    await db.execute(sql`insert into profiles (user_id, slug, display_name, visibility, lat, lng, specialties, search_text)
      select 'crowd' || n, 'crowd-' || n, 'Crowd Member ' || n, 'public', 41.88 + (n % 37) * 0.0007, -87.63 - (n % 41) * 0.0009,
        array['sports'], 'crowd member ' || n from generate_series(1, 1100) n`);
    index.writing();
    const first = await compare({ near: '60601', radius: '30', pageSize: '20' }, null);
    expect(first.totalExact).toBe(false);
    expect(first.total).toBe(1000);
    const tenth = await compare({ near: '60601', radius: '30', pageSize: '20', page: '10' }, null);
    expect(tenth.hits).toHaveLength(20);
    // Far from the crowd, the count is exact again.
    expect((await compare({ near: '10001', radius: '25', pageSize: '20' }, null)).totalExact).toBe(true);
    // Without a place, counting is a popcount: always exact.
    const everyone = await compare({ specialty: 'sports', pageSize: '5' }, null);
    expect(everyone.totalExact).toBe(true);
    expect(everyone.total).toBeGreaterThan(1100);
  });
});
