import { afterAll, beforeAll, expect, it } from 'vitest';
import { directoryQuerySchema, type DirectoryItem, type DirectoryResult } from '../../../contracts/directory.ts';
import { haversine, listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { json } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

describeEachDatabase('directory search', (kind) => {
  let app: TestApp;
  const people: Record<string, Listed> = {};

  beforeAll(async () => {
    app = await createTestApp(kind);
    const add = async (key: string, profile: Parameters<typeof listMember>[1]) =>
      void (people[key] = await listMember(app, profile));
    await add('jane', {
      displayName: 'Jane Smith',
      postalCode: '10001',
      country: 'US',
      practiceName: 'Midtown Muscle Works',
      specialties: ['sports', 'chronic-pain'],
      modalities: ['deep-tissue', 'cupping'],
      acceptingReferrals: true,
    });
    await add('janet', {
      displayName: 'Janet Smithers',
      profession: 'chiropractor',
      postalCode: '07302',
      country: 'US',
      specialties: ['sports'],
      modalities: ['deep-tissue'],
      acceptingReferrals: false,
    });
    await add('omar', {
      displayName: 'Omar Haddad',
      profession: 'physiotherapist',
      postalCode: '11201',
      country: 'US',
      specialties: ['post-surgical'],
      acceptingReferrals: true,
      visibility: 'members',
    });
    await add('hannah', {
      displayName: 'Hannah Hidden',
      postalCode: '10461',
      country: 'US',
      specialties: ['sports'],
      visibility: 'hidden',
    });
    await add('priya', {
      displayName: 'Priya Patel',
      postalCode: '10601',
      country: 'US',
      specialties: ['sports', 'prenatal'],
      modalities: ['deep-tissue'],
      acceptingReferrals: true,
    });
    await add('luis', {
      displayName: 'Luis Moreno',
      postalCode: '06901',
      country: 'US',
      specialties: ['sports'],
      modalities: ['deep-tissue'],
      acceptingReferrals: true,
    });
    await add('robert', { displayName: 'Robert Chen', postalCode: '02108', country: 'US', specialties: ['oncology'] });
    await add('marie', {
      displayName: 'Marie Tremblay',
      postalCode: 'M5V 2T6',
      country: 'CA',
      specialties: ['stress-anxiety'],
    });
    await add('amrit', {
      displayName: 'Amrit Gill',
      profession: 'physiotherapist',
      postalCode: 'L5B 1M5',
      country: 'CA',
    });
    await add('noor', { displayName: 'Noor Khan', postalCode: 'L4C 3N9', country: 'CA' });
    await add('nowhere', { displayName: 'Nadia Noplace' }); // no postal code: not listed
  });
  afterAll(() => app.cleanup());

  const search = async (query: string, cookie?: string) => {
    const response = await app.inject({ url: `/api/directory?${query}`, headers: cookie ? { ...json, cookie } : {} });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<DirectoryResult>();
  };
  const names = (result: DirectoryResult) => result.items.map((item) => item.displayName);
  const find = (result: DirectoryResult, name: string) =>
    result.items.find((item) => item.displayName === name) as DirectoryItem;

  it('measures real distances from a ZIP code, nearest first, rounded to a tenth of a mile', async () => {
    const result = await search('near=10001&radius=200&pageSize=100');
    expect(result.origin).toMatchObject({ label: 'New York, NY 10001' });
    expect(result.unit).toBe('mi');
    expect(find(result, 'Robert Chen').distance).toBeCloseTo(haversine('10001', '02108'), 0); // Boston, ≈ 188 mi
    expect(Math.abs(find(result, 'Robert Chen').distance! - haversine('10001', '02108'))).toBeLessThanOrEqual(1);
    expect(Math.abs(find(result, 'Janet Smithers').distance! - haversine('10001', '07302'))).toBeLessThanOrEqual(1); // Jersey City
    expect(Math.abs(find(result, 'Priya Patel').distance! - haversine('10001', '10601'))).toBeLessThanOrEqual(1); // White Plains
    const distances = result.items.map((item) => item.distance!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances.every((d) => Math.round(d * 10) / 10 === d)).toBe(true);
    expect(names(result)[0]).toBe('Jane Smith');
    expect(find(result, 'Jane Smith').distance).toBe(0);
    expect(names(result)).not.toContain('Marie Tremblay');
  });

  it('uses a 25-mile radius by default and cuts exactly at the radius', async () => {
    expect(names(await search('near=10001'))).toEqual(['Jane Smith', 'Janet Smithers', 'Priya Patel']); // Stamford (≈ 32 mi) is out
    const priya = find(await search('near=10001&radius=100'), 'Priya Patel').distance!;
    expect(names(await search(`near=10001&radius=${priya + 0.1}`))).toContain('Priya Patel');
    expect(names(await search(`near=10001&radius=${priya - 0.1}`))).not.toContain('Priya Patel');
    const luis = haversine('10001', '06901');
    expect(names(await search(`near=10001&radius=${luis + 0.5}`))).toContain('Luis Moreno');
    expect(names(await search(`near=10001&radius=${luis - 0.5}`))).not.toContain('Luis Moreno');
  });

  it('answers in kilometres from a Canadian postal code', async () => {
    const result = await search('near=M5V%202T6&unit=km&radius=23');
    expect(result.unit).toBe('km');
    expect(names(result)).toEqual(['Marie Tremblay', 'Amrit Gill']); // Richmond Hill (≈ 25.5 km) is out
    expect(Math.abs(find(result, 'Amrit Gill').distance! - haversine('M5V', 'L5B', 'km'))).toBeLessThanOrEqual(1.609);
    expect(names(await search('near=M5V2T6&unit=km&radius=26'))).toContain('Noor Khan');
  });

  it('combines profession, specialty, modality and referral filters', async () => {
    const result = await search(
      'near=10001&radius=50&profession=massage-therapist&specialty=sports&modality=deep-tissue&acceptingReferrals=true',
    );
    expect(names(result)).toEqual(['Jane Smith', 'Priya Patel', 'Luis Moreno']);
    expect(result.total).toBe(3);
    expect(names(await search('specialty=sports&acceptingReferrals=false'))).toEqual(['Janet Smithers']);
    expect(names(await search('profession=physiotherapist'))).toEqual(['Amrit Gill']); // Omar is members-only
  });

  it('finds names despite typos, ranks the closest match first, and matches word prefixes', async () => {
    const typo = await search('q=Jane%20Smyth');
    expect(names(typo)[0]).toBe('Jane Smith');
    expect(names(await search('q=jane%20smith'))[0]).toBe('Jane Smith');
    expect(names(await search('q=smith'))).toEqual(expect.arrayContaining(['Jane Smith', 'Janet Smithers']));
    expect(names(await search('q=midtown%20muscle'))).toEqual(['Jane Smith']);
    expect(names(await search('q=tremblay%20toronto'))).toEqual(['Marie Tremblay']); // name and town, not adjacent in the text
    expect(names(await search('q=Priya%20Patle'))[0]).toBe('Priya Patel');
    expect(names(await search('q=zzqx%20wvvk'))).toEqual([]);
    expect(names(await search('q=%25_%5C'))).toEqual([]); // LIKE wildcards are literal
  });

  it('shows members-only profiles to signed-in members, and hidden ones to nobody', async () => {
    const anonymous = names(await search('near=10001&radius=50&pageSize=100'));
    expect(anonymous).not.toContain('Omar Haddad');
    expect(anonymous).not.toContain('Hannah Hidden');
    const member = names(await search('near=10001&radius=50&pageSize=100', people.jane!.cookie));
    expect(member).toContain('Omar Haddad');
    expect(member).not.toContain('Hannah Hidden');
    const owner = names(await search('q=hannah', people.hannah!.cookie));
    expect(owner).not.toContain('Hannah Hidden');
    expect(names(await search('q=nadia'))).toEqual([]); // no location, not listed
  });

  it('pages through results with a stable total', async () => {
    const all = await search('pageSize=100');
    expect(all.total).toBe(8); // 11 members: one members-only, one hidden, one without a place
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const result = await search(`pageSize=3&page=${page}`);
      expect(result.total).toBe(8);
      expect(result.page).toBe(page);
      seen.push(...names(result));
    }
    expect(seen).toEqual(names(all));
    expect(seen).toEqual([...seen].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const past = await search('pageSize=3&page=4');
    expect(past.items).toEqual([]);
    expect(past.total).toBe(8);
  });

  it('refuses an unknown postal code with 400 naming near', async () => {
    const response = await app.inject({ url: '/api/directory?near=00000', headers: { 'x-request-id': 'dir-1' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: expect.stringContaining('Near') as string,
        details: [{ field: 'near', message: expect.any(String) as string }],
      },
      requestId: 'dir-1',
    });
    const canadian = await app.inject({ url: '/api/directory?near=Z9Z%209Z9' });
    expect(canadian.statusCode).toBe(400);
  });

  it("writes, in production's way, the very JSON the route's zod check writes for the same search", async () => {
    // directory.routes.ts answers with searchJson in production (http/built-response.ts); tests answer
    // with the object zod checks. The two must be the same text, whoever asks and whatever they ask.
    const member = {
      kind: 'member' as const,
      userId: 'viewer',
      email: 'v@example.test',
      name: 'V',
      emailVerified: true,
    };
    const queries = [
      'near=10001&radius=200&pageSize=100',
      'near=10001&radius=200&unit=km&specialty=sports',
      'near=M5V%202T6&radius=40&unit=km',
      'q=jan&near=10001&radius=50&sort=relevance',
      'q=smith',
      'pageSize=3&page=2',
      'near=10001&radius=1',
      // Letters beyond ASCII, which JSON may write as they are or escaped: both writers must agree.
      'near=99501&radius=10',
      'q=ferr%C3%A9',
    ];
    // Alone in Anchorage, so the other tests' searches never meet this profile; hidden again below.
    const zoe = await listMember(app, {
      displayName: 'Zoë Ångström-Ferré 🌿',
      practiceName: 'Café Santé — Massothérapie',
      postalCode: '99501',
      country: 'US',
    });
    for (const query of queries) {
      const parsed = directoryQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));
      const anonymous = await app.inject({ url: `/api/directory?${query}` });
      expect(await app.services.directory.searchJson(null, parsed), query).toBe(anonymous.body);
      const signedIn = await app.inject({
        url: `/api/directory?${query}`,
        headers: { ...json, cookie: people.jane!.cookie },
      });
      expect(await app.services.directory.searchJson(member, parsed), query).toBe(signedIn.body);
      expect(JSON.stringify(await app.services.directory.search(member, parsed)), query).toBe(signedIn.body);
    }
    expect(
      (await app.inject({ url: '/api/directory?near=99501&radius=10' })).json<{ items: { displayName: string }[] }>()
        .items[0]?.displayName,
    ).toBe('Zoë Ångström-Ferré 🌿');
    const editZoe = async (payload: object) => {
      const response = await app.inject({
        method: 'PUT',
        url: '/api/me/profile',
        headers: { ...json, cookie: zoe.cookie },
        payload,
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    // An edit shows in production's text at once: the part kept for the old profile is not reused.
    await editZoe({ practiceName: 'Zoë’s Studio' });
    const anchorage = directoryQuerySchema.parse({ near: '99501', radius: '10' });
    const written = await app.services.directory.searchJson(null, anchorage);
    expect(written).toContain('Zoë’s Studio');
    expect(written).toBe((await app.inject({ url: '/api/directory?near=99501&radius=10' })).body);
    await editZoe({ visibility: 'hidden' });
  });

  it('refuses bad parameters with 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['radius=-3&near=10001', 'radius'],
      ['radius=9000&near=10001', 'radius'],
      ['specialty=juggling', 'specialty'],
      ['unit=furlongs', 'unit'],
      ['near=hello', 'near'],
      ['pageSize=500', 'pageSize'],
      ['page=0', 'page'],
      ['acceptingReferrals=maybe', 'acceptingReferrals'],
      ['sort=distance', 'sort'],
    ];
    for (const [query, field] of cases) {
      const response = await app.inject({ url: `/api/directory?${query}` });
      expect(response.statusCode, query).toBe(400);
      const body = response.json<{ error: { code: string; details: { field: string }[] } }>();
      expect(body.error.code).toBe('validation_failed');
      expect(
        body.error.details.map((d) => d.field),
        query,
      ).toContain(field);
    }
    const unknown = await app.inject({ url: '/api/directory?colour=blue' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('colour');
  });
});
