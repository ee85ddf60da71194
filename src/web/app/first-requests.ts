// Asked for before anything else, as main.tsx's first import: the router starts loading the first
// screen's code as it is created, and a phone's browser opens six connections to a host and queues
// the rest, so a request made after that waits behind the screen's files. Every screen waits for
// the session. The screens measured on a phone (bench/lighthouse.ts, decision 033) have their own
// reads asked for here too, rather than once their code has come, the session has answered and
// they have drawn: the URLs their queries ask for (api/read-urls.ts), whose answers api() hands to
// those queries once (api/early-requests.ts). Every page loads this module, so it holds no screen's
// code: the directory's and the contacts list's URL-to-query functions (which the screens import
// too) come as their own small file, one round trip, beside the screen's.
import { askEarly } from '../api/http.ts';
import {
  contactsUrl,
  directoryUrl,
  followUpsUrl,
  letterRecipientsQuery,
  letterUrl,
  lettersUrl,
  myProfileUrl,
  taxonomyUrl,
} from '../api/read-urls.ts';
import { sessionQuery, type Session } from '../api/session.ts';
import { queryClient } from './query-client.ts';

const session = queryClient.prefetchQuery(sessionQuery);
const whenSignedIn = (url: string) =>
  void session.then(() => queryClient.getQueryData<Session>(sessionQuery.queryKey)?.user && askEarly(url));

/** The first screen's path (under /app, as the router matches it) → what it reads as it first draws. */
const firstReads: [RegExp, (search: URLSearchParams, id: string) => void][] = [
  [
    /^\/directory$/i,
    (search) => {
      void import('../routes/directory/directory-params.ts').then((params) =>
        askEarly(directoryUrl(params.apiQueryFor(search))),
      );
      askEarly(taxonomyUrl);
      whenSignedIn(myProfileUrl);
    },
  ],
  [
    /^\/contacts$/i,
    (search) => {
      void import('../routes/contacts/contacts-params.ts').then((params) =>
        askEarly(contactsUrl(params.apiQueryFor(search))),
      );
      askEarly(followUpsUrl());
    },
  ],
  [/^\/letters$/i, () => askEarly(lettersUrl)],
  [
    /^\/letters\/(?!(?:new|merge|templates)$)([^/]+)$/i,
    (_, id) => {
      askEarly(letterUrl(id));
      askEarly(myProfileUrl);
      askEarly(contactsUrl(letterRecipientsQuery));
    },
  ],
];

const path = window.location.pathname.replace(/^\/app(?=\/|$)/, '').replace(/(.)\/+$/, '$1');
for (const [pattern, start] of firstReads) {
  const match = pattern.exec(path);
  if (!match) continue;
  let id = match[1] ?? '';
  try {
    id = decodeURIComponent(id);
  } catch {
    // The router keeps an undecodable segment as it is (route-match.ts): so does this.
  }
  start(new URLSearchParams(window.location.search), id);
}
