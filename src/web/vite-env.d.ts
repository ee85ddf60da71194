/// <reference types="vite/client" />

/** Mantine's global styles (see vite.config.ts). */
declare module 'virtual:mantine-styles';
