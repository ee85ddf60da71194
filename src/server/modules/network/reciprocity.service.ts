// Reciprocity: for each partner (a connection, or anyone I exchanged referrals with), how many
// referrals went each way and how far they got; a 12-month trend for the chart; my referral
// network as a weighted graph; and the partners where the flow runs one way only. Computed on
// request from the referrals table — nothing to keep in sync.
import type { Reciprocity } from '../../../contracts/network.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { networkHistoryRepository } from './network-history.repository.ts';
import { connectionsRepository } from './connections.repository.ts';

// Below this many referrals one way a missing return is too early to call one-sided.
export const oneWayThreshold = 2;
const months = 12;

/** The last `months` calendar months (UTC), oldest first, as YYYY-MM. */
export function lastMonths(now: Date, count = months) {
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - index), 1));
    return day.toISOString().slice(0, 7);
  });
}

type Partner = Reciprocity['partners'][number];
const emptyFlow = () => ({ total: 0, accepted: 0, seen: 0, returned: 0 });

export type ReciprocityDeps = { profiles: Pick<ProfilesService, 'memberCards'> };

export function reciprocityService(context: AppContext, { profiles }: ReciprocityDeps) {
  const history = networkHistoryRepository(context.db);
  const connections = connectionsRepository(context.db);
  // Only members with a profile appear; their names come from it (a profile the partner later hid
  // still shows its name here: this is my own referral history, not the directory).
  const membersOf = (userIds: string[]) => profiles.memberCards(userIds);

  return {
    async forMember(actor: Pick<Actor, 'userId'>, now = new Date()): Promise<Reciprocity> {
      const window = lastMonths(now);
      const [flows, connected, monthly] = [
        await history.referralFlows(actor.userId),
        await connections.findAcceptedPartners(actor.userId),
        await history.monthlyFlows(actor.userId, `${window[0]}-01`),
      ];
      const partnerIds = [
        ...new Set([...connected.map((row) => row.partnerId), ...flows.map((flow) => flow.partnerId)]),
      ];
      const members = await membersOf(partnerIds);
      const me = (await membersOf([actor.userId])).get(actor.userId);

      const byPartner = new Map<string, Partner>();
      for (const partnerId of partnerIds) {
        const member = members.get(partnerId);
        if (!member) continue;
        const connection = connected.find((row) => row.partnerId === partnerId);
        byPartner.set(partnerId, {
          member,
          connected: Boolean(connection),
          trusted: connection?.trusted ?? false,
          sent: emptyFlow(),
          received: emptyFlow(),
        });
      }
      for (const flow of flows) {
        const partner = byPartner.get(flow.partnerId);
        if (partner)
          partner[flow.outgoing ? 'sent' : 'received'] = {
            total: flow.total,
            accepted: flow.accepted,
            seen: flow.seen,
            returned: flow.returned,
          };
      }
      const partners = [...byPartner.values()].sort(
        (a, b) =>
          b.sent.total + b.received.total - (a.sent.total + a.received.total) ||
          a.member.displayName.localeCompare(b.member.displayName),
      );

      const perMonth = new Map(monthly.map((row) => [row.month, row]));
      const trend = window.map((month) => ({
        month,
        sent: perMonth.get(month)?.sent ?? 0,
        received: perMonth.get(month)?.received ?? 0,
        returned: perMonth.get(month)?.returned ?? 0,
      }));

      const meId = me?.slug ?? 'me';
      const network = {
        nodes: [
          { id: meId, label: me?.displayName ?? 'Me', role: 'me' as const },
          ...partners.map((p) => ({ id: p.member.slug, label: p.member.displayName, role: 'partner' as const })),
        ],
        edges: partners.flatMap((p) => [
          ...(p.sent.total > 0 ? [{ from: meId, to: p.member.slug, weight: p.sent.total }] : []),
          ...(p.received.total > 0 ? [{ from: p.member.slug, to: meId, weight: p.received.total }] : []),
        ]),
      };

      const suggestions = partners.flatMap((p): Reciprocity['suggestions'] => {
        const [sent, received] = [p.sent.total, p.received.total];
        if (sent >= oneWayThreshold && received === 0) {
          const message = `You have referred ${sent} clients to ${p.member.displayName} and received none back. Tell them which clients you would like to see.`;
          return [{ member: p.member, kind: 'they-never-refer-back' as const, sent, received, message }];
        }
        if (received >= oneWayThreshold && sent === 0) {
          const message = `${p.member.displayName} has referred ${received} clients to you and you none back. Who in your practice could they help?`;
          return [{ member: p.member, kind: 'you-never-refer-back' as const, sent, received, message }];
        }
        return [];
      });

      return { partners, trend, network, suggestions };
    },
  };
}
export type ReciprocityService = ReturnType<typeof reciprocityService>;
