// Moderation through the API, as a member's and an admin's browser would call it.
import { expect } from 'vitest';
import type { AuditEntry, QueuedReport } from '../../src/contracts/moderation.ts';
import { runAdminCommand } from '../../src/server/modules/moderation/admin.command.ts';
import { circleCall } from './circles.ts';
import type { Listed } from './listed-members.ts';
import type { TestApp } from './test-app.ts';

/** Grants the admin role as `npm run admin -- grant <email>` does. */
export const grantAdmin = (app: TestApp, who: Pick<Listed, 'email'>) =>
  runAdminCommand(app.database.db, 'grant', who.email);

export const report = (app: TestApp, who: Listed | null, kind: string, id: string, reason = 'This is spam and abuse') =>
  circleCall(app, who, 'POST', '/api/reports', { kind, id, reason });

export async function queueOf(app: TestApp, admin: Listed, status = 'open') {
  const response = await circleCall(app, admin, 'GET', `/api/admin/reports?status=${status}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: QueuedReport[] }>().items;
}

export async function reportFor(app: TestApp, admin: Listed, kind: string, itemId: string) {
  const found = (await queueOf(app, admin)).find((item) => item.kind === kind && item.itemId === itemId);
  expect(found, `an open ${kind} report on ${itemId}`).toBeDefined();
  return found!;
}

export const act = (app: TestApp, admin: Listed | null, reportId: string, body: Record<string, unknown>) =>
  circleCall(app, admin, 'POST', `/api/admin/reports/${reportId}/actions`, body);

export async function auditOf(app: TestApp, admin: Listed) {
  const response = await circleCall(app, admin, 'GET', '/api/admin/audit');
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: AuditEntry[] }>().items;
}
