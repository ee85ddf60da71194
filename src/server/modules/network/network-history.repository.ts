// What two members have done together, read from the referrals and trades domains' tables.
// Read-only and in plain SQL on purpose: endorsements and reciprocity need only a few columns of
// those tables (referrals: from_user_id, to_user_id, status, created_at, redirected_from_user_id;
// trades: proposer_user_id, partner_user_id, status), and going through those domains' services
// would cost one call per partner where one grouped query answers for all of them.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

// A referral "happened" once the recipient accepted it; these are that state and every later one.
const acceptedOrLater = sql.raw(`('accepted', 'scheduled', 'seen', 'replied', 'returned')`);
const seenOrLater = sql.raw(`('seen', 'replied', 'returned')`);

export type ReferralFlow = {
  partnerId: string;
  outgoing: boolean;
  total: number;
  accepted: number;
  seen: number;
  returned: number;
};
export type MonthFlow = { month: string; sent: number; received: number; returned: number };

// Both drivers answer execute() with { rows }.
const rowsOf = <T>(result: { rows: unknown[] }) => result.rows as T[];

export const networkHistoryRepository = (db: Db) => ({
  /** A completed trade, or a referral either way that was accepted (or got further). */
  async haveWorkedTogether(a: string, b: string): Promise<boolean> {
    const result = await db.execute(sql`select
      exists (select 1 from trades t where t.status = 'completed'
        and ((t.proposer_user_id = ${a} and t.partner_user_id = ${b}) or (t.proposer_user_id = ${b} and t.partner_user_id = ${a})))
      or exists (select 1 from referrals r where r.status in ${acceptedOrLater}
        and ((r.from_user_id = ${a} and r.to_user_id = ${b}) or (r.from_user_id = ${b} and r.to_user_id = ${a}))) as together`);
    return rowsOf<{ together: boolean }>(result)[0]?.together === true;
  },

  /** Per partner and direction: how many referrals, and how many got accepted, seen, returned. */
  async referralFlows(userId: string): Promise<ReferralFlow[]> {
    const result = await db.execute(sql`select
        case when r.from_user_id = ${userId} then r.to_user_id else r.from_user_id end as "partnerId",
        (r.from_user_id = ${userId}) as outgoing,
        count(*)::int as total,
        (count(*) filter (where r.status in ${acceptedOrLater}))::int as accepted,
        (count(*) filter (where r.status in ${seenOrLater}))::int as seen,
        (count(*) filter (where r.status = 'returned'))::int as returned
      from referrals r
      where (r.from_user_id = ${userId} and r.to_user_id is not null and r.to_user_id <> ${userId}) or (r.to_user_id = ${userId} and r.from_user_id <> ${userId})
      group by 1, 2`);
    return rowsOf<ReferralFlow>(result);
  },

  /** Referrals sent, received and returned to me per calendar month (UTC) since `fromDay`. */
  async monthlyFlows(userId: string, fromDay: string): Promise<MonthFlow[]> {
    const result = await db.execute(sql`select
        to_char(date_trunc('month', r.created_at at time zone 'UTC'), 'YYYY-MM') as month,
        (count(*) filter (where r.from_user_id = ${userId}))::int as sent,
        (count(*) filter (where r.to_user_id = ${userId}))::int as received,
        (count(*) filter (where r.from_user_id = ${userId} and r.status = 'returned'))::int as returned
      from referrals r
      where (r.from_user_id = ${userId} or r.to_user_id = ${userId}) and r.created_at >= ${fromDay}::date
      group by 1`);
    return rowsOf<MonthFlow>(result);
  },

  /** Referrals redirected from an away member to one covering colleague between two days (UTC). */
  async redirectedCount(fromUserId: string, coverUserId: string, since: Date, until: Date): Promise<number> {
    const result = await db.execute(sql`select count(*)::int as count from referrals r
      where r.redirected_from_user_id = ${fromUserId} and r.to_user_id = ${coverUserId}
        and r.created_at >= ${since.toISOString()}::timestamptz and r.created_at < ${until.toISOString()}::timestamptz`);
    return rowsOf<{ count: number }>(result)[0]?.count ?? 0;
  },
});
