// The member's home: each number comes from the module that owns it (follow-ups, referrals,
// trades, certificates, profile, pipeline), asked through its service, never its tables.
import { contactListQuerySchema } from '../../../contracts/contacts.ts';
import type { MemberHome } from '../../../contracts/home.ts';
import { stages } from '../../../contracts/pipeline.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import type { ContactsService } from '../contacts/contacts.service.ts';
import type { FollowUpsService } from '../contacts/follow-ups.service.ts';
import type { CertificatesService } from '../offers/certificates.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import type { ReferralsService } from '../referrals/referrals.service.ts';
import type { TradesService } from '../trades/trades.service.ts';
import { profileCompleteness } from './profile-completeness.ts';

const expiringWithinDays = 14;
const listed = 5;

export type HomeDeps = {
  followUps: Pick<FollowUpsService, 'buckets'>;
  contacts: Pick<ContactsService, 'list'>;
  referrals: Pick<ReferralsService, 'list'>;
  trades: Pick<TradesService, 'list'>;
  certificates: Pick<CertificatesService, 'expiringSoon'>;
  profiles: Pick<ProfilesService, 'getOwn'>;
};

export function homeService(
  _context: AppContext,
  { followUps, contacts, referrals, trades, certificates, profiles }: HomeDeps,
) {
  return {
    /** `today`: the member's calendar day (the browser's), as for the follow-up list itself. */
    async forMember(actor: Actor, today?: string): Promise<MemberHome> {
      const [due, inbox, outbox, myTrades, expiring, profile, pipeline] = await Promise.all([
        followUps.buckets(actor, today),
        referrals.list(actor, { box: 'inbox', status: 'sent', page: 1, pageSize: listed }),
        referrals.list(actor, { box: 'outbox', page: 1, pageSize: 1 }),
        trades.list(actor),
        certificates.expiringSoon(actor, expiringWithinDays),
        profiles.getOwn(actor),
        contacts.list(actor, contactListQuerySchema.parse({ pageSize: 1 })),
      ]);
      const waitingTrades = myTrades.filter((trade) => trade.awaiting === 'me');
      const receivedAny =
        inbox.total > 0 || (await referrals.list(actor, { box: 'inbox', page: 1, pageSize: 1 })).total > 0;
      return {
        newMember: pipeline.total === 0 && outbox.total === 0 && !receivedAny && myTrades.length === 0,
        followUps: { overdue: due.overdue.length, today: due.today.length, upcoming: due.upcoming.length },
        referralsWaiting: {
          total: inbox.total,
          items: inbox.items.map((item) => ({
            id: item.id,
            from: item.from.name,
            specialty: item.specialty,
            urgency: item.urgency,
            createdAt: item.createdAt,
          })),
        },
        tradesToAnswer: {
          total: waitingTrades.length,
          items: waitingTrades
            .slice(0, listed)
            .map((trade) => ({ id: trade.id, partner: trade.partner.name, status: trade.status })),
        },
        certificatesExpiring: { ...expiring, withinDays: expiringWithinDays },
        profile: profileCompleteness(profile),
        pipeline: {
          total: pipeline.total,
          byStage: Object.fromEntries(Object.keys(stages).map((stage) => [stage, pipeline.byStage[stage] ?? 0])),
        },
      };
    },
  };
}
export type HomeService = ReturnType<typeof homeService>;
