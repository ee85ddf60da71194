// Couples-massage partners: requests found near a postal code with the directory's distance code
// (radius in miles by default, km on request), a reply that lands as a direct message, and a
// hidden request gone from search and detail.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CouplesRequest } from '../../../../contracts/collaborations.ts';
import { collabCall, collabOk, couplesBody, inDays } from '../../../../../test/support/collaborations.ts';
import { haversine, listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../test/support/test-app.ts';

type Found = { items: CouplesRequest[] };

describeEachDatabase('couples-massage partners', (kind) => {
  let app: TestApp;
  let portland: Listed;
  let salem: Listed;
  let seeker: Listed;
  let near: CouplesRequest;
  let far: CouplesRequest;

  beforeAll(async () => {
    app = await createTestApp(kind);
    portland = await listMember(app, { displayName: 'Maya Ortiz', postalCode: '97204', country: 'US' });
    salem = await listMember(app, { displayName: 'Lee Chen', postalCode: '97301', country: 'US' });
    seeker = await listMember(app, { displayName: 'Sam Okafor', postalCode: '97205', country: 'US' });
    near = await collabOk<CouplesRequest>(app, portland, 'POST', '/api/couples-requests', couplesBody('97204'), 201);
    far = await collabOk<CouplesRequest>(
      app,
      salem,
      'POST',
      '/api/couples-requests',
      couplesBody('97301', inDays(12)),
      201,
    );
  });
  afterAll(async () => app?.cleanup());

  it('finds requests near a postal code, in miles by default and in km on request', async () => {
    const tenMiles = await collabOk<Found>(app, seeker, 'GET', '/api/couples-requests?near=97205&radius=10');
    expect(tenMiles.items.map((item) => item.id)).toEqual([near.id]);
    expect(tenMiles.items[0]!.distance).toBeCloseTo(haversine('97205', '97204'), 0);
    const sixtyMiles = await collabOk<Found>(app, seeker, 'GET', '/api/couples-requests?near=97205&radius=60');
    expect(sixtyMiles.items.map((item) => item.id)).toEqual([near.id, far.id]);
    const salemKm = haversine('97205', '97301', 'km');
    const justShort = await collabOk<Found>(
      app,
      seeker,
      'GET',
      `/api/couples-requests?near=97205&radius=${Math.floor(salemKm) - 1}&unit=km`,
    );
    expect(justShort.items.map((item) => item.id)).not.toContain(far.id);
    const kms = await collabOk<Found>(
      app,
      seeker,
      'GET',
      `/api/couples-requests?near=97205&radius=${Math.ceil(salemKm) + 1}&unit=km`,
    );
    expect(kms.items.find((item) => item.id === far.id)!.distance).toBeCloseTo(salemKm, 0);
    const onDate = await collabOk<Found>(app, seeker, 'GET', `/api/couples-requests?date=${inDays(12)}`);
    expect(onDate.items.map((item) => item.id)).toEqual([far.id]);
  });

  it('replies by direct message to the author', async () => {
    const { conversationId } = await collabOk<{ conversationId: string }>(
      app,
      seeker,
      'POST',
      `/api/couples-requests/${near.id}/reply`,
      {
        message: 'I am free that day, let us talk.',
      },
    );
    const messages = await collabOk<{ items: { body: string }[] }>(
      app,
      portland,
      'GET',
      `/api/conversations/${conversationId}/messages`,
    );
    expect(messages.items.map((item) => item.body)).toContain('I am free that day, let us talk.');
    expect(
      (await collabCall(app, portland, 'POST', `/api/couples-requests/${near.id}/reply`, { message: 'me' })).statusCode,
    ).toBe(409);
  });

  it('names the field on bad input', async () => {
    for (const [body, field] of [
      [couplesBody('99999'), 'postalCode'],
      [couplesBody('ABC'), 'postalCode'],
      [couplesBody('97204', '2020-01-01'), 'onDate'],
    ] as const) {
      const response = await collabCall(app, seeker, 'POST', '/api/couples-requests', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe(field);
    }
    const badNear = await collabCall(app, seeker, 'GET', '/api/couples-requests?near=00000');
    expect(badNear.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('near');
  });

  it('hidden by moderation: gone from search, the hub and the detail', async () => {
    const reportable = app.services.collaborations.reportables.find((each) => each.kind === 'couples-request')!;
    await reportable.setHidden(far.id, true);
    const found = await collabOk<Found>(app, seeker, 'GET', '/api/couples-requests?near=97205&radius=100');
    expect(found.items.map((item) => item.id)).toEqual([near.id]);
    expect((await collabCall(app, salem, 'GET', `/api/couples-requests/${far.id}`)).statusCode).toBe(404);
    expect(
      (await collabCall(app, seeker, 'POST', `/api/couples-requests/${far.id}/reply`, { message: 'hi' })).statusCode,
    ).toBe(404);
    const hub = await collabOk<{ couples: { id: string }[] }>(app, seeker, 'GET', '/api/collaborations');
    expect(hub.couples.map((item) => item.id)).not.toContain(far.id);
  });
});
