// Research projects: members apply and the lead answers; outside people sign up on the public page
// with a form that works without JavaScript (a browser's own headers), rate-limited per address;
// their details reach the lead alone — the lead's notification says only "someone signed up".
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ResearchProject } from '../../../../contracts/collaborations.ts';
import { collabCall, collabOk, researchBody } from '../../../../../test/support/collaborations.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../test/support/test-app.ts';
import { signupsPerHour } from './research.routes.ts';

describeEachDatabase('research projects', (kind) => {
  let app: TestApp;
  let lead: Listed;
  let sam: Listed;
  let project: ResearchProject;

  // What Chromium sends for a form posted from our page: Origin null (referrer policy) and Fetch Metadata.
  const postForm = (slug: string, fields: Record<string, string>, ip = '203.0.113.20') =>
    app.inject({
      method: 'POST',
      url: `/research/${slug}`,
      remoteAddress: ip,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'null', 'sec-fetch-site': 'same-origin' },
      payload: new URLSearchParams(fields).toString(),
    });

  beforeAll(async () => {
    app = await createTestApp(kind);
    lead = await listMember(app, { displayName: 'Dr. Priya Nair', postalCode: '97204', country: 'US' });
    sam = await listMember(app, { displayName: 'Sam Okafor', postalCode: '97205', country: 'US' });
    project = await collabOk<ResearchProject>(app, lead, 'POST', '/api/research-projects', researchBody(), 201);
  });
  afterAll(async () => app?.cleanup());

  it('lets a member apply with a role and the lead accept', async () => {
    expect(project.role).toBe('lead');
    const applied = await collabOk<ResearchProject>(
      app,
      sam,
      'POST',
      `/api/research-projects/${project.id}/applications`,
      {
        role: 'collaborator',
        note: 'I run a low-back clinic.',
      },
    );
    expect(applied).toMatchObject({ role: 'collaborator', myStatus: 'applied', signups: null });
    expect(
      (await collabCall(app, sam, 'POST', `/api/research-projects/${project.id}/applications`, { role: 'participant' }))
        .statusCode,
    ).toBe(409);
    const memberId = applied.members.find((m) => m.member.slug === sam.slug)!.id;
    // Only the lead answers.
    expect(
      (await collabCall(app, sam, 'POST', `/api/research-projects/${project.id}/members/${memberId}/accept`))
        .statusCode,
    ).toBe(404);
    const accepted = await collabOk<ResearchProject>(
      app,
      lead,
      'POST',
      `/api/research-projects/${project.id}/members/${memberId}/accept`,
    );
    expect(accepted.members.find((m) => m.id === memberId)).toMatchObject({ status: 'accepted', role: 'collaborator' });
  });

  it('takes an outside sign-up from the public form without JavaScript; details to the lead only', async () => {
    const pageView = await app.inject({ method: 'GET', url: `/research/${project.slug}` });
    expect(pageView.statusCode).toBe(200);
    expect(pageView.headers['content-security-policy']).toContain("form-action 'self'");
    expect(pageView.body).toContain(`action="/research/${project.slug}"`);
    expect(pageView.body).not.toMatch(/<script/i);
    const sent = await postForm(project.slug, {
      name: 'Jordan <Reyes>',
      email: 'jordan.reyes@example.com',
      note: 'Evenings',
    });
    expect(sent.statusCode, sent.body).toBe(303);
    expect(sent.headers.location).toBe(`/research/${project.slug}?signed=1`);
    const thanks = await app.inject({ method: 'GET', url: sent.headers.location as string });
    expect(thanks.body).toContain('Thank you for signing up');
    const asLead = await collabOk<ResearchProject>(app, lead, 'GET', `/api/research-projects/${project.id}`);
    expect(asLead.signups).toEqual([
      expect.objectContaining({ name: 'Jordan <Reyes>', email: 'jordan.reyes@example.com' }),
    ]);
    expect(
      (await collabOk<ResearchProject>(app, sam, 'GET', `/api/research-projects/${project.id}`)).signups,
    ).toBeNull();
    const notices = await collabOk<{ items: { title: string; body: string; link: string }[] }>(
      app,
      lead,
      'GET',
      '/api/notifications',
    );
    const notice = notices.items.find((item) => item.title.includes('signed up'))!;
    expect(notice.title).toBe('Someone signed up for your research project');
    expect(JSON.stringify(notices)).not.toContain('jordan');
    expect(JSON.stringify(notices)).not.toContain('Jordan');
    expect(notice.link).toBe(`/app/collaborations/research/${project.id}`);
  });

  it('names the field in words on bad input, and keeps what was typed (escaped)', async () => {
    const bad = await postForm(project.slug, { name: 'J', email: 'not-an-email', note: '<b>x</b>' }, '203.0.113.21');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Your name must be at least 2 characters');
    expect(bad.body).toContain('Your email must be an email address');
    expect(bad.body).toContain('&lt;b&gt;x&lt;/b&gt;');
    const api = await collabCall(app, lead, 'POST', '/api/research-projects', {
      title: 'ok title',
      description: 'short',
    });
    expect(api.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('description');
  });

  it('limits the public form per address', async () => {
    const ip = '198.51.100.77';
    for (let n = 0; n < signupsPerHour; n++)
      expect((await postForm(project.slug, { name: `Person ${n}`, email: `p${n}@example.com` }, ip)).statusCode).toBe(
        303,
      );
    const limited = await postForm(project.slug, { name: 'One more', email: 'more@example.com' }, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain('Too many sign-ups');
  });

  it('refuses a cross-site post', async () => {
    const foreign = await app.inject({
      method: 'POST',
      url: `/research/${project.slug}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example', cookie: 'x=1' },
      payload: 'name=Eve+Mallory&email=eve@example.com',
    });
    expect(foreign.statusCode).toBe(403);
  });

  it('hidden by moderation: gone from the hub, the detail and the public page', async () => {
    const other = await collabOk<ResearchProject>(
      app,
      lead,
      'POST',
      '/api/research-projects',
      researchBody('Sleep and massage'),
      201,
    );
    const reportable = app.services.collaborations.reportables.find((each) => each.kind === 'research-project')!;
    await reportable.setHidden(other.id, true);
    expect((await collabCall(app, lead, 'GET', `/api/research-projects/${other.id}`)).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/research/${other.slug}` })).statusCode).toBe(404);
    expect(
      (await postForm(other.slug, { name: 'Some One', email: 'some@example.com' }, '203.0.113.99')).statusCode,
    ).toBe(404);
    const hub = await collabOk<{ research: { id: string }[] }>(app, sam, 'GET', '/api/collaborations');
    expect(hub.research.map((each) => each.id)).not.toContain(other.id);
  });
});
