// The dev outbox: with no SMTP server configured, a local user still needs the verification and
// reset links. Shown only then, only to requests from this machine, never in production and never
// behind a proxy (where every request reaches us from the proxy's address, and reset links are
// an account takeover).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { devToolsAllowed } from '../../http/dev-only.ts';
import { notFound } from '../../http/errors.ts';
import { html } from '../../lib/html.ts';

const linkify = (text: string) =>
  text.split(/(https?:\/\/\S+)/g).map((part, i) => (i % 2 ? html`<a href="${part}">${part}</a>` : part));

export function registerMailRoutes(app: FastifyInstance, { mailer, config }: AppContext) {
  app.get('/dev/outbox', { schema: { hide: true } }, async (request, reply) => {
    if (mailer.configured || !devToolsAllowed(config, request)) throw notFound();
    const rows = await mailer.latest(50);
    const page = html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dev outbox — Kneadwork</title></head>
<body><main><h1>Dev outbox</h1><p>No SMTP server is configured (SMTP_URL), so mail is kept here. Newest first.</p>
${rows.map((row) => html`<article><h2>${row.subject}</h2><p>To: ${row.to} · ${new Date(row.createdAt).toISOString()}</p><pre style="white-space:pre-wrap">${linkify(row.text)}</pre></article><hr>`)}
${rows.length === 0 ? html`<p>No mail yet.</p>` : ''}</main></body></html>`;
    return reply.type('text/html; charset=utf-8').send(page.value);
  });
}
