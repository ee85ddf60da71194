// Expand my list and linking: members near my practice who are not on my list (nearest first,
// leaning to professions I have few of), adding one in a click, and contacts that match a member
// (same email, or same name and town) suggested and linked — hidden profiles never.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, SuggestionList } from '../../../contracts/contacts.ts';
import { haversine, listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember, signUp } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

type ErrorBody = { error: { code: string; details?: { field: string; message: string }[] } };

describeEachDatabase('contact suggestions and linking', (kind) => {
  let app: TestApp;
  let me: Listed;
  const people: Record<string, Listed> = {};

  beforeAll(async () => {
    app = await createTestApp(kind);
    me = await listMember(app, {
      displayName: 'Maria Alvarez',
      profession: 'massage-therapist',
      postalCode: '10001',
      country: 'US',
    });
    const add = async (key: string, profile: Parameters<typeof listMember>[1]) =>
      void (people[key] = await listMember(app, profile));
    await add('nate', {
      displayName: 'Nate Nearby',
      profession: 'massage-therapist',
      postalCode: '10001',
      country: 'US',
    });
    await add('janet', {
      displayName: 'Janet Smithers',
      profession: 'chiropractor',
      postalCode: '07302',
      country: 'US',
      practiceName: 'Hudson Spine',
      city: 'Jersey City',
      phone: '201-555-0100',
      publicEmail: 'janet@hudsonspine.example',
    });
    await add('carl', { displayName: 'Carl Known', profession: 'chiropractor', postalCode: '10601', country: 'US' });
    await add('omar', {
      displayName: 'Omar Haddad',
      profession: 'physiotherapist',
      postalCode: '11201',
      country: 'US',
      visibility: 'members',
    });
    await add('dina', {
      displayName: 'Dina Dentist',
      profession: 'dentist',
      postalCode: '10461',
      country: 'US',
      city: 'Bronx',
    });
    await add('hank', {
      displayName: 'Hank Hidden',
      profession: 'chiropractor',
      postalCode: '10002',
      country: 'US',
      visibility: 'hidden',
      publicEmail: 'hank@hidden.example',
    });
    await add('boston', { displayName: 'Bo Boston', profession: 'lawyer', postalCode: '02108', country: 'US' });
    // On my list already: Carl by his account email, Dina by name and town; and six therapists.
    const contact = (payload: Record<string, unknown>) =>
      app.inject({ method: 'POST', url: '/api/contacts', headers: asMember(me.cookie), payload });
    await contact({ name: 'C. Known', profession: 'chiropractor', email: people.carl!.email.toUpperCase() });
    await contact({ name: 'Dina Dentist', profession: 'dentist', city: 'bronx' });
    for (let i = 1; i <= 6; i++) await contact({ name: `Therapist ${i}`, profession: 'massage-therapist' });
  });
  afterAll(() => app.cleanup());

  const suggestions = async (query = '', cookie = me.cookie) => {
    const response = await app.inject({ url: `/api/contacts/suggestions?${query}`, headers: { cookie } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<SuggestionList>();
  };
  const post = (url: string, payload: Record<string, unknown>, cookie = me.cookie) =>
    app.inject({ method: 'POST', url, headers: asMember(cookie), payload });

  describe('expand my list', () => {
    it('suggests members within reach, nearest first, never me, hidden ones or ones on my list', async () => {
      const result = await suggestions('limit=20');
      const names = result.items.map((item) => item.displayName);
      expect(names.sort()).toEqual(['Janet Smithers', 'Nate Nearby', 'Omar Haddad'].sort());
      const distances = result.items.map((item) => item.distance);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      const janet = result.items.find((item) => item.slug === people.janet!.slug)!;
      expect(Math.abs(janet.distance - haversine('10001', '07302'))).toBeLessThanOrEqual(1);
      expect(janet).toMatchObject({
        profession: 'chiropractor',
        fills: 'chiropractor',
        practiceName: 'Hudson Spine',
        reason: 'You have 1 chiropractor on your list',
      });
      expect(result.items.find((item) => item.slug === people.omar!.slug)!.reason).toBe(
        'You have no physiotherapists on your list yet',
      );
      expect(result.unit).toBe('mi');
    });

    it('leans towards the professions I have fewest of', async () => {
      // Nate is the nearest (same ZIP) but I know six massage therapists, and Janet is nearer than
      // Omar but I know a chiropractor: Omar, the first physiotherapist, comes first.
      expect(haversine('10001', '07302')).toBeLessThan(haversine('10001', '11201'));
      const [first] = (await suggestions('limit=1')).items;
      expect(first!.displayName).toBe('Omar Haddad');
      expect((await suggestions('profession=massage-therapist&limit=1')).items.map((item) => item.displayName)).toEqual(
        ['Nate Nearby'],
      );
      expect((await suggestions('profession=dentist')).items).toEqual([]);
    });

    it('needs a postal code on my profile, and refuses a bad query naming the field', async () => {
      const stranger = (await signUp(app, 'No Where')).cookie;
      const response = await app.inject({ url: '/api/contacts/suggestions', headers: { cookie: stranger } });
      expect(response.statusCode).toBe(400);
      expect(response.json<ErrorBody>().error.details![0]!.field).toBe('postalCode');
      // A sentence a person reads, its subject in words (issue 8, item 15).
      expect(response.json<ErrorBody>().error.details![0]!.message).toBe(
        'Postal code is needed to see professionals near you: add your practice postal code to your profile',
      );
      const bad = await app.inject({ url: '/api/contacts/suggestions?limit=500', headers: { cookie: me.cookie } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<ErrorBody>().error.details![0]!.field).toBe('limit');
    });

    it('adds a member in one click, prefilled and linked, and only once', async () => {
      const response = await post('/api/contacts/from-member', { slug: people.janet!.slug });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json<Contact>()).toMatchObject({
        name: 'Janet Smithers',
        profession: 'chiropractor',
        organisation: 'Hudson Spine',
        phone: '201-555-0100',
        email: 'janet@hudsonspine.example',
        city: 'Jersey City',
        postalCode: '07302',
        country: 'US',
        stage: 'identified',
        linkedMember: { slug: people.janet!.slug, displayName: 'Janet Smithers' },
        suggestedMember: null,
      });
      expect((await suggestions('limit=20')).items.map((item) => item.displayName)).not.toContain('Janet Smithers');
      const again = await post('/api/contacts/from-member', { slug: people.janet!.slug });
      expect(again.statusCode).toBe(409);
      // Someone else's list is their own.
      const other = await listMember(app, { displayName: 'Olive Other', postalCode: '10001', country: 'US' });
      expect((await suggestions('limit=20', other.cookie)).items.map((item) => item.displayName)).toContain(
        'Janet Smithers',
      );
    });

    it('refuses to add a hidden member, myself or nobody, naming slug', async () => {
      for (const slug of [people.hank!.slug, me.slug, 'no-such-member']) {
        const response = await post('/api/contacts/from-member', { slug });
        expect(response.statusCode).toBe(400);
        expect(response.json<ErrorBody>().error.details![0]!.field).toBe('slug');
      }
    });
  });

  describe('matching contacts to members', () => {
    it('suggests the member a contact looks like: same account or public email, or same name and town', async () => {
      const stranger = (await signUp(app, 'Sue Matcher')).cookie;
      const add = async (payload: Record<string, unknown>) =>
        (await post('/api/contacts', payload, stranger)).json<Contact>();
      expect(
        (await add({ name: 'Whoever', profession: 'other', email: people.omar!.email })).suggestedMember,
      ).toMatchObject({ slug: people.omar!.slug, displayName: 'Omar Haddad', profession: 'physiotherapist' });
      expect(
        (await add({ name: 'J.S.', profession: 'other', email: 'JANET@hudsonspine.example' })).suggestedMember?.slug,
      ).toBe(people.janet!.slug);
      expect((await add({ name: 'dina dentist', profession: 'dentist', city: 'Bronx' })).suggestedMember?.slug).toBe(
        people.dina!.slug,
      );
      expect((await add({ name: 'Dina Dentist', profession: 'dentist', city: 'Queens' })).suggestedMember).toBeNull();
      expect(
        (await add({ name: 'Hank', profession: 'other', email: 'hank@hidden.example' })).suggestedMember,
      ).toBeNull();
    });

    it('links a contact to a member I can see, and unlinks it', async () => {
      const contact = (
        await post('/api/contacts', { name: 'Omar H.', profession: 'physiotherapist', email: people.omar!.email })
      ).json<Contact>();
      expect(contact.suggestedMember?.slug).toBe(people.omar!.slug);
      const patch = (payload: Record<string, unknown>) =>
        app.inject({ method: 'PATCH', url: `/api/contacts/${contact.id}`, headers: asMember(me.cookie), payload });
      const linked = await patch({ linkedProfileSlug: people.omar!.slug });
      expect(linked.statusCode, linked.body).toBe(200);
      expect(linked.json<Contact>()).toMatchObject({
        linkedMember: { slug: people.omar!.slug, displayName: 'Omar Haddad' },
        suggestedMember: null,
      });
      // Once linked, Omar is on my list: not suggested any more.
      expect((await suggestions('limit=20')).items.map((item) => item.displayName)).not.toContain('Omar Haddad');

      for (const slug of [people.hank!.slug, 'no-such-member']) {
        const refused = await patch({ linkedProfileSlug: slug, notes: 'should not stick' });
        expect(refused.statusCode).toBe(400);
        expect(refused.json<ErrorBody>().error.details![0]!.field).toBe('linkedProfileSlug');
      }
      const unlinked = await patch({ linkedProfileSlug: null });
      expect(unlinked.json<Contact>()).toMatchObject({ linkedMember: null, notes: '' });
      expect(unlinked.json<Contact>().suggestedMember?.slug).toBe(people.omar!.slug);
    });
  });
});
