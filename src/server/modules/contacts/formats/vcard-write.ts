// Our vCard export: version 4.0 (RFC 6350), one card per contact, text escaped (\\ \n \, \;) and
// lines folded at 75 octets without splitting a UTF-8 character. Our own fields ride along as
// X-KNEADWORK-* properties, which other address books keep and ignore.
import type { Contact } from '../../../../contracts/contacts.ts';
import { professions } from '../../../../contracts/taxonomy.ts';
import { nameParts } from '../../../lib/person-name.ts';
import type { ExportedContact } from './exported-contact.ts';

type Exported = ExportedContact & Pick<Contact, 'id' | 'updatedAt'>;

export const escapeText = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');

/** Folds one content line into CRLF-separated pieces of at most 75 octets (continuations start with a space). */
export function foldLine(line: string) {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > 75) {
      pieces.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n');
}

// A contact has one name; N wants family and given apart, without titles or credentials (FN keeps
// the name as written).
function structuredName(name: string) {
  const { last, full } = nameParts(name);
  const given = full === last ? '' : full.slice(0, full.length - last.length).trim();
  return `${escapeText(given ? last : full)};${escapeText(given)};;;`;
}

function card(c: Exported) {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `UID:urn:uuid:${c.id}`,
    `FN:${escapeText(c.name)}`,
    `N:${structuredName(c.name)}`,
  ];
  if (c.organisation) lines.push(`ORG:${escapeText(c.organisation)}`);
  if (c.profession !== 'other') lines.push(`TITLE:${escapeText(professions[c.profession])}`);
  if (c.phone) lines.push(`TEL;TYPE=work,voice:${escapeText(c.phone)}`);
  if (c.email) lines.push(`EMAIL;TYPE=work:${escapeText(c.email)}`);
  if (c.street || c.city || c.region || c.postalCode || c.country) {
    lines.push(`ADR;TYPE=work:;;${[c.street, c.city, c.region, c.postalCode, c.country].map(escapeText).join(';')}`);
  }
  if (c.notes) lines.push(`NOTE:${escapeText(c.notes)}`);
  if (c.tags.length > 0) lines.push(`CATEGORIES:${c.tags.map(escapeText).join(',')}`);
  lines.push(`X-KNEADWORK-PROFESSION:${c.profession}`, `X-KNEADWORK-STAGE:${c.stage}`);
  if (c.howWeMet) lines.push(`X-KNEADWORK-HOW-WE-MET:${escapeText(c.howWeMet)}`);
  if (c.followUpOn) lines.push(`X-KNEADWORK-FOLLOW-UP:${c.followUpOn}`);
  if (c.followUpNote) lines.push(`X-KNEADWORK-FOLLOW-UP-NOTE:${escapeText(c.followUpNote)}`);
  lines.push(`REV:${c.updatedAt.replace(/[-:]/g, '').replace(/\.\d+/, '')}`, 'END:VCARD');
  return lines.map(foldLine).join('\r\n');
}

export const contactsToVcard = (contacts: Exported[]) =>
  contacts.length ? `${contacts.map(card).join('\r\n')}\r\n` : '';
