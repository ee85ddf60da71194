// Issue 8 item 8: a letter offers the certificate that goes with it. The templates' certificate
// sentence is filled when an offer is chosen for the letter (or the contact already holds a usable
// certificate of mine) and left out otherwise — for single letters and for every letter of a merge.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Certificate, Offer } from '../../../contracts/offers.ts';
import { addContact, member } from '../../../../test/support/letters.ts';
import { asMember } from '../../../../test/support/members.ts';
import { anOffer } from '../../../../test/support/offers.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

type Letter = { id: string; body: string; tooLong: boolean };
type ErrorBody = { error: { details?: { field: string; message: string }[] } };

const sentence =
  /Please accept the enclosed certificate for a free 45-minute session \(“Coffee and a session”\) as my way of saying thank you\./;

describeEachDatabase('letters offer their certificate', (kind) => {
  let app: TestApp;
  let maria: { cookie: string; userId: string };
  let offer: Offer;
  const contacts: Record<string, string> = {};

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await member(app, 'Maria Alvarez');
    for (const [key, name, profession] of [
      ['patel', 'Dr. Anika Patel, DC', 'chiropractor'],
      ['ng', 'Dr. Helen Ng, MD', 'physician'],
      ['okafor', 'Sam Okafor', 'physiotherapist'],
    ] as const) {
      contacts[key] = await addContact(app, maria.userId, { name, profession, email: `${key}@example.com` });
    }
    const created = await app.inject({
      method: 'POST',
      url: '/api/offers',
      headers: asMember(maria.cookie),
      payload: anOffer({ title: 'Coffee and a session', minutes: 45 }),
    });
    expect(created.statusCode, created.body).toBe(201);
    offer = created.json<Offer>();
  });
  afterAll(() => app.cleanup());

  const create = async (payload: Record<string, unknown>) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/letters',
      headers: asMember(maria.cookie),
      payload,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Letter>();
  };

  it('names the offer when the letter goes with a certificate, and stays on one page', async () => {
    const letter = await create({ contactId: contacts.patel, offerId: offer.id });
    expect(letter.body).toMatch(sentence);
    expect(letter.tooLong).toBe(false);
    const draft = await app.inject({
      url: `/api/letters/draft?contactId=${contacts.patel}&offerId=${offer.id}`,
      headers: asMember(maria.cookie),
    });
    expect(draft.json<Letter>().body).toMatch(sentence);
  });

  it('leaves no dangling sentence when no certificate goes with it', async () => {
    const letter = await create({ contactId: contacts.ng });
    expect(letter.body).not.toMatch(/certificate|Please accept/);
    expect(letter.body).not.toMatch(/ \.|for \.|for ,|“”/);
    expect(letter.body.trimEnd()).toMatch(/I look forward to hearing from you\.$/);
  });

  it('offers a certificate already issued to the contact', async () => {
    const issued = await app.inject({
      method: 'POST',
      url: `/api/offers/${offer.id}/certificates`,
      headers: asMember(maria.cookie),
      payload: { contactId: contacts.okafor },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json<Certificate>().status).toBe('valid');
    expect((await create({ contactId: contacts.okafor })).body).toMatch(sentence);
  });

  it('fills it per recipient in a mail merge', async () => {
    const template = {
      subject: 'Hello {{recipientFirstName}}',
      body: 'Dear colleague, I am {{myName}}.[[ Please accept the enclosed certificate for {{certificate}} as my way of saying thank you.]]',
    };
    const withCertificate = await create({ contactId: contacts.ng, template, offerId: offer.id });
    const without = await create({ contactId: contacts.patel, template });
    expect(withCertificate.body).toMatch(sentence);
    expect(without.body).toBe('Dear colleague, I am Maria Alvarez.');
  });

  it('refuses an offer that is not mine, naming offerId', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/letters',
      headers: asMember(maria.cookie),
      payload: { contactId: contacts.patel, offerId: crypto.randomUUID() },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.details?.[0]?.field).toBe('offerId');
  });

  it('lists the certificate placeholder for the editor', async () => {
    const templates = await app.inject({ url: '/api/letters/templates', headers: asMember(maria.cookie) });
    expect(templates.json<{ placeholders: { key: string }[] }>().placeholders.map((item) => item.key)).toContain(
      'certificate',
    );
  });
});
