// The thread's menu, loaded (with Mantine's Menu and floating-ui) once the member reaches for it:
// block or unblock, and report, each member of the conversation. A block is private (they are not
// told); a report goes to the moderators with a reason.
import { ActionIcon, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import { messageOf } from '../../api/http.ts';
import { useReportMember, useSetBlocked, type Conversation, type ConversationMember } from '../../api/messages.ts';

const ReportDialog = lazy(async () => ({ default: (await import('../../components/ReportDialog.tsx')).ReportDialog }));

export function ThreadMenuLoaded({ conversation }: { conversation: Conversation }) {
  const [blocked, setBlocked] = useState<Record<string, boolean>>({});
  const [reporting, setReporting] = useState<ConversationMember | null>(null);
  const block = useSetBlocked();
  const report = useReportMember();
  const group = conversation.members.length > 1;

  const toggleBlock = (member: ConversationMember) => {
    const next = !blocked[member.slug];
    block.mutate(
      { slug: member.slug, blocked: next },
      {
        onSuccess: (state) => {
          setBlocked((current) => ({ ...current, [state.slug]: state.blocked }));
          notifications.show({
            color: 'teal',
            message: state.blocked
              ? `${member.displayName} is blocked. They are not told; they can no longer message you.`
              : `${member.displayName} is unblocked.`,
          });
        },
        onError: (error) => notifications.show({ color: 'red', title: 'That did not work', message: messageOf(error) }),
      },
    );
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal defaultOpened returnFocus>
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label="Conversation options">
            ⋯
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {conversation.members.map((member, index) => (
            <div key={member.slug}>
              {group && <Menu.Label>{member.displayName}</Menu.Label>}
              {group && index > 0 && <Menu.Divider />}
              <Menu.Item onClick={() => toggleBlock(member)}>
                {blocked[member.slug] ? `Unblock ${member.displayName}` : `Block ${member.displayName}`}
              </Menu.Item>
              <Menu.Item color="red" onClick={() => setReporting(member)}>
                Report {member.displayName}…
              </Menu.Item>
            </div>
          ))}
        </Menu.Dropdown>
      </Menu>
      {reporting && (
        <Suspense fallback={null}>
          <ReportDialog
            title={`Report ${reporting.displayName}`}
            intro={`Moderators read every report. ${reporting.displayName} is not told who reported them.`}
            thanks={`Thank you. Your report about ${reporting.displayName} went to the moderators.`}
            send={({ reason, details }) =>
              report.mutateAsync({ slug: reporting.slug, report: { reason, ...(details ? { details } : {}) } })
            }
            onClose={() => setReporting(null)}
          />
        </Suspense>
      )}
    </>
  );
}
