// The alliance builder end to end, as issue 3 tells it: a therapist imports three professionals
// from a phone's .vcf, moves one along the board after meeting her, sends her the letter of
// introduction with a certificate, and the link in the certificate's QR code (read from the PDF
// the recipient gets) opens the public verification page; the certificate is redeemed once.
import { expect, test } from '@playwright/test';
import { readPdf, qrText } from '../test/support/pdf.ts';
import { browserMissing, browserMissingNotice } from './support/env.ts';
import { password, seedColleague, uniqueEmail } from './support/members.ts';
import { snap } from './support/screenshots.ts';

// Reason: skipped only on a machine without /usr/bin/chromium and without E2E_REQUIRED; CI sets E2E_REQUIRED, so there it fails instead.
test.skip(browserMissing, browserMissingNotice); // reason: no /usr/bin/chromium and no E2E_REQUIRED (CI requires it)

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('import three professionals, move one along the board, send her a letter with a certificate, verify it by its QR code and redeem it once', async ({
  page,
  baseURL,
}) => {
  const me = await seedColleague(baseURL!, 'Rosa Lindqvist', {
    profession: 'massage-therapist',
    postalCode: '55401',
    practiceName: 'North Loop Massage',
    school: 'Minneapolis School of Massage',
    graduationYear: 2014,
    specialties: ['sports'],
    howMyWorkHelps: 'Loosened muscles let your adjustments hold between visits.',
    phone: '612-555-0190',
  });
  const lenaEmail = uniqueEmail('lena');
  const vcf = [
    [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Ortiz;Lena;;Dr.;',
      'FN:Dr. Lena Ortiz',
      'ORG:Riverfront Chiropractic',
      'TITLE:Chiropractor',
      `EMAIL;type=INTERNET:${lenaEmail}`,
      'TEL;type=WORK:(612) 555-0111',
      'END:VCARD',
    ],
    [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Berg;Tom;;;',
      'FN:Tom Berg',
      'ORG:Berg Physiotherapy',
      'TITLE:Physical therapist',
      'TEL;type=CELL:(612) 555-0112',
      'END:VCARD',
    ],
    [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Hale;Nora;;;',
      'FN:Nora Hale',
      'ORG:Hale & Stone LLP',
      'TITLE:Attorney',
      'NOTE:Chamber breakfast, second Tuesday. Interested in chair massage for her',
      '  office.',
      'END:VCARD',
    ],
  ]
    .map((card) => card.join('\r\n'))
    .join('\r\n');

  await page.goto('/app/sign-in');
  await page.getByLabel('Email').fill(me.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  // An offer to ride along: a free 30-minute session (made through the API, as the offers page would).
  const offer = await page.request.post('/api/offers', {
    headers: { origin: baseURL! },
    data: {
      kind: 'free-session',
      title: 'Get to know my work',
      terms: 'By appointment.',
      validFrom: day(0),
      validUntil: day(60),
      maxIssued: 10,
    },
  });
  expect(offer.status(), await offer.text()).toBe(201);

  // 1. Import the phone's .vcf of three.
  await page.goto('/app/contacts/import');
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'contacts.vcf', mimeType: 'text/vcard', buffer: Buffer.from(vcf) });
  await page.getByRole('button', { name: 'Upload and preview' }).click();
  await expect(page.getByTestId('import-row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Import 3 contacts' }).click();
  await expect(page.getByTestId('import-result')).toHaveText('3 imported, 0 merged, 0 skipped.');

  // 2. Move Lena along the board: we met.
  await page.getByRole('link', { name: 'See them on my board' }).click();
  const column = (name: string) => page.getByRole('region', { name, exact: true });
  await expect(column('Identified').getByTestId('board-card')).toHaveCount(3);
  await column('Identified').getByTestId('board-card').filter({ hasText: 'Dr. Lena Ortiz' }).dragTo(column('Met'));
  await expect(column('Met').getByTestId('board-card')).toHaveText([/Dr\. Lena Ortiz/]);
  await page.reload();
  await expect(column('Met').getByTestId('board-card')).toHaveText([/Dr\. Lena Ortiz/]);
  await snap(page, '60-journey-board');

  // 3. From her page, write the letter and send it with a certificate from the offer.
  await column('Met').getByRole('link', { name: 'Dr. Lena Ortiz' }).click();
  await page.getByRole('link', { name: 'Write a letter' }).click();
  await expect(page.getByLabel('Salutation')).toHaveValue('Dear Dr. Ortiz,');
  const preview = page.getByRole('complementary', { name: 'Live preview of the letter' });
  await expect(preview.getByText('Minneapolis School of Massage', { exact: false }).first()).toBeVisible();
  const choice = page.getByLabel('Include a certificate');
  const option = (await choice.locator('option', { hasText: 'Get to know my work' }).textContent())!;
  await choice.selectOption({ label: option });
  await page.getByRole('button', { name: 'Send by email…' }).click();
  await page.getByRole('dialog', { name: 'Send this letter?' }).getByRole('button', { name: 'Send now' }).click();
  await expect(page.getByText('With certificate')).toBeVisible();
  await snap(page, '61-journey-letter-sent');

  // The contact keeps her stage (sending never moves anyone backwards) and the log has the letter.
  const contacts = (await (await page.request.get('/api/contacts?q=Ortiz')).json()) as {
    items: { id: string; stage: string }[];
  };
  expect(contacts.items[0]?.stage).toBe('met');
  const interactions = (await (
    await page.request.get(`/api/contacts/${contacts.items[0]!.id}/interactions`)
  ).json()) as { items: { channel: string; summary: string }[] };
  expect(interactions.items[0]?.channel).toBe('email');
  expect(interactions.items[0]?.summary).toContain('Letter of introduction');

  // 4. The certificate the recipient received: read its QR code from the PDF and open it.
  const letters = (await (await page.request.get(`/api/letters?contactId=${contacts.items[0]!.id}`)).json()) as {
    items: { certificateCode: string | null }[];
  };
  const code = letters.items[0]!.certificateCode!;
  const pdf = await page.request.get(`/api/certificates/${code}/pdf`);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  const printed = await readPdf(await pdf.body());
  expect(printed.text).toContain('Professional Offer Only — Non-Transferable');
  const qrLink = qrText(printed.images);
  expect(qrLink).toBe(`${baseURL}/verify/${code}`);
  const verify = await page.context().newPage();
  await verify.goto(qrLink!);
  await expect(verify.getByRole('status')).toHaveText('Valid');
  await expect(verify.getByText('Dr. Lena Ortiz', { exact: true })).toBeVisible();
  await snap(verify, '62-journey-verify-valid');

  // 5. Redeem it once, after confirming who she is.
  await page.goto('/app/redeem');
  await page.getByLabel('Certificate code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Look up' }).click();
  const found = page.getByRole('region', { name: 'Certificate' });
  await found
    .getByLabel('I have confirmed this person is Dr. Lena Ortiz (the certificate is non-transferable)')
    .check();
  await found.getByRole('button', { name: 'Redeem' }).click();
  await expect(found.getByRole('status').filter({ hasText: 'Redeemed' })).toBeVisible();
  const again = await page.request.post(`/api/certificates/${code}/redeem`, {
    headers: { origin: baseURL! },
    data: { identityConfirmed: true },
  });
  expect(again.status()).toBe(409);
  await verify.reload();
  await expect(verify.getByRole('status')).toHaveText('Already redeemed');
  await snap(verify, '63-journey-verify-redeemed');
  await verify.close();
});
