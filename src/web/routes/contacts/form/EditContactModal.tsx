// Edit a contact's details: only the fields changed are sent (PATCH).
import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Contact } from '../../../../contracts/contacts.ts';
import { useUpdateContact } from '../../../api/contacts.ts';
import { ContactForm } from './ContactForm.tsx';
import { toFormValues, toInput } from './contact-form.ts';

export function EditContactModal({
  contact,
  opened,
  onClose,
}: {
  contact: Contact;
  opened: boolean;
  onClose: () => void;
}) {
  const update = useUpdateContact(contact.id);
  return (
    <Modal opened={opened} onClose={onClose} title={`Edit ${contact.name}`} size="lg" radius="lg">
      <ContactForm
        initial={toFormValues(contact)}
        submitLabel="Save changes"
        saving={update.isPending}
        onCancel={onClose}
        onSave={async (values, changed) => {
          if (changed.length > 0) {
            const input = toInput(values);
            await update.mutateAsync(Object.fromEntries(changed.map((field) => [field, input[field]])));
            notifications.show({ color: 'sage', message: 'Saved.' });
          }
          onClose();
        }}
      />
    </Modal>
  );
}
