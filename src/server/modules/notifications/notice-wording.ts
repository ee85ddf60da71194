// What a notification says, worded here and only here. A notice carries who acted, what happened
// and about which thing (its subject), plus a few typed facts — never text a member typed: a
// thank-you, a reason, feedback or a reply may name a client, and notifications go out by email
// and in digests. The words themselves stay behind sign-in, where the subject's page shows them.
// See docs/decisions/010-notifications-and-consent-withdrawal.md.
import { appPaths } from '../../../contracts/app-paths.ts';
import type { ReferralUrgency } from '../../../contracts/referrals.ts';
import { formatCents } from '../../../contracts/pool-pricing.ts';

/** The thing a notice is about: it gives the link, and acting on it marks the notice read. */
export type NoticeSubject =
  | { type: 'referral'; id: string }
  | { type: 'trade'; id: string }
  | { type: 'mentorship'; id: string }
  | { type: 'connection'; id: string }
  | { type: 'away'; id: string }
  | { type: 'conversation'; id: string }
  | { type: 'circle'; id: string }
  // A discussion thread: the link opens it in its circle.
  | { type: 'circle-thread'; id: string; circleId: string }
  // One of the member's clients: the link opens the client's record (behind sign-in).
  | { type: 'client'; id: string }
  // A group purchasing pool: the link opens the pool's page.
  | { type: 'pool'; id: string }
  // Collaborations: the link opens the campaign, project or event in the app.
  | { type: 'campaign'; id: string }
  | { type: 'research-project'; id: string }
  // An admin's action about the member (its audit row): the admin's words go by email only.
  | { type: 'moderation'; id: string };

/** Facts with a fixed shape: enumerations, counts and dates, nothing free. */
export type NoticeFacts = {
  urgency?: ReferralUrgency;
  days?: number;
  count?: number;
  /** ISO dates (YYYY-MM-DD), e.g. an away period. */
  from?: string;
  to?: string;
  redirected?: boolean;
  reminded?: boolean;
  /** An amount of money in cents (what a pledger owes). */
  cents?: number;
};

type Words = { title: string; body: string };
type Wording = (actor: string, facts: NoticeFacts) => Words;

const openReferral = 'Open the referral to read it.';
const referralStep =
  (done: string, body = 'Open the referral for the details.'): Wording =>
  (actor) => ({ title: `${actor} ${done}`, body });
const tradeStep =
  (done: string, body = 'Open the trade for the details.'): Wording =>
  (actor) => ({ title: `${actor} ${done}`, body });
