// Asked for before anything else, as main.tsx's first import: the router starts loading the first
// screen's code as it is created, and a phone's browser opens six connections to a host and queues
// the rest, so a request made after that waits behind the screen's files. Every screen waits for
// the session.
import { sessionQuery } from '../api/session.ts';
import { queryClient } from './query-client.ts';

void queryClient.prefetchQuery(sessionQuery);
