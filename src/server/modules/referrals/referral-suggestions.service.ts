// "Someone near here with specialty X": members from the directory (what the caller could find
// there anyway), scored by distance, my trust mark, how many clients they have referred to me,
// and pushed down while away. Each suggestion says why it is there.
import { directoryQuerySchema, distanceUnitFor, type DirectoryItem } from '../../../contracts/directory.ts';
import type { ReferralSuggestion, ReferralSuggestionQuery } from '../../../contracts/referrals.ts';
import { modalities, specialties } from '../../../contracts/taxonomy.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { invalid } from '../../http/errors.ts';
import { metersPer } from '../../lib/geo.ts';
import type { AwayService } from '../cover/away.service.ts';
import type { DirectoryService } from '../directory/directory.service.ts';
import type { NetworkService } from '../network/network.service.ts';
import { referralsRepository } from './referrals.repository.ts';

const radiusKm = 100;
const perSearch = 40;
const shown = 20;
// Weights: trust matters most; distance is worth up to 30 points; each referral they sent me 5
// (at most 20); an away member drops below everyone available.
const points = { trusted: 25, distance: 30, perReferral: 5, reciprocityCap: 20, away: -100 } as const;

// A chosen specialty or modality is a filter, whatever the profession: everyone suggested has it.
// The reason repeats the profile's own words: a member lists specialties and modalities, which
// says nothing of certification.
function interestOf(specialty: string | undefined): { specialty?: string; modality?: string; reason: string } | null {
  if (!specialty) return null;
  if (specialty in specialties)
    return { specialty, reason: `specialty: ${specialties[specialty as keyof typeof specialties]}` };
  if (specialty in modalities)
    return { modality: specialty, reason: `modality: ${modalities[specialty as keyof typeof modalities]}` };
  throw invalid('specialty', 'is not a known specialty or modality');
}

export type SuggestionsDeps = {
  directory: Pick<DirectoryService, 'search'>;
  away: Pick<AwayService, 'awayUserIds'>;
  network: Pick<NetworkService, 'trustedPartnerIds'>;
};

export function referralSuggestionsService(context: AppContext, { directory, away, network }: SuggestionsDeps) {
  const repo = referralsRepository(context.db);

  return {
    async suggest(
      actor: Actor,
      input: ReferralSuggestionQuery,
    ): Promise<{ items: ReferralSuggestion[]; unit: 'mi' | 'km' }> {
      const interest = interestOf(input.specialty);
      const home = await repo.placeOf(actor.userId);
      const unit = distanceUnitFor(home?.country ?? 'US');
      const near = input.near || home?.postalCode || undefined;
      const radius = (radiusKm * metersPer.km) / metersPer[unit];
      const query = directoryQuerySchema.parse({
        profession: input.profession,
        specialty: interest?.specialty,
        modality: interest?.modality,
        near,
        ...(near ? { radius, unit } : {}),
        pageSize: perSearch,
      });
      const found: DirectoryItem[] = (await directory.search(actor, query)).items;

      const ids = await repo.userIdsBySlug(found.map((item) => item.slug));
      const userIds = [...ids.values()].filter((id) => id !== actor.userId);
      const [trusted, sent, awayIds] = await Promise.all([
        network.trustedPartnerIds(actor.userId),
        repo.sentTo(actor.userId, userIds),
        away.awayUserIds(userIds),
      ]);

      const items: ReferralSuggestion[] = [];
      for (const item of found) {
        const userId = ids.get(item.slug);
        if (!userId || userId === actor.userId) continue;
        const reasons: string[] = [];
        let score = 0;
        const distance = near ? item.distance : null;
        if (distance !== null) {
          score += points.distance * Math.max(0, 1 - distance / radius);
          reasons.push(`${Math.round(distance)} ${unit} away`);
        }
        if (interest) reasons.push(interest.reason);
        const isTrusted = trusted.has(userId);
        if (isTrusted) {
          score += points.trusted;
          reasons.push('you marked them trusted');
        }
        const fromThem = sent.get(userId) ?? 0;
        if (fromThem > 0) {
          score += Math.min(points.reciprocityCap, fromThem * points.perReferral);
          reasons.push(`referred ${fromThem} ${fromThem === 1 ? 'client' : 'clients'} to you`);
        }
        const isAway = awayIds.has(userId);
        if (isAway) {
          score += points.away;
          reasons.push(item.away ? `away until ${item.away.until}` : 'away now');
        }
        items.push({
          slug: item.slug,
          displayName: item.displayName,
          profession: item.profession,
          distance,
          score: Math.round(score * 10) / 10,
          away: isAway,
          trusted: isTrusted,
          referralsFromThem: fromThem,
          reasons,
        });
      }
      items.sort(
        (a, b) =>
          b.score - a.score ||
          (a.distance ?? Infinity) - (b.distance ?? Infinity) ||
          a.displayName.localeCompare(b.displayName),
      );
      return { items: items.slice(0, shown), unit };
    },
  };
}
