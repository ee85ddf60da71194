// Rows to responses and inputs to rows. Sealing and opening go through sealed-text.ts, which
// decides whether a read is logged; these functions only say which columns hold what.
import type {
  Client,
  ClientCreate,
  Consent,
  ConsentMethod,
  ShareScope,
  SharedWith,
} from '../../../contracts/clients.ts';
import type { ClientRow, ClientWrite, ConsentWithParty } from './clients.repository.ts';
import type { Opener } from './sealed-text.ts';

const iso = (value: Date | string) => new Date(value).toISOString();
export type ConsentStatus = Consent['status'];
/** `today`: the calendar day of the member who recorded the consent (their zone): it holds through its last day there. */
export function consentStatus(
  row: { withdrawnAt: Date | string | null; expiresOn: string | null },
  today: string,
): ConsentStatus {
  if (row.withdrawnAt) return 'withdrawn';
  if (row.expiresOn && row.expiresOn < today) return 'expired';
  return 'active';
}

function sharedWithOf(row: ConsentWithParty): SharedWith {
  switch (row.sharedWithKind) {
    case 'member':
      return { kind: 'member', profileSlug: row.partySlug ?? '', displayName: row.partyName ?? '' };
    case 'contact':
      return { kind: 'contact', contactId: row.sharedWithContactId ?? '', displayName: row.partyName ?? '' };
    case 'profession':
      return { kind: 'profession', profession: row.sharedWithProfession ?? '' };
    default:
      return { kind: 'any-referral' };
  }
}

/** The encrypted columns for the fields given (only those; a PATCH leaves the rest alone). */
export function sealFields(input: Partial<ClientCreate>, seal: (text: string) => string): Partial<ClientWrite> {
  const out: Partial<ClientWrite> = {};
  if (input.name !== undefined) out.name = input.name;
  if (input.email !== undefined) out.emailEnc = seal(input.email);
  if (input.phone !== undefined) out.phoneEnc = seal(input.phone);
  if (input.dateOfBirth !== undefined) out.dateOfBirthEnc = input.dateOfBirth === null ? null : seal(input.dateOfBirth);
  if (input.notes !== undefined) out.notesEnc = seal(input.notes);
  return out;
}

export function toClient(row: ClientRow, open: Opener): Client {
  return {
    id: row.id,
    name: row.name,
    email: open.text(row.emailEnc),
    phone: open.text(row.phoneEnc),
    dateOfBirth: row.dateOfBirthEnc === null ? null : open.text(row.dateOfBirthEnc),
    notes: open.text(row.notesEnc),
    archivedAt: row.archivedAt ? iso(row.archivedAt) : null,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export function toConsent(row: ConsentWithParty, open: Opener, today: string): Consent {
  return {
    id: row.id,
    clientId: row.clientId,
    scope: row.scope as ShareScope[],
    sharedWith: sharedWithOf(row),
    method: row.method as ConsentMethod,
    witnessName: row.witnessName,
    givenAt: iso(row.givenAt),
    expiresOn: row.expiresOn,
    note: open.text(row.noteEnc),
    status: consentStatus(row, today),
    withdrawnAt: row.withdrawnAt ? iso(row.withdrawnAt) : null,
    withdrawalReason: row.withdrawalReason,
    createdAt: iso(row.createdAt),
  };
}
