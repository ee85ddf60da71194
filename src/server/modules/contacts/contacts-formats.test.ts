// The file formats on their own (no database): the vCard lines our parser must survive, CSV
// delimiters and encodings, profession guessing, and the writers' escaping and folding.
import { describe, expect, it } from 'vitest';
import { readCsv } from './formats/csv-read.ts';
import { toImportedContact } from './formats/imported-contact.ts';
import { guessProfession } from './formats/profession-guess.ts';
import { decodeUpload } from './formats/text-decoding.ts';
import { readVcards } from './formats/vcard-read.ts';
import { foldLine } from './formats/vcard-write.ts';

const vcard = (text: string) => readVcards(text).map(toImportedContact);

describe('vCard reading', () => {
  it('reads LF-only files, tab-folded lines and vCard 4.0 tel: and mailto: values with PREF=1', () => {
    const [card] = vcard(
      'BEGIN:VCARD\nVERSION:4.0\nFN:Ann\n\tLee\nTEL;VALUE=uri;TYPE="work,voice":tel:+1-617-555-0100;ext=12\nTEL;VALUE=uri;PREF=1;TYPE=cell:tel:+1-617-555-0199\nEMAIL:mailto:ann@example.com\nEND:VCARD\n',
    );
    expect(card).toMatchObject({ name: 'AnnLee', phone: '+1-617-555-0199', email: 'ann@example.com' });
  });

  it('keeps ":" and ";" inside quoted parameter values out of the value', () => {
    const [card] = vcard(
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bo Ng\r\nADR;LABEL="12 Main St; Unit 3: rear":;;12 Main St;Salem;MA;01970;USA\r\nEND:VCARD\r\n',
    );
    expect(card).toMatchObject({ street: '12 Main St', city: 'Salem', postalCode: '01970', country: 'US' });
  });

  it('ignores a card nested in a card (vCard 2.1 AGENT) and text outside cards', () => {
    const cards = vcard(
      'junk before\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN:Lee;Ann\r\nAGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN:Assistant;Al\r\nEND:VCARD\r\nTEL:555-0100\r\nEND:VCARD\r\n',
    );
    expect(cards.map((card) => [card.name, card.phone])).toEqual([['Ann Lee', '555-0100']]);
  });

  it('decodes QUOTED-PRINTABLE in the named CHARSET and falls back to the organisation for a name', () => {
    const [card] = vcard(
      'BEGIN:VCARD\r\nVERSION:2.1\r\nORG;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Caf=E9 Sant=E9\r\nEND:VCARD\r\n',
    );
    expect(card).toMatchObject({ name: 'Café Santé', organisation: 'Café Santé' });
  });
});

describe('CSV reading', () => {
  it('reads tab-separated exports and UTF-16 ("Unicode") Outlook files', () => {
    const tsv = 'First Name\tLast Name\tE-mail Address\r\nAnn\tLee\tann@example.com\r\n';
    expect(readCsv(tsv).map(toImportedContact)[0]).toMatchObject({ name: 'Ann Lee', email: 'ann@example.com' });
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"First Name","Company"\r\n"Renée","Café"\r\n', 'utf16le'),
    ]);
    expect(readCsv(decodeUpload(utf16)!).map(toImportedContact)[0]).toMatchObject({
      name: 'Renée',
      organisation: 'Café',
    });
  });

  it('takes an address whole from its first non-empty group, and a country from the postal code', () => {
    const csv = 'Name,Business City,Home Street,Home City,Home Postal Code\r\nAnn Lee,,9 Elm St,Toronto,M5H 2M9\r\n';
    expect(readCsv(csv).map(toImportedContact)[0]).toMatchObject({
      street: '9 Elm St',
      city: 'Toronto',
      postalCode: 'M5H 2M9',
      country: 'CA',
    });
  });
});

describe('profession guessing', () => {
  it.each([
    [['Doctor of Chiropractic'], 'chiropractor'],
    [['', 'DC'], 'chiropractor'],
    [['Owner', '', 'Capitol Law Group, Washington D.C.'], 'lawyer'],
    [['PT, DPT'], 'physiotherapist'],
    [['Registered Massage Therapist'], 'massage-therapist'],
    [['', 'LMT'], 'massage-therapist'],
    [['Family physician'], 'physician'],
    [['', 'MD'], 'physician'],
    [['', 'DDS'], 'dentist'],
    [['Attorney at Law'], 'lawyer'],
    [['Membership director', '', 'Chamber of Commerce'], 'chamber-member'],
    [['Acupuncturist'], 'acupuncturist'],
    [['Massage therapist'], 'massage-therapist'],
    [['Receptionist', '', 'apt 4 Washington dc'], 'other'],
    [['Yoga teacher'], 'other'],
  ])('%j → %s', (texts, profession) => {
    expect(guessProfession(texts)).toBe(profession);
  });
});

describe('vCard folding', () => {
  it('folds at 75 octets without splitting a character, and unfolds to the same line', () => {
    const line = `NOTE:${'é'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(2);
    expect(folded.every((piece) => Buffer.byteLength(piece) <= 75)).toBe(true);
    expect(folded.join('\r\n').replace(/\r\n /g, '')).toBe(line);
  });
});
