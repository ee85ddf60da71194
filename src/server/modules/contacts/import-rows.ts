// An import's preview rows: each contact checked against the same rules as the contact form
// (problems name the field), and matched against the member's contacts and the file's earlier
// rows. The same person is the same email (any case), or the same name and phone digits.
import { contactCreateSchema, type ImportedContact, type ImportRow } from '../../../contracts/contacts.ts';

export type Identity = { id: string; name: string; email: string; phone: string };

/** Phone digits for comparison; a North American number's leading country code 1 is dropped. */
export function phoneDigits(phone: string) {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

function keysOf(person: { name: string; email: string; phone: string }) {
  const keys: string[] = [];
  const email = person.email.trim().toLowerCase();
  if (email) keys.push(`email:${email}`);
  const digits = phoneDigits(person.phone);
  const name = person.name.trim().toLowerCase().replace(/\s+/g, ' ');
  if (name && digits.length >= 7) keys.push(`name+phone:${name}|${digits}`);
  return keys;
}

function validate(contact: ImportedContact): Pick<ImportRow, 'contact' | 'problems'> {
  const parsed = contactCreateSchema.safeParse(contact);
  if (parsed.success) return { contact: { ...contact, ...parsed.data }, problems: [] };
  const problems = parsed.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || 'row',
    message: issue.message,
  }));
  return { contact, problems };
}

export function previewRows(contacts: ImportedContact[], existing: Identity[]): ImportRow[] {
  const known = new Map<string, { id: string; name: string }>();
  for (const person of existing)
    for (const key of keysOf(person)) if (!known.has(key)) known.set(key, { id: person.id, name: person.name });
  const seen = new Map<string, number>();
  return contacts.map((contact, index) => {
    const keys = keysOf(contact);
    const duplicateOf = keys.map((key) => known.get(key)).find(Boolean) ?? null;
    const duplicateInFile = keys.map((key) => seen.get(key)).find((found) => found !== undefined) ?? null;
    for (const key of keys) if (!seen.has(key)) seen.set(key, index);
    return { index, ...validate(contact), duplicateOf, duplicateInFile };
  });
}
