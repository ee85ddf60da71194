// Shared by the letters tests: a member with a full profile (and optionally a logo), contacts put
// straight into their list, and reading what a PDF says.
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { extractText, getDocumentProxy } from 'unpdf';
import { contactInteractions, contacts } from '../../src/server/db/schema/index.ts';
import { asMember, signUp } from './members.ts';
import { origin, type TestApp } from './test-app.ts';

export type ErrorBody = { error: { code: string; message: string; details?: { field: string; message: string }[] } };

export const fullProfile = {
  displayName: 'Maria Alvarez',
  profession: 'massage-therapist',
  credentials: ['LMT'],
  school: 'Muscular Therapy Institute',
  graduationYear: 2012,
  associations: ['amta'],
  associationsOther: 'Boston Sports Massage Guild',
  specialties: ['prenatal', 'sports'],
  specialtiesOther: '',
  modalities: ['deep-tissue', 'myofascial-release'],
  modalitiesOther: '',
  firstYearInPractice: 2013,
  treatmentGoals: 'Restore pain-free movement and lasting relief from tension',
  howMyWorkHelps: 'Your patients arrive at their adjustments with softer, better-prepared tissue.',
  history: 'Twelve years in clinic and sports settings.',
  hobbies: 'Trail running',
  practiceName: 'Back Bay Bodywork',
  street: '1 Beacon St',
  postalCode: '02108',
  country: 'US',
  phone: '+1 617 555 0100',
  publicEmail: 'maria@backbay.example',
};

export async function member(
  app: TestApp,
  name: string,
  profile: Record<string, unknown> = { ...fullProfile, displayName: name },
) {
  const { cookie } = await signUp(app, name);
  const saved = await app.inject({
    method: 'PUT',
    url: '/api/me/profile',
    headers: asMember(cookie),
    payload: profile,
  });
  if (saved.statusCode !== 200) throw new Error(`profile: ${saved.body}`);
  const session = await app.inject({ url: '/api/auth/get-session', headers: asMember(cookie) });
  return { cookie, userId: session.json<{ user: { id: string } }>().user.id };
}

export async function uploadLogo(app: TestApp, cookie: string) {
  const png = await sharp({ create: { width: 120, height: 120, channels: 3, background: '#2f6b4f' } })
    .png()
    .toBuffer();
  const boundary = '----letters-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="logo.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    png,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await app.inject({
    method: 'POST',
    url: '/api/me/profile/logo',
    headers: { cookie, origin, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
  if (response.statusCode !== 200) throw new Error(`logo: ${response.body}`);
}

export type ContactSeed = {
  name: string;
  profession: string;
  email?: string;
  organisation?: string;
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
};

/** Puts a contact straight into a member's list (the contacts API is not what these tests are about). */
export async function addContact(app: TestApp, ownerUserId: string, seed: ContactSeed) {
  const [row] = await app.database.db
    .insert(contacts)
    .values({ ownerUserId, ...seed })
    .returning({ id: contacts.id });
  return row!.id;
}

export async function stageOf(app: TestApp, contactId: string) {
  return (await app.database.db.select({ stage: contacts.stage }).from(contacts).where(eq(contacts.id, contactId)))[0]!
    .stage;
}

export const interactionsOf = (app: TestApp, contactId: string) =>
  app.database.db
    .select({
      channel: contactInteractions.channel,
      summary: contactInteractions.summary,
      letterId: contactInteractions.letterId,
    })
    .from(contactInteractions)
    .where(eq(contactInteractions.contactId, contactId));

export async function pdfText(bytes: Buffer | Uint8Array) {
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(document, { mergePages: true });
  // Lines wrap wherever the page ends; compare words, not line breaks.
  return { text: text.replace(/\s+/g, ' '), totalPages };
}
