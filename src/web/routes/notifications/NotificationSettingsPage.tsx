// /notifications/settings: how each kind of notification reaches me by email (at once, batched at
// most hourly, or not at all) and the weekly digest. Linked from every notification email. Each
// change saves at once: only the category changed is sent.
import { Paper, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { messageOf } from '../../api/http.ts';
import {
  useNotificationPreferences,
  useUpdateNotificationPreferences,
  type EmailMode,
  type NotificationCategory,
  type NotificationPreferences,
} from '../../api/notifications.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import '../../components/plain-table.css';
import { categoryLabels } from './notification-labels.ts';

// The order of the labels, not the contract's list: importing a value from the contract would bring
// zod into this screen's first load.
const categories = Object.keys(categoryLabels) as NotificationCategory[];

const modes: { value: EmailMode; label: string }[] = [
  { value: 'instant', label: 'Instant' },
  { value: 'batched', label: 'Batched' },
  { value: 'off', label: 'Off' },
];

function Preferences({ preferences }: { preferences: NotificationPreferences }) {
  const update = useUpdateNotificationPreferences();
  // What the controls show moves in the same event as the click: the cache's optimistic update lands
  // a moment later, and until then React would put a clicked switch back. Saved (or refused and asked
  // again), the server's answer shows.
  const [shown, setShown] = useState(preferences);
  useEffect(() => setShown(preferences), [preferences]);
  const { email, weeklyDigest } = shown;
  const save = (change: Parameters<typeof update.mutate>[0]) => {
    setShown((current) => ({
      email: { ...current.email, ...change.email },
      weeklyDigest: change.weeklyDigest ?? current.weeklyDigest,
    }));
    update.mutate(change, {
      onSuccess: () => toasts.show({ color: 'sage', message: 'Email settings saved.' }),
      onError: (error) => toasts.show({ color: 'red', title: 'Could not save', message: messageOf(error) }),
    });
  };
  const setMode = (category: NotificationCategory, mode: string) => save({ email: { [category]: mode as EmailMode } });

  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <table className="plain-table">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Email</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((category) => (
              <tr key={category}>
                <th scope="row" style={{ fontWeight: 500 }}>
                  {categoryLabels[category]}
                </th>
                <td>
                  <SegmentedControl
                    size="xs"
                    aria-label={`Email for ${categoryLabels[category]}`}
                    data={modes}
                    value={email[category] ?? 'batched'}
                    onChange={(mode) => setMode(category, mode)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Text size="sm" c="dimmed" mt="sm">
          Instant: an email at the next run. Batched: at most one email an hour. Off: only here in the app.
        </Text>
      </Paper>
      <Switch
        label="Weekly digest"
        description="Once a week, a summary of what happened in your network."
        checked={weeklyDigest}
        onChange={(event) => save({ weeklyDigest: event.currentTarget.checked })}
      />
    </Stack>
  );
}

export function NotificationSettingsPage() {
  return (
    <PageFrame
      title="Email settings"
      back={{ to: '/notifications', label: 'Notifications' }}
      intro="Choose which notifications also reach you by email, and how often."
      size="md"
    >
      <QueryState query={useNotificationPreferences()}>{(data) => <Preferences preferences={data} />}</QueryState>
    </PageFrame>
  );
}
