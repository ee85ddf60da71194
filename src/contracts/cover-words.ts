// Away periods' plain constants, without zod, for the web's away screens; cover.ts re-exports them.
export const awayReasons = { ill: 'Ill', vacation: 'On vacation', leave: 'On leave' } as const;
export type AwayReason = keyof typeof awayReasons;
/** The most colleagues one away period may ask to cover. */
export const maxCovers = 5;
