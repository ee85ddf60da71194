// What the network adds to a profile view (GET /api/profiles/{slug}): how many members endorsed
// each specialty and modality still on the profile.
import type { EndorsementCounts } from '../../../contracts/network.ts';
import type { Db } from '../../db/client.ts';
import { endorsementsRepository } from './endorsements.repository.ts';

type ProfileFacts = { userId: string; specialties: readonly string[]; modalities: readonly string[] };

export async function endorsementCounts(db: Db, profile: ProfileFacts): Promise<EndorsementCounts> {
  const counts: EndorsementCounts = { specialties: {}, modalities: {} };
  for (const row of await endorsementsRepository(db).countsFor(profile.userId)) {
    // An item the member has since removed from the profile is no longer shown.
    if (row.kind === 'specialty' && profile.specialties.includes(row.key)) counts.specialties[row.key] = row.count;
    if (row.kind === 'modality' && profile.modalities.includes(row.key)) counts.modalities[row.key] = row.count;
  }
  return counts;
}
