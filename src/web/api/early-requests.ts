// Answers asked for before the screen's code is in (app/first-requests.ts starts them beside the
// session), kept for that screen's own request for the same URL (api() in http.ts). An answer is
// handed over once, to the first request for its URL, and only while nothing can have changed it:
// a write drops every answer not yet taken, so does a move to another address (app/router.tsx),
// and so does a short wait (the screen never asked; it will ask the network itself).
const waiting = new Map<string, Promise<Response>>();

/** Long enough for a screen's code to come on a slow phone connection, short beside the 30 s an answer counts as fresh (query-client.ts). */
export const earlyAnswerKeptMs = 10_000;

export function keepEarly(url: string, response: Promise<Response>) {
  // An answer no one takes is no one's to report when it fails.
  response.catch(() => undefined);
  waiting.set(url, response);
  setTimeout(() => {
    if (waiting.get(url) === response) waiting.delete(url);
  }, earlyAnswerKeptMs);
}

/** The answer kept for `url`, once; undefined when there is none (ask the network). */
export function takeEarly(url: string): Promise<Response> | undefined {
  const response = waiting.get(url);
  waiting.delete(url);
  return response;
}

export function dropEarly() {
  waiting.clear();
}
