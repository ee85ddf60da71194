// Every in-app address Kneadwork writes into a notification, an email or a calendar file, built in
// one place. Each one must be a path the web router serves (src/web/app/router.tsx);
// test/mail-links.test.ts follows every link in every mail to prove it.
/** Where the web app is mounted. */
export const appBase = '/app/';

export const appPaths = {
  home: '/app/',
  referral: (id: string) => `/app/referrals/${id}`,
  trade: (id: string) => `/app/trades/${id}`,
  mentoring: '/app/mentoring',
  mentorship: (id: string) => `/app/mentoring/${id}`,
  network: '/app/network',
  away: '/app/away',
  opportunities: '/app/opportunities',
  opportunity: (id: string) => `/app/opportunities/${id}`,
  conversation: (id: string) => `/app/messages/${id}`,
  circle: (id: string) => `/app/circles/${id}`,
  circleDiscussions: (circle: string) => `/app/circles/${circle}/discussions`,
  room: (kind: string, id: string) => `/app/rooms/${kind}/${id}`,
  circleThread: (circle: string, thread: string) => `/app/circles/${circle}/discussions/${thread}`,
  contact: (id: string) => `/app/contacts/${id}`,
  client: (id: string) => `/app/clients/${id}`,
  pools: '/app/pools',
  pool: (id: string) => `/app/pools/${id}`,
  alliance: '/app/alliance',
  portal: '/app/portal',
  portalSignIn: '/app/portal/sign-in',
  portalRecord: (clientId: string) => `/app/portal/records/${clientId}`,
  followUpsDue: '/app/contacts?followUp=due',
  notifications: '/app/notifications',
  notificationSettings: '/app/notifications/settings',
  collaborations: '/app/collaborations',
  campaign: (id: string) => `/app/collaborations/campaigns/${id}`,
  researchProject: (id: string) => `/app/collaborations/research/${id}`,
  volunteerEvent: (id: string) => `/app/collaborations/volunteering/${id}`,
  member: (slug: string) => `/app/members/${slug}`,
  admin: '/app/admin',
} as const;

/** An absolute address for an email or calendar file: the public origin plus an app path. */
export const appUrl = (publicUrl: string, path: string) =>
  `${publicUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;

/** Where an uploaded image (logo, photo) is served; null when there is none. */
export const mediaUrl = (file: string | null) => (file ? `/media/${file}` : null);
