// The member's destinations, in two tiers: the primary ones stay in view on wide screens, the rest
// sit under "More". The burger on narrow screens lists both.
export type NavItem = { to: string; label: string };

export const publicLinks: NavItem[] = [{ to: '/directory', label: 'Directory' }];

// Letters and Offers stay in view: the browser tests (and members used to them) reach them there.
export const primaryLinks: NavItem[] = [
  { to: '/directory', label: 'Directory' },
  { to: '/contacts', label: 'My professionals' },
  { to: '/referrals', label: 'Referrals' },
  { to: '/messages', label: 'Messages' },
  { to: '/letters', label: 'Letters' },
  { to: '/offers', label: 'Offers' },
];

export const moreLinks: NavItem[] = [
  { to: '/circles', label: 'Circles' },
  { to: '/collaborations', label: 'Collaborations' },
  { to: '/clients', label: 'Clients' },
  { to: '/network', label: 'Network' },
  { to: '/trades', label: 'Trades' },
  { to: '/opportunities', label: 'Opportunities' },
  { to: '/pools', label: 'Group purchasing' },
  { to: '/mentoring', label: 'Mentoring' },
  { to: '/redeem', label: 'Redeem a certificate' },
  { to: '/away', label: 'Away' },
  { to: '/profile', label: 'My profile' },
  { to: '/account', label: 'Account' },
];

/** Only for admins (the page itself is the app's not-found page to anyone else). */
export const adminLink: NavItem = { to: '/admin', label: 'Admin' };
