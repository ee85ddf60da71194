// The public /events page on both databases: meetings of public circles near a postal code, nearest
// first within the radius, with their dates on the meeting's own clock; a private or secret
// circle's meetings never, an address or a meeting link never (a town, or "online"); a plain GET
// form that works without JavaScript; schema.org Events that parse; bad input a 400 naming the field.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Meeting } from '../../../../contracts/meetings.ts';
import { circleCall, startCircle } from '../../../../../test/support/circles.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../test/support/test-app.ts';

type LdEvent = {
  '@type': string;
  name: string;
  startDate: string;
  eventAttendanceMode: string;
  location: { '@type': string; address?: { addressLocality: string; streetAddress?: string }; url?: string };
};
type JsonLd = { '@type': string; itemListElement: { item: LdEvent }[] };

const jsonLdOf = (body: string) => {
  const found = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(body);
  expect(found, 'a JSON-LD block').not.toBeNull();
  return JSON.parse(found![1]!) as JsonLd;
};

const day = 86_400_000;
/** A local date on New York's clock, `days` from today. */
const nyDate = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date(Date.now() + days * day));
const secretStreet = '12 Hidden Lane';

describeEachDatabase('the /events page', (kind) => {
  let app: TestApp;
  let nora: Listed;

  const plan = async (circleId: string, body: Record<string, unknown>) => {
    const response = await circleCall(app, nora, 'POST', `/api/circles/${circleId}/meetings`, {
      timeZone: 'America/New_York',
      durationMinutes: 90,
      place: { kind: 'address', address: secretStreet },
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Meeting>();
  };

  beforeAll(async () => {
    app = await createTestApp(kind);
    nora = await listMember(app, { displayName: 'Nora Organizer', postalCode: '02116', country: 'US' });
    const boston = await startCircle(app, nora, { name: 'Back Bay Peer Circle', postalCode: '02116' });
    const cambridge = await startCircle(app, nora, { name: 'Cambridge Study Group', postalCode: '02139' });
    const providence = await startCircle(app, nora, { name: 'Providence Chapter', postalCode: '02903' });
    const hidden = await startCircle(app, nora, { name: 'Quiet Circle', visibility: 'private', postalCode: '02116' });
    const secret = await startCircle(app, nora, { name: 'Hush Circle', visibility: 'secret', postalCode: '02116' });
    await plan(boston.id, { title: 'Back Bay <supper>', start: `${nyDate(2)}T18:30`, rrule: 'FREQ=WEEKLY' });
    await plan(cambridge.id, { title: 'Paper of the month', start: `${nyDate(3)}T12:00` });
    await plan(cambridge.id, { title: 'Online practice', start: `${nyDate(4)}T19:00`, place: { kind: 'room' } });
    await plan(providence.id, { title: 'Providence lunch', start: `${nyDate(5)}T12:00`, rrule: 'FREQ=MONTHLY' });
    await plan(hidden.id, { title: 'Quiet meeting', start: `${nyDate(2)}T12:00` });
    await plan(secret.id, { title: 'Hush meeting', start: `${nyDate(2)}T12:00`, rrule: 'FREQ=WEEKLY' });
    // Over (a finished series, a past one-off) or beyond the four weeks: not on the page.
    await plan(boston.id, { title: 'Finished series', start: `${nyDate(-40)}T09:00`, rrule: 'FREQ=WEEKLY;COUNT=3' });
    await plan(boston.id, { title: 'Last month', start: `${nyDate(-30)}T09:00` });
    await plan(boston.id, { title: 'Next season', start: `${nyDate(60)}T09:00` });
  });
  afterAll(async () => app?.cleanup());

  it('lists public meetings nearby, nearest first, as HTML and schema.org Events, never private ones or addresses', async () => {
    for (const headers of [{}, { cookie: nora.cookie }]) {
      const response = await app.inject({ url: '/events?near=02116&radius=10', headers });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('public, max-age=60');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(String(response.headers['content-security-policy'])).not.toMatch(/script-src[^;]*unsafe-inline/);
      const body = response.body;
      const order = ['Back Bay &lt;supper&gt;', 'Paper of the month', 'Online practice'].map((title) =>
        body.indexOf(`<h3>${title}</h3>`),
      );
      expect(order.every((at) => at > 0)).toBe(true);
      expect(order[0]).toBeLessThan(order[1]!);
      for (const absent of [
        'Quiet meeting',
        'Hush meeting',
        'Providence lunch',
        'Finished series',
        'Last month',
        'Next season',
        secretStreet,
      ])
        expect(body, absent).not.toContain(absent);
      expect(body).toMatch(/Back Bay Peer Circle · Boston, MA · 0 mi away/);
      expect(body).toMatch(/Cambridge Study Group · Online/);
      expect(body).toContain('href="/app/circles/back-bay-peer-circle"');
      // Each date on the meeting's own clock, its zone named.
      expect(body).toMatch(/<time datetime="\d{4}-\d\d-\d\dT18:30:00-0[45]:00">[^<]*6:30 PM E[SD]T<\/time>/);
      // A weekly series shows its next four dates.
      expect(body.match(/T18:30:00-0[45]:00">/g)).toHaveLength(4);

      const items = jsonLdOf(body).itemListElement.map((entry) => entry.item);
      expect(items.every((item) => item['@type'] === 'Event')).toBe(true);
      expect(items.filter((item) => item.name === 'Back Bay <supper>')).toHaveLength(4);
      const supper = items.find((item) => item.name === 'Back Bay <supper>')!;
      expect(supper.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
      expect(supper.location).toMatchObject({ '@type': 'Place', address: { addressLocality: 'Boston' } });
      expect(supper.location.address?.streetAddress).toBeUndefined();
      const online = items.find((item) => item.name === 'Online practice')!;
      expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
      expect(online.location['@type']).toBe('VirtualLocation');
      expect(body).not.toMatch(/<\/script>[^<]*supper>/); // a title cannot close the JSON-LD block
    }
  });

  it('widens with the radius, and orders by distance', async () => {
    const wide = (await app.inject({ url: '/events?near=02116&radius=60&unit=mi' })).body;
    expect(wide.indexOf('Providence lunch')).toBeGreaterThan(wide.indexOf('Paper of the month'));
    expect(wide).toMatch(/Providence Chapter · Providence, RI · \d\d(\.\d)? mi away/);
    const km = (await app.inject({ url: '/events?near=02116&radius=2&unit=km' })).body;
    expect(km).toContain('Back Bay &lt;supper&gt;');
    expect(km).not.toContain('Paper of the month');
  });

  it('is a plain GET form that works without JavaScript', async () => {
    const empty = await app.inject({ url: '/events' });
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('<form class="search" method="get" action="/events"');
    expect(empty.body).toContain('name="near"');
    expect(empty.body).not.toMatch(/<script/);
    // What a browser sends for the form with the optional fields left empty.
    const submitted = await app.inject({ url: '/events?near=02116&radius=&unit=mi' });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.body).toContain('Back Bay &lt;supper&gt;');
    expect(submitted.body).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
  });

  it('answers bad input with the form and the field in words (400), never a 500', async () => {
    for (const [query, field, words] of [
      ['near=12', 'near', 'Near postal code'],
      ['near=99999', 'near', 'Near postal code'],
      ['near=%3Cb%3E', 'near', 'Near postal code'],
      ['near=02116&radius=-1', 'radius', 'Within (distance)'],
      ['near=02116&unit=ly', 'unit', 'Unit'],
      ['near=02116&page=0', 'page', 'Page'],
    ] as const) {
      const response = await app.inject({ url: `/events?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.body).toContain(`<a href="#f-${field}">${words}</a>`);
      expect(response.body).toContain('<form class="search"');
      expect(response.body).not.toContain('<b>');
    }
  });
});
