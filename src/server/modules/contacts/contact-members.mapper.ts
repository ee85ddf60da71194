// Contacts as the API shows them: each with the member it is linked to and, when not linked, the
// member it looks like (same email, or same name in the same town), found for a whole page at once.
import type { Contact } from '../../../contracts/contacts.ts';
import type { Db } from '../../db/client.ts';
import { toContact } from './contacts.mapper.ts';
import type { ContactWithActivity } from './contacts.repository.ts';
import { memberMatchesRepository, type MatchCandidate, type MemberCard } from './member-matches.repository.ts';

const lower = (value: string) => value.trim().toLowerCase();

function sameEmail(contact: ContactWithActivity, member: MatchCandidate) {
  const email = lower(contact.email);
  return email !== '' && (email === lower(member.accountEmail) || email === lower(member.publicEmail));
}
const sameNameAndTown = (contact: ContactWithActivity, member: MatchCandidate) =>
  lower(contact.city) !== '' &&
  lower(contact.name) === lower(member.displayName) &&
  lower(contact.city) === lower(member.city);

export function contactMembersMapper(db: Db) {
  const matches = memberMatchesRepository(db);

  return {
    async present(ownerUserId: string, rows: ContactWithActivity[]): Promise<Contact[]> {
      if (rows.length === 0) return [];
      const linkedIds = [...new Set(rows.flatMap((row) => (row.linkedProfileId ? [row.linkedProfileId] : [])))];
      const cards = new Map((await matches.findCards(linkedIds)).map((member) => [member.profileId, member]));

      const unlinked = rows.filter((row) => !row.linkedProfileId);
      const emails = [...new Set(unlinked.map((row) => lower(row.email)).filter(Boolean))];
      const names = [...new Set(unlinked.filter((row) => lower(row.city)).map((row) => lower(row.name)))];
      const candidates = unlinked.length ? await matches.findCandidates(emails, names) : [];
      // A member already linked to another of my contacts is not suggested again; nor am I.
      const taken = new Set(candidates.length ? await matches.findLinkedProfileIds(ownerUserId) : []);
      const eligible = candidates.filter((member) => member.userId !== ownerUserId && !taken.has(member.profileId));

      return rows.map((row) => {
        const linked = row.linkedProfileId ? (cards.get(row.linkedProfileId) ?? null) : null;
        const suggested: MemberCard | null = row.linkedProfileId
          ? null
          : (eligible.find((member) => sameEmail(row, member)) ??
            eligible.find((member) => sameNameAndTown(row, member)) ??
            null);
        return toContact(row, linked, suggested);
      });
    },
  };
}
