// The server-rendered /circles page: plain HTML with a GET form that works without JavaScript,
// listed circles with their distance, a schema.org Organization for each, secret circles never,
// and input mistakes shown beside the form (400, the field in words), never a 500.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCircle } from '../../../../test/support/circles.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

type JsonLd = { '@type': string; itemListElement: { item: { '@type': string; name: string; address?: unknown } }[] };

const jsonLdOf = (body: string) => {
  const found = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(body);
  expect(found, 'a JSON-LD block').not.toBeNull();
  return JSON.parse(found![1]!) as JsonLd;
};

describeEachDatabase('the /circles page', (kind) => {
  let app: TestApp;
  let maria: Listed;

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, { displayName: 'Maria Alvarez', postalCode: '02116', country: 'US' });
    await startCircle(app, maria, { name: 'Cambridge Peer Circle', kind: 'peer-networking', topics: ['ethics'] });
    await startCircle(app, maria, {
      name: 'Online Study <Group>',
      visibility: 'private',
      postalCode: undefined,
      online: true,
    });
    await startCircle(app, maria, { name: 'Secret Supper Club', visibility: 'secret', kind: 'lunch-group' });
  });
  afterAll(async () => app?.cleanup());

  it('lists public and private circles as HTML without any script to run, with JSON-LD Organizations', async () => {
    // Signed in or not, the page is the same: a secret circle is never on it.
    for (const headers of [{}, { cookie: maria.cookie }]) {
      const response = await app.inject({ url: '/circles', headers });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      const body = response.body;
      expect(body).toContain('<form class="search" method="get" action="/circles"');
      expect(body).toContain('Cambridge Peer Circle');
      expect(body).toContain('Online Study &lt;Group&gt;');
      expect(body).not.toContain('Secret Supper Club');
      // Only the data block: nothing executable, no script file.
      expect(body).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
      const jsonLd = jsonLdOf(body);
      expect(jsonLd['@type']).toBe('ItemList');
      const items = jsonLd.itemListElement.map((entry) => entry.item);
      expect(items.every((item) => item['@type'] === 'Organization')).toBe(true);
      expect(items.map((item) => item.name).sort()).toEqual(['Cambridge Peer Circle', 'Online Study <Group>']);
      expect(items.find((item) => item.name === 'Cambridge Peer Circle')?.address).toMatchObject({
        addressLocality: 'Cambridge',
        postalCode: '02139',
      });
      expect(body).not.toMatch(/<\/script>[^<]*Group>/); // the name cannot close the JSON-LD block
    }
  });

  it('filters by distance, kind and online through the form’s query', async () => {
    const near = await app.inject({ url: '/circles?near=02116&radius=10&q=&kind=' });
    expect(near.statusCode).toBe(200);
    expect(near.body).toMatch(/1 circle found near Boston, MA 02116/);
    expect(near.body).toMatch(/Cambridge Peer Circle[\s\S]*\d+(\.\d)? mi away/);
    const online = await app.inject({ url: '/circles?online=true' });
    expect(online.body).toContain('Online Study');
    expect(online.body).not.toContain('Cambridge Peer Circle');
    const lunch = await app.inject({ url: '/circles?kind=lunch-group' });
    expect(lunch.body).toContain('0 circles found');
  });

  it('answers bad input with the form and the field in words (400), never a 500', async () => {
    for (const [query, words] of [
      ['near=12', 'Near postal code'],
      ['near=99999', 'Near postal code'],
      ['radius=-1', 'Within (distance)'],
      ['kind=book-club', 'Kind'],
    ] as const) {
      const response = await app.inject({ url: `/circles?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.body).toContain(`<a href="#f-${query.split('=')[0]}">${words}</a>`);
      expect(response.body).toContain('<form class="search"');
    }
  });
});
