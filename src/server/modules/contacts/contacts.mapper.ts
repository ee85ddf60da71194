// Database rows → the Contact and Interaction the API returns.
import type { Contact, Interaction } from '../../../contracts/contacts.ts';
import { mediaUrl } from '../../../contracts/app-paths.ts';
import type { ContactWithActivity, InteractionRow } from './contacts.repository.ts';
import type { MemberCard } from './member-matches.repository.ts';

type Narrow<K extends keyof Contact> = Contact[K];

const iso = (value: Date | string) => new Date(value).toISOString();

export const toLinkedMember = (member: MemberCard | null | undefined) =>
  member
    ? {
        slug: member.slug,
        displayName: member.displayName,
        profession: member.profession,
        logoUrl: mediaUrl(member.logoFile),
      }
    : null;

export function toContact(row: ContactWithActivity, linked: MemberCard | null, suggested: MemberCard | null): Contact {
  return {
    id: row.id,
    name: row.name,
    profession: row.profession as Narrow<'profession'>,
    organisation: row.organisation,
    phone: row.phone,
    email: row.email,
    street: row.street,
    city: row.city,
    region: row.region,
    postalCode: row.postalCode,
    country: row.country as Narrow<'country'>,
    howWeMet: row.howWeMet,
    tags: row.tags,
    notes: row.notes,
    stage: row.stage as Narrow<'stage'>,
    followUpOn: row.followUpOn,
    followUpNote: row.followUpNote,
    stageChangedAt: iso(row.stageChangedAt),
    linkedMember: toLinkedMember(linked),
    suggestedMember: toLinkedMember(suggested),
    lastInteractionAt: row.lastInteractionAt ? iso(row.lastInteractionAt) : null,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export const toInteraction = (row: InteractionRow): Interaction => ({
  id: row.id,
  contactId: row.contactId,
  occurredAt: iso(row.occurredAt),
  channel: row.channel as Interaction['channel'],
  summary: row.summary,
  nextStep: row.nextStep,
  letterId: row.letterId,
  createdAt: iso(row.createdAt),
});
