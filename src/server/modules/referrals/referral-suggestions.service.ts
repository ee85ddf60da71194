// "Someone near here with specialty X": members from the directory (what the caller could find
// there anyway), scored by distance, specialty or modality match, my trust mark, how many clients
// they have referred to me, and pushed down while away. Each suggestion says why it is there.
import { directoryQuerySchema, type DirectoryItem } from '../../../contracts/directory.ts';
import type { ReferralSuggestion, ReferralSuggestionQuery } from '../../../contracts/referrals.ts';
import { modalities, specialties } from '../../../contracts/taxonomy.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { invalid } from '../../http/errors.ts';
import { awayService } from '../circle/away.service.ts';
import { circleService } from '../circle/circle.service.ts';
import { directoryService } from '../directory/directory.service.ts';
import { referralsRepository } from './referrals.repository.ts';

const radiusKm = 100;
const perSearch = 40;
const shown = 20;
// Weights: a specialty match and trust matter most; distance is worth up to 30 points; each
// referral they sent me 5 (at most 20); an away member drops below everyone available.
const points = { match: 30, trusted: 25, distance: 30, perReferral: 5, reciprocityCap: 20, away: -100 } as const;

function interestOf(specialty: string | undefined): { specialty?: string; modality?: string; label: string } | null {
  if (!specialty) return null;
  if (specialty in specialties) return { specialty, label: specialties[specialty as keyof typeof specialties] };
  if (specialty in modalities) return { modality: specialty, label: modalities[specialty as keyof typeof modalities] };
  throw invalid('specialty', 'is not a known specialty or modality');
}

export function referralSuggestionsService(context: AppContext) {
  const directory = directoryService(context.db);
  const repo = referralsRepository(context.db);
  const away = awayService(context);
  const circle = circleService(context);

  return {
    async suggest(actor: Actor, input: ReferralSuggestionQuery): Promise<{ items: ReferralSuggestion[] }> {
      const interest = interestOf(input.specialty);
      const near = input.near || (await repo.postalCodeOf(actor.userId)) || undefined;
      const base = { profession: input.profession, near, ...(near ? { radius: radiusKm, unit: 'km' } : {}), pageSize: perSearch };
      // Matching members first (so a far specialist is not crowded out), then anyone near.
      const searches = [directoryQuerySchema.parse(base)];
      if (interest) searches.unshift(directoryQuerySchema.parse({ ...base, specialty: interest.specialty, modality: interest.modality }));
      const found = new Map<string, DirectoryItem>();
      for (const query of searches) for (const item of (await directory.search(actor, query)).items) if (!found.has(item.slug)) found.set(item.slug, item);

      const ids = await repo.userIdsBySlug([...found.keys()]);
      const userIds = [...ids.values()].filter((id) => id !== actor.userId);
      const [trusted, sent, awayIds] = await Promise.all([circle.trustedPartnerIds(actor.userId), repo.sentTo(actor.userId, userIds), away.awayUserIds(userIds)]);

      const items: ReferralSuggestion[] = [];
      for (const item of found.values()) {
        const userId = ids.get(item.slug);
        if (!userId || userId === actor.userId) continue;
        const reasons: string[] = [];
        let score = 0;
        const distanceKm = near ? item.distance : null;
        if (distanceKm !== null) {
          score += points.distance * Math.max(0, 1 - distanceKm / radiusKm);
          reasons.push(`${Math.round(distanceKm)} km away`);
        }
        if (interest && (item.specialties.includes(interest.specialty ?? '') || item.modalities.includes(interest.modality ?? ''))) {
          score += points.match;
          reasons.push(`${interest.specialty ? 'certified in' : 'practises'} ${interest.label}`);
        }
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
        items.push({ slug: item.slug, displayName: item.displayName, profession: item.profession, distanceKm, score: Math.round(score * 10) / 10, away: isAway, trusted: isTrusted, referralsFromThem: fromThem, reasons });
      }
      items.sort((a, b) => b.score - a.score || (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.displayName.localeCompare(b.displayName));
      return { items: items.slice(0, shown) };
    },
  };
}
