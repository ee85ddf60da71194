// Deleting asks first (the dialog loads when first asked for): the interaction log goes with the contact.
import { Button } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { Contact } from '../../../../contracts/contacts.ts';
import { useLazyDialog } from '../../../components/use-lazy-dialog.ts';

const DeleteContactDialog = lazy(async () => ({
  default: (await import('./DeleteContactDialog.tsx')).DeleteContactDialog,
}));

export function DeleteContact({ contact }: { contact: Contact }) {
  const dialog = useLazyDialog();
  return (
    <>
      <Button variant="subtle" color="red" onClick={dialog.open}>
        Delete
      </Button>
      {dialog.loaded && (
        <Suspense fallback={null}>
          <DeleteContactDialog
            contact={contact}
            opened={dialog.opened}
            onClose={dialog.close}
            onClosed={dialog.onClosed}
          />
        </Suspense>
      )}
    </>
  );
}
