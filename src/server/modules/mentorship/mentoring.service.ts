// What a member offers as a mentor and seeks as a mentee (GET/PUT /api/me/mentoring), and the
// mentors suggested to them. Whether a member offers or seeks at all is their profile's
// offeringMentorship / seekingMentor flag: this service sets the flag with the details, so the two
// never disagree (a flag set from the profile form without details reads as the defaults).
import type { Mentoring, MentoringUpdate, SuggestionQuery } from '../../../contracts/mentorship.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import type { MeetingFormat, MentoringArea } from '../../../contracts/mentorship.ts';
import { rankMentors, type MentorCandidate } from './mentoring-score.ts';
import { mentoringRepository, type MentoringRow } from './mentoring.repository.ts';

export type MentoringDeps = { profiles: Pick<ProfilesService, 'getOwn' | 'updateOwn'> };

const asFormat = (value: string | null | undefined) => (value ?? 'both') as MeetingFormat;
const asAreas = (list: readonly string[] | null | undefined) => [...(list ?? [])] as MentoringArea[];

function toMentoring(row: MentoringRow | null, flags: { offering: boolean; seeking: boolean }): Mentoring {
  return {
    offering: flags.offering
      ? {
          areas: asAreas(row?.offerAreas),
          capacity: row?.capacity ?? 1,
          format: asFormat(row?.offerFormat),
          timeZone: row?.offerTimeZone ?? null,
          note: row?.offerNote ?? '',
          showMentoredCount: row?.showMentoredCount ?? false,
          activeMentees: row?.activeMentees ?? 0,
          hidden: row?.offerHiddenAt != null,
        }
      : null,
    seeking: flags.seeking
      ? { areas: asAreas(row?.seekAreas), note: row?.seekNote ?? '', format: asFormat(row?.seekFormat) }
      : null,
  };
}

const defaultOffer = { format: 'both', areas: [] as string[], capacity: 1, activeMentees: 0 };

export function mentoringService(context: AppContext, { profiles }: MentoringDeps) {
  const { db } = context;
  const repo = mentoringRepository(db);

  async function get(actor: Actor): Promise<Mentoring> {
    const profile = await profiles.getOwn(actor);
    return toMentoring(await repo.findByUserId(actor.userId), {
      offering: profile.offeringMentorship,
      seeking: profile.seekingMentor,
    });
  }

  return {
    repo,
    get,

    async update(actor: Actor, input: MentoringUpdate): Promise<Mentoring> {
      const profile = await profiles.getOwn(actor);
      const { offering, seeking } = input;
      await repo.upsert(db, actor.userId, {
        ...(offering
          ? {
              offerAreas: offering.areas,
              capacity: offering.capacity,
              offerFormat: offering.format,
              ...(offering.timeZone !== undefined ? { offerTimeZone: offering.timeZone } : {}),
              ...(offering.note !== undefined ? { offerNote: offering.note } : {}),
              ...(offering.showMentoredCount !== undefined ? { showMentoredCount: offering.showMentoredCount } : {}),
            }
          : {}),
        ...(seeking
          ? {
              seekAreas: seeking.areas,
              seekFormat: seeking.format,
              ...(seeking.note !== undefined ? { seekNote: seeking.note } : {}),
            }
          : {}),
      });
      const flags = {
        offeringMentorship: offering === undefined ? profile.offeringMentorship : offering !== null,
        seekingMentor: seeking === undefined ? profile.seekingMentor : seeking !== null,
      };
      if (flags.offeringMentorship !== profile.offeringMentorship || flags.seekingMentor !== profile.seekingMentor)
        await profiles.updateOwn(actor, flags);
      return get(actor);
    },

    /** Open mentors for the caller, best first, with each one's three main reasons. */
    async suggestions(actor: Actor, query: SuggestionQuery) {
      const mentee = await repo.menteeOf(actor.userId);
      if (!mentee) return { items: [] };
      const origin = mentee.lat !== null && mentee.lng !== null ? { lat: mentee.lat, lng: mentee.lng } : null;
      const rows = await repo.candidates(actor.userId, origin, [...mentee.specialties]);
      const candidates: MentorCandidate[] = rows
        .filter((row) => !row.hidden)
        .map((row) => ({
          userId: row.userId,
          slug: row.slug,
          name: row.name,
          specialties: row.specialties,
          modalities: row.modalities,
          firstYear: row.firstYear,
          meters: row.meters,
          // The profile flag alone (no details saved) reads as the default offer: one mentee, either way.
          format: asFormat(row.saved ? row.format : defaultOffer.format),
          areas: row.areas ?? defaultOffer.areas,
          capacity: row.capacity ?? defaultOffer.capacity,
          activeMentees: row.activeMentees ?? defaultOffer.activeMentees,
          timeZone: row.offerTimeZone ?? row.profileTimeZone,
        }));
      const ranked = rankMentors(
        {
          specialties: mentee.specialties,
          modalities: mentee.modalities,
          firstYear: mentee.firstYear,
          format: asFormat(mentee.seekFormat),
          areas: mentee.seekAreas ?? [],
          timeZone: mentee.timeZone,
        },
        candidates,
        { unit: query.unit },
      );
      return {
        items: ranked.slice(0, query.limit).map(({ slug, name, score, reasons }) => ({ slug, name, score, reasons })),
      };
    },

    /** "Mentored N therapists" for a profile, when the mentor chose to show it (null otherwise). */
    async mentoredCount(userId: string): Promise<number | null> {
      const row = await repo.findByUserId(userId);
      if (!row?.showMentoredCount || row.offerHiddenAt) return null;
      const count = await repo.mentoredCount(userId);
      return count > 0 ? count : null;
    },
  };
}
export type MentoringService = ReturnType<typeof mentoringService>;
