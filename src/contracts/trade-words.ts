// Trades' plain constants, without zod, for the web's trade screens; trades.ts re-exports them.
export const tradeLimits = { minutes: { min: 15, max: 180 } } as const;
