// The plain words of circle discussions, free of zod so pages can import them.
/** What a member may start a thread in; check-in threads are opened from a meeting occurrence. */
export const discussionCategories = ['general', 'support'] as const;
export const threadCategories = ['general', 'support', 'check-in'] as const;
export type ThreadCategory = (typeof threadCategories)[number];

export const categoryLabels: Record<ThreadCategory, string> = {
  general: 'Problem solving',
  support: 'Support',
  'check-in': 'Meeting check-ins',
};

export const categoryHints: Record<ThreadCategory, string> = {
  general: 'Questions, cases and ideas for the circle.',
  support: 'Moral support among members. Never sent by email; notifications carry no text.',
  'check-in': 'For members who would rather write than speak at a meeting.',
};
