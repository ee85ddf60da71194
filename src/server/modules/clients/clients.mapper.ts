// Rows to responses and inputs to rows: the one place client data is sealed on the way into the
// database and opened on the way out (lib/crypto.ts, the key from config).
import type { Client, ClientCreate, Consent, ConsentMethod, ShareScope, SharedWith } from '../../../contracts/clients.ts';
import { decryptText, encryptText } from '../../lib/crypto.ts';
import type { ClientRow, ClientWrite, ConsentWithParty } from './clients.repository.ts';

const iso = (value: Date | string) => new Date(value).toISOString();
export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10);

export type ConsentStatus = Consent['status'];
export function consentStatus(row: { withdrawnAt: Date | string | null; expiresOn: string | null }, now = new Date()): ConsentStatus {
  if (row.withdrawnAt) return 'withdrawn';
  if (row.expiresOn && row.expiresOn < todayUtc(now)) return 'expired';
  return 'active';
}

export function clientViews(key: Buffer) {
  const seal = (text: string) => encryptText(key, text);
  const open = (stored: string) => decryptText(key, stored);

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

  return {
    seal,
    open,
    /** The encrypted columns for the fields given (only those; a PATCH leaves the rest alone). */
    sealFields(input: Partial<ClientCreate>): Partial<ClientWrite> {
      const out: Partial<ClientWrite> = {};
      if (input.name !== undefined) out.name = input.name;
      if (input.email !== undefined) out.emailEnc = seal(input.email);
      if (input.phone !== undefined) out.phoneEnc = seal(input.phone);
      if (input.dateOfBirth !== undefined) out.dateOfBirthEnc = input.dateOfBirth === null ? null : seal(input.dateOfBirth);
      if (input.notes !== undefined) out.notesEnc = seal(input.notes);
      return out;
    },
    toClient(row: ClientRow): Client {
      return {
        id: row.id,
        name: row.name,
        email: open(row.emailEnc),
        phone: open(row.phoneEnc),
        dateOfBirth: row.dateOfBirthEnc === null ? null : open(row.dateOfBirthEnc),
        notes: open(row.notesEnc),
        archivedAt: row.archivedAt ? iso(row.archivedAt) : null,
        createdAt: iso(row.createdAt),
        updatedAt: iso(row.updatedAt),
      };
    },
    toConsent(row: ConsentWithParty): Consent {
      return {
        id: row.id,
        clientId: row.clientId,
        scope: row.scope as ShareScope[],
        sharedWith: sharedWithOf(row),
        method: row.method as ConsentMethod,
        witnessName: row.witnessName,
        givenAt: iso(row.givenAt),
        expiresOn: row.expiresOn,
        note: open(row.noteEnc),
        status: consentStatus(row),
        withdrawnAt: row.withdrawnAt ? iso(row.withdrawnAt) : null,
        withdrawalReason: row.withdrawalReason,
        createdAt: iso(row.createdAt),
      };
    },
  };
}
export type ClientViews = ReturnType<typeof clientViews>;
