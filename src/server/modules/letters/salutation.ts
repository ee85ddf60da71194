// How a letter greets its recipient. Doctors (chiropractors, physicians, dentists, naturopaths) are
// "Dr. <last name>"; colleagues and chamber members are on first-name terms; everyone else gets
// their full name. Names come from contact lists in every shape ("Dr. Anika Patel, DC",
// "PATEL, DC", "Maria van der Berg ND"), so titles and credentials are stripped first.
import type { Profession } from '../../../contracts/taxonomy.ts';
import { nameParts } from '../../lib/person-name.ts';

const doctorProfessions = new Set<Profession>(['chiropractor', 'physician', 'dentist', 'naturopath']);
const firstNameProfessions = new Set<Profession>(['massage-therapist', 'chamber-member']);

/** "Dear Dr. Patel," / "Dear Anika," / "Dear Anika Patel," — the salutation the letter opens with. */
export function salutationFor(profession: Profession, name: string): string {
  const parts = nameParts(name);
  if (doctorProfessions.has(profession)) return `Dear Dr. ${parts.last},`;
  if (firstNameProfessions.has(profession)) return `Dear ${parts.first},`;
  return `Dear ${parts.full},`;
}
