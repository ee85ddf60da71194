// Asked for before anything else, as main.tsx's first import: the router starts loading the first
// screen's code as it is created, and a phone's browser opens six connections to a host and queues
// the rest, so a request made after that waits behind the screen's files. Every screen waits for
// the session. The screens measured on a phone (bench/lighthouse.ts, decision 033) also have their
// own data asked for here, beside the session, instead of once their code has arrived and run: the
// same queries their hooks make, so the hooks find the answers (or the requests) already there.
import { contactsQuery, followUpsQuery, letterRecipientsSearch } from '../api/contacts.ts';
import { directoryQuery } from '../api/directory.ts';
import { letterQuery } from '../api/letters.ts';
import { myProfileQuery, taxonomyQuery } from '../api/profile.ts';
import { sessionQuery, type Session } from '../api/session.ts';
import { apiQueryFor as contactsApiQuery } from '../routes/contacts/contacts-params.ts';
import { apiQueryFor as directoryApiQuery } from '../routes/directory/directory-params.ts';
import { queryClient } from './query-client.ts';

// Only for a member: asked once the session says someone is signed in.
const whenSignedIn = (then: () => void) =>
  void queryClient
    .prefetchQuery(sessionQuery)
    .then(() => queryClient.getQueryData<Session>(sessionQuery.queryKey)?.user && then());

/** The first screen's path (under /app) → what it asks for at once. */
const firstScreens: [RegExp, (match: RegExpMatchArray, search: URLSearchParams) => void][] = [
  [
    /^\/directory$/,
    (_, search) => {
      void queryClient.prefetchQuery(directoryQuery(directoryApiQuery(search)));
      void queryClient.prefetchQuery(taxonomyQuery);
      whenSignedIn(() => void queryClient.prefetchQuery(myProfileQuery));
    },
  ],
  [
    /^\/contacts$/,
    (_, search) => {
      void queryClient.prefetchQuery(contactsQuery(contactsApiQuery(search)));
      void queryClient.prefetchQuery(followUpsQuery());
    },
  ],
  [
    /^\/letters\/([^/]+)$/,
    ([, id]) => {
      if (id === 'new' || id === 'merge' || id === 'templates') return;
      void queryClient.prefetchQuery(letterQuery(decodeURIComponent(id!)));
      void queryClient.prefetchQuery(myProfileQuery);
      void queryClient.prefetchQuery(contactsQuery(letterRecipientsSearch));
    },
  ],
];

void queryClient.prefetchQuery(sessionQuery);
const path = window.location.pathname.replace(/^\/app(?=\/|$)/, '');
for (const [pattern, start] of firstScreens) {
  const match = path.match(pattern);
  if (match) start(match, new URLSearchParams(window.location.search));
}
