// The public board pages: /opportunities lists open posts near a postal code with a plain GET form
// (no JavaScript, member text escaped, security headers), /opportunities/<id> shows a listed post
// with JobPosting JSON-LD for a job (parsed, with the schema.org fields), and closed or hidden posts
// are a 404 page; bad input is a 400 page naming the field.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Opportunity } from '../../../contracts/opportunities.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { ageAccount, callAs, jobPost, post, roomPost } from '../../../../test/support/opportunities.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const jsonLdOf = (page: string) => {
  const blocks = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return blocks.map((block) => JSON.parse(block[1]!) as Record<string, unknown>);
};

describeEachDatabase('opportunities public pages', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let job: Opportunity;
  let remoteJob: Opportunity;
  let room: Opportunity;

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, { displayName: 'Maria Lopez', postalCode: '10001', country: 'US' });
    await ageAccount(app, maria);
    job = await post(
      app,
      maria,
      jobPost({ description: 'Great team. </script><script>alert(1)</script> <b>bold</b>', startsOn: undefined }),
    );
    remoteJob = await post(
      app,
      maria,
      jobPost({
        title: 'Remote booking assistant',
        postalCode: undefined,
        remote: true,
        pay: undefined,
        details: { employment: 'contractor' },
      }),
    );
    room = await post(app, maria, roomPost());
  });
  afterAll(() => app?.cleanup());

  it('lists open posts near a postal code with a form that works without JavaScript', async () => {
    const response = await app.inject({ url: '/opportunities?near=10001&radius=30&kind=job' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    expect(response.headers['content-security-policy']).toBeTruthy();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const page = response.body;
    expect(page).toContain('<form class="search" method="get" action="/opportunities"');
    expect(page).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(page).toContain(`href="/opportunities/${job.id}"`);
    expect(page).not.toContain(room.id);
    expect(page).not.toContain(remoteJob.id);
    expect(page).toContain('near New York, NY 10001');
    expect((await app.inject({ url: '/opportunities?near=10001&radius=30&kind=job&remote=true' })).body).toContain(
      remoteJob.id,
    );
    expect((await app.inject({ url: '/opportunities' })).body).toContain(room.id);
  });

  it('answers bad input with a 400 page naming the field', async () => {
    const response = await app.inject({ url: '/opportunities?near=99999&radius=abc' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('Within (miles)');
    const unknown = await app.inject({ url: '/opportunities?near=99999' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('Near postal code');
    expect(unknown.body).toContain('unknown postal code');
  });

  it('shows a job with JobPosting JSON-LD carrying the schema.org fields, and member text escaped', async () => {
    const response = await app.inject({ url: `/opportunities/${job.id}` });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('<script>alert(1)</script>');
    expect(response.body).toContain('&lt;b&gt;bold&lt;/b&gt;');
    const [posting] = jsonLdOf(response.body);
    expect(posting).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Massage therapist, prenatal focus',
      description: 'Great team. </script><script>alert(1)</script> <b>bold</b>',
      datePosted: job.createdAt.slice(0, 10),
      validThrough: `${job.expiresOn}T23:59:59`,
      employmentType: 'FULL_TIME',
      hiringOrganization: { '@type': 'Organization', name: 'Lower East Side Wellness' },
      jobLocation: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', postalCode: '10002', addressLocality: 'New York', addressCountry: 'US' },
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: { '@type': 'QuantitativeValue', value: 45, unitText: 'HOUR' },
      },
    });
    expect(posting).not.toHaveProperty('jobLocationType');

    const remote = jsonLdOf((await app.inject({ url: `/opportunities/${remoteJob.id}` })).body)[0]!;
    expect(remote).toMatchObject({ jobLocationType: 'TELECOMMUTE', employmentType: 'CONTRACTOR' });
    expect(remote).not.toHaveProperty('baseSalary');
    expect(remote).not.toHaveProperty('jobLocation');

    const roomPage = await app.inject({ url: `/opportunities/${room.id}` });
    expect(roomPage.statusCode).toBe(200);
    expect(jsonLdOf(roomPage.body)).toEqual([]);
  });

  it('is a 404 page for a closed, hidden or missing post', async () => {
    const closed = await post(app, maria, jobPost({ title: 'Closed soon' }));
    await callAs(app, maria, 'POST', `/api/opportunities/${closed.id}/close`, {});
    const hidden = await post(app, maria, jobPost({ title: 'Hidden soon' }));
    await app.services.opportunities.reportables[0]!.setHidden(hidden.id, true);
    for (const id of [closed.id, hidden.id, crypto.randomUUID(), 'not-a-uuid']) {
      const response = await app.inject({ url: `/opportunities/${id}` });
      expect(response.statusCode, id).toBe(404);
      expect(response.body).toContain('Opportunity not found');
    }
    const list = (await app.inject({ url: '/opportunities' })).body;
    expect(list).not.toContain('Closed soon');
    expect(list).not.toContain('Hidden soon');
  });
});
