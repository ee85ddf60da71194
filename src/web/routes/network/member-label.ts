// How a member is named in the network screens: their name, then their profession in words.
import { professions } from '../../../contracts/taxonomy.ts';

export const professionLabel = (key: string) => (professions as Record<string, string>)[key] ?? key;

export const memberPath = (slug: string) => `/members/${encodeURIComponent(slug)}`;
