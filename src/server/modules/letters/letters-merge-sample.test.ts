// Issue 8 item 21: a mail merge's sample is what the sent PDF says — the same composer fills both,
// address block (organisation, street, town) included.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LetterDraft } from '../../../contracts/letters.ts';
import type { Offer } from '../../../contracts/offers.ts';
import { addContact, member, pdfText } from '../../../../test/support/letters.ts';
import { asMember } from '../../../../test/support/members.ts';
import { anOffer } from '../../../../test/support/offers.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describeEachDatabase('mail merge sample', (kind) => {
  let app: TestApp;
  let maria: { cookie: string; userId: string };
  let patel: string;
  let offer: Offer;

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await member(app, 'Maria Alvarez');
    patel = await addContact(app, maria.userId, {
      name: 'Dr. Anika Patel, DC',
      profession: 'chiropractor',
      email: 'anika@riverside.example',
      organisation: 'Riverside Chiropractic',
      street: '20 River Rd',
      city: 'Cambridge',
      region: 'MA',
      postalCode: '02139',
    });
    offer = (
      await app.inject({ method: 'POST', url: '/api/offers', headers: asMember(maria.cookie), payload: anOffer() })
    ).json<Offer>();
  });
  afterAll(() => app.cleanup());

  it('shows the organisation and address the PDF prints, and the same words', async () => {
    const templates = await app.inject({ url: '/api/letters/templates', headers: asMember(maria.cookie) });
    const base = templates
      .json<{ templates: { profession: string; subject: string; body: string }[] }>()
      .templates.find((item) => item.profession === 'chiropractor')!;
    const template = { subject: `${base.subject} — a note for {{organisation}}`, body: base.body };
    const request = { contactId: patel, template, offerId: offer.id };

    const sample = await app.inject({
      method: 'POST',
      url: '/api/letters/draft',
      headers: asMember(maria.cookie),
      payload: request,
    });
    expect(sample.statusCode, sample.body).toBe(200);
    const draft = sample.json<LetterDraft>();
    expect(draft.recipientLines).toEqual([
      'Dr. Anika Patel, DC',
      'Riverside Chiropractic',
      '20 River Rd',
      'Cambridge, MA 02139',
    ]);

    const created = await app.inject({
      method: 'POST',
      url: '/api/letters',
      headers: asMember(maria.cookie),
      payload: request,
    });
    expect(created.statusCode, created.body).toBe(201);
    const pdf = await app.inject({
      url: `/api/letters/${created.json<{ id: string }>().id}/pdf`,
      headers: asMember(maria.cookie),
    });
    const printed = words((await pdfText(pdf.rawPayload)).text);

    const sampleText = words([...draft.recipientLines, `Re: ${draft.subject}`, draft.salutation, draft.body].join(' '));
    expect(printed).toContain(sampleText);
    expect(sampleText).toContain('Please accept the enclosed certificate for a free 30-minute session');
  });
});
