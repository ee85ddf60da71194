// Circles as members use them: start one, find it (near a postal code with its distance, online,
// by kind, topic and words), join a public one at once and a private one by request, and the
// organizers' answers, with the notices they send (which never carry the circle's own words).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Circle } from '../../../contracts/circles.ts';
import {
  circleBody,
  circleCall,
  errorOf,
  findCircles,
  join,
  joined,
  memberIdOf,
  membersOf,
  startCircle,
} from '../../../../test/support/circles.ts';
import { haversine, listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const noticesOf = async (app: TestApp, who: Listed) =>
  (await circleCall(app, who, 'GET', '/api/notifications')).json<{
    items: { kind: string; title: string; body: string; link: string }[];
  }>().items;

describeEachDatabase('circles', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let lee: Listed;
  let cambridge: Circle;
  let manhattan: Circle;
  let online: Circle;
  let secret: Circle;

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, { displayName: 'Maria Alvarez', postalCode: '02116', country: 'US' });
    sam = await listMember(app, { displayName: 'Sam Okafor', postalCode: '02139', country: 'US' });
    lee = await listMember(app, { displayName: 'Lee Chen', postalCode: '02139', country: 'US' });
    cambridge = await startCircle(app, maria, { topics: ['Sports Massage', 'research'] });
    manhattan = await startCircle(app, maria, {
      name: 'Manhattan Lunch Group',
      kind: 'lunch-group',
      postalCode: '10001',
      description: 'Lunch on the first Friday.',
    });
    online = await startCircle(app, sam, {
      name: 'Solo Practice Inner Circle',
      kind: 'business-inner-circle',
      visibility: 'private',
      postalCode: undefined,
      online: true,
      description: 'Business problem-solving for solo therapists.',
      topics: ['business'],
    });
    secret = await startCircle(app, maria, { name: 'Hidden Mastermind', visibility: 'secret', online: true });
  });
  afterAll(async () => app?.cleanup());

  describe('starting a circle', () => {
    it('answers 201 with its id and slug, the place of its postal code, and its organizer', () => {
      expect(cambridge).toMatchObject({
        slug: 'boston-sports-massage-study-group',
        kind: 'study-group',
        visibility: 'public',
        online: false,
        town: { postalCode: '02139', city: 'Cambridge', region: 'MA', country: 'US' },
        memberCount: 1,
        me: { role: 'organizer', status: 'active' },
        topics: ['sports massage', 'research'],
        invited: { members: 0, emails: 0 },
      });
      expect(cambridge.id).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('gives a second circle of the same name its own address', async () => {
      const twin = await startCircle(app, sam);
      expect(twin.slug).toMatch(/^boston-sports-massage-study-group-[0-9a-f]{6}$/);
    });

    it('reads a circle by id or by slug', async () => {
      for (const key of [cambridge.id, cambridge.slug]) {
        const response = await circleCall(app, lee, 'GET', `/api/circles/${key}`);
        expect(response.statusCode, response.body).toBe(200);
        expect(response.json<Circle>()).toMatchObject({ id: cambridge.id, me: null, memberCount: 1 });
      }
    });

    it('refuses bad input with a 400 that names the field in words, never a 500', async () => {
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [{ name: 'ab' }, 'name', /^Name must be at least 3 characters/],
        [{ kind: 'book-club' }, 'kind', /^Kind must be one of/],
        [{ visibility: 'hidden' }, 'visibility', /^Visibility must be public, private or secret/],
        [
          { postalCode: undefined, online: false },
          'postalCode',
          /^Postal code is required unless the circle meets online/,
        ],
        [{ postalCode: '00000' }, 'postalCode', /^Postal code is not a postal code we know/],
        [{ memberCap: 1 }, 'memberCap', /^Member cap must be at least 2/],
        [{ online: 'yes' }, 'online', /^Online must be true or false/],
        [{ invite: { memberSlugs: ['no-such-member'] } }, 'invite.memberSlugs.0', /is not a member you can see/],
        [{ invite: { emails: ['not-an-address'] } }, 'invite.emails.0', /must be an email address/],
      ];
      for (const [change, field, message] of cases) {
        const response = await circleCall(app, maria, 'POST', '/api/circles', circleBody(change));
        expect(response.statusCode, `${field}: ${response.body}`).toBe(400);
        const error = errorOf(response);
        expect(
          error.details?.map((detail) => detail.field),
          response.body,
        ).toContain(field);
        expect(error.details?.find((detail) => detail.field === field)?.message).toMatch(message);
      }
      const badQueries: [string, string][] = [
        ['near=123', 'near'],
        ['near=99999', 'near'],
        ['radius=-3', 'radius'],
        ['kind=book-club', 'kind'],
        ['online=maybe', 'online'],
        ['page=0', 'page'],
      ];
      for (const [query, field] of badQueries) {
        const response = await circleCall(app, maria, 'GET', `/api/circles?${query}`);
        expect(response.statusCode, `${query}: ${response.body}`).toBe(400);
        expect(errorOf(response).details?.map((detail) => detail.field)).toContain(field);
      }
    });
  });

  describe('finding circles', () => {
    it('finds circles near a postal code, nearest first, with their distance', async () => {
      const near = await findCircles(app, lee, 'near=02116&radius=10');
      const names = near.items.map((item) => item.name);
      expect(names).toContain(cambridge.name);
      expect(names).not.toContain(manhattan.name);
      expect(names).not.toContain(online.name); // no home town: not "near" anything
      const found = near.items.find((item) => item.id === cambridge.id)!;
      expect(found.distance).toBeCloseTo(haversine('02116', '02139'), 0);
      expect(near.origin?.label).toMatch(/Boston, MA 02116/);
      const far = await findCircles(app, lee, 'near=02116&radius=400&unit=km');
      expect(far.items.map((item) => item.name)).toContain(manhattan.name);
      const distances = far.items.map((item) => item.distance!);
      expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    });

    it('finds online circles, and filters by kind, topic and words', async () => {
      const onlineOnly = await findCircles(app, lee, 'online=true');
      expect(onlineOnly.items.map((item) => item.id)).toEqual([online.id]);
      expect((await findCircles(app, lee, 'kind=lunch-group')).items.map((item) => item.id)).toEqual([manhattan.id]);
      expect((await findCircles(app, lee, 'topic=Sports%20Massage')).items.map((item) => item.id)).toEqual([
        cambridge.id,
      ]);
      expect((await findCircles(app, lee, 'q=problem-solving')).items.map((item) => item.id)).toEqual([online.id]);
      expect((await findCircles(app, null, 'q=lunch')).total).toBe(1);
    });

    it('lists private circles but never a secret one, except to its members', async () => {
      for (const who of [lee, null]) {
        const ids = (await findCircles(app, who, 'pageSize=100')).items.map((item) => item.id);
        expect(ids).toContain(online.id);
        expect(ids).not.toContain(secret.id);
      }
      expect((await findCircles(app, maria, 'online=true')).items.map((item) => item.id)).toContain(secret.id);
      expect((await findCircles(app, maria, 'mine=true')).items.map((item) => item.id)).toContain(secret.id);
    });
  });

  describe('joining', () => {
    it('joins a public circle at once, once however often it is asked', async () => {
      const first = await joined(app, lee, cambridge.id);
      expect(first).toMatchObject({ me: { role: 'member', status: 'active' }, memberCount: 2 });
      expect((await joined(app, lee, cambridge.id)).memberCount).toBe(2);
      expect((await membersOf(app, sam, cambridge.id)).map((each) => each.member?.slug)).toEqual([
        maria.slug,
        lee.slug,
      ]);
    });

    it('turns a join of a private circle into a request its organizers hear about, without the circle’s words', async () => {
      const asked = await joined(app, lee, online.id);
      expect(asked.me).toEqual({ role: 'member', status: 'requested' });
      expect(asked.rules).toBeNull();
      // Members and requests are the members'; a requester is not one.
      expect((await circleCall(app, lee, 'GET', `/api/circles/${online.id}/members`)).statusCode).toBe(404);
      const notice = (await noticesOf(app, sam)).find((each) => each.kind === 'circle.join-requested')!;
      expect(notice).toMatchObject({ title: 'Lee Chen asks to join your circle', link: `/app/circles/${online.id}` });
      expect(JSON.stringify(notice)).not.toMatch(/Solo Practice|solo therapists/);
      const requests = await membersOf(app, sam, online.id, 'requested');
      expect(requests.map((each) => each.member?.slug)).toEqual([lee.slug]);
      // Requests are for organizers only.
      expect((await circleCall(app, lee, 'GET', `/api/circles/${online.id}/members?status=requested`)).statusCode).toBe(
        404,
      );
    });

    it('approves a request (the member hears of it) and declines another', async () => {
      const leeId = await memberIdOf(app, sam, online.id, lee.slug, 'requested');
      const approved = await circleCall(app, sam, 'POST', `/api/circles/${online.id}/members/${leeId}/approve`);
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json()).toMatchObject({ status: 'active', role: 'member' });
      const again = await circleCall(app, sam, 'POST', `/api/circles/${online.id}/members/${leeId}/approve`);
      expect([again.statusCode, errorOf(again).reason]).toEqual([409, 'not_requested']);
      expect((await noticesOf(app, lee)).map((each) => each.title)).toContain(
        'Sam Okafor approved your request to join a circle',
      );
      expect((await circleCall(app, lee, 'GET', `/api/circles/${online.id}`)).json<Circle>().rules).toBe('');

      await joined(app, maria, online.id);
      const mariaId = await memberIdOf(app, sam, online.id, maria.slug, 'requested');
      // A plain member cannot answer requests: the circle's answer is the stranger's 404.
      const byMember = await circleCall(app, lee, 'POST', `/api/circles/${online.id}/members/${mariaId}/approve`);
      expect([byMember.statusCode, errorOf(byMember).message]).toEqual([404, 'No such circle']);
      const declined = await circleCall(app, sam, 'POST', `/api/circles/${online.id}/members/${mariaId}/decline`);
      expect(declined.json()).toMatchObject({ status: 'declined' });
      expect((await circleCall(app, maria, 'GET', `/api/circles/${online.id}`)).json<Circle>().me?.status).toBe(
        'declined',
      );
    });
  });

  describe('leaving, removal and bans', () => {
    it('lets a member leave, and keeps the last organizer', async () => {
      const circle = await startCircle(app, maria, { name: 'Leavers Circle' });
      await joined(app, sam, circle.id);
      const left = await circleCall(app, sam, 'DELETE', `/api/circles/${circle.id}/members/me`);
      expect(left.statusCode, left.body).toBe(204);
      expect((await circleCall(app, maria, 'GET', `/api/circles/${circle.id}`)).json<Circle>().memberCount).toBe(1);
      const organizer = await circleCall(app, maria, 'DELETE', `/api/circles/${circle.id}/members/me`);
      expect([organizer.statusCode, errorOf(organizer).reason]).toEqual([409, 'last_organizer']);
      const stranger = await circleCall(app, lee, 'DELETE', `/api/circles/${circle.id}/members/me`);
      expect([stranger.statusCode, errorOf(stranger).reason]).toEqual([409, 'not_a_member']);
    });

    it('removes a member, who may come back to a public circle; a ban keeps them out', async () => {
      const circle = await startCircle(app, maria, { name: 'Removal Circle' });
      await joined(app, sam, circle.id);
      const samId = await memberIdOf(app, maria, circle.id, sam.slug);
      const removed = await circleCall(app, maria, 'DELETE', `/api/circles/${circle.id}/members/${samId}`);
      expect(removed.json()).toMatchObject({ status: 'removed' });
      expect((await membersOf(app, maria, circle.id)).map((each) => each.member?.slug)).toEqual([maria.slug]);
      expect((await joined(app, sam, circle.id)).me?.status).toBe('active');
      const banned = await circleCall(app, maria, 'POST', `/api/circles/${circle.id}/members/${samId}/ban`);
      expect(banned.json()).toMatchObject({ status: 'banned' });
      const back = await join(app, sam, circle.id);
      expect([back.statusCode, errorOf(back).reason]).toEqual([409, 'banned']);
      expect((await circleCall(app, sam, 'GET', `/api/circles/${circle.id}/members`)).statusCode).toBe(404);
      expect((await circleCall(app, maria, 'GET', `/api/circles/${circle.id}`)).json<Circle>().memberCount).toBe(1);
    });

    it('lets co-organizers manage members but not the organizer', async () => {
      const circle = await startCircle(app, maria, { name: 'Roles Circle' });
      await joined(app, sam, circle.id);
      await joined(app, lee, circle.id);
      const samId = await memberIdOf(app, maria, circle.id, sam.slug);
      const leeId = await memberIdOf(app, maria, circle.id, lee.slug);
      const mariaId = await memberIdOf(app, maria, circle.id, maria.slug);
      const promoted = await circleCall(app, maria, 'POST', `/api/circles/${circle.id}/members/${samId}/role`, {
        role: 'co-organizer',
      });
      expect(promoted.json()).toMatchObject({ role: 'co-organizer' });
      const onOrganizer = await circleCall(app, sam, 'POST', `/api/circles/${circle.id}/members/${mariaId}/ban`);
      expect([onOrganizer.statusCode, errorOf(onOrganizer).reason]).toEqual([409, 'outranked']);
      const byCoOrganizer = await circleCall(app, sam, 'DELETE', `/api/circles/${circle.id}/members/${leeId}`);
      expect(byCoOrganizer.json()).toMatchObject({ status: 'removed' });
      // Only the organizer changes roles.
      const roleBySam = await circleCall(app, sam, 'POST', `/api/circles/${circle.id}/members/${leeId}/role`, {
        role: 'co-organizer',
      });
      expect(roleBySam.statusCode).toBe(404);
    });
  });

  describe('changing a circle', () => {
    it('lets its organizers change its settings, keeps its address, and refuses a cap below its members', async () => {
      const circle = await startCircle(app, maria, { name: 'Settings Circle' });
      await joined(app, sam, circle.id);
      await joined(app, lee, circle.id);
      const changed = await circleCall(app, maria, 'PATCH', `/api/circles/${circle.slug}`, {
        name: 'Settings Circle Online',
        visibility: 'private',
        postalCode: null,
        online: true,
        topics: ['Ethics'],
        memberCap: 3,
      });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json<Circle>()).toMatchObject({
        slug: circle.slug,
        name: 'Settings Circle Online',
        visibility: 'private',
        town: null,
        online: true,
        topics: ['ethics'],
        memberCap: 3,
        memberCount: 3,
      });
      // Three members: a cap of two is refused by the write itself, naming the field.
      const below = await circleCall(app, maria, 'PATCH', `/api/circles/${circle.id}`, { memberCap: 2 });
      expect([below.statusCode, errorOf(below).details?.[0]?.field]).toEqual([400, 'memberCap']);
      const nowhere = await circleCall(app, maria, 'PATCH', `/api/circles/${circle.id}`, { online: false });
      expect([nowhere.statusCode, errorOf(nowhere).details?.[0]?.field]).toEqual([400, 'postalCode']);
      // Private now, and full: a request waits, and approving it is refused.
      const leeId = await memberIdOf(app, maria, circle.id, lee.slug);
      await circleCall(app, maria, 'DELETE', `/api/circles/${circle.id}/members/${leeId}`);
      expect((await joined(app, lee, circle.id)).me?.status).toBe('requested');
      await circleCall(app, maria, 'PATCH', `/api/circles/${circle.id}`, { memberCap: 2 });
      const approve = await circleCall(app, maria, 'POST', `/api/circles/${circle.id}/members/${leeId}/approve`);
      expect([approve.statusCode, errorOf(approve).reason]).toEqual([409, 'circle_full']);
      // A plain member may not change it: the stranger's 404.
      const bySam = await circleCall(app, sam, 'PATCH', `/api/circles/${circle.id}`, { name: 'Mine now' });
      expect(bySam.statusCode).toBe(404);
    });

    it('hands the organizer role over, after which the former organizer may leave', async () => {
      const circle = await startCircle(app, maria, { name: 'Handover Circle' });
      await joined(app, sam, circle.id);
      const samId = await memberIdOf(app, maria, circle.id, sam.slug);
      const promoted = await circleCall(app, maria, 'POST', `/api/circles/${circle.id}/members/${samId}/role`, {
        role: 'organizer',
      });
      expect(promoted.json()).toMatchObject({ role: 'organizer' });
      expect((await circleCall(app, maria, 'DELETE', `/api/circles/${circle.id}/members/me`)).statusCode).toBe(204);
      expect((await membersOf(app, sam, circle.id)).map((each) => [each.member?.slug, each.role])).toEqual([
        [sam.slug, 'organizer'],
      ]);
    });
  });

  describe('what later parts of circles build on', () => {
    it('memberRole and activeMemberIds follow the member rows as they are now', async () => {
      const { circles } = app.services.circles;
      const circle = await startCircle(app, maria, { name: 'Service Circle' });
      await joined(app, sam, circle.id);
      const userId = async (who: Listed) =>
        (await circleCall(app, who, 'GET', '/api/auth/get-session')).json<{ user: { id: string } }>().user.id;
      const [mariaUser, samUser, leeUser] = [await userId(maria), await userId(sam), await userId(lee)];
      expect(await circles.memberRole(mariaUser, circle.id)).toBe('organizer');
      expect(await circles.memberRole(samUser, circle.id)).toBe('member');
      expect(await circles.memberRole(leeUser, circle.id)).toBeNull();
      expect(await circles.memberRole(samUser, 'not-a-uuid')).toBeNull();
      expect(await circles.activeMemberIds(circle.id)).toEqual([mariaUser, samUser]);
      const samId = await memberIdOf(app, maria, circle.id, sam.slug);
      await circleCall(app, maria, 'POST', `/api/circles/${circle.id}/members/${samId}/ban`);
      expect(await circles.memberRole(samUser, circle.id)).toBeNull();
      expect(await circles.activeMemberIds(circle.id)).toEqual([mariaUser]);
    });
  });
});
