// A member with a realistic, lived-in account, made through the real API as other browsers would:
// colleagues in the directory, a trusted connection, a client with consent and a referral, a
// contact with a letter, an offer with a certificate, a trade, a conversation and notifications.
// The phone-width and accessibility suites visit every page of the app with it, so each page
// shows real content (long names included) rather than its empty state.
import { expect, request, type APIRequestContext } from '@playwright/test';
import { password, seedColleague } from './members.ts';

export type RealisticMember = {
  email: string;
  slug: string;
  colleagueSlug: string;
  ids: {
    contact: string;
    letter: string;
    offer: string;
    client: string;
    referral: string;
    trade: string;
    conversation: string;
    circle: string;
    meeting: string;
    campaign: string;
    volunteerEvent: string;
    research: string;
  };
};

async function signedIn(baseURL: string, email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const response = await api.post('/api/auth/sign-in/email', { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  return api;
}

async function created<T>(response: Awaited<ReturnType<APIRequestContext['post']>>): Promise<T> {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export async function seedRealisticMember(baseURL: string): Promise<RealisticMember> {
  const me = await seedColleague(baseURL, 'Maya Ortiz-Whitfield', {
    profession: 'massage-therapist',
    postalCode: '97204',
    practiceName: 'Ortiz-Whitfield Therapeutic Massage & Recovery',
    specialties: ['sports', 'chronic-pain', 'prenatal'],
    modalities: ['deep-tissue'],
    acceptingReferrals: true,
    openToTrades: true,
  });
  const chiro = await seedColleague(baseURL, 'Anika Patel-Fitzgerald', {
    profession: 'chiropractor',
    postalCode: '97205',
    practiceName: 'Alder Street Spine and Sports Injury Center',
    specialties: ['chronic-pain', 'sports'],
    acceptingReferrals: true,
    openToTrades: true,
  });
  await seedColleague(baseURL, 'Bartholomew Nakamura', {
    profession: 'physiotherapist',
    postalCode: '97209',
    practiceName: 'Pearl District Physical Therapy',
    specialties: ['sports'],
    acceptingReferrals: true,
  });

  const api = await signedIn(baseURL, me.email);
  const them = await signedIn(baseURL, chiro.email);

  // A trusted connection, so the network, cover and reciprocity have a partner.
  const connection = await created<{ id: string }>(
    await api.post('/api/connections', { data: { toMemberSlug: chiro.slug } }),
  );
  await created(await them.post(`/api/connections/${connection.id}/accept`, { data: {} }));

  // A contact, a letter to them, an offer and a certificate for them.
  const contact = await created<{ id: string }>(
    await api.post('/api/contacts', {
      data: {
        name: 'Dr. Jonathan Castellanos-Rivera',
        profession: 'chiropractor',
        organisation: 'Willamette Valley Integrated Chiropractic',
        email: 'jonathan@example.com',
        phone: '+1 503-555-0142',
        city: 'Portland',
        region: 'OR',
        postalCode: '97210',
        tags: ['sports-injuries', 'downtown'],
        notes: 'Met at the spring sports medicine symposium.\nAsked about prenatal work.',
        followUpOn: isoDay(-1),
        followUpNote: 'Call about the lunch-and-learn',
      },
    }),
  );
  const letter = await created<{ id: string }>(await api.post('/api/letters', { data: { contactId: contact.id } }));
  const offer = await created<{ id: string }>(
    await api.post('/api/offers', {
      data: {
        kind: 'free-session',
        minutes: 60,
        title: 'Complimentary one-hour therapeutic massage',
        terms: 'By appointment; one per professional.',
        validFrom: isoDay(0),
        validUntil: isoDay(90),
        maxIssued: 25,
      },
    }),
  );
  await created(await api.post(`/api/offers/${offer.id}/certificates`, { data: { contactId: contact.id } }));

  // A client with consent, referred to the chiropractor, who accepts.
  const client = await created<{ id: string }>(
    await api.post('/api/clients', {
      data: {
        name: 'Jordan Reyes-Montgomery',
        email: 'jordan.reyes@example.com',
        phone: '503-555-0199',
        dateOfBirth: '1984-06-02',
        notes: 'Desk worker; low back stiffness for 3 months.',
      },
    }),
  );
  const consent = await created<{ id: string }>(
    await api.post(`/api/clients/${client.id}/consents`, {
      data: {
        scope: ['identity', 'reason', 'observations'],
        sharedWith: { kind: 'any-referral' },
        method: 'signed-online',
      },
    }),
  );
  const referral = await created<{ id: string }>(
    await api.post('/api/referrals', {
      data: {
        clientId: client.id,
        consentId: consent.id,
        toMemberSlug: chiro.slug,
        reasonClinical: 'Suspected lumbar facet joint restriction with reduced rotation at L4–L5.',
        reasonPlain: 'Lower back stiffness that massage alone has not eased.',
        urgency: 'soon',
        observations: 'No neurological signs.',
        share: ['identity', 'reason', 'observations'],
      },
    }),
  );
  await created(await them.post(`/api/referrals/${referral.id}/transitions`, { data: { to: 'accepted' } }));

  // A trade and a conversation with the same colleague.
  const trade = await created<{ id: string }>(
    await api.post('/api/trades', {
      data: {
        toMemberSlug: chiro.slug,
        give: { service: 'Deep tissue massage', minutes: 60 },
        receive: { service: 'Spinal adjustment and assessment', minutes: 45 },
        note: 'Thursdays work best for me.',
      },
    }),
  );
  const circle = await created<{ id: string; slug: string }>(
    await api.post('/api/circles', {
      data: {
        name: 'Portland Sports and Chronic Pain Bodywork Study Group',
        kind: 'study-group',
        description: 'One paper a month, then we practise the technique on each other.',
        rules: 'Come having read the paper. What clients we discuss stays here.',
        topics: ['sports', 'chronic pain'],
        visibility: 'private',
        postalCode: '97204',
        online: true,
        memberCap: 12,
        invite: { memberSlugs: [chiro.slug] },
      },
    }),
  );
  const meeting = await created<{ id: string }>(
    await api.post(`/api/circles/${circle.id}/meetings`, {
      data: {
        title: 'Paper and practice evening, every other week',
        start: `${isoDay(10)}T18:30`,
        timeZone: 'America/Los_Angeles',
        rrule: 'FREQ=WEEKLY;INTERVAL=2',
        durationMinutes: 120,
        capacity: 10,
        place: { kind: 'address', address: '1120 SW Alder St, Portland, OR 97205' },
      },
    }),
  );
  const conversation = await created<{ id: string }>(
    await api.post('/api/conversations', { data: { memberSlugs: [chiro.slug] } }),
  );
  await created(
    await them.post(`/api/conversations/${conversation.id}/messages`, {
      data: {
        body: 'Thanks for sending Jordan over — I can see them on Thursday afternoon. Would a shared treatment plan help?',
      },
    }),
  );

  // Collaborations: a campaign with the colleague invited, a volunteer event, a research project.
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
  const campaign = await created<{ id: string }>(
    await api.post('/api/campaigns', {
      data: {
        title: 'Spring wellness week',
        description: 'Offers from three practices for runners.',
        startsOn: inDays(1).toISOString().slice(0, 10),
        endsOn: inDays(10).toISOString().slice(0, 10),
        inviteSlugs: [chiro.slug],
      },
    }),
  );
  const volunteerEvent = await created<{ id: string }>(
    await api.post('/api/volunteer-events', {
      data: {
        title: 'Marathon recovery tent',
        place: 'Waterfront Park',
        shifts: [{ startsAt: inDays(5).toISOString(), endsAt: inDays(5.1).toISOString(), capacity: 6 }],
      },
    }),
  );
  const research = await created<{ id: string }>(
    await api.post('/api/research-projects', {
      data: {
        title: 'Massage and low back pain',
        description: 'A pilot study of weekly massage for chronic low back pain.',
      },
    }),
  );

  await api.dispose();
  await them.dispose();
  return {
    email: me.email,
    slug: me.slug,
    colleagueSlug: chiro.slug,
    ids: {
      contact: contact.id,
      letter: letter.id,
      offer: offer.id,
      client: client.id,
      referral: referral.id,
      trade: trade.id,
      conversation: conversation.id,
      circle: circle.slug,
      meeting: meeting.id,
      campaign: campaign.id,
      volunteerEvent: volunteerEvent.id,
      research: research.id,
    },
  };
}

/** Every page of the app (src/web/app/router.tsx), as paths for this member. */
export function appPages(member: RealisticMember): Array<{ label: string; path: string }> {
  const { ids } = member;
  return [
    { label: 'home', path: '/app/' },
    { label: 'directory', path: '/app/directory?near=97204' },
    { label: 'profile editor', path: '/app/profile' },
    { label: 'contacts list', path: '/app/contacts' },
    { label: 'contacts board', path: '/app/contacts?view=board' },
    { label: 'contacts import', path: '/app/contacts/import' },
    { label: 'contacts expand', path: '/app/contacts/expand' },
    { label: 'contact page', path: `/app/contacts/${ids.contact}` },
    { label: 'letters', path: '/app/letters' },
    { label: 'letter editor', path: `/app/letters/${ids.letter}` },
    { label: 'new letter', path: `/app/letters/new?contactId=${ids.contact}` },
    { label: 'letter templates', path: '/app/letters/templates' },
    { label: 'mail merge', path: '/app/letters/merge' },
    { label: 'offers', path: '/app/offers' },
    { label: 'offer page', path: `/app/offers/${ids.offer}` },
    { label: 'redeem', path: '/app/redeem' },
    { label: 'referrals', path: '/app/referrals' },
    { label: 'new referral', path: `/app/referrals/new?clientId=${ids.client}` },
    { label: 'referral page', path: `/app/referrals/${ids.referral}` },
    { label: 'clients', path: '/app/clients' },
    { label: 'client page', path: `/app/clients/${ids.client}` },
    { label: 'network', path: '/app/network' },
    { label: 'away', path: '/app/away' },
    { label: 'trades', path: '/app/trades' },
    { label: 'trade page', path: `/app/trades/${ids.trade}` },
    { label: 'group purchasing', path: '/app/pools' },
    { label: 'messages', path: '/app/messages' },
    { label: 'thread', path: `/app/messages/${ids.conversation}` },
    { label: 'notifications', path: '/app/notifications' },
    { label: 'notification settings', path: '/app/notifications/settings' },
    { label: 'account', path: '/app/account' },
    { label: 'member page', path: `/app/members/${member.colleagueSlug}` },
    { label: 'circles', path: '/app/circles?near=97204' },
    { label: 'start a circle', path: '/app/circles/new' },
    { label: 'circle page', path: `/app/circles/${ids.circle}` },
    { label: 'meeting form', path: `/app/circles/${ids.circle}/meetings/new` },
    { label: 'meeting page', path: `/app/circles/${ids.circle}/meetings/${ids.meeting}` },
    { label: 'collaborations', path: '/app/collaborations' },
    { label: 'campaign page', path: `/app/collaborations/campaigns/${ids.campaign}` },
    { label: 'volunteer event page', path: `/app/collaborations/volunteering/${ids.volunteerEvent}` },
    { label: 'research project page', path: `/app/collaborations/research/${ids.research}` },
  ];
}
