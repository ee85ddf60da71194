// Property: whatever members do with trades — proposals, counters, acceptances, declines,
// schedules, confirmations (also two at once), cancellations and no-shows, in any order and by
// either side — the ledger sums to zero overall and per pair, and each member's balance with a
// partner equals the minutes of completed sessions they gave that partner minus those received.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Trade } from '../../../contracts/trades.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';
import { ledgerOf, move, tradeCall, tradeOf } from '../../../../test/support/trades.ts';

const minutes = fc.integer({ min: 15, max: 180 });
const side = fc.constantFrom('mine', 'theirs');
const by = fc.constantFrom(0, 1);
const trade = fc.nat(20);
const aim = fc.constantFrom(true, true, true, false);
const proposal = fc.record({
  kind: fc.constant('propose' as const),
  from: fc.nat(3),
  to: fc.nat(3),
  give: minutes,
  receive: minutes,
});
const action = fc.oneof(
  { arbitrary: proposal, weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('accepted' as const), trade }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('declined' as const), trade }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('countered' as const), trade, give: minutes, receive: minutes }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('cancelled' as const), trade, by }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('scheduled' as const), trade, by, session: side }), weight: 4 },
  // aim: act as someone for whom the step can succeed (so sequences reach completions); otherwise as given (often a 409).
  { arbitrary: fc.record({ kind: fc.constant('completed' as const), trade, by, session: side, aim }), weight: 5 },
  { arbitrary: fc.record({ kind: fc.constant('both-confirm' as const), trade, session: side }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('no-show' as const), trade, by, session: side, aim }), weight: 1 },
);
type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

