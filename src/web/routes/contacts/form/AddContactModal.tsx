// "Add professional": the contact form in a dialog, so adding several in a row keeps the list in view.
import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCreateContact } from '../../../api/contacts.ts';
import { ContactForm } from './ContactForm.tsx';
import { emptyContact, toInput } from './contact-form.ts';

/** `onClosed`: the dialog has finished closing (the moment to hand the focus back). */
export function AddContactModal({
  opened,
  onClose,
  onClosed,
}: {
  opened: boolean;
  onClose: () => void;
  onClosed?: () => void;
}) {
  const create = useCreateContact();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={onClosed}
      title="Add a professional"
      size="lg"
      radius="lg"
    >
      <ContactForm
        initial={emptyContact()}
        submitLabel="Add to my list"
        saving={create.isPending}
        onCancel={onClose}
        onSave={async (values) => {
          const contact = await create.mutateAsync(toInput(values));
          notifications.show({ color: 'sage', message: `${contact.name} is on your list.` });
          onClose();
        }}
      />
    </Modal>
  );
}
