// The URLs of the reads a first screen finds already asked for (app/first-requests.ts starts them at
// start, api/early-requests.ts hands them over): built here, once, for the screen's own query and
// for that early request, so the two cannot differ. Every page loads this module: strings only.
import { today } from '../components/dates.ts';

export const taxonomyUrl = '/api/taxonomy';
export const myProfileUrl = '/api/me/profile';
export const lettersUrl = '/api/letters';

/** `apiQuery`: the directory page's URL read as the API's query (routes/directory/directory-params.ts). */
export const directoryUrl = (apiQuery: URLSearchParams) => `/api/directory?${apiQuery.toString()}`;

/** A page of contacts; "due" and "upcoming" follow-ups are counted from the member's own today. */
export function contactsUrl(apiQuery: URLSearchParams) {
  const params = new URLSearchParams(apiQuery);
  if (params.has('followUp')) params.set('today', today());
  return `/api/contacts?${params.toString()}`;
}

/** Every contact a letter may go to (the letter editor's picker). */
export const letterRecipientsQuery = new URLSearchParams({ pageSize: '500' });

export const followUpsUrl = () => `/api/contacts/follow-ups?today=${today()}`;

export const letterUrl = (id: string) => `/api/letters/${encodeURIComponent(id)}`;
