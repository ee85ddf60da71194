// Letting one person in: their row becomes `active` and the circle's count takes a seat, in the
// caller's transaction. The seat is a conditional UPDATE (… WHERE member_count < member_cap), so
// with twenty people joining a circle with five seats left, exactly five get in; the others' rows
// roll back with their 409. Shared by joining, approving a request and accepting an invitation.
import { conflict } from '../../http/errors.ts';
import type { CircleMembersRepository } from './circle-members.repository.ts';
import type { CirclesRepository, MembershipRow, Tx } from './circles.repository.ts';

export const circleFull = () => conflict('This circle is full', 'circle_full');
export const cannotJoin = () => conflict('You cannot join this circle', 'banned');

export function circleAdmission(circles: CirclesRepository, members: CircleMembersRepository) {
  return {
    /**
     * Makes the person an active member, from no row or a row in one of `from`. Already active:
     * their row as it is (a double click joins once). Any other status (banned): 409.
     */
    async admit(tx: Tx, circleId: string, userId: string, from: readonly string[]): Promise<MembershipRow> {
      const row = await members.upsert(tx, { circleId, userId, status: 'active' }, from);
      if (!row) {
        const current = await members.findByUser(circleId, userId, tx);
        if (current?.status === 'active') return current;
        throw cannotJoin();
      }
      if (!(await circles.takeSeat(tx, circleId))) throw circleFull();
      return row;
    },

    /** An approved request: the row moves from `requested` only (another organizer may have answered first). */
    async approve(tx: Tx, circleId: string, memberId: string): Promise<MembershipRow | null> {
      const row = await members.move(tx, memberId, ['requested'], { status: 'active', joinedAt: new Date() });
      if (!row) return null;
      if (!(await circles.takeSeat(tx, circleId))) throw circleFull();
      return row;
    },
  };
}
