// The rules of a member's own profile: created on first use, partial updates validated as a
// whole, the postal code resolved to a place (an unknown one writes nothing), images replaced
// atomically.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { invalid, notFound } from '../../http/errors.ts';
import type { ProfileUpdate } from '../../../contracts/profile.ts';
import { lookupPostalCode } from '../../lib/geo.ts';
import { guessTimeZone } from '../../lib/zone-guess.ts';
import type { Letterhead } from '../../lib/pdf.ts';
import { ImageRejected, removeImage, storedImagePattern, storeImage } from '../../lib/images.ts';
import { searchTextOf, toProfile, toProfileWrite } from './profiles.mapper.ts';
import { contactLineOf, publicContactOf } from '../../../contracts/public-contact.ts';
import {
  profilesRepository,
  type CardViewer,
  type ProfileHold,
  type ProfileRow,
  type ProfileWrite,
} from './profiles.repository.ts';

export type { CardViewer, MemberFace } from './profiles.repository.ts';

const slugify = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'member';

export type ProfilesDeps = Record<string, never>;

export function profilesService(context: AppContext, _deps: ProfilesDeps = {}) {
  const repo = profilesRepository(context.db);
  const uploadDir = context.config.uploadDir;

  async function freeSlug(name: string) {
    const base = slugify(name);
    for (let n = 1; n < 1000; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!(await repo.slugTaken(candidate))) return candidate;
    }
    return `${base}-${crypto.randomUUID().slice(0, 8)}`;
  }

  async function ownRow(actor: Actor): Promise<ProfileRow> {
    const existing = await repo.findByUserId(actor.userId);
    if (existing) return existing;
    const displayName = actor.name.trim() || actor.email.split('@')[0]!;
    return repo.insertForUser({
      userId: actor.userId,
      slug: await freeSlug(displayName),
      displayName,
      searchText: displayName.toLowerCase(),
    });
  }

  function placeFor(merged: ProfileRow, patch: ProfileUpdate, current: ProfileRow): ProfileWrite {
    if (patch.postalCode === undefined && patch.country === undefined) return {};
    if (!merged.postalCode) return { postalCode: '', lat: null, lng: null };
    const place = lookupPostalCode(merged.postalCode);
    if (!place) throw invalid('postalCode', `unknown postal code "${merged.postalCode}"`);
    if (place.country !== merged.country)
      throw invalid(
        'postalCode',
        `is a ${place.country === 'US' ? 'US ZIP code' : 'Canadian postal code'} but country is ${merged.country}`,
      );
    return {
      postalCode: merged.postalCode.toUpperCase(),
      lat: place.lat,
      lng: place.lng,
      // Fill the town from the postal code when the member has not written one.
      city: merged.city || place.city,
      region: merged.region || place.region,
      ...zoneFor(merged, patch, current),
    };
  }

  // A new place (or a first one) suggests its zone, unless the member picks one in the same change.
  function zoneFor(merged: ProfileRow, patch: ProfileUpdate, current: ProfileRow): ProfileWrite {
    const picked = patch.timeZone !== undefined && patch.timeZone !== current.timeZone;
    const moved = merged.postalCode.toUpperCase() !== current.postalCode.toUpperCase();
    if (picked || (!moved && current.timeZone !== null)) return {};
    const guess = guessTimeZone(merged.postalCode);
    return guess ? { timeZone: guess } : {};
  }

  /** A profile as another person may see it, or null when they may not (hidden; members-only to the public). */
  async function findVisible(slug: string, viewer: Actor | null) {
    const row = await repo.findBySlug(slug);
    if (!row) return null;
    const own = viewer?.userId === row.userId;
    if (!own && (row.visibility === 'hidden' || (row.visibility === 'members' && !viewer))) return null;
    return { row, profile: toProfile(row) };
  }
  return {
    getOwn: async (actor: Actor) => toProfile(await ownRow(actor)),

    async updateOwn(actor: Actor, patch: ProfileUpdate) {
      const current = await ownRow(actor);
      const stored = toProfileWrite(patch);
      const merged = { ...current, ...stored };
      if (
        merged.graduationYear !== null &&
        merged.firstYearInPractice !== null &&
        merged.firstYearInPractice < merged.graduationYear - 1
      ) {
        throw invalid('firstYearInPractice', 'cannot be more than a year before the graduation year');
      }
      const values: ProfileWrite = { ...stored, ...placeFor(merged, patch, current), updatedAt: new Date() };
      // Under a moderation hold the profile stays hidden; the member's choice applies once it is lifted.
      if (current.withheld.length > 0 && values.visibility !== undefined) {
        values.ownVisibility = values.visibility;
        delete values.visibility;
      }
      values.searchText = searchTextOf({ ...merged, ...values });
      return toProfile((await repo.updateByUserId(actor.userId, values))!);
    },

    async completeOnboarding(actor: Actor) {
      const current = await ownRow(actor);
      if (!current.postalCode) throw invalid('postalCode', 'is needed before your profile can be listed');
      return toProfile(
        (await repo.updateByUserId(actor.userId, {
          onboardedAt: current.onboardedAt ?? new Date(),
          updatedAt: new Date(),
        }))!,
      );
    },

    async setImage(actor: Actor, which: 'logo' | 'photo', bytes: Buffer) {
      const current = await ownRow(actor);
      let stored: string;
      try {
        stored = await storeImage(bytes, uploadDir);
      } catch (error) {
        if (error instanceof ImageRejected) throw invalid('file', error.message);
        throw error;
      }
      const column = which === 'logo' ? 'logoFile' : 'photoFile';
      const updated = await repo.updateByUserId(actor.userId, { [column]: stored, updatedAt: new Date() });
      await removeImage(uploadDir, current[column]);
      return toProfile(updated!);
    },

    async removeImage(actor: Actor, which: 'logo' | 'photo') {
      const current = await ownRow(actor);
      const column = which === 'logo' ? 'logoFile' : 'photoFile';
      const updated = await repo.updateByUserId(actor.userId, { [column]: null, updatedAt: new Date() });
      await removeImage(uploadDir, current[column]);
      return toProfile(updated!);
    },

    /** The member's letterhead for printed letters and certificates (their own profile, created on first use). */
    async letterhead(
      actor: Pick<Actor, 'userId' | 'name' | 'email'>,
    ): Promise<{ letterhead: Letterhead; profile: ReturnType<typeof toProfile> }> {
      const row = await ownRow(actor as Actor);
      const contact = publicContactOf(row);
      return {
        letterhead: {
          name: row.displayName,
          practiceName: row.practiceName,
          street: contact.street,
          contactLine: contactLineOf(contact),
          logoFile: row.logoFile,
        },
        profile: toProfile(row),
      };
    },

    findVisible,

    /**
     * The member a request names by slug, when the caller may see them — the one check every
     * module makes before acting towards another member. Missing, hidden or not visible to the
     * caller: `whenMissing()` (by default a 400 on `field`, "is not a member you can see"). When
     * `self` is given, naming oneself is refused with that message on `field`.
     */
    async requireVisibleMember(
      slug: string,
      viewer: Actor,
      check: { field: string; self?: string; whenMissing?: () => Error },
    ) {
      const found = await findVisible(slug, viewer);
      if (found && check.self !== undefined && found.row.userId === viewer.userId)
        throw invalid(check.field, check.self);
      if (!found || found.row.visibility === 'hidden')
        throw check.whenMissing ? check.whenMissing() : invalid(check.field, 'is not a member you can see');
      return found.row;
    },

    /**
     * A stored profile image (logo or photo) for /media/{file}: its path, size and type, or 404 for
     * a name that is not one we store (so no path outside the upload folder is ever opened).
     */
    async openMedia(file: string) {
      if (!storedImagePattern.test(file)) throw notFound();
      const full = path.join(uploadDir, file);
      const info = await stat(full).catch(() => null);
      if (!info) throw notFound();
      const type = file.endsWith('.png') ? 'image/png' : file.endsWith('.webp') ? 'image/webp' : 'image/jpeg';
      return { full, size: info.size, type };
    },

    /** The specialties and modalities on a member's profile (none without one), for endorsements. */
    async offeredItems(userId: string): Promise<{ specialties: readonly string[]; modalities: readonly string[] }> {
      const row = await repo.findByUserId(userId);
      return { specialties: row?.specialties ?? [], modalities: row?.modalities ?? [] };
    },

    /**
     * Member cards by user id (see contracts/member-card.ts): the one place a member's shape is
     * read. A member without a profile has no card. With `visibleTo`, only the profiles such a
     * viewer could open.
     */
    memberCards: (userIds: readonly string[], visibleTo?: CardViewer) => repo.memberCards(userIds, visibleTo),

    /**
     * Each member's time zone by user id (their profile's; null when unset, and a member without a
     * profile is left out): what a member-facing day ("from", "until", "expires on") is read in,
     * with calendarDay(zone, at).
     */
    timeZones: (userIds: readonly string[]) => repo.timeZones(userIds),

    /** The member behind a profile slug (moderation's unsuspend), or null. */
    userIdOf: async (slug: string) => (await repo.findBySlug(slug))?.userId ?? null,

    /** Moderation's holds: a hidden or suspended member's profile leaves the directory and every page. */
    withhold: (userId: string, hold: ProfileHold, on: boolean) => repo.withhold(userId, hold, on),
  };
}
export type ProfilesService = ReturnType<typeof profilesService>;
