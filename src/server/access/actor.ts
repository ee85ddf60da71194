// Who is acting. Three kinds of caller reach records: a signed-in member, a client of a member
// (the client portal, issue 11), and whoever holds an emailed link (a referral's /r/<token> page).
// Every service method takes one of these, never a bare user id from a route.
export type MemberActor = { kind: 'member'; userId: string; email: string; name: string; emailVerified: boolean };
/**
 * A client signed in to the portal (one account per email address). They reach only their own
 * records: one per therapist who invited them, kept apart (`records`), never merged.
 */
export type ClientActor = {
  kind: 'client';
  accountId: string;
  email: string;
  records: readonly { clientId: string; memberUserId: string }[];
};
/** The holder of an emailed link: reaches the one record the link names, for as long as it is valid. */
export type LinkHolderActor = { kind: 'link-holder'; linkId: string; subject: { type: string; id: string } };
export type AnyActor = MemberActor | ClientActor | LinkHolderActor;

export const isMember = (actor: AnyActor | null | undefined): actor is MemberActor => actor?.kind === 'member';

export const isClient = (actor: AnyActor | null | undefined): actor is ClientActor => actor?.kind === 'client';
/** The rule every portal permission starts from: the client themselves, for one of their own records. */
export const isClientOf = (actor: AnyActor, clientId: string) =>
  actor.kind === 'client' && actor.records.some((record) => record.clientId === clientId);

/** How a member is named in a client's access log: their name, or their email when they have none. */
export const memberLabel = (actor: Pick<MemberActor, 'name' | 'email'>) => actor.name || actor.email;
