// The words a person reads for an API field, kept beside the contracts so every 400 and every form
// names a field the same way ("Appointment time is required", never "appointmentAt: Required").
// Most names read well once their camelCase is split; the list below holds the ones that do not.

const named: Record<string, string> = {
  appointmentAt: 'Appointment time',
  redirectToCover: 'Covering colleague',
  toMemberSlug: 'Recipient',
  toContactId: 'Recipient contact',
  memberSlug: 'Member',
  memberSlugs: 'Members',
  coverSlugs: 'Covering colleagues',
  suggestedMember: 'Suggested member',
  linkedMember: 'Linked member',
  iOweThem: 'I owe them',
  whatIDid: 'What I did',
  reasonClinical: 'Clinical reason',
  reasonPlain: 'Reason in plain words',
  plainReason: 'Reason in plain words',
  followUpOn: 'Follow-up date',
  occurredAt: 'Date',
  followUp: 'Follow-up',
  followUpNote: 'Follow-up note',
  logoUrl: 'Logo',
  photoUrl: 'Photo',
  pdfUrl: 'PDF',
  verifyUrl: 'Verification link',
  redirectTo: 'Redirect address',
  callbackURL: 'Return address',
  newPassword: 'New password',
  currentPassword: 'Current password',
  name: 'Name',
  q: 'Search',
  id: 'Record',
  slug: 'Page address',
  to: 'New status',
  pageSize: 'Page size',
  distanceKm: 'Distance (km)',
  '(body)': 'The request',
  querystring: 'The address',
  params: 'The address',
  body: 'The request',
  file: 'File',
  specialtiesOther: 'Other specialties',
  modalitiesOther: 'Other modalities',
  associationsOther: 'Other associations',
};

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
const upperWords: Record<string, string> = { url: 'URL', pdf: 'PDF', km: 'km', id: 'ID' };

/** "redirectToCover" → "Redirect to cover"; "startsAt" → "Starts time"-style suffixes read as "time"/"date". */
function wordsOf(key: string): string {
  const known = named[key];
  if (known) return known;
  const base = key.replace(/Slug$/, '').replace(/Id$/, '').replace(/At$/, 'Time').replace(/On$/, 'Date');
  const words = (base || key)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word) => upperWords[word] ?? word);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The label for a field path as the server names it ("give.minutes", "credentials.0.number",
 * "appointmentAt"): each named part in words, an array position as "(item n)".
 */
export function fieldLabel(path: string): string {
  const parts = path.split('.').filter(Boolean);
  if (parts.length === 0) return named['(body)']!;
  const words: string[] = [];
  for (const part of parts) {
    if (/^\d+$/.test(part)) words.push(`(item ${Number(part) + 1})`);
    else words.push(words.length === 0 ? wordsOf(part) : lowerFirst(wordsOf(part)));
  }
  return words.join(' ');
}

/** A problem as a sentence with its subject: "Appointment time is required". */
export function withSubject(path: string, message: string): string {
  const label = fieldLabel(path);
  if (message.toLowerCase().startsWith(label.toLowerCase())) return message;
  // Our own messages are predicates ("must be a date"); anything else gets a colon.
  return /^[a-z]/.test(message) ? `${label} ${message}` : `${label}: ${message}`;
}

/** The message without its subject, for a page that prints its own label beside it. */
export function withoutSubject(path: string, message: string): string {
  const label = fieldLabel(path);
  if (!message.toLowerCase().startsWith(label.toLowerCase())) return message;
  return message.slice(label.length).replace(/^:?\s+/, '');
}
