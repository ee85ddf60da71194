export * from './auth.ts';
export * from './profiles.ts';
export * from './platform.ts';
export * from './alliances.ts';
export * from './letters.ts';
export * from './offers.ts';
