// vCard files (2.1, 3.0, 4.0; any number of cards) → RawContacts. Photos, logos, sounds and keys
// are skipped without being decoded: they are never stored. Apple's grouped properties
// ("item1.TEL") count like ungrouped ones.
import { emptyRaw, type RawContact } from './imported-contact.ts';
import { parseLine, splitValue, unescapeText, unfold, valueText, type VcardProperty } from './vcard-lines.ts';

const binary = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);

export const looksLikeVcard = (text: string) => /^\s*BEGIN:VCARD\s*$/im.test(text.slice(0, 4096));

function typesOf(property: VcardProperty) {
  const types = new Set((property.params.get('TYPE') ?? []).map((type) => type.toLowerCase()));
  if (property.params.has('PREF')) types.add('pref');
  return types;
}

// Lower ranks win: the preferred number, then work, then mobile; fax numbers last.
function telRank(types: Set<string>) {
  if (types.has('fax')) return 9;
  if (types.has('pref')) return 0;
  if (types.has('work') || types.has('main')) return 1;
  if (types.has('cell') || types.has('mobile') || types.has('iphone')) return 2;
  if (types.has('home')) return 3;
  return 4;
}
const placeRank = (types: Set<string>) => (types.has('pref') ? 0 : types.has('work') ? 1 : types.has('home') ? 3 : 2);

type Ranked = { rank: number; order: number; value: string };
const best = (items: Ranked[]) => items.sort((a, b) => a.rank - b.rank || a.order - b.order).map((item) => item.value);

function cardToRaw(properties: VcardProperty[]): RawContact {
  const raw = emptyRaw();
  const phones: Ranked[] = [];
  const emails: Ranked[] = [];
  const addresses: (Ranked & { parts: string[] })[] = [];
  const notes: string[] = [];
  const set = (
    field: 'fullName' | 'title' | 'profession' | 'stage' | 'howWeMet' | 'followUpOn' | 'followUpNote',
    value: string,
  ) => {
    if (!raw[field]) raw[field] = value.trim();
  };
  properties.forEach((property, order) => {
    if (binary.has(property.name)) return;
    const value = valueText(property);
    const types = typesOf(property);
    switch (property.name) {
      case 'FN':
        return set('fullName', unescapeText(value));
      case 'N': {
        const [family = '', given = '', middle = '', prefix = '', suffix = ''] = splitValue(value, ';').map((part) =>
          part.replace(/,/g, ' ').trim(),
        );
        Object.assign(raw, { family, given, middle, prefix, suffix });
        return;
      }
      case 'ORG':
        if (!raw.organisation) raw.organisation = splitValue(value, ';')[0]!.trim();
        return;
      case 'TITLE':
      case 'ROLE':
        return set('title', unescapeText(value));
      case 'TEL':
        phones.push({
          rank: telRank(types),
          order,
          value: unescapeText(value)
            .replace(/^tel:/i, '')
            .replace(/;ext=.*$/i, ''),
        });
        return;
      case 'EMAIL':
        emails.push({
          rank: types.has('pref') ? 0 : types.has('work') ? 1 : 2,
          order,
          value: unescapeText(value).replace(/^mailto:/i, ''),
        });
        return;
      case 'ADR':
        addresses.push({ rank: placeRank(types), order, value: '', parts: splitValue(value, ';') });
        return;
      case 'NOTE':
        notes.push(unescapeText(value));
        return;
      case 'CATEGORIES':
        raw.tags.push(...splitValue(value, ','));
        return;
      case 'X-KNEADWORK-PROFESSION':
        return set('profession', unescapeText(value));
      case 'X-KNEADWORK-STAGE':
        return set('stage', unescapeText(value));
      case 'X-KNEADWORK-HOW-WE-MET':
        return set('howWeMet', unescapeText(value));
      case 'X-KNEADWORK-FOLLOW-UP':
        return set('followUpOn', unescapeText(value));
      case 'X-KNEADWORK-FOLLOW-UP-NOTE':
        return set('followUpNote', unescapeText(value));
      default:
        return;
    }
  });
  raw.phones = best(phones);
  raw.emails = best(emails);
  const address = addresses.sort((a, b) => a.rank - b.rank || a.order - b.order)[0]?.parts;
  if (address) {
    const [poBox = '', extended = '', street = '', city = '', region = '', postalCode = '', country = ''] = address;
    Object.assign(raw, {
      street: [street, extended, poBox].filter((part) => part.trim()).join('\n'),
      city,
      region,
      postalCode,
      country,
    });
  }
  raw.notes = notes.filter((note) => note.trim()).join('\n\n');
  return raw;
}

/** Every card in the file, in order. Lines outside BEGIN/END and cards nested in a card (2.1 AGENT) are ignored. */
export function readVcards(text: string): RawContact[] {
  const cards: RawContact[] = [];
  let current: VcardProperty[] | null = null;
  let depth = 0;
  for (const line of unfold(text)) {
    const property = parseLine(line);
    if (!property) continue;
    const marker = `${property.name}:${property.raw.trim().toUpperCase()}`;
    if (marker === 'BEGIN:VCARD') {
      if (depth++ === 0) current = [];
    } else if (marker === 'END:VCARD') {
      if (--depth === 0 && current) cards.push(cardToRaw(current));
      depth = Math.max(depth, 0);
    } else if (current && depth === 1) current.push(property);
  }
  return cards;
}
