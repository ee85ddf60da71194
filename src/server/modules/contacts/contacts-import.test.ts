// Importing real-world exports (iPhone/iCloud and Android vCards, Google and Outlook CSVs, a CSV
// with mistakes): what the preview reads, duplicates, merging, refusing bad rows, all-or-nothing
// and once-only confirmation, limits, and privacy of import tokens.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, ContactList, ImportPreview, ImportResult } from '../../../contracts/contacts.ts';
import {
  confirmImport,
  fixture,
  importAll,
  previewOf,
  uploadContacts,
} from '../../../../test/support/contacts-files.ts';
import { asMember, signUp } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

type ErrorBody = { error: { code: string; message: string; details?: { field: string; message: string }[] } };

describeEachDatabase('contacts import', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app.cleanup());

  const member = async (name: string) =>
    (
      await signUp(
        app,
        name,
        `${name.toLowerCase().replace(/\W+/g, '.')}.${Math.random().toString(36).slice(2, 7)}@example.com`,
      )
    ).cookie;
  const contactsOf = async (cookie: string) =>
    (await app.inject({ url: '/api/contacts?pageSize=500', headers: { cookie } })).json<ContactList>();
  const byName = (list: ContactList | ImportPreview, name: string) =>
    ('items' in list ? list.items : list.rows.map((row) => row.contact)).find((c) => c.name === name) as Contact;
  const errorOf = (response: { json: <T>() => T }) => response.json<ErrorBody>().error;

  describe('vCard', () => {
    it('reads an iPhone/iCloud 3.0 file: several cards, folded lines joined, escapes decoded, photos skipped', async () => {
      const me = await member('Vera Vcard');
      const preview = await previewOf(app, me, 'iCloud vCards.vcf', fixture('iphone-icloud-3.0.vcf'));
      expect(preview).toMatchObject({ format: 'vcard', fileName: 'iCloud vCards.vcf', total: 3 });
      expect(preview.rows.every((row) => row.problems.length === 0 && row.duplicateOf === null)).toBe(true);
      expect(byName(preview, 'Dr. Chidi Okafor')).toMatchObject({
        profession: 'chiropractor',
        organisation: 'Riverside Spine & Wellness',
        email: 'chidi@riversidespine.example',
        phone: '(617) 555-0142', // the preferred number, not the first work one
        street: '220 Riverside Ave, Suite 4',
        city: 'Cambridge',
        region: 'MA',
        postalCode: '02139', // folded in the middle: "021" / " 39"
        country: 'US',
        tags: ['Referral partners', 'Cambridge'],
        notes:
          'Met at the Cambridge wellness fair in March. Refers post-adjustment clients for soft tissue work, mostly runners training for the marathon; prefers email before noon.',
      });
      expect(byName(preview, 'Zoë Lefèvre')).toMatchObject({
        profession: 'physiotherapist',
        organisation: 'Motion Lab Physiotherapy',
        phone: '+1 (617) 555-0177',
        email: 'zoe.lefevre@motionlab.example',
        city: 'Brookline',
      });
      expect(byName(preview, 'Priya Raman')).toMatchObject({
        profession: 'dentist',
        organisation: 'Harbor Dental Group',
        phone: '617.555.0123',
      });

      expect(
        await confirmImport(
          app,
          me,
          preview.token,
          preview.rows.map((row) => ({ index: row.index, action: 'import' })),
        ),
      ).toMatchObject({ statusCode: 200 });
      const list = await contactsOf(me);
      expect(list.items.map((c) => c.name)).toEqual(['Dr. Chidi Okafor', 'Priya Raman', 'Zoë Lefèvre']);
      expect(byName(list, 'Zoë Lefèvre').notes).toMatch(
        /^Zoë runs the Tuesday return-to-sport class — ask about co-hosting .* in the autumn\.$/,
      );
      // The photo's base64 ("/9j/…") is neither kept with the import nor stored with a contact.
      const stored = await app.database.db.execute(
        sql`select (select count(*) from contact_imports where rows::text like '%/9j/%')::int as imports, (select count(*) from contacts where notes like '%/9j/%' or tags::text like '%/9j/%')::int as contacts`,
      );
      expect(stored.rows[0]).toEqual({ imports: 0, contacts: 0 });
      expect(JSON.stringify(preview)).not.toContain('/9j/');
    });

    it('reads an Android 2.1 file: QUOTED-PRINTABLE in UTF-8 decoded, soft line breaks joined, N without FN', async () => {
      const me = await member('Andy Android');
      const preview = await previewOf(app, me, '00001.vcf', fixture('android-2.1.vcf'));
      expect(preview.total).toBe(3);
      expect(byName(preview, 'Jürgen Müller')).toMatchObject({
        profession: 'physiotherapist',
        organisation: 'Physiothérapie Nord',
        phone: '+1-416-555-0111', // TEL;WORK;PREF
        email: 'jurgen.muller@physio-nord.example',
        street: '123 Queen St W',
        city: 'Toronto',
        region: 'ON',
        postalCode: 'M5H 2M9',
        country: 'CA',
        notes:
          'Sees a lot of desk workers with neck pain.\nOpen to a lunch-and-learn in spring – bring the posture handout.',
      });
      expect(byName(preview, 'Sophie Tremblay')).toMatchObject({
        profession: 'naturopath',
        city: 'Montréal',
        email: 'sophie.t@naturo-plateau.example',
      });
      expect(byName(preview, 'Linh Nguyen')).toMatchObject({
        profession: 'other',
        phone: '(604) 555-0164',
        notes: 'Personal trainer at the community centre gym',
      });
      expect(JSON.stringify(preview)).not.toMatch(/=C3|\/9j\//);
    });
  });

  describe('CSV', () => {
    it('reads the older Google Contacts export', async () => {
      const preview = await previewOf(
        app,
        await member('Gina Google'),
        'google.csv',
        fixture('google-contacts-old.csv'),
      );
      expect(preview).toMatchObject({ format: 'csv', total: 3 });
      expect(byName(preview, 'Dana Whitfield')).toMatchObject({
        profession: 'chiropractor',
        organisation: 'Whitfield Family Chiropractic',
        email: 'dana@whitfieldchiro.example',
        phone: '978-555-0131', // the first of "978-555-0131 ::: 978-555-0132"
        street: '88 Merrimack St',
        city: 'Lowell',
        postalCode: '01852',
        country: 'US',
        tags: ['Chiropractors'], // Google's own "* myContacts" is not a tag
        notes: 'Sports chiro for the Lowell Spinners.\nSends 2-3 clients a month.',
      });
      expect(byName(preview, 'Rafael Ortiz')).toMatchObject({
        profession: 'lawyer',
        city: 'Chicago',
        country: 'US',
        tags: ['Lawyers'],
      });
      expect(byName(preview, 'Helen Park')).toMatchObject({ profession: 'physician', phone: '+1 847 555 0150' });
    });

    it('reads the newer Google Contacts export', async () => {
      const preview = await previewOf(
        app,
        await member('Gabe Google'),
        'contacts.csv',
        fixture('google-contacts-new.csv'),
      );
      expect(preview.total).toBe(3);
      expect(byName(preview, 'Amara Osei')).toMatchObject({
        profession: 'physiotherapist',
        organisation: 'Bayview Physical Therapy',
        email: 'amara@bayviewpt.example',
        city: 'San Francisco',
        region: 'CA',
        country: 'US',
        tags: ['Referral partners'],
      });
      expect(byName(preview, 'Tom J. Becker')).toMatchObject({
        profession: 'chamber-member',
        organisation: 'Mission District Chamber of Commerce',
      });
      expect(byName(preview, 'Grace Liu')).toMatchObject({ profession: 'other', phone: '+1 415 555 0102', email: '' });
    });

    it('reads an Outlook export in the Windows code page, with quoted multi-line fields', async () => {
      const preview = await previewOf(
        app,
        await member('Olive Outlook'),
        'outlook contacts.CSV',
        fixture('outlook.csv'),
      );
      expect(preview.total).toBe(3);
      expect(byName(preview, 'Dr. Renée Dubois')).toMatchObject({
        profession: 'dentist',
        organisation: 'Lakeside Dental Care',
        phone: '(802) 555-0133', // business before mobile
        email: 'renee@lakesidedental.example',
        street: '410 Lake Shore Dr, Unit 2', // business address, whole, not the home town
        city: 'Burlington',
        region: 'VT',
        postalCode: '05401',
        country: 'US',
        tags: ['Referral partners', 'Dentists'],
        notes: "TMJ patients — she'd like a therapist who does intraoral work.\nCall Tuesdays.",
      });
      expect(byName(preview, 'Marcus Bell Esq.')).toMatchObject({
        profession: 'lawyer',
        street: '12 Elm St',
        city: 'Montpelier',
        phone: '802-555-0145',
      });
      expect(byName(preview, 'Ines Carvalho')).toMatchObject({
        profession: 'massage-therapist',
        email: 'ines@gmmassage.example',
      });
    });
  });

  describe('problems, duplicates and merging', () => {
    let me: string;
    let existing: Contact;
    let preview: ImportPreview;
    beforeAll(async () => {
      me = await member('Bea Badrows');
      existing = (
        await app.inject({
          method: 'POST',
          url: '/api/contacts',
          headers: asMember(me),
          payload: {
            name: 'Dev Patel',
            profession: 'other',
            phone: '617 555 0104',
            tags: ['Neighbours'],
            notes: 'Lives next door.',
          },
        })
      ).json<Contact>();
      preview = await previewOf(app, me, 'my list.csv', fixture('bad-rows.csv'));
    });

    it('reports each bad row with the field that is wrong, and the duplicates', async () => {
      expect(preview.total).toBe(7);
      const problems = preview.rows.map((row) => row.problems.map((p) => p.field));
      expect(problems).toEqual([[], ['name'], ['email'], ['phone'], [], [], []]);
      expect(preview.rows[2]!.problems[0]!.message).toMatch(/email/);
      expect(preview.rows.map((row) => row.duplicateInFile)).toEqual([null, null, null, null, 0, null, null]); // same email, other case
      expect(preview.rows[5]!.duplicateOf).toEqual({ id: existing.id, name: 'Dev Patel' }); // same name and phone digits
      expect(preview.rows.filter((row) => row.duplicateOf).length).toBe(1);
    });

    it('refuses to import a row with problems, naming it, and imports nothing', async () => {
      const response = await confirmImport(app, me, preview.token, [
        { index: 0, action: 'import' },
        { index: 6, action: 'import' },
        { index: 2, action: 'import' },
      ]);
      expect(response.statusCode).toBe(400);
      expect(errorOf(response).details![0]!.field).toBe('rows[2]');
      expect(errorOf(response).message).toMatch(/email/);
      expect((await contactsOf(me)).total).toBe(1);
    });

    it('rolls back everything when a merge target disappeared after the preview, and can be confirmed again', async () => {
      const other = await member('Mo Midway');
      const target = (
        await app.inject({
          method: 'POST',
          url: '/api/contacts',
          headers: asMember(other),
          payload: { name: 'Ann Lee', profession: 'other', email: 'ann.lee@spinecare.example' },
        })
      ).json<Contact>();
      const midway = await previewOf(app, other, 'my list.csv', fixture('bad-rows.csv'));
      expect(midway.rows[0]!.duplicateOf).toEqual({ id: target.id, name: 'Ann Lee' });
      await app.inject({
        method: 'DELETE',
        url: `/api/contacts/${target.id}`,
        headers: { cookie: other, origin: 'http://localhost:3000' },
      });
      // Row 6 is inserted first, then the merge into the deleted contact fails: row 6 must not stay.
      const failed = await confirmImport(app, other, midway.token, [
        { index: 6, action: 'import' },
        { index: 0, action: 'merge' },
      ]);
      expect(failed.statusCode).toBe(400);
      expect(errorOf(failed).details![0]!.field).toBe('rows[1]');
      expect((await contactsOf(other)).total).toBe(0);
      const retried = await confirmImport(app, other, midway.token, [
        { index: 6, action: 'import' },
        { index: 0, action: 'import' },
      ]);
      expect(retried.json<ImportResult>()).toEqual({ imported: 2, merged: 0, skipped: 5 });
    });

    it('imports, merges and skips as asked, then refuses a second confirmation', async () => {
      const response = await confirmImport(app, me, preview.token, [
        { index: 0, action: 'import' },
        { index: 4, action: 'skip' },
        { index: 5, action: 'merge' },
        { index: 6, action: 'import' },
      ]);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json<ImportResult>()).toEqual({ imported: 2, merged: 1, skipped: 4 });
      const list = await contactsOf(me);
      expect(list.items.map((c) => c.name)).toEqual(['Ann Lee', 'Dev Patel', 'Eve Martin']);
      // Blanks filled, tags kept, notes appended; the member's own values untouched.
      expect(byName(list, 'Dev Patel')).toMatchObject({
        id: existing.id,
        email: 'dev@patelmd.example',
        phone: '617 555 0104',
        profession: 'physician',
        tags: ['Neighbours'],
        notes: 'Lives next door.\n\nLine one\nline two of a multi-line note',
      });
      expect(byName(list, 'Ann Lee')).toMatchObject({
        profession: 'chiropractor',
        organisation: 'Spine Care Chiropractic',
        notes: 'First row, all good',
      });

      const again = await confirmImport(app, me, preview.token, [{ index: 6, action: 'import' }]);
      expect(again.statusCode).toBe(409);
      expect((await contactsOf(me)).total).toBe(3);
    });

    it('applies an import once when two confirmations race', async () => {
      const racer = await member('Rae Racer');
      const raced = await previewOf(app, racer, 'google.csv', fixture('google-contacts-new.csv'));
      const all = raced.rows.map((row) => ({ index: row.index, action: 'import' as const }));
      const answers = await Promise.all(Array.from({ length: 5 }, () => confirmImport(app, racer, raced.token, all)));
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409, 409, 409, 409]);
      expect((await contactsOf(racer)).total).toBe(3);
    });

    it('refuses a merge for a row that duplicates nothing, a row twice and an unknown row', async () => {
      const fresh = await previewOf(app, me, 'again.csv', fixture('google-contacts-new.csv'));
      for (const rows of [
        [{ index: 0, action: 'merge' as const }],
        [
          { index: 1, action: 'import' as const },
          { index: 1, action: 'skip' as const },
        ],
        [{ index: 99, action: 'import' as const }],
      ]) {
        const response = await confirmImport(app, me, fresh.token, rows);
        expect(response.statusCode).toBe(400);
        expect(errorOf(response).details![0]!.field).toMatch(/^rows\[\d\]$/);
      }
      const badAction = await confirmImport(app, me, fresh.token, [{ index: 0, action: 'explode' as 'skip' }]);
      expect(badAction.statusCode).toBe(400);
      expect(errorOf(badAction).details![0]!.field).toBe('rows.0.action');
    });
  });

  describe('files and tokens', () => {
    it('refuses an empty file, a binary file, text that is no contacts file, a broken CSV and one over 5 MB, naming "file"', async () => {
      const me = await member('Fred Files');
      const png = Buffer.from(
        '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b40000000049454e44ae426082',
        'hex',
      );
      const huge = Buffer.concat([Buffer.from('Name,Notes\r\n'), Buffer.alloc(5 * 1024 * 1024, 'a')]);
      const cases: [string, Buffer, RegExp][] = [
        ['empty.csv', Buffer.alloc(0), /empty/],
        ['photo.vcf', png, /text/],
        ['notes.csv', Buffer.from('hello, world\nthis is not a contacts export\n'), /header row/],
        ['broken.csv', Buffer.from('Name,Email\n"Ann Lee,ann@example.com\n'), /CSV/],
        ['huge.csv', huge, /5 MB/],
        ['cards.vcf', Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n'), /name/],
      ];
      for (const [name, bytes, message] of cases.slice(0, 5)) {
        const response = await uploadContacts(app, me, name, bytes);
        expect(response.statusCode, `${name}: ${response.body}`).toBe(400);
        expect(errorOf(response).details![0]!.field).toBe('file');
        expect(errorOf(response).message, name).toMatch(message);
      }
      // A card without a name is a row problem, not a file problem.
      const nameless = await previewOf(app, me, 'cards.vcf', cases[5]![1]);
      expect(nameless.rows[0]!.problems.map((p) => p.field)).toEqual(['name']);
      const notMultipart = await app.inject({
        method: 'POST',
        url: '/api/contacts/import',
        headers: asMember(me),
        payload: { file: 'x' },
      });
      expect(notMultipart.statusCode).toBe(400);
      expect(errorOf(notMultipart).details![0]!.field).toBe('file');
    });

    it('detects the format by content, not by the file name', async () => {
      const me = await member('Nina Names');
      expect((await previewOf(app, me, 'contacts.csv', fixture('android-2.1.vcf'))).format).toBe('vcard');
      expect((await previewOf(app, me, 'export.txt', fixture('outlook.csv'))).format).toBe('csv');
    });

    it("answers 404 to another member's token and leaves the import usable by its owner", async () => {
      const owner = await member('Tina Token');
      const stranger = await member('Sam Stranger');
      const preview = await previewOf(app, owner, 'google.csv', fixture('google-contacts-old.csv'));
      const stolen = await confirmImport(app, stranger, preview.token, [{ index: 0, action: 'import' }]);
      expect(stolen.statusCode).toBe(404);
      expect((await contactsOf(stranger)).total).toBe(0);
      expect((await confirmImport(app, owner, preview.token, [{ index: 0, action: 'import' }])).statusCode).toBe(200);
      expect((await confirmImport(app, owner, '00000000-0000-4000-8000-000000000000', [])).statusCode).toBe(404);
    });

    it('lets a token expire after an hour', async () => {
      const me = await member('Ed Expired');
      const preview = await previewOf(app, me, 'google.csv', fixture('google-contacts-old.csv'));
      await app.database.db.execute(
        sql`update contact_imports set created_at = now() - interval '61 minutes' where id = ${preview.token}`,
      );
      const response = await confirmImport(app, me, preview.token, [{ index: 0, action: 'import' }]);
      expect(response.statusCode).toBe(404);
      expect(errorOf(response).message).toMatch(/expired/);
    });

    it('imports thousands of rows in one confirmation', async () => {
      const me = await member('Lara Large');
      const lines = ['First Name,Last Name,Company,E-mail Address,Business Phone'];
      for (let i = 0; i < 2500; i++)
        lines.push(
          `Person,Number${i},Clinic ${i % 40} Chiropractic,person${i}@bulk.example,617-555-${String(i).padStart(4, '0')}`,
        );
      expect(await importAll(app, me, 'bulk.csv', Buffer.from(lines.join('\r\n')))).toEqual({
        imported: 2500,
        merged: 0,
        skipped: 0,
      });
      const list = await contactsOf(me);
      expect(list.total).toBe(2500);
      expect(list.byProfession).toEqual({ chiropractor: 2500 });
      // A second upload of the same file finds every row on the list already.
      const again = await previewOf(app, me, 'bulk.csv', Buffer.from(lines.join('\r\n')));
      expect(again.rows.every((row) => row.duplicateOf !== null)).toBe(true);
    });
  });
});
