// The trusted network's tests: member ids, and referral and trade rows written straight into the
// tables the network reads (those domains' own flows are tested in their suites).
import { sql } from 'drizzle-orm';
import type { Listed } from './listed-members.ts';
import { asMember } from './members.ts';
import type { TestApp } from './test-app.ts';

export async function userIdOf(app: TestApp, member: Listed): Promise<string> {
  const result = await app.database.db.execute(sql`select user_id from profiles where slug = ${member.slug}`);
  return (result.rows[0] as { user_id: string }).user_id;
}

export type ReferralRow = { from: string; to: string; status?: string; createdAt?: Date; redirectedFrom?: string };

export async function insertReferral(
  app: TestApp,
  { from, to, status = 'sent', createdAt = new Date(), redirectedFrom }: ReferralRow,
) {
  await app.database.db
    .execute(sql`insert into referrals (from_user_id, to_user_id, redirected_from_user_id, recipient_name, client_id, consent_id, status, urgency,
      client_name_enc, reason_clinical_enc, reason_plain_enc, what_i_did_enc, observations_enc, packet_enc, created_at)
    values (${from}, ${to}, ${redirectedFrom ?? null}, 'Recipient', ${crypto.randomUUID()}, ${crypto.randomUUID()}, ${status}, 'routine', 'x', 'x', 'x', 'x', 'x', 'x', ${createdAt.toISOString()})`);
}

export async function insertTrade(app: TestApp, proposer: string, partner: string, status = 'completed') {
  await app.database.db
    .execute(sql`insert into trades (proposer_user_id, partner_user_id, status, proposer_service, proposer_minutes, partner_service, partner_minutes)
    values (${proposer}, ${partner}, ${status}, 'Swedish massage', 60, 'Adjustment', 60)`);
}

export async function notificationsOf(app: TestApp, userId: string, kind: string) {
  const result = await app.database.db.execute(
    sql`select title, body, link from notifications where user_id = ${userId} and kind = ${kind} order by created_at`,
  );
  return result.rows as { title: string; body: string; link: string }[];
}

/** Connects two members through the API (a asks, b accepts); answers the connection id. */
export async function connect(app: TestApp, a: Listed, b: Listed): Promise<string> {
  const asked = await app.inject({
    method: 'POST',
    url: '/api/connections',
    headers: asMember(a.cookie),
    payload: { toMemberSlug: b.slug },
  });
  if (asked.statusCode !== 201) throw new Error(`request failed: ${asked.statusCode} ${asked.body}`);
  const id = asked.json<{ id: string }>().id;
  const accepted = await app.inject({
    method: 'POST',
    url: `/api/connections/${id}/accept`,
    headers: asMember(b.cookie),
    payload: {},
  });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.statusCode} ${accepted.body}`);
  return id;
}
