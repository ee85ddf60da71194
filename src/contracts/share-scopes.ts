// What a consent can allow to be shared, without zod: the referral packet's words (shown on the
// referral page) need it without the schema library; clients.ts re-exports it.
/** The parts of a client's record a consent can allow to be shared, with what each part holds. */
export const shareScopes = {
  identity: 'Name, date of birth and contact details',
  reason: 'The reason for the referral',
  observations: 'What I did and observed',
  history: 'Relevant history and notes',
} as const;
export type ShareScope = keyof typeof shareScopes;