const period = (facts: NoticeFacts) => (facts.from && facts.to ? ` ${facts.from} – ${facts.to}` : '');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const noticeWordings = {
  'referral.received': (actor, facts) => ({
    title: `${actor} referred a client to you`,
    body: `${facts.urgency ? `Urgency: ${facts.urgency}. ` : ''}${facts.redirected ? 'Sent to you as a covering colleague. ' : ''}${openReferral}`,
  }),
  'referral.accepted': referralStep('accepted the referral'),
  'referral.declined': referralStep('declined the referral', 'Open the referral to read their reason.'),
  'referral.scheduled': referralStep('made an appointment for the referral'),
  'referral.seen': referralStep('has seen the client of the referral'),
  'referral.replied': referralStep(
    'replied with the outcome of the referral',
    'Open the referral to read the outcome.',
  ),
  'referral.returned': referralStep('marked the referral as returned'),
  'referral.thanks': referralStep('thanked you', 'Open the referral to read their note.'),
  'referral.reminder': (_actor, facts) => ({
    title: 'A referral is waiting for your answer',
    body: `A client was referred to you ${plural(facts.days ?? 0, 'day', 'days')} ago. Please accept or decline it.`,
  }),
  'referral.unanswered': (actor, facts) => ({
    title: `${actor} has not answered your referral yet`,
    body: `Sent ${plural(facts.days ?? 0, 'day', 'days')} ago${facts.reminded ? '; they have been reminded' : ''}. You may want to call them or refer elsewhere.`,
  }),
  'trade.proposed': tradeStep('proposes a treatment trade', 'Open the trade to answer it.'),
  'trade.countered': tradeStep('countered your treatment trade', 'Open the trade to answer it.'),
  'trade.accepted': tradeStep('accepted your treatment trade'),
  'trade.declined': tradeStep('declined your treatment trade'),
  'trade.cancelled': tradeStep('cancelled your treatment trade', 'Open the trade to read their reason.'),
  'trade.scheduled': tradeStep('scheduled a trade session', 'The calendar invite is in your email.'),
  'trade.confirmed': tradeStep('confirmed a trade session took place', 'Open the trade to confirm it too.'),
  'trade.completed': tradeStep('confirmed your trade session: it is complete'),
  'trade.no-show': tradeStep('recorded that you did not come to a trade session'),
  'trade.feedback': tradeStep('shared feedback on your trade', 'Open the trade to read it.'),
  // Mentorship: the request's message, a decline's note and feedback stay behind sign-in.
  'mentorship.requested': (actor) => ({
    title: `${actor} asks you to be their mentor`,
    body: 'Open the request to read their message and answer it.',
  }),
  'mentorship.accepted': (actor) => ({
    title: `${actor} accepted your mentorship request`,
    body: 'Your shared space is open: set your first goals and a check-in.',
  }),
  'mentorship.declined': (actor) => ({
    title: `${actor} declined your mentorship request`,
    body: 'Open the request to see whether they left a note.',
  }),
  'mentorship.withdrawn': (actor) => ({
    title: `${actor} withdrew their mentorship request`,
    body: 'Nothing to answer; your places are as they were.',
  }),
  'mentorship.ended': (actor) => ({
    title: `${actor} ended your mentorship`,
    body: 'Open the mentorship to leave your feedback.',
  }),
  'mentorship.feedback': (actor) => ({
    title: `${actor} left feedback on your mentorship`,
    body: 'Open the mentorship to read it.',
  }),
  'mentorship.check-in': (actor, facts) => ({
    title: `${actor} scheduled a mentorship check-in`,
    body: `${facts.from ? `It is on ${facts.from}. ` : ''}Open the mentorship for the time.`,
  }),
  'mentorship.check-in-reminder': (_actor, facts) => ({
    title: 'Your mentorship check-in is coming up',
    body: `${facts.from ? `It is on ${facts.from}. ` : ''}Open the mentorship for the time and your goals.`,
  }),
  'connection.requested': (actor) => ({
    title: `${actor} wants to connect`,
    body: `${actor} asked to join your network.`,
  }),
  'connection.accepted': (actor) => ({ title: `${actor} accepted`, body: `${actor} is now in your network.` }),
  'away.cover-invited': (actor, facts) => ({
    title: `${actor} asks you to cover`,
    body: `${actor} is away${period(facts)} and asks you to take their referrals.`,
  }),
  'away.cover-accepted': (actor, facts) => ({
    title: `${actor} will cover for you`,
    body: `${actor} accepted your request to cover${period(facts)}.`,
  }),
  'away.cover-declined': (actor, facts) => ({
    title: `${actor} cannot cover for you`,
    body: `${actor} declined your request to cover${period(facts)}.`,
  }),
  'away.thanks': (actor, facts) => ({
    title: `${actor} thanks you for covering`,
    body: `Thank you for covering for ${actor}${facts.from && facts.to ? ` from ${facts.from} to ${facts.to}` : ''}. ${plural(facts.count ?? 0, 'referral was', 'referrals were')} redirected to you.`,
  }),
  'message.received': (actor) => ({ title: `New message from ${actor}`, body: 'Open the conversation to read it.' }),
  // A circle's name is its organizer's words: the notice names the person, the page names the circle.
  'circle.join-requested': (actor) => ({
    title: `${actor} asks to join your circle`,
    body: 'Open the circle to approve or decline the request.',
  }),
  'circle.approved': (actor) => ({
    title: `${actor} approved your request to join a circle`,
    body: 'You are a member now. Open the circle to meet the others.',
  }),
  'circle.invited': (actor) => ({ title: `${actor} invited you to a circle`, body: 'Open the circle to join it.' }),
  // A seat freed at a meeting you waited for: the date, never the meeting's title (an organizer's words).
  'circle.meeting-seat': (_actor, facts) => ({
    title: 'A seat opened for you at a circle meeting',
    body: `You were next in line${facts.from ? ` for the meeting on ${facts.from}` : ''}: you are going now. Open the circle if you can no longer come.`,
  }),
  'circle.meeting-cancelled': (actor, facts) => ({
    title: `${actor} cancelled a circle meeting`,
    body: `The meeting${facts.from ? ` on ${facts.from}` : ''} you answered for will not take place. Open the circle for the next one.`,
  }),
  'circle.meeting-changed': (actor, facts) => ({
    title: `${actor} changed a circle meeting`,
    body: `The meeting${facts.from ? ` on ${facts.from}` : ''} you answered for has a new time or place. Open the circle to see it.`,
  }),
  'circle.meeting-confirm': () => ({
    title: 'Does your circle’s meeting series still run?',
    body: 'Open the circle and confirm the series, or change it. Unconfirmed twice, its future meetings are paused.',
  }),
  'circle.meeting-paused': () => ({
    title: 'A circle meeting series is paused',
    body: 'Nobody confirmed that it still runs, so its future meetings are paused until an organizer does.',
  }),
  'circle.meeting-tomorrow': (_actor, facts) => ({
    title: 'Your circle meets tomorrow',
    body: `A reminder: you are going to the circle meeting${facts.from ? ` on ${facts.from}` : ''}. If you cannot come, say so in the circle to free your seat.`,
  }),
  'circle.meeting-soon': () => ({
    title: 'Your circle meets within the hour',
    body: 'Open the circle for the place or the video room.',
  }),
  // Discussions: who wrote, never what — a post may be about a client, or be a member's own
  // trouble in the support category; the words stay in the thread, behind sign-in.
  'circle.reply': (actor) => ({
    title: `${actor} replied in a circle discussion`,
    body: 'Open the discussion to read the reply.',
  }),
  'circle.mention': (actor) => ({
    title: `${actor} mentioned you in a circle discussion`,
    body: 'Open the discussion to read the post.',
  }),
  'circle.report': (actor) => ({
    title: `${actor} reported a post in your circle`,
    body: 'Open the discussion to review the post and hide it if needed.',
  }),
  'circle.meeting-offer': (_actor, facts) => ({
    title: 'A seat is offered to you at a circle meeting',
    body: `A seat freed up${facts.from ? ` for the meeting on ${facts.from}` : ''}, close to its start. Open the circle to take it before the offer runs out.`,
  }),
  // A client in the portal: never their name (the actor is always "A client"), never their words.
  'client.portal-joined': () => ({
    title: 'A client opened their portal',
    body: 'They accepted your invitation. Open the client’s record to see what they can fill in.',
  }),
  'client.intake-completed': () => ({
    title: 'A client completed their intake',
    body: 'Open the client’s record to read it before their visit, and check any health flags.',
  }),
  'client.plan-agreed': () => ({
    title: 'A client agreed to their treatment plan',
    body: 'Open the client’s record to see the plan and its agreement.',
  }),
  'client.plan-commented': () => ({
    title: 'A client commented on their treatment plan',
    body: 'Open the client’s record to read the comment.',
  }),
  'client.feedback': () => ({
    title: 'A client gave feedback on a session',
    body: 'Open the client’s record to read it.',
  }),
  'client.check-in': () => ({
    title: 'A client answered an alliance check-in',
    body: 'Open the client’s record to see the scores and the trend.',
  }),
  'client.check-in-drop': () => ({
    title: 'A client’s alliance check-in dropped below their own baseline',
    body: 'Open the client’s record to see which part (goals, tasks or your bond) fell, and talk it over at the next visit.',
  }),
  'client.consent-withdrawn': () => ({
    title: 'A client withdrew a consent',
    body: 'It no longer covers any referral, from now on. Open the client’s record to see which one.',
  }),
  // Group purchasing pools: quantities and money are facts; the pool's words stay on its page.
  'pool.going-ahead': (_actor, facts) => ({
    title: 'A group purchase you pledged to is going ahead',
    body: `You pledged ${plural(facts.count ?? 0, 'unit', 'units')} and owe ${formatCents(facts.cents ?? 0)} to the organizer. Kneadwork takes no payment: pay them directly.`,
  }),
  'pool.lapsed': () => ({
    title: 'A group purchase you pledged to did not reach its minimum',
    body: 'It lapsed, so nothing is owed.',
  }),
  'pool.cancelled': (actor) => ({
    title: `${actor} cancelled a group purchase you pledged to`,
    body: 'Nothing is owed.',
  }),
  'pool.organizer-going-ahead': (_actor, facts) => ({
    title: 'Your group purchase is going ahead',
    body: `${plural(facts.count ?? 0, 'unit was', 'units were')} pledged, ${formatCents(facts.cents ?? 0)} in all. Download the order sheet from the pool.`,
  }),
  'pool.organizer-lapsed': (_actor, facts) => ({
    title: 'Your group purchase did not reach its minimum',
    body: `${plural(facts.count ?? 0, 'unit was', 'units were')} pledged; it lapsed and nothing is owed.`,
  }),
  // Collaborations. An outside person's sign-up is only ever "someone": their details stay with the lead, behind sign-in.
  'campaign.invited': (actor) => ({
    title: `${actor} invited you to a joint marketing campaign`,
    body: 'Open the campaign to accept and add your offer to its public page.',
  }),
  'research.applied': (actor) => ({
    title: `${actor} asked to join your research project`,
    body: 'Open the project to accept or decline.',
  }),
  'research.signed-up': () => ({
    title: 'Someone signed up for your research project',
    body: 'Open the project to see who signed up.',
  }),
  // The admin's reason is theirs to read in the email sent to this member alone, never here.
  'moderation.warning': () => ({
    title: 'The Kneadwork administrators sent you a warning',
    body: 'We emailed you their reason. Please keep to the community rules.',
  }),
} satisfies Record<string, Wording>;

