// The shared packet of a referral in words: one labelling for every place that shows it — the
// referral page in the app, the emailed /r/ page and the referral letter PDF — so none of them
// ever prints the stored JSON.
import { shareScopes } from './share-scopes.ts';

// The fields the packet holds (clients' packetFor); anything newer is labelled from its key.
const fieldLabels: Record<string, string> = {
  name: 'Name',
  dateOfBirth: 'Date of birth',
  email: 'Email',
  phone: 'Phone',
  notes: 'Relevant history and notes',
};

const labelOf = (key: string) => {
  if (fieldLabels[key]) return fieldLabels[key];
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Any JSON value as text a person can read. */
function readable(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(readable).join(', ');
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([key, inner]) => `${labelOf(key)}: ${readable(inner)}`)
      .join('; ');
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '—';
}

export type PacketRow = { label: string; value: string };

/** One row per shared detail: a part such as "identity" opens into its fields; the list of parts is not a row. */
export function packetRows(data: Record<string, unknown> | null): PacketRow[] {
  if (!data) return [];
  return Object.entries(data)
    .filter(([key]) => key !== 'shared')
    .flatMap(([key, value]): PacketRow[] =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).map(([inner, innerValue]) => ({ label: labelOf(inner), value: readable(innerValue) }))
        : [{ label: labelOf(key), value: readable(value) }],
    );
}

/** "Parts shared: the reason for the referral; name, date of birth and contact details." */
export function sharedPartsSentence(share: readonly string[]): string {
  const parts = share.map((part) => {
    const label = (shareScopes as Record<string, string>)[part] ?? part;
    return label.charAt(0).toLowerCase() + label.slice(1);
  });
  return `Parts shared: ${parts.length === 0 ? 'none beyond the reasons' : parts.join('; ')}.`;
}
