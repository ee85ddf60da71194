// Moderation from the web app: reporting anything (the shared report dialog) and the admin's queue,
// actions and audit trail (whether I am an admin: api/admin-role.ts).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditEntry, QueuedReport, ReportActionInput } from '../../contracts/moderation.ts';
import type { ReportStatus, ReportableKindName } from '../../contracts/moderation-words.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type { AuditEntry, QueuedReport, ReportActionInput } from '../../contracts/moderation.ts';

export const reportItem = (kind: ReportableKindName, id: string, reason: string) =>
  api<{ reported: true }>('/api/reports', { method: 'POST', body: { kind, id, reason } });

export const useReportQueue = (status: ReportStatus, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.moderation.queue(status),
    queryFn: ({ signal }) => api<{ items: QueuedReport[] }>(`/api/admin/reports?status=${status}`, { signal }),
    select: (data) => data.items,
    enabled,
  });

export const useAuditLog = (enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.moderation.audit,
    queryFn: ({ signal }) => api<{ items: AuditEntry[] }>('/api/admin/audit?limit=100', { signal }),
    select: (data) => data.items,
    enabled,
  });

/** An action on a report (hide, warn, suspend, dismiss) or showing its item again; refreshes the queue and the log. */
export function useModerationAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      reportId,
      input,
    }: {
      reportId: string;
      input: ReportActionInput | { action: 'unhide'; reason: string };
    }) =>
      input.action === 'unhide'
        ? api(`/api/admin/reports/${encodeURIComponent(reportId)}/unhide`, {
            method: 'POST',
            body: { reason: input.reason },
          })
        : api(`/api/admin/reports/${encodeURIComponent(reportId)}/actions`, { method: 'POST', body: input }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.moderation.all }),
  });
}

export function useUnsuspend() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ slug, reason }: { slug: string; reason: string }) =>
      api(`/api/admin/members/${encodeURIComponent(slug)}/unsuspend`, { method: 'POST', body: { reason } }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.moderation.all }),
  });
}
