// Circles' plain words and constants, without zod, for the web and the server-rendered /circles
// page alike; circles.ts re-exports them.
export const circleKinds = {
  'peer-networking': 'Peer networking',
  'study-group': 'Study group',
  'business-inner-circle': 'Business inner circle',
  'association-chapter': 'Association chapter',
  'volunteer-team': 'Volunteer team',
  'lunch-group': 'Lunch group',
} as const;
export type CircleKind = keyof typeof circleKinds;

export const circleVisibilities = {
  public: 'Public: listed, anyone may join',
  private: 'Private: listed, joining needs an organizer’s approval',
  secret: 'Secret: by invitation only, invisible to everyone else',
} as const;
export type CircleVisibility = keyof typeof circleVisibilities;

export const circleRoles = ['organizer', 'co-organizer', 'member'] as const;
export type CircleRole = (typeof circleRoles)[number];

/** Where a person stands with a circle; only `active` is a member. */
export const circleMemberStatuses = [
  'active',
  'requested',
  'invited',
  'declined',
  'left',
  'removed',
  'banned',
] as const;
export type CircleMemberStatus = (typeof circleMemberStatuses)[number];

export const circleLimits = { cap: { min: 2, max: 5000 }, topics: 10, invitees: 50 } as const;
