// Letters of introduction: templates per recipient profession, the generated draft, the PDF and
// print view a member sends or posts, editing rules, and privacy.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { asMember, json } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';
import {
  addContact,
  fullProfile,
  interactionsOf,
  member,
  pdfText,
  stageOf,
  uploadLogo,
  type ErrorBody,
} from '../../../../test/support/letters.ts';

type Letter = {
  id: string;
  contactId: string;
  recipientName: string;
  salutation: string;
  subject: string;
  body: string;
  status: string;
  deliveredVia: string | null;
  pages: number;
  tooLong: boolean;
};
type Draft = {
  salutation: string;
  subject: string;
  body: string;
  pages: number;
  tooLong: boolean;
  recipientName: string;
};
type Template = { profession: string; subject: string; body: string; custom: boolean; placeholders: string[] };

describeEachDatabase('letters', (kind) => {
  let app: TestApp;
  let maria: { cookie: string; userId: string };
  let patel: string;

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await member(app, 'Maria Alvarez');
    await uploadLogo(app, maria.cookie);
    patel = await addContact(app, maria.userId, {
      name: 'Dr. Anika Patel, DC',
      profession: 'chiropractor',
      organisation: 'Riverside Chiropractic',
      street: '20 River Rd',
      city: 'Cambridge',
      region: 'MA',
      postalCode: '02139',
    });
  });
  afterAll(() => app.cleanup());

  const as = (who: { cookie: string }) => asMember(who.cookie);
  // A request without a body must not claim a JSON one.
  const bare = (who: { cookie: string }) => ({ cookie: who.cookie, origin });
  const create = (payload: Record<string, unknown>, who = maria) =>
    app.inject({ method: 'POST', url: '/api/letters', headers: as(who), payload });
  const draftFor = async (contactId: string, who = maria) => {
    const response = await app.inject({ url: `/api/letters/draft?contactId=${contactId}`, headers: as(who) });
    expect(response.statusCode).toBe(200);
    return response.json<Draft>();
  };

  it('needs a signed-in member', async () => {
    for (const [method, url] of [
      ['GET', '/api/letters'],
      ['GET', '/api/letters/templates'],
      ['GET', `/api/letters/draft?contactId=${patel}`],
    ] as const) {
      expect((await app.inject({ method, url })).statusCode).toBe(401);
    }
    expect(
      (await app.inject({ method: 'POST', url: '/api/letters', headers: json, payload: { contactId: patel } }))
        .statusCode,
    ).toBe(401);
  });

  it('drafts a letter from the profile, addressed as the recipient profession expects', async () => {
    const draft = await draftFor(patel);
    expect(draft.salutation).toBe('Dear Dr. Patel,');
    expect(draft.recipientName).toBe('Dr. Anika Patel, DC');
    expect(draft.body).toContain('Muscular Therapy Institute, graduating in 2012');
    expect(draft.body).toContain('the American Massage Therapy Association (AMTA) and Boston Sports Massage Guild');
    // Ticking a specialty is not a certification (issue 8, item 17): the letter says what was ticked.
    expect(draft.body).toContain('I specialize in prenatal and postpartum as well as sports injury');
    expect(draft.body).not.toContain('certified');
    expect(draft.body).toContain('deep tissue and myofascial release');
    expect(draft.body).toContain('Restore pain-free movement and lasting relief from tension.');
    expect(draft.body).toContain('Riverside Chiropractic');
    expect(draft.body).not.toMatch(/\{\{|\[\[|\]\]|\}\}/);
    expect(draft).toMatchObject({ pages: 1, tooLong: false });
  });

  it('previews a template for a profession without a contact', async () => {
    const response = await app.inject({ url: '/api/letters/draft?profession=dentist', headers: as(maria) });
    expect(response.statusCode).toBe(200);
    expect(response.json<Draft>().salutation).toMatch(/^Dear Dr\. \S+,$/);
    const neither = await app.inject({ url: '/api/letters/draft', headers: as(maria) });
    expect(neither.statusCode).toBe(400);
    expect(neither.json<ErrorBody>().error.details?.[0]?.field).toBe('contactId');
  });

  it('prints a real PDF: letterhead, logo, the profile, the salutation, fonts embedded', async () => {
    const created = await create({ contactId: patel });
    expect(created.statusCode).toBe(201);
    const letter = created.json<Letter>();
    expect(letter).toMatchObject({ status: 'draft', salutation: 'Dear Dr. Patel,', pages: 1, tooLong: false });

    const response = await app.inject({ url: `/api/letters/${letter.id}/pdf`, headers: as(maria) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/filename="letter-of-introduction-dr-anika-patel-dc\.pdf"/);
    const bytes = response.rawPayload;
    const { text, totalPages } = await pdfText(bytes);
    expect(totalPages).toBe(1);
    for (const expected of [
      'Maria Alvarez',
      'Back Bay Bodywork',
      '1 Beacon St',
      'Boston, MA 02108 | +1 617 555 0100 | maria@backbay.example',
      'Riverside Chiropractic',
      'Cambridge, MA 02139',
      'Dear Dr. Patel,',
      'Muscular Therapy Institute',
      '2012',
      'American Massage Therapy Association',
      'prenatal and postpartum',
      'sports injury',
      'deep tissue',
      'myofascial release',
      'Restore pain-free movement',
      'Warm regards,',
      'Maria Alvarez, LMT',
    ]) {
      expect(text).toContain(expected);
    }
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/\/BaseFont\s*\/(Helvetica|Times-Roman|Courier|Symbol|ZapfDingbats)\b/);
    expect(raw).toMatch(/\/Subtype\s*\/Image/);
  });

  it('offers an escaped print view with the letterhead and logo, and no script', async () => {
    const letter = (
      await create({ contactId: patel, body: 'We should talk <script>alert(1)</script> & soon.' })
    ).json<Letter>();
    const response = await app.inject({ url: `/api/letters/${letter.id}/print`, headers: as(maria) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('We should talk &lt;script&gt;alert(1)&lt;/script&gt; &amp; soon.');
    expect(response.body).not.toMatch(/<script/i);
    expect(response.body).toMatch(/<img src="\/media\/[^"]+" alt="Maria Alvarez logo">/);
    expect(response.body).toContain('Dear Dr. Patel,');
    expect(response.body).toContain('@page');
    // The web app may frame it; its own policy allows no script at all.
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'self'");
  });

  it('documents the letter routes in OpenAPI, behind the session', async () => {
    const spec = (await app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { security?: unknown[]; tags?: string[] }>>;
    }>();
    for (const [path, method] of [
      ['/api/letters', 'get'],
      ['/api/letters', 'post'],
      ['/api/letters/draft', 'get'],
      ['/api/letters/templates', 'get'],
      ['/api/letters/templates/{profession}', 'put'],
      ['/api/letters/{id}', 'patch'],
      ['/api/letters/{id}/pdf', 'get'],
      ['/api/letters/{id}/send', 'post'],
      ['/api/letters/{id}/delivered', 'post'],
    ] as const) {
      expect(spec.paths[path]?.[method], `${method} ${path}`).toMatchObject({
        tags: ['letters'],
        security: [{ session: [] }],
      });
    }
  });

  it('edits and deletes a draft', async () => {
    const letter = (await create({ contactId: patel })).json<Letter>();
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/letters/${letter.id}`,
      headers: as(maria),
      payload: { salutation: 'Dear Anika,', body: 'A short note.' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json<Letter>()).toMatchObject({ salutation: 'Dear Anika,', body: 'A short note.' });
    const { text } = await pdfText(
      (await app.inject({ url: `/api/letters/${letter.id}/pdf`, headers: as(maria) })).rawPayload,
    );
    expect(text).toContain('Dear Anika,');
    expect(text).not.toContain('Dear Dr. Patel,');

    const empty = await app.inject({
      method: 'PATCH',
      url: `/api/letters/${letter.id}`,
      headers: as(maria),
      payload: { subject: '' },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<ErrorBody>().error.details?.[0]?.field).toBe('subject');

    expect(
      (await app.inject({ method: 'DELETE', url: `/api/letters/${letter.id}`, headers: bare(maria) })).statusCode,
    ).toBe(204);
    expect((await app.inject({ url: `/api/letters/${letter.id}`, headers: as(maria) })).statusCode).toBe(404);
  });

  it('warns when a letter runs past one page', async () => {
    const long = Array.from(
      { length: 14 },
      (_, i) => `Paragraph ${i + 1}: ${'I would love to tell you more about my work with your patients. '.repeat(4)}`,
    ).join('\n\n');
    const letter = (await create({ contactId: patel, body: long })).json<Letter>();
    expect(letter.tooLong).toBe(true);
    expect(letter.pages).toBeGreaterThan(1);
    const { totalPages } = await pdfText(
      (await app.inject({ url: `/api/letters/${letter.id}/pdf`, headers: as(maria) })).rawPayload,
    );
    expect(totalPages).toBe(letter.pages);
  });

  it('overrides a template for a profession and restores the default', async () => {
    const listed = (await app.inject({ url: '/api/letters/templates', headers: as(maria) })).json<{
      templates: Template[];
      placeholders: { key: string }[];
    }>();
    expect(listed.templates).toHaveLength(12);
    expect(listed.templates.every((template) => !template.custom)).toBe(true);
    expect(listed.placeholders.map((p) => p.key)).toEqual(
      expect.arrayContaining(['school', 'graduationYear', 'specialties', 'recipientFirstName']),
    );
    const original = listed.templates.find((template) => template.profession === 'chiropractor')!;

    const unknown = await app.inject({
      method: 'PUT',
      url: '/api/letters/templates/chiropractor',
      headers: as(maria),
      payload: { subject: 'Hi', body: 'Hello {{favouriteColour}}' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ErrorBody>().error.details?.[0]?.field).toBe('body');
    expect(unknown.json<ErrorBody>().error.message).toContain('{{favouriteColour}}');

    const saved = await app.inject({
      method: 'PUT',
      url: '/api/letters/templates/chiropractor',
      headers: as(maria),
      payload: {
        subject: 'Coffee, {{recipientFirstName}}?',
        body: 'I trained at {{school}}. Could we meet at {{organisation}}?',
      },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<Template>()).toMatchObject({
      custom: true,
      placeholders: ['recipientFirstName', 'school', 'organisation'],
    });
    const draft = await draftFor(patel);
    expect(draft.subject).toBe('Coffee, Anika?');
    expect(draft.body).toBe('I trained at Muscular Therapy Institute. Could we meet at Riverside Chiropractic?');

    const restored = await app.inject({
      method: 'DELETE',
      url: '/api/letters/templates/chiropractor',
      headers: bare(maria),
    });
    expect(restored.json<Template>()).toMatchObject({ custom: false, body: original.body });
    expect((await draftFor(patel)).body).toContain('graduating in 2012');
  });

  it('reads well from a sparse profile: no dangling sentences', async () => {
    const sparse = await member(app, 'Sam Lee', { displayName: 'Sam Lee' });
    const contact = await addContact(app, sparse.userId, { name: 'Helen Ng MD', profession: 'physician' });
    const draft = await draftFor(contact, sparse);
    expect(draft.salutation).toBe('Dear Dr. Ng,');
    expect(draft.body).toMatch(
      /^My name is Sam Lee, and I am a massage therapist\. I am writing to introduce myself because/,
    );
    for (const fragment of [
      'I trained',
      'graduating',
      'member of',
      'specialize in',
      'I use',
      'in practice for',
      'On a personal note',
      'at ,',
      ' .',
      ' ,',
      '  ',
      '[[',
      '{{',
    ]) {
      expect(draft.body).not.toContain(fragment);
    }
    // No public email or phone: the sentence goes, and the sign-in email is never printed instead.
    expect(draft.body).not.toContain('sam.lee@example.com');
    expect(draft.body).toMatch(/or to meet briefly at your convenience\. Thank you for your time/);
    expect(draft.subject).toBe('Introducing Sam Lee, massage therapist');
  });

  it('merges an edited template over several contacts, each with their own salutation', async () => {
    const recipients = [
      { name: 'Dr. Luis Ortega, DDS', profession: 'dentist', salutation: 'Dear Dr. Ortega,', first: 'Luis' },
      { name: 'Emma Wilson, RMT', profession: 'massage-therapist', salutation: 'Dear Emma,', first: 'Emma' },
      { name: 'Rachel Stein', profession: 'lawyer', salutation: 'Dear Rachel Stein,', first: 'Rachel' },
    ];
    const template = {
      subject: 'A note for {{recipientFirstName}}',
      body: 'Hello {{recipientFirstName}}, I am {{myName}}.[[ I know {{organisation}} well.]]',
    };
    for (const recipient of recipients) {
      const contactId = await addContact(app, maria.userId, { name: recipient.name, profession: recipient.profession });
      const response = await create({ contactId, template });
      expect(response.statusCode).toBe(201);
      expect(response.json<Letter>()).toMatchObject({
        salutation: recipient.salutation,
        subject: `A note for ${recipient.first}`,
        body: `Hello ${recipient.first}, I am Maria Alvarez.`,
      });
    }
    const broken = await create({ contactId: patel, template: { subject: 'Hi', body: 'Hello {{nope}}' } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json<ErrorBody>().error.details?.[0]?.field).toBe('template.body');
  });

  it('lists my letters newest first, filtered by contact and status', async () => {
    const contactId = await addContact(app, maria.userId, { name: 'Tom Becker', profession: 'chamber-member' });
    const first = (await create({ contactId })).json<Letter>();
    const second = (await create({ contactId })).json<Letter>();
    const listed = (await app.inject({ url: `/api/letters?contactId=${contactId}`, headers: as(maria) })).json<{
      items: Letter[];
    }>();
    expect(listed.items.map((letter) => letter.id)).toEqual([second.id, first.id]);
    expect(listed.items[0]).toMatchObject({ salutation: 'Dear Tom,', status: 'draft' });
    const all = (await app.inject({ url: '/api/letters?status=draft', headers: as(maria) })).json<{
      items: Letter[];
    }>();
    expect(all.items.length).toBeGreaterThan(2);
    expect(
      (await app.inject({ url: '/api/letters?status=sent', headers: as(maria) })).json<{ items: Letter[] }>().items,
    ).toEqual([]);
  });

  it('a letter handed over logs the interaction, introduces the contact, and is then fixed', async () => {
    const contactId = await addContact(app, maria.userId, { name: 'Sam Okafor', profession: 'physiotherapist' });
    const letter = (await create({ contactId })).json<Letter>();
    const delivered = await app.inject({
      method: 'POST',
      url: `/api/letters/${letter.id}/delivered`,
      headers: as(maria),
      payload: { channel: 'face-to-face' },
    });
    expect(delivered.statusCode).toBe(200);
    expect(delivered.json<Letter>()).toMatchObject({ status: 'delivered', deliveredVia: 'face-to-face' });
    expect(await stageOf(app, contactId)).toBe('introduced');
    expect(await interactionsOf(app, contactId)).toEqual([
      { channel: 'face-to-face', summary: expect.stringContaining('handed over') as string, letterId: letter.id },
    ]);

    expect(
      (
        await app.inject({
          method: 'PATCH',
          url: `/api/letters/${letter.id}`,
          headers: as(maria),
          payload: { body: 'Changed' },
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await app.inject({ method: 'DELETE', url: `/api/letters/${letter.id}`, headers: bare(maria) })).statusCode,
    ).toBe(409);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/letters/${letter.id}/delivered`,
          headers: as(maria),
          payload: { channel: 'letter' },
        })
      ).statusCode,
    ).toBe(409);
    expect(await interactionsOf(app, contactId)).toHaveLength(1);
  });

  it('another member gets 404 on every letter route and cannot write to my contacts', async () => {
    const letter = (await create({ contactId: patel })).json<Letter>();
    const other = await member(app, 'Olga Other', { ...fullProfile, displayName: 'Olga Other' });
    const routes = [
      ['GET', `/api/letters/${letter.id}`, undefined],
      ['PATCH', `/api/letters/${letter.id}`, { body: 'Mine now' }],
      ['DELETE', `/api/letters/${letter.id}`, undefined],
      ['GET', `/api/letters/${letter.id}/pdf`, undefined],
      ['GET', `/api/letters/${letter.id}/print`, undefined],
      ['POST', `/api/letters/${letter.id}/send`, {}],
      ['POST', `/api/letters/${letter.id}/delivered`, { channel: 'letter' }],
      ['GET', '/api/letters/not-a-uuid', undefined],
    ] as const;
    for (const [method, url, payload] of routes) {
      const response = await app.inject({
        method,
        url,
        ...(payload ? { headers: as(other), payload } : { headers: bare(other) }),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await app.inject({ url: '/api/letters', headers: as(other) })).json<{ items: Letter[] }>().items).toEqual(
      [],
    );
    const stolen = await create({ contactId: patel }, other);
    expect(stolen.statusCode).toBe(400);
    expect(stolen.json<ErrorBody>().error.details?.[0]?.field).toBe('contactId');
    expect((await app.inject({ url: `/api/letters/draft?contactId=${patel}`, headers: as(other) })).statusCode).toBe(
      400,
    );
    // Still mine and unchanged.
    expect((await app.inject({ url: `/api/letters/${letter.id}`, headers: as(maria) })).json<Letter>().status).toBe(
      'draft',
    );
  });
});
