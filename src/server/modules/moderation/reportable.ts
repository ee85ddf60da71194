// What a module offers moderation for each kind of thing a member can report (a post, an
// opportunity, a pool, a profile …). Moderation never reads another module's tables: it asks the
// owning module, through these functions, what the item says, who may see it, and to hide it.
import type { MemberActor } from '../../access/actor.ts';

export type ReportableKind =
  | 'profile'
  | 'message'
  | 'circle'
  | 'circle-post'
  | 'opportunity'
  | 'pool'
  | 'campaign'
  | 'research-project'
  | 'volunteer-event'
  | 'couples-request'
  | 'mentorship-offer';

/** The reported item as the admin queue shows it, in context. */
export type ReportedItem = {
  /** The member who wrote or owns it (warned or suspended by an action), when there is one. */
  authorUserId: string | null;
  title: string;
  /** The words reported, as plain text (the queue escapes it), at most a few hundred characters. */
  excerpt: string;
  /** Where it lives in the app or on the public site ('/app/opportunities/…', '/opportunities/…'). */
  path: string;
  hidden: boolean;
};

export type Reportable = {
  kind: ReportableKind;
  /** The item for the admin queue; null when it does not exist (any more). */
  describe: (id: string) => Promise<ReportedItem | null>;
  /** Whether this member can see the item now: reporting what you cannot see is a 404. */
  visibleTo: (actor: MemberActor, id: string) => Promise<boolean>;
  /** Hides (or shows again) the item everywhere members and the public would see it. */
  setHidden: (id: string, hidden: boolean) => Promise<void>;
};

/**
 * Whether a reported id has the form of a uuid. Ids arrive as any text a member sent (POST
 * /api/reports); a module whose items are keyed by uuid answers "no such item" for anything else
 * rather than asking PostgreSQL, which refuses a malformed uuid with an error.
 */
export const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
