// Export to CSV and vCard 4.0, and the round trip: what is exported imports back as the same
// contacts, accents, commas, quotes, line breaks and formula-looking values included.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Contact, ContactList } from '../../../contracts/contacts.ts';
import { importAll, previewOf } from '../../../../test/support/contacts-files.ts';
import { asMember, signUp } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const people = [
  {
    name: 'Zoë Lefèvre-Ødegård',
    profession: 'physiotherapist',
    organisation: 'Motion Lab, "Sports" & Spine; Brookline',
    phone: '+1 (617) 555-0177',
    email: 'zoe@motionlab.example',
    street: '45 Harvard St, Suite 2',
    city: 'Brookline',
    region: 'MA',
    postalCode: '02445',
    country: 'US',
    howWeMet: 'Running club; Tuesdays',
    tags: ['runners', 'Back Bay, Boston'],
    notes:
      'Line one, with a comma; and a semicolon.\nLine two with a backslash \\ and "quotes".\n\nA long paragraph that goes on well past seventy-five octets so that the vCard line has to be folded — ünïcödé included.',
    stage: 'met',
    followUpOn: '2030-04-02',
    followUpNote: 'Send the workshop dates',
  },
  {
    name: '=HYPERLINK("http://evil.example","click")',
    profession: 'other',
    organisation: '@risk',
    phone: '',
    email: '',
    street: '',
    city: '',
    region: '',
    postalCode: '',
    country: '',
    howWeMet: '-5 cm',
    tags: [],
    notes: '',
    stage: 'not-now',
    followUpOn: null,
    followUpNote: '',
  },
  {
    name: 'Dr. Chidi Okafor',
    profession: 'chiropractor',
    organisation: '',
    phone: '+44 20 7946 0958',
    email: 'chidi@spine.example',
    street: '',
    city: 'Toronto',
    region: 'ON',
    postalCode: 'M5H 2M9',
    country: 'CA',
    howWeMet: '',
    tags: ['tmj'],
    notes: 'Met at the clinic,\nand a "quote" on the second line',
    stage: 'allied',
    followUpOn: null,
    followUpNote: '',
  },
];
type Person = (typeof people)[number];
const fields = (c: Person | Contact) => ({
  ...Object.fromEntries(Object.keys(people[0]!).map((key) => [key, c[key as keyof typeof c]])),
});

