// The pages behind an email's unsubscribe link: confirm (a button, because mail scanners follow
// GET links and must not unsubscribe anyone), done, and not found.
import { html } from '../../lib/html.ts';
import { layout } from '../../http/page-layout.ts';

const meta = (publicUrl: string, title: string) => ({
  title: `${title} — Kneadwork`,
  description: 'Kneadwork notification email',
  canonical: `${publicUrl}/unsubscribe`,
  noindex: true,
});

export const confirmPage = (publicUrl: string, action: string) =>
  layout(
    meta(publicUrl, 'Unsubscribe'),
    html`<h1>Stop notification email?</h1>
<p>Kneadwork will no longer email you about referrals, trades, messages or anything else, and the weekly digest stops too. You still see everything in the app.</p>
<form method="post" action="${action}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><p><button type="submit">Unsubscribe from all notification email</button></p></form>
<p class="muted">You can turn email back on, category by category, in your notification settings after signing in.</p>`,
  ).value;

export const donePage = (publicUrl: string) =>
  layout(
    meta(publicUrl, 'Unsubscribed'),
    html`<h1>You are unsubscribed</h1>
<p class="notice">Kneadwork will send you no more notification email and no weekly digest.</p>
<p>Changed your mind? Sign in and choose what to receive in <a href="${`${publicUrl}/app/notifications/settings`}">your notification settings</a>.</p>`,
  ).value;

export const unknownLinkPage = (publicUrl: string) =>
  layout(
    meta(publicUrl, 'Link not found'),
    html`<h1>This unsubscribe link is not valid</h1>
<p>Check that the whole link was copied from the email. You can also change what Kneadwork emails you in <a href="${`${publicUrl}/app/notifications/settings`}">your notification settings</a>.</p>`,
  ).value;