export type NoticeKind = keyof typeof noticeWordings;

export const isNoticeKind = (kind: string): kind is NoticeKind => Object.hasOwn(noticeWordings, kind);

const subjectPaths: { [T in NoticeSubject['type']]: (subject: Extract<NoticeSubject, { type: T }>) => string } = {
  referral: ({ id }) => appPaths.referral(id),
  trade: ({ id }) => appPaths.trade(id),
  mentorship: ({ id }) => appPaths.mentorship(id),
  connection: () => appPaths.network,
  away: () => appPaths.away,
  conversation: ({ id }) => appPaths.conversation(id),
  circle: ({ id }) => appPaths.circle(id),
  'circle-thread': ({ id, circleId }) => appPaths.circleThread(circleId, id),
  client: ({ id }) => appPaths.client(id),
  pool: ({ id }) => appPaths.pool(id),
  campaign: ({ id }) => appPaths.campaign(id),
  'research-project': ({ id }) => appPaths.researchProject(id),
  moderation: () => appPaths.notifications,
};

export const subjectKey = (subject: NoticeSubject) => `${subject.type}:${subject.id}`;
export const subjectPath = (subject: NoticeSubject) =>
  (subjectPaths[subject.type] as (each: NoticeSubject) => string)(subject);

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const count = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1e6 ? value : undefined;
const urgencies: readonly string[] = ['routine', 'soon', 'urgent'];

/** Facts as the types promise them, whatever a caller cast: anything else is dropped, never shown. */
export function safeFacts(facts: NoticeFacts = {}): NoticeFacts {
  return {
    urgency: typeof facts.urgency === 'string' && urgencies.includes(facts.urgency) ? facts.urgency : undefined,
    days: count(facts.days),
    count: count(facts.count),
    from: typeof facts.from === 'string' && isoDate.test(facts.from) ? facts.from : undefined,
    to: typeof facts.to === 'string' && isoDate.test(facts.to) ? facts.to : undefined,
    redirected: facts.redirected === true,
    reminded: facts.reminded === true,
    cents:
      typeof facts.cents === 'number' && Number.isInteger(facts.cents) && facts.cents >= 0 && facts.cents < 1e12
        ? facts.cents
        : undefined,
  };
}

/** A person's name as a notice shows it: one line, short (it also becomes an email subject). */
export const actorName = (name: unknown) =>
  (typeof name === 'string' ? name.replace(/\s+/g, ' ').trim().slice(0, 120) : '') || 'Someone';

export const wordingOf = (kind: NoticeKind, actor: unknown, facts?: NoticeFacts): Words =>
  noticeWordings[kind](actorName(actor), safeFacts(facts));
