// Who may do what to a letter of introduction: only the member who wrote it.
import { definePolicy, ownedBy } from '../../access/access.ts';
import type { AnyActor } from '../../access/actor.ts';
import type { LetterRow, LettersRepository } from './letters.repository.ts';

export type LettersPermission = 'letters.read' | 'letters.write' | 'letters.send';
export const noSuchLetter = 'No such letter';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const theWriter = ownedBy<LetterRow>((row) => row.ownerUserId);
export const letterRules = {
  'letters.read': theWriter,
  'letters.write': theWriter,
  'letters.send': theWriter,
} as const;

export const lettersPolicy = (repo: Pick<LettersRepository, 'findOwned'>) =>
  definePolicy<LettersPermission, AnyActor, LetterRow>({
    notFoundMessage: noSuchLetter,
    // A malformed id is simply not found; owner-scoped in SQL for speed, the rules still decide.
    load: async (actor, id) =>
      actor.kind === 'member' && uuidPattern.test(id) ? repo.findOwned(actor.userId, id) : null,
    rules: letterRules,
  });