describeEachDatabase('contacts export', (kind) => {
  let app: TestApp;
  let owner: string;
  beforeAll(async () => {
    app = await createTestApp(kind);
    owner = (await signUp(app, 'Exa Porter')).cookie;
    for (const person of people) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/contacts',
        headers: asMember(owner),
        payload: person,
      });
      expect(response.statusCode, response.body).toBe(201);
    }
  });
  afterAll(() => app.cleanup());

  const download = async (format: string, cookie = owner) =>
    app.inject({ url: `/api/contacts/export?format=${format}`, headers: { cookie } });
  const listOf = async (cookie: string) =>
    (await app.inject({ url: '/api/contacts', headers: { cookie } })).json<ContactList>().items;
  const sorted = (list: (Person | Contact)[]) =>
    list.map(fields).sort((a, b) => String(a.name).localeCompare(String(b.name)));

  it('downloads a CSV attachment with our headers, and formula-looking cells defused', async () => {
    const response = await download('csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="kneadwork-contacts-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = response.body;
    expect(
      text.startsWith(
        '\uFEFFName,Profession,Profession Label,Organisation,Phone,Email,Street,City,Region,Postal Code,Country,How We Met,Tags,Notes,Stage,Stage Label,Follow-up On,Follow-up Note\r\n',
      ),
    ).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain("'@risk");
    expect(text).toContain("'-5 cm");
  });

  // Issue 8 item 7: a note's line break once came out unquoted, and spreadsheets read an extra row.
  it('reads back with a strict CSV parser: one record per contact, every cell intact, labels beside keys', async () => {
    const text = (await download('csv')).body;
    const records = parse<Record<string, string>>(text, {
      bom: true,
      columns: true,
      relax_quotes: false,
      relax_column_count: false,
      skip_empty_lines: false,
    });
    expect(records).toHaveLength(people.length);
    const zoe = records.find((record) => record.Name === people[0]!.name)!;
    expect(zoe).toMatchObject({
      Organisation: people[0]!.organisation,
      Notes: people[0]!.notes,
      Profession: 'physiotherapist',
      'Profession Label': 'Physiotherapist',
      Stage: 'met',
      'Stage Label': 'Met',
      // A phone number is not a formula: written as typed, no apostrophe.
      Phone: '+1 (617) 555-0177',
    });
    const okafor = records.find((record) => record.Name === 'Dr. Chidi Okafor')!;
    expect(okafor).toMatchObject({
      Phone: '+44 20 7946 0958',
      Notes: 'Met at the clinic,\nand a "quote" on the second line',
      'Stage Label': 'Allied',
    });
    const formula = records.find((record) => record.Name?.includes('HYPERLINK'))!;
    expect(formula.Name).toBe(`'${people[1]!.name}`);
    expect(formula['Stage Label']).toBe('Not now');
    // Every raw line break in the file is inside a quoted cell: outside quotes there are only CRLFs.
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.split('\r\n').every((line) => !/[\r\n]/.test(line))).toBe(true);
  });

  it('round-trips through CSV: the same contacts come back', async () => {
    const csv = (await download('csv')).rawPayload;
    const other = (await signUp(app, 'Csv Receiver')).cookie;
    const preview = await previewOf(app, other, 'export.csv', csv);
    expect(preview.rows.every((row) => row.problems.length === 0)).toBe(true);
    expect(await importAll(app, other, 'export.csv', csv)).toEqual({ imported: 3, merged: 0, skipped: 0 });
    expect(sorted(await listOf(other))).toEqual(sorted(people));
  });

  it('downloads vCard 4.0, escaped and folded at 75 octets', async () => {
    const response = await download('vcf');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/filename="kneadwork-contacts-\d{4}-\d{2}-\d{2}\.vcf"/);
    const text = response.body;
    expect(text.match(/BEGIN:VCARD\r\nVERSION:4\.0\r\n/g)).toHaveLength(3);
    const lines = text.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('ORG:Motion Lab\\, "Sports" & Spine\\; Brookline');
    expect(unfolded).toContain(
      'NOTE:Line one\\, with a comma\\; and a semicolon.\\nLine two with a backslash \\\\ and "quotes".\\n\\nA long',
    );
    expect(unfolded).toContain('CATEGORIES:runners,Back Bay\\, Boston');
    expect(unfolded).toContain('ADR;TYPE=work:;;45 Harvard St\\, Suite 2;Brookline;MA;02445;US');
    expect(unfolded).toContain('TITLE:Physiotherapist');
    // N is the family name and given name, without the title the contact's name carries (FN keeps it).
    expect(unfolded).toContain('FN:Dr. Chidi Okafor\r\nN:Okafor;Chidi;;;');
    // No character is cut in half by a fold: every line is valid UTF-8 on its own.
    expect(lines.every((line) => !Buffer.from(line, 'utf8').toString('utf8').includes('\uFFFD'))).toBe(true);
  });

  it('round-trips through vCard: the same contacts come back', async () => {
    const vcf = (await download('vcf')).rawPayload;
    const other = (await signUp(app, 'Vcf Receiver')).cookie;
    expect(await importAll(app, other, 'export.vcf', vcf)).toEqual({ imported: 3, merged: 0, skipped: 0 });
    expect(sorted(await listOf(other))).toEqual(sorted(people));
  });

  it("exports only the caller's contacts, and refuses an unknown format", async () => {
    const stranger = (await signUp(app, 'Empty Handed')).cookie;
    const csv = (await download('csv', stranger)).body;
    expect(csv.trim().split('\r\n')).toHaveLength(1);
    expect((await download('vcf', stranger)).body).toBe('');
    const bad = await download('xlsx');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('format');
  });
});
