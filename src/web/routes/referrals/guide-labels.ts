// Words and colours for the scope guide's urgency and massage advice, shared by the helper and the
// referral screens.
import type { MassageAdvice, Urgency } from '../../../contracts/scope-guide.ts';
import { professions, specialties } from '../../../contracts/taxonomy.ts';

export const urgencyLooks: Record<Urgency, { label: string; color: string }> = {
  routine: { label: 'Routine', color: 'gray' },
  soon: { label: 'Soon', color: 'orange' },
  urgent: { label: 'Urgent', color: 'red' },
};

export const massageLooks: Record<MassageAdvice, { label: string; color: string }> = {
  ok: { label: 'Massage is fine', color: 'sage' },
  modify: { label: 'Massage with changes', color: 'yellow' },
  'do-not-massage': { label: 'Do not massage', color: 'red' },
};

export const professionName = (key: string) => (professions as Record<string, string>)[key] ?? key;
export const specialtyName = (key: string) => (specialties as Record<string, string>)[key] ?? key;
