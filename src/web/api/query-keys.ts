// Every query key of the web app, in one place. A key is a path: invalidating a prefix refreshes
// everything under it, so cross-domain refreshes (a sent letter → contacts and offers) and live
// events name the key here instead of repeating a string that a rename would silently break.
const under = <Root extends readonly string[]>(root: Root) => ({
  all: root,
  list: (...rest: string[]) => [...root, 'list', ...rest] as const,
  one: (id: string) => [...root, 'one', id] as const,
});

export const queryKeys = {
  session: ['session'] as const,
  opportunities: {
    all: ['opportunities'] as const,
    search: (query: string) => ['opportunities', 'search', query] as const,
    mine: ['opportunities', 'mine'] as const,
    one: (id: string) => ['opportunities', 'one', id] as const,
    savedSearches: ['opportunities', 'saved-searches'] as const,
  },
  clientConfig: ['client-config'] as const,
  taxonomy: ['taxonomy'] as const,
  home: ['me', 'home'] as const,
  myProfile: ['me', 'profile'] as const,
  profile: (slug: string) => ['profiles', slug] as const,
  circle: (idOrSlug: string) => ['circles', idOrSlug] as const,
  discussions: {
    all: ['discussions'] as const,
    threads: (circle: string, category: string) => ['discussions', 'circle', circle, category] as const,
    thread: (id: string) => ['discussions', 'thread', id] as const,
  },
  circles: {
    all: ['circles'] as const,
    list: (query: string) => ['circles', 'list', query] as const,
    members: (idOrSlug: string, status: string) => ['circles', idOrSlug, 'members', status] as const,
    invitations: (idOrSlug: string) => ['circles', idOrSlug, 'invitations'] as const,
    meetings: (idOrSlug: string) => ['circles', idOrSlug, 'meetings'] as const,
    meeting: (meetingId: string) => ['circles', 'meeting', meetingId] as const,
    occurrences: (meetingId: string, range: string) => ['circles', 'meeting', meetingId, 'occurrences', range] as const,
    attendance: (meetingId: string, start: string) => ['circles', 'meeting', meetingId, 'attendance', start] as const,
    notes: (meetingId: string, start: string) => ['circles', 'meeting', meetingId, 'notes', start] as const,
  },
  calendarFeed: ['me', 'calendar'] as const,
  moderation: {
    all: ['moderation'] as const,
    amAdmin: ['moderation', 'me'] as const,
    queue: (status: string) => ['moderation', 'queue', status] as const,
    audit: ['moderation', 'audit'] as const,
  },
  directory: { all: ['directory'] as const, search: (query: unknown) => ['directory', query] as const },
  memberSearch: (query: unknown) => ['member-search', query] as const,
  scopeGuide: (query: unknown) => ['scope-guide', query] as const,
  glossary: (query: unknown) => ['glossary', query] as const,
  away: ['away'] as const,
  pools: under(['pools'] as const),
  network: {
    all: ['network'] as const,
    connections: ['network', 'connections'] as const,
    reciprocity: ['network', 'reciprocity'] as const,
  },
  referrals: {
    ...under(['referrals'] as const),
    suggestions: (params: string) => ['referrals', 'suggestions', params] as const,
  },
  trades: { ...under(['trades'] as const), ledger: ['trades', 'ledger'] as const },
  mentoring: {
    ...under(['mentoring'] as const),
    mine: ['mentoring', 'mine'] as const,
    suggestions: ['mentoring', 'suggestions'] as const,
  },
  offers: {
    ...under(['offers'] as const),
    certificates: (offerId: string) => ['offers', 'one', offerId, 'certificates'] as const,
    certificate: (code: string) => ['offers', 'certificate', code] as const,
  },
  clients: {
    ...under(['clients'] as const),
    consents: (id: string) => ['clients', 'one', id, 'consents'] as const,
    accessLog: (id: string) => ['clients', 'one', id, 'access-log'] as const,
  },
  contacts: {
    ...under(['contacts'] as const),
    interactions: (id: string) => ['contacts', 'one', id, 'interactions'] as const,
    followUps: ['contacts', 'follow-ups'] as const,
    suggestions: (profession: string) => ['contacts', 'suggestions', profession] as const,
  },
  letters: {
    ...under(['letters'] as const),
    templates: ['letters', 'templates'] as const,
    draft: (...ids: string[]) => ['letters', 'draft', ...ids] as const,
    preview: (request: unknown) => ['letters', 'preview', request] as const,
  },
  conversations: {
    ...under(['conversations'] as const),
    messages: (id: string) => ['conversations', 'one', id, 'messages'] as const,
  },
  notifications: {
    all: ['notifications'] as const,
    list: ['notifications', 'list'] as const,
    unread: ['notifications', 'unread'] as const,
    preferences: ['notifications', 'preferences'] as const,
  },
};
