// The last minutes before an idle sign-out: say so, and let the reader stay.
import { Button, Group, Modal, Text } from '@mantine/core';

export function IdleWarning({ secondsLeft, onStay }: { secondsLeft: number; onStay: () => void }) {
  return (
    <Modal opened onClose={onStay} title="Are you still there?" centered>
      <Text size="sm">
        To keep this record private, you will be signed out in {secondsLeft} seconds unless you carry on.
      </Text>
      <Group justify="flex-end" mt="md">
        <Button onClick={onStay}>Stay signed in</Button>
      </Group>
    </Modal>
  );
}
