// My professionals: adding, listing with filters and counts, editing (stage changes are dated),
// deleting, the interaction log with follow-ups, the follow-up reminder, and privacy: another
// member gets 404 on every contact route and a signed-out caller 401.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, ContactList, FollowUps, Interaction } from '../../../contracts/contacts.ts';
import { asMember, signUp } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

type ErrorBody = { error: { code: string; message: string; details?: { field: string; message: string }[] } };

const day = (offset: number, from = new Date()) => {
  const at = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + offset));
  return at.toISOString().slice(0, 10);
};

describeEachDatabase('contacts', (kind) => {
  let app: TestApp;
  let maria: string;
  let omar: string;
  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = (await signUp(app, 'Maria Alvarez')).cookie;
    omar = (await signUp(app, 'Omar Haddad')).cookie;
  });
  afterAll(() => app.cleanup());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, who = maria) =>
    app.inject({
      method,
      url,
      ...(payload === undefined
        ? { headers: { cookie: who, origin } }
        : { headers: asMember(who), payload: payload as Record<string, unknown> }),
    });
  const create = async (payload: Record<string, unknown>, who = maria) => {
    const response = await call('POST', '/api/contacts', payload, who);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Contact>();
  };
  const list = async (query = '', who = maria) => {
    const response = await call('GET', `/api/contacts?${query}`, undefined, who);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ContactList>();
  };

  describe('adding and reading', () => {
    it('adds a contact with only a name and a profession, the rest blank, stage identified', async () => {
      const contact = await create({ name: 'Dr. Ann Lee', profession: 'chiropractor' });
      expect(contact).toMatchObject({
        name: 'Dr. Ann Lee',
        profession: 'chiropractor',
        organisation: '',
        email: '',
        phone: '',
        tags: [],
        stage: 'identified',
        followUpOn: null,
        linkedMember: null,
        suggestedMember: null,
        lastInteractionAt: null,
      });
      const read = await call('GET', `/api/contacts/${contact.id}`);
      expect(read.statusCode).toBe(200);
      expect(read.json<Contact>()).toEqual(contact);
    });

    it('keeps every field it is given', async () => {
      const full = {
        name: 'Bob Stone',
        profession: 'physiotherapist',
        organisation: 'Stone Physio',
        phone: '+1 617 555 0102',
        email: 'bob@stonephysio.example',
        street: '1 Main St',
        city: 'Boston',
        region: 'MA',
        postalCode: '02108',
        country: 'US',
        howWeMet: 'Running club',
        tags: ['runners', 'Back Bay'],
        notes: 'Likes early calls.\nHas a pool.',
        stage: 'met',
        followUpOn: day(3),
        followUpNote: 'Send the workshop dates',
      };
      expect(await create(full)).toMatchObject(full);
    });

    it.each([
      ['name', '', /required/],
      ['name', 'x'.repeat(121), /at most 120/],
      ['profession', 'astronaut', /./],
      ['email', 'bob at stone', /email/],
      ['phone', 'call me maybe', /phone/],
      ['stage', 'married', /./],
      ['country', 'FR', /./],
      ['followUpOn', '2025-13-45', /date/],
      ['tags', ['x'.repeat(41)], /at most 40/],
      ['organisation', 'line one\nline two', /single line/],
      ['favouriteColour', 'blue', /^Favourite colour is not/],
    ])('refuses %s = %j with a 400 naming the field, writing nothing', async (field, value, message) => {
      const before = (await list()).total;
      const response = await call('POST', '/api/contacts', { name: 'Valid Name', profession: 'other', [field]: value });
      expect(response.statusCode).toBe(400);
      const body = response.json<ErrorBody>();
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.details!.some((d) => d.field.startsWith(field) && message.test(d.message))).toBe(true);
      expect((await list()).total).toBe(before);
    });
  });

  describe('the list', () => {
    let ids: Record<string, string>;
    beforeAll(async () => {
      const me = (await signUp(app, 'List Owner')).cookie;
      const add = async (key: string, payload: Record<string, unknown>) =>
        [key, (await create(payload, me)).id] as const;
      ids = Object.fromEntries([
        await add('chiro1', {
          name: 'Carla Chiro',
          profession: 'chiropractor',
          organisation: 'Back Bay Spine',
          stage: 'met',
          tags: ['Runners'],
        }),
        await add('chiro2', {
          name: 'Dan Adjust',
          profession: 'chiropractor',
          email: 'dan@ADJUST.example',
          stage: 'identified',
        }),
        await add('dentist', { name: 'Dee Tooth', profession: 'dentist', stage: 'allied', tags: ['tmj', 'runners'] }),
        await add('lawyer', { name: 'Larry Law', profession: 'lawyer', stage: 'not-now' }),
      ]);
      listOwner = me;
    });
    let listOwner: string;

    it('sorts by name and counts by profession and stage over all contacts, not just the page', async () => {
      const page = await list('pageSize=2', listOwner);
      expect(page.items.map((c) => c.name)).toEqual(['Carla Chiro', 'Dan Adjust']);
      expect(page.total).toBe(4);
      expect(page.byProfession).toEqual({ chiropractor: 2, dentist: 1, lawyer: 1 });
      expect(page.byStage).toEqual({ met: 1, identified: 1, allied: 1, 'not-now': 1 });
      expect((await list('pageSize=2&page=2', listOwner)).items.map((c) => c.name)).toEqual(['Dee Tooth', 'Larry Law']);
    });

    it('filters by text in name, organisation or email (any case), profession, stage and tag', async () => {
      const names = async (query: string) => (await list(query, listOwner)).items.map((c) => c.name);
      expect(await names('q=spine')).toEqual(['Carla Chiro']);
      expect(await names('q=adjust.EXAMPLE')).toEqual(['Dan Adjust']);
      expect(await names('q=LAW')).toEqual(['Larry Law']);
      expect(await names('profession=chiropractor')).toEqual(['Carla Chiro', 'Dan Adjust']);
      expect(await names('stage=allied')).toEqual(['Dee Tooth']);
      expect(await names('tag=runners')).toEqual(['Carla Chiro', 'Dee Tooth']);
      expect(await names('profession=chiropractor&tag=runners')).toEqual(['Carla Chiro']);
      expect((await list('q=spine', listOwner)).total).toBe(1);
    });

    it('refuses a bad filter with a 400 naming it', async () => {
      const response = await call('GET', '/api/contacts?stage=married', undefined, listOwner);
      expect(response.statusCode).toBe(400);
      expect(response.json<ErrorBody>().error.details![0]!.field).toBe('stage');
    });

    it('dates a stage change, and only a real one', async () => {
      const before = (await call('GET', `/api/contacts/${ids.chiro2}`, undefined, listOwner)).json<Contact>();
      await new Promise((resolve) => setTimeout(resolve, 20));
      const same = (
        await call('PATCH', `/api/contacts/${ids.chiro2}`, { stage: 'identified', notes: 'still new' }, listOwner)
      ).json<Contact>();
      expect(same.stageChangedAt).toBe(before.stageChangedAt);
      expect(same.notes).toBe('still new');
      const moved = await call('PATCH', `/api/contacts/${ids.chiro2}`, { stage: 'introduced' }, listOwner);
      expect(moved.statusCode).toBe(200);
      expect(moved.json<Contact>().stage).toBe('introduced');
      expect(new Date(moved.json<Contact>().stageChangedAt).getTime()).toBeGreaterThan(
        new Date(before.stageChangedAt).getTime(),
      );
      expect((await list('', listOwner)).byStage).toMatchObject({ introduced: 1 });
    });

    it('refuses a bad edit with a 400 naming the field and changes nothing', async () => {
      const before = (await call('GET', `/api/contacts/${ids.dentist}`, undefined, listOwner)).json<Contact>();
      const response = await call(
        'PATCH',
        `/api/contacts/${ids.dentist}`,
        { email: 'nope', notes: 'should not stick' },
        listOwner,
      );
      expect(response.statusCode).toBe(400);
      expect(response.json<ErrorBody>().error.details![0]!.field).toBe('email');
      expect((await call('GET', `/api/contacts/${ids.dentist}`, undefined, listOwner)).json<Contact>()).toEqual(before);
    });

    it('deletes a contact', async () => {
      expect((await call('DELETE', `/api/contacts/${ids.lawyer}`, undefined, listOwner)).statusCode).toBe(204);
      expect((await call('GET', `/api/contacts/${ids.lawyer}`, undefined, listOwner)).statusCode).toBe(404);
      expect((await list('', listOwner)).byProfession.lawyer).toBeUndefined();
    });
  });

  describe('interactions and follow-ups', () => {
    it('logs interactions newest first, and can set the follow-up in the same step', async () => {
      const contact = await create({ name: 'Ivy Phone', profession: 'physician' });
      const first = await call('POST', `/api/contacts/${contact.id}/interactions`, {
        channel: 'phone',
        summary: 'Left a voicemail',
        occurredAt: '2025-03-01T15:00:00Z',
      });
      expect(first.statusCode, first.body).toBe(201);
      const second = await call('POST', `/api/contacts/${contact.id}/interactions`, {
        channel: 'face-to-face',
        summary: 'Coffee at the clinic',
        nextStep: 'Send the letter',
        occurredAt: '2025-03-05T16:30:00-05:00',
        followUpOn: day(2),
      });
      expect(second.statusCode, second.body).toBe(201);
      expect(second.json<Interaction>()).toMatchObject({
        channel: 'face-to-face',
        summary: 'Coffee at the clinic',
        nextStep: 'Send the letter',
        occurredAt: '2025-03-05T21:30:00.000Z',
        letterId: null,
      });
      const log = (await call('GET', `/api/contacts/${contact.id}/interactions`)).json<{ items: Interaction[] }>()
        .items;
      expect(log.map((i) => i.summary)).toEqual(['Coffee at the clinic', 'Left a voicemail']);
      const updated = (await call('GET', `/api/contacts/${contact.id}`)).json<Contact>();
      expect(updated).toMatchObject({
        followUpOn: day(2),
        followUpNote: 'Send the letter',
        lastInteractionAt: '2025-03-05T21:30:00.000Z',
      });
      // null clears the follow-up
      await call('POST', `/api/contacts/${contact.id}/interactions`, {
        channel: 'email',
        summary: 'Sent it',
        occurredAt: '2025-03-06T10:00:00Z',
        followUpOn: null,
      });
      expect((await call('GET', `/api/contacts/${contact.id}`)).json<Contact>()).toMatchObject({
        followUpOn: null,
        followUpNote: '',
      });
    });

    it('refuses an interaction without a summary or with an unknown channel, naming the field', async () => {
      const contact = await create({ name: 'Jo Quiet', profession: 'dentist' });
      for (const [payload, field] of [
        [{ channel: 'phone', summary: '' }, 'summary'],
        [{ channel: 'pigeon', summary: 'Coo' }, 'channel'],
        [{ channel: 'phone', summary: 'x', followUpOn: 'soon' }, 'followUpOn'],
      ] as const) {
        const response = await call('POST', `/api/contacts/${contact.id}/interactions`, payload);
        expect(response.statusCode).toBe(400);
        expect(response.json<ErrorBody>().error.details![0]!.field).toBe(field);
      }
      expect(
        (await call('GET', `/api/contacts/${contact.id}/interactions`)).json<{ items: Interaction[] }>().items,
      ).toEqual([]);
    });

    it('sorts follow-ups into overdue, today and the next 7 days, and filters the list by them', async () => {
      const me = (await signUp(app, 'Follow Upper')).cookie;
      await create({ name: 'Overdue Olga', profession: 'dentist', followUpOn: day(-3) }, me);
      await create({ name: 'Today Tara', profession: 'lawyer', followUpOn: day(0) }, me);
      await create({ name: 'Soon Sam', profession: 'physician', followUpOn: day(7) }, me);
      await create({ name: 'Later Lou', profession: 'physician', followUpOn: day(8) }, me);
      await create({ name: 'Never Ned', profession: 'other' }, me);
      const response = await call('GET', '/api/contacts/follow-ups', undefined, me);
      expect(response.statusCode).toBe(200);
      const buckets = response.json<FollowUps>();
      expect(buckets.overdue.map((c) => c.name)).toEqual(['Overdue Olga']);
      expect(buckets.today.map((c) => c.name)).toEqual(['Today Tara']);
      expect(buckets.upcoming.map((c) => c.name)).toEqual(['Soon Sam']);
      expect((await list('followUp=due', me)).items.map((c) => c.name)).toEqual(['Overdue Olga', 'Today Tara']);
      expect((await list('followUp=upcoming', me)).items.map((c) => c.name)).toEqual(['Soon Sam']);
      // The caller's own day: tomorrow, Tara is overdue and Sam is within the week.
      const tomorrow = (await call('GET', `/api/contacts/follow-ups?today=${day(1)}`, undefined, me)).json<FollowUps>();
      expect(tomorrow.overdue.map((c) => c.name)).toEqual(['Overdue Olga', 'Today Tara']);
      expect(tomorrow.upcoming.map((c) => c.name)).toEqual(['Soon Sam', 'Later Lou']);
    });
  });

  describe('privacy', () => {
    let mine: Contact;
    beforeAll(async () => {
      mine = await create({ name: 'Private Pat', profession: 'naturopath', email: 'pat@private.example' });
      await call('POST', `/api/contacts/${mine.id}/interactions`, { channel: 'phone', summary: 'Secret call' });
    });

    it('answers 404 to another member on every route of a contact, and changes nothing', async () => {
      const routes: ['GET' | 'POST' | 'PATCH' | 'DELETE', string, unknown?][] = [
        ['GET', `/api/contacts/${mine.id}`],
        ['PATCH', `/api/contacts/${mine.id}`, { name: 'Stolen' }],
        ['DELETE', `/api/contacts/${mine.id}`],
        ['GET', `/api/contacts/${mine.id}/interactions`],
        ['POST', `/api/contacts/${mine.id}/interactions`, { channel: 'phone', summary: 'Injected' }],
      ];
      for (const [method, url, payload] of routes) {
        const response = await call(method, url, payload, omar);
        expect(response.statusCode, `${method} ${url}`).toBe(404);
        expect(response.json<ErrorBody>().error.code).toBe('not_found');
      }
      const still = (await call('GET', `/api/contacts/${mine.id}`)).json<Contact>();
      expect(still.name).toBe('Private Pat');
      expect(
        (await call('GET', `/api/contacts/${mine.id}/interactions`))
          .json<{ items: Interaction[] }>()
          .items.map((i) => i.summary),
      ).toEqual(['Secret call']);
      const theirs = await list('', omar);
      expect(theirs.items.map((c) => c.name)).not.toContain('Private Pat');
      expect((await list('q=pat', omar)).total).toBe(0);
    });

    it('answers 401 to a signed-out caller on every contacts route', async () => {
      const token = '00000000-0000-4000-8000-000000000000';
      const routes: ['GET' | 'POST' | 'PATCH' | 'DELETE', string][] = [
        ['GET', '/api/contacts'],
        ['POST', '/api/contacts'],
        ['GET', '/api/contacts/follow-ups'],
        ['GET', `/api/contacts/${mine.id}`],
        ['PATCH', `/api/contacts/${mine.id}`],
        ['DELETE', `/api/contacts/${mine.id}`],
        ['GET', `/api/contacts/${mine.id}/interactions`],
        ['POST', `/api/contacts/${mine.id}/interactions`],
        ['POST', '/api/contacts/import'],
        ['POST', `/api/contacts/import/${token}/confirm`],
        ['GET', '/api/contacts/export?format=csv'],
        ['GET', '/api/contacts/suggestions'],
        ['POST', '/api/contacts/from-member'],
      ];
      const bodies: Record<string, unknown> = {
        'POST /api/contacts': { name: 'X', profession: 'other' },
        [`PATCH /api/contacts/${mine.id}`]: { name: 'X' },
        [`POST /api/contacts/${mine.id}/interactions`]: { channel: 'phone', summary: 'x' },
        [`POST /api/contacts/import/${token}/confirm`]: { rows: [] },
        'POST /api/contacts/from-member': { slug: 'someone' },
      };
      for (const [method, url] of routes) {
        const payload = bodies[`${method} ${url}`];
        const response = await app.inject({
          method,
          url,
          ...(payload || method === 'POST'
            ? {
                headers: { origin, 'content-type': 'application/json' },
                payload: (payload ?? {}) as Record<string, unknown>,
              }
            : { headers: { origin } }),
        });
        expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(401);
      }
    });
  });
});
