// The warning an admin sends a member: the admin's own words, to that member only (never a copy
// to anyone else, never in a notification, which says only that a warning came).
import { appPaths, appUrl } from '../../../contracts/app-paths.ts';
import { kindLabels, type ReportableKindName } from '../../../contracts/moderation-words.ts';
import { escapeHtml } from '../../lib/html.ts';
import type { OutgoingMail } from '../../lib/mail-transport.ts';

export function warningMail(
  who: { email: string; name: string },
  kind: ReportableKindName,
  reason: string,
  publicUrl: string,
): OutgoingMail {
  const lines = [
    `Hello ${who.name},`,
    `An administrator of Kneadwork reviewed a report about your ${kindLabels[kind].toLowerCase()} and sends you this warning:`,
    reason,
    'Please keep to the community rules; another report may lead to your account being suspended. You can reply to an administrator from your notifications.',
  ];
  const url = appUrl(publicUrl, appPaths.notifications);
  return {
    to: who.email,
    subject: 'A warning from the Kneadwork administrators',
    text: `${lines.join('\n\n')}\n\n${url}\n\n— Kneadwork`,
    html: `${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}<p><a href="${escapeHtml(url)}">Open Kneadwork</a></p><p>— Kneadwork</p>`,
  };
}
