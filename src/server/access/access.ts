// One way to decide access. A module declares its permissions ('<module>.<verb>', e.g.
// 'referrals.read') and, for each, who may do it to a record: a rule over (actor, record). A
// service method starts with one `requireAccess` call that loads the record, checks the rule, and
// returns the record or throws the module's not-found error: a record the caller may not see is
// indistinguishable from one that does not exist (docs/decisions/017-access-model.md).
import { notFound } from '../http/errors.ts';
import type { AnyActor } from './actor.ts';

export type AccessRule<Actor extends AnyActor, Row> = (actor: Actor, row: Row) => boolean;

export type AccessPolicy<Permission extends string, Actor extends AnyActor, Row> = {
  /** The module's not-found message, the same for a stranger and for a missing record. */
  notFoundMessage: string;
  /**
   * Loads the candidate record for this actor. It may narrow by the actor in SQL (an owner-scoped
   * query) for speed; the rules below still decide.
   */
  load: (actor: Actor, id: string) => Promise<Row | undefined | null>;
  rules: Record<Permission, AccessRule<Actor, Row>>;
};

export function definePolicy<Permission extends string, Actor extends AnyActor, Row>(
  policy: AccessPolicy<Permission, Actor, Row>,
) {
  const can = (actor: Actor, permission: Permission, row: Row) => policy.rules[permission](actor, row);
  return {
    permissions: Object.keys(policy.rules) as Permission[],
    notFoundMessage: policy.notFoundMessage,
    can,
    /** The record if the actor may do `permission` to it; otherwise the module's 404. */
    async requireAccess(actor: Actor, permission: Permission, id: string): Promise<Row> {
      const row = await policy.load(actor, id);
      if (!row || !can(actor, permission, row)) throw notFound(policy.notFoundMessage);
      return row;
    },
    /** The same check for a record already in hand (a list row, a row read in a transaction). */
    check(actor: Actor, permission: Permission, row: Row | undefined | null): Row {
      if (!row || !can(actor, permission, row)) throw notFound(policy.notFoundMessage);
      return row;
    },
  };
}
export type Policy<Permission extends string, Actor extends AnyActor, Row> = ReturnType<
  typeof definePolicy<Permission, Actor, Row>
>;

/** The common rule: the member who owns the row. */
export const ownedBy =
  <Row>(owner: (row: Row) => string): AccessRule<AnyActor, Row> =>
  (actor, row) =>
    actor.kind === 'member' && owner(row) === actor.userId;
