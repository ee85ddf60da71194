// Who is acting. Three kinds of caller reach records: a signed-in member, a client of a member
// (the client portal, issue 11), and whoever holds an emailed link (a referral's /r/<token> page).
// Every service method takes one of these, never a bare user id from a route.
export type MemberActor = { kind: 'member'; userId: string; email: string; name: string; emailVerified: boolean };
/** A member's client signed in to the portal: they reach only their own records with that member. */
export type ClientActor = { kind: 'client'; clientId: string; memberUserId: string };
/** The holder of an emailed link: reaches the one record the link names, for as long as it is valid. */
export type LinkHolderActor = { kind: 'link-holder'; linkId: string; subject: { type: string; id: string } };
export type AnyActor = MemberActor | ClientActor | LinkHolderActor;

export const isMember = (actor: AnyActor | null | undefined): actor is MemberActor => actor?.kind === 'member';
