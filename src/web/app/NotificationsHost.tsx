// Loaded after the first paint (see main.tsx): the toast container and its transitions.
import '@mantine/notifications/styles.css';
import { Notifications } from '@mantine/notifications';

export function NotificationsHost() {
  return <Notifications position="bottom-right" />;
}
