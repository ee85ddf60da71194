// Who a new referral goes to: a member I can see (or, while they are away, one of their covering
// colleagues, only when I choose one), or a contact from my own list who is not a member.
import type { ReferralCreate } from '../../../contracts/referrals.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, invalid } from '../../http/errors.ts';
import type { ContactsService } from '../contacts/contacts.service.ts';
import type { AwayService } from '../cover/away.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';

export type ResolvedRecipient = {
  toUserId: string | null;
  toContactId: string | null;
  redirectedFromUserId: string | null;
  name: string;
  profession: string;
  /** Where the external link goes; '' for a member or a contact without an address. */
  email: string;
};

export type RecipientDeps = {
  profiles: Pick<ProfilesService, 'requireVisibleMember' | 'memberCards'>;
  contacts: Pick<ContactsService, 'requireOwned'>;
  away: Pick<AwayService, 'coverFor'>;
};

export function referralRecipients({ profiles, contacts, away }: RecipientDeps) {
  const member = (actor: Actor, slug: string, field: string) =>
    profiles.requireVisibleMember(slug, actor, { field, self: 'is you: refer to someone else' });

  async function toMember(actor: Actor, slug: string, redirectToCover: string | undefined): Promise<ResolvedRecipient> {
    const wanted = await member(actor, slug, 'toMemberSlug');
    const cover = await away.coverFor(wanted.userId);
    if (!cover || cover.coverUserIds.length === 0) {
      if (redirectToCover) throw invalid('redirectToCover', `${wanted.displayName} is not away`);
      return {
        toUserId: wanted.userId,
        toContactId: null,
        redirectedFromUserId: null,
        name: wanted.displayName,
        profession: wanted.profession,
        email: '',
      };
    }
    const covers = [...(await profiles.memberCards(cover.coverUserIds)).values()];
    const names = covers.map((card) => `${card.displayName} (${card.slug})`).join(', ');
    if (!redirectToCover) {
      throw new AppError(
        'validation_failed',
        `toMemberSlug: ${wanted.displayName} is away until ${cover.until}; covering: ${names}`,
        [
          {
            field: 'toMemberSlug',
            message: `is away until ${cover.until}; send it to a covering colleague instead: ${names}`,
            coveredBy: covers.map((card) => card.slug),
          },
        ],
      );
    }
    const chosen = await member(actor, redirectToCover, 'redirectToCover');
    if (!cover.coverUserIds.includes(chosen.userId))
      throw invalid('redirectToCover', `is not covering for ${wanted.displayName}; covering: ${names}`);
    return {
      toUserId: chosen.userId,
      toContactId: null,
      redirectedFromUserId: wanted.userId,
      name: chosen.displayName,
      profession: chosen.profession,
      email: '',
    };
  }

  async function toContact(actor: Actor, contactId: string): Promise<ResolvedRecipient> {
    const contact = await contacts.requireOwned(actor, contactId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found')
        throw invalid('toContactId', 'is not one of your contacts');
      throw error;
    });
    return {
      toUserId: null,
      toContactId: contact.id,
      redirectedFromUserId: null,
      name: contact.name,
      profession: contact.profession,
      email: contact.email,
    };
  }

  return {
    resolve: (actor: Actor, input: ReferralCreate) =>
      input.toMemberSlug !== undefined
        ? toMember(actor, input.toMemberSlug, input.redirectToCover)
        : toContact(actor, input.toContactId!),
  };
}