describeEachDatabase('trades: the ledger always balances', (kind) => {
  let app: TestApp;
  let members: Listed[];

  beforeAll(async () => {
    // Hundreds of requests a minute from one address: above the per-IP limit meant for people.
    app = await createTestApp(kind, { env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    members = [];
    for (const [name, postalCode] of [
      ['Ada Brooks', '02116'],
      ['Ben Cruz', '02139'],
      ['Cleo Diaz', '02115'],
      ['Dev Evans', '02118'],
    ] as const) {
      members.push(await listMember(app, { displayName: name, postalCode, country: 'US' }));
    }
  });
  afterAll(async () => app?.cleanup());

  type Known = { id: string; parties: [Listed, Listed]; status: string; sessions: Trade['sessions'] };
  const answerable = ['proposed', 'countered'];
  const agreed = ['accepted', 'scheduled'];

  /** The trade a step is about: one where it could apply when there is one (so sequences get somewhere), else any (a 409). */
  function pick(trades: Known[], step: Exclude<Action, { kind: 'propose' }>) {
    const fits = ['accepted', 'declined', 'countered'].includes(step.kind)
      ? answerable
      : step.kind === 'cancelled'
        ? [...answerable, ...agreed]
        : agreed;
    const needsScheduled = step.kind === 'completed' || step.kind === 'both-confirm' || step.kind === 'no-show';
    const candidates = trades.filter(
      (known) =>
        fits.includes(known.status) &&
        (!needsScheduled || known.sessions.some((session) => session.status === 'scheduled')),
    );
    const pool = candidates.length > 0 && step.trade % 5 !== 0 ? candidates : trades;
    return pool[step.trade % pool.length]!;
  }

  /** A party who has not yet confirmed a scheduled session, and that session from their side. */
  async function aimAt(known: Known, by: 0 | 1) {
    const [first, second] = known.parties;
    const view = await tradeOf(app, first, known.id);
    const flip = (side: 'mine' | 'theirs') => (side === 'mine' ? 'theirs' : 'mine');
    const open = view.sessions
      .filter((session) => session.status === 'scheduled')
      .flatMap((session) => [
        ...(session.confirmedByMe ? [] : [{ who: first, session: session.side }]),
        ...(session.confirmedByPartner ? [] : [{ who: second, session: flip(session.side) }]),
      ]);
    return open[by % Math.max(open.length, 1)] ?? { who: known.parties[by], session: 'mine' as const };
  }

  async function perform(group: Listed[], trades: Known[], step: Action) {
    if (step.kind === 'propose') {
      const from = group[step.from % group.length]!;
      const to = group[step.to % group.length]!;
      const response = await tradeCall(app, from, 'POST', '/api/trades', {
        toMemberSlug: to.slug,
        give: { service: 'Swedish', minutes: step.give },
        receive: { service: 'Shiatsu', minutes: step.receive },
      });
      expect(response.statusCode, response.body).toBe(from === to ? 400 : 201);
      if (from !== to)
        trades.push({ id: response.json<Trade>().id, parties: [from, to], status: 'proposed', sessions: [] });
      return;
    }
    if (trades.length === 0) return;
    const known = pick(trades, step);
    const { id, parties } = known;
    const answers = [];
    if (step.kind === 'accepted' || step.kind === 'declined' || step.kind === 'countered') {
      // Answered by whoever the trade waits for (or, once closed, by the partner: a 409).
      const awaiting = (await tradeOf(app, parties[0], id)).awaiting === 'me' ? parties[0] : parties[1];
      const body =
        step.kind === 'countered'
          ? {
              to: step.kind,
              give: { service: 'Thai', minutes: step.give },
              receive: { service: 'Reiki', minutes: step.receive },
            }
          : { to: step.kind };
      answers.push(await move(app, awaiting, id, body));
    } else if (step.kind === 'cancelled') {
      answers.push(await move(app, parties[step.by], id, { to: 'cancelled', reason: 'Property test' }));
    } else if (step.kind === 'scheduled') {
      answers.push(
        await move(app, parties[step.by], id, {
          to: 'scheduled',
          session: step.session,
          startsAt: '2025-01-01T10:00:00Z',
        }),
      );
    } else if (step.kind === 'both-confirm') {
      // The session of that side when it is scheduled, else the other one (from the first party's view).
      const scheduled = known.sessions
        .filter((session) => session.status === 'scheduled')
        .map((session) => session.side);
      const provider =
        (scheduled.includes(step.session) || scheduled.length === 0 ? step.session : scheduled[0]) === 'mine' ? 0 : 1;
      answers.push(
        ...(await Promise.all([
          move(app, parties[provider], id, { to: 'completed', session: 'mine' }),
          move(app, parties[1 - provider]!, id, { to: 'completed', session: 'theirs' }),
        ])),
      );
    } else {
      const target = step.aim ? await aimAt(known, step.by) : { who: parties[step.by], session: step.session };
      answers.push(await move(app, target.who, id, { to: step.kind, session: target.session }));
    }
    for (const answer of answers) expect([200, 409], answer.body).toContain(answer.statusCode);
    const view = await tradeOf(app, parties[0], id);
    Object.assign(known, { status: view.status, sessions: view.sessions });
  }

  async function checkLedger(group: Listed[]) {
    const rows = (
      await app.database.db.execute(sql`SELECT coalesce(sum(minutes), 0)::int AS total FROM trade_ledger_entries`)
    ).rows as { total: number }[];
    expect(Number(rows[0]!.total)).toBe(0);
    const pairs = (
      await app.database.db.execute(
        sql`SELECT least(user_id, partner_user_id) AS a, greatest(user_id, partner_user_id) AS b, sum(minutes)::int AS total, count(*)::int AS n FROM trade_ledger_entries GROUP BY 1, 2`,
      )
    ).rows as { total: number; n: number }[];
    for (const pair of pairs) expect([Number(pair.total), Number(pair.n) % 2]).toEqual([0, 0]);

    for (const member of group) {
      // Expected balances from the trades themselves: completed minutes given − received, per partner.
      const expected = new Map<string, number>();
      const list = await tradeCall(app, member, 'GET', '/api/trades');
      expect(list.statusCode, list.body).toBe(200);
      for (const seen of list.json<{ items: Trade[] }>().items) {
        for (const session of seen.sessions.filter((one) => one.status === 'completed')) {
          const slug = seen.partner.slug!;
          expected.set(
            slug,
            (expected.get(slug) ?? 0) + (session.side === 'mine' ? session.minutes : -session.minutes),
          );
        }
      }
      const ledger = await ledgerOf(app, member);
      const actual = new Map(ledger.partners.map((line) => [line.partner.slug!, line.balance]));
      expect(actual).toEqual(expected);
      for (const line of ledger.partners) {
        expect(line.history.reduce((sum, entry) => sum + entry.minutes, 0)).toBe(line.balance);
        expect(line.theyOweMe - line.iOweThem).toBe(line.balance);
      }
    }
  }

  it('sums to zero overall and per pair, and matches the completed sessions', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 4 }),
        fc.array(proposal, { minLength: 2, maxLength: 5 }),
        fc.array(action, { minLength: 4, maxLength: 30, size: 'max' }),
        async (size, opening, steps) => {
          const group = members.slice(0, size);
          const trades: Known[] = [];
          for (const step of [...opening, ...steps]) await perform(group, trades, step);
          await checkLedger(members);
        },
      ),
      { numRuns: 25 },
    );
    // The property only means something if sequences reached completions and no-shows.
    const reached = (
      await app.database.db.execute(sql`SELECT status, count(*)::int AS n FROM trade_sessions GROUP BY status`)
    ).rows as { status: string; n: number }[];
    const count = (status: string) => Number(reached.find((row) => row.status === status)?.n ?? 0);
    expect(count('completed')).toBeGreaterThan(0);
    expect(count('no-show') + count('cancelled')).toBeGreaterThan(0);
  });

  it('refuses, in the database itself, a ledger entry without its matching other side', async () => {
    const [ada, ben] = members as [Listed, Listed];
    const trade = (
      await tradeCall(app, ada, 'POST', '/api/trades', {
        toMemberSlug: ben.slug,
        give: { service: 'Swedish', minutes: 60 },
        receive: { service: 'Shiatsu', minutes: 60 },
      })
    ).json<Trade>();
    await move(app, ben, trade.id, { to: 'accepted' });
    const session = (await tradeOf(app, ada, trade.id)).sessions.find((one) => one.side === 'mine')!;
    const [adaId, benId] = (
      (
        await app.database.db.execute(
          sql`SELECT proposer_user_id AS a, partner_user_id AS b FROM trades WHERE id = ${trade.id}`,
        )
      ).rows as { a: string; b: string }[]
    ).map((row) => [row.a, row.b])[0]!;
    const entry = (
      id: string,
      counterpart: string,
      side: string,
      userId: string,
      partnerUserId: string,
      minutes: number,
      counterpartMinutes: number,
    ) =>
      sql`(${id}::uuid, ${counterpart}::uuid, ${session.id}::uuid, ${trade.id}::uuid, ${side}, ${userId}, ${partnerUserId}, ${minutes}, ${counterpartMinutes})`;
    const insert = (...rows: ReturnType<typeof entry>[]) =>
      app.database.db.execute(
        sql`INSERT INTO trade_ledger_entries (id, counterpart_id, session_id, trade_id, side, user_id, partner_user_id, minutes, counterpart_minutes) VALUES ${sql.join(rows, sql`, `)}`,
      );
    const [one, two] = [crypto.randomUUID(), crypto.randomUUID()];
    // A lone credit, a pair whose minutes differ, and a pair that does not swap the members.
    await expect(insert(entry(one, two, 'gave', adaId!, benId!, 60, -60))).rejects.toThrow();
    await expect(
      insert(entry(one, two, 'gave', adaId!, benId!, 60, -60), entry(two, one, 'received', benId!, adaId!, -45, 45)),
    ).rejects.toThrow();
    await expect(
      insert(entry(one, two, 'gave', adaId!, benId!, 60, -60), entry(two, one, 'received', adaId!, benId!, -60, 60)),
    ).rejects.toThrow();
    // The well-formed pair is accepted, which shows the refusals above were about balance.
    await insert(
      entry(one, two, 'gave', adaId!, benId!, 60, -60),
      entry(two, one, 'received', benId!, adaId!, -60, 60),
    );
    const total = (
      await app.database.db.execute(
        sql`SELECT sum(minutes)::int AS total FROM trade_ledger_entries WHERE session_id = ${session.id}`,
      )
    ).rows as { total: number }[];
    expect(Number(total[0]!.total)).toBe(0);
  });
});
