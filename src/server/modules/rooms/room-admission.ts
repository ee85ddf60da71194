// Who may enter a room is not this module's to know: a room is (kind, id), and the module that owns
// the kind (circles: a circle's members and organizers) registers one admission policy for it. The
// rooms module asks it when a token is issued, again when the socket opens, and again before every
// host action, so someone removed from a circle is out at once, whatever token they still hold.
import type { MemberActor } from '../../access/actor.ts';
import type { RoomRole } from '../../../contracts/room-limits.ts';

export type Admission = {
  /** false: the room exists for this actor, but they wait until a host lets them in (a guest invited to one meeting). */
  allowed: boolean;
  role: RoomRole;
  /** The name the room shows for this actor. */
  displayName: string;
  roomTitle: string;
};
/** null: the actor may not know the room exists (404, as for a room that does not). */
export type AdmissionPolicy = (actor: MemberActor, id: string) => Promise<Admission | null>;

export function roomAdmissions() {
  const policies = new Map<string, AdmissionPolicy>();
  return {
    /** Registers the policy of one kind of room; a kind is registered once. */
    admission: (kind: string, policy: AdmissionPolicy) => {
      if (policies.has(kind)) throw new Error(`rooms: the admission of kind "${kind}" is already registered`);
      policies.set(kind, policy);
    },
    /** The owning module's answer; an unknown kind is a room that does not exist. */
    decide: async (actor: MemberActor, kind: string, id: string): Promise<Admission | null> => {
      const policy = policies.get(kind);
      return policy ? policy(actor, id) : null;
    },
  };
}
export type RoomAdmissions = ReturnType<typeof roomAdmissions>;
