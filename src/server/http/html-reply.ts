// The one way a route answers with a server-rendered page. Pages default to `no-store`: most say
// something about a token, a code or the caller (a referral link, a certificate's status, an
// unsubscribe link), which no cache should keep.
import type { FastifyReply } from 'fastify';

export type HtmlReplyOptions = {
  /** `no-store` unless given (e.g. `public, max-age=60` for a page that is the same for everyone). */
  cacheControl?: string;
  /** Further headers (Vary, a page's own Content-Security-Policy). */
  headers?: Record<string, string>;
};

export function sendHtml(
  reply: FastifyReply,
  status: number,
  html: string | { toString(): string },
  options: HtmlReplyOptions = {},
) {
  void reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', options.cacheControl ?? 'no-store');
  for (const [name, value] of Object.entries(options.headers ?? {})) void reply.header(name, value);
  return reply.send(html.toString());
}
