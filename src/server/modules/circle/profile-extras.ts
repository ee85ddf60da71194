// What the circle adds to a profile view (GET /api/profiles/{slug}, /p/{slug}): how many members
// endorsed each specialty and modality still on the profile, and the away notice while it runs.
import type { AwayNotice, EndorsementCounts } from '../../../contracts/circle.ts';
import type { Db } from '../../db/client.ts';
import { awayNotices } from './away-notices.ts';
import { endorsementsRepository } from './endorsements.repository.ts';

type ProfileFacts = { userId: string; specialties: readonly string[]; modalities: readonly string[] };

export async function circleProfileExtras(db: Db, profile: ProfileFacts, viewerSignedIn: boolean): Promise<{ endorsements: EndorsementCounts; away?: AwayNotice }> {
  const endorsements: EndorsementCounts = { specialties: {}, modalities: {} };
  for (const row of await endorsementsRepository(db).countsFor(profile.userId)) {
    // An item the member has since removed from the profile is no longer shown.
    if (row.kind === 'specialty' && profile.specialties.includes(row.key)) endorsements.specialties[row.key] = row.count;
    if (row.kind === 'modality' && profile.modalities.includes(row.key)) endorsements.modalities[row.key] = row.count;
  }
  const away = (await awayNotices(db).byUserId([profile.userId], viewerSignedIn)).get(profile.userId);
  return away ? { endorsements, away } : { endorsements };
}
