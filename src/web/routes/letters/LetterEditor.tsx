// The letter editor: salutation, subject and body on the left, the printed page on the right,
// redrawn as the person types; below the form, how it reaches the recipient.
import { Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from '../../app/routing.tsx';
import type { Contact } from '../../../contracts/contacts.ts';
import type { Letter } from '../../../contracts/letters.ts';
import type { Profile } from '../../../contracts/profile.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { DeleteDraftButton } from './DeleteDraftButton.tsx';
import { DeliveryPanel } from './DeliveryPanel.tsx';
import {
  letterDate,
  letterheadOf,
  pageInputOf,
  recipientLinesOf,
  signatureOf,
  type LetterParts,
} from './letter-layout.ts';
import { letterCheck, useLetterForm, type LetterFormValues } from './letter-form.ts';
import { estimatePages } from './letter-pages.ts';
import { LetterPreviewPane } from './LetterPreviewPane.tsx';
import { PrintedActions } from './PrintedActions.tsx';
import { useLetterSave } from './use-letter-save.ts';

type Props = {
  profile: Profile;
  contact: Contact | undefined;
  recipientName: string;
  initial: LetterFormValues;
  letter: Letter | null;
  picker?: ReactNode;
  offerId?: string | null;
};

export function LetterEditor({ profile, contact, recipientName, initial, letter, picker, offerId = null }: Props) {
  const form = useLetterForm(initial);
  const formRef = useRef<HTMLFormElement>(null);
  const navigate = useNavigate();
  const { save, saving, problem } = useLetterSave(
    form,
    letter,
    contact?.id ?? letter?.contactId ?? null,
    () => formRef.current,
  );
  const editable = !letter || letter.status === 'draft';
  const values = form.values;

  const parts: LetterParts = {
    letterhead: letterheadOf(profile),
    date: letterDate(letter?.sentAt ?? null),
    recipientLines: recipientLinesOf(recipientName, contact),
    subject: values.subject,
    salutation: values.salutation,
    body: values.body,
    signature: signatureOf(profile),
  };
  // The server counts the real PDF's pages; while the text differs from what it saw, estimate.
  const pages = letter && !form.isDirty() ? letter.pages : estimatePages(pageInputOf(parts));

  /** After the first save the letter has an address of its own. */
  const settle = (saved: Letter) => {
    if (!letter) void navigate(`/letters/${saved.id}`, { replace: true });
  };

  const saveAndSettle = async () => {
    const saved = await save();
    if (saved) settle(saved);
    return saved;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await saveAndSettle()) notifications.show({ color: 'sage', message: 'Your draft is saved.' });
  };

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Stack gap="lg">
        <FormCard
          name={{ label: 'Edit the letter' }}
          formRef={formRef}
          onSubmit={onSubmit}
          onFocus={() => void letterCheck.preload()}
        >
          {picker}
          {!editable && (
            <Text size="sm" c="dimmed">
              This letter has left your desk, so its text is fixed. To write again, start a new letter to the same
              person.
            </Text>
          )}
          <TextInput label="Salutation" readOnly={!editable} {...form.getInputProps('salutation')} />
          <TextInput label="Subject" readOnly={!editable} {...form.getInputProps('subject')} />
          <Textarea
            label="Letter"
            description="Leave a blank line between paragraphs."
            autosize
            minRows={12}
            maxRows={40}
            readOnly={!editable}
            {...form.getInputProps('body')}
          />
          <FormAlert message={problem} />
          {editable && (
            <Group justify="space-between" gap="sm">
              {letter ? <DeleteDraftButton letterId={letter.id} /> : <span />}
              <Group gap="sm">
                {form.isDirty() && (
                  <Text size="sm" c="dimmed" role="status">
                    Unsaved changes
                  </Text>
                )}
                <Button type="submit" variant={letter ? 'filled' : 'default'} loading={saving}>
                  Save draft
                </Button>
              </Group>
            </Group>
          )}
        </FormCard>
        <DeliveryPanel letter={letter} contact={contact} save={save} onDone={settle} initialOfferId={offerId} />
      </Stack>
      <LetterPreviewPane
        parts={parts}
        pages={pages}
        actions={<PrintedActions save={saveAndSettle} disabled={!letter && !contact} />}
      />
    </SimpleGrid>
  );
}
