// The letter editor: salutation, subject and body on the left, the printed page on the right,
// redrawn as the person types; below the form, how it reaches the recipient. The form comes first:
// its text is what a phone shows first (and Lighthouse's largest paint). The sending panel and the
// preview, below it on a phone, load once the browser is idle after that first draw: fetched with
// the form, their files (a select, the offers' api, the page layout and its styles) and the offers
// they ask for held the letter's text back by a round trip or two on a phone's network (decision 033).
import { Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useRef, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from '../../app/routing.tsx';
import { useBrowserIdle } from '../../app/use-browser-idle.ts';
import type { Contact } from '../../../contracts/contacts.ts';
import type { Letter } from '../../../contracts/letters.ts';
import type { Profile } from '../../../contracts/profile.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { DeleteDraftButton } from './DeleteDraftButton.tsx';
import { letterCheck, useLetterForm, type LetterFormValues } from './letter-form.ts';
import { PrintedActions } from './PrintedActions.tsx';
import { useLetterSave } from './use-letter-save.ts';

const DeliveryPanel = lazy(async () => ({ default: (await import('./DeliveryPanel.tsx')).DeliveryPanel }));
const LetterEditorPreview = lazy(async () => ({
  default: (await import('./LetterEditorPreview.tsx')).LetterEditorPreview,
}));

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
  const restShown = useBrowserIdle();

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
        {restShown && (
          <Suspense fallback={null}>
            <DeliveryPanel letter={letter} contact={contact} save={save} onDone={settle} initialOfferId={offerId} />
          </Suspense>
        )}
      </Stack>
      {restShown && (
        <Suspense fallback={null}>
          <LetterEditorPreview
            profile={profile}
            contact={contact}
            recipientName={recipientName}
            letter={letter}
            values={values}
            dirty={form.isDirty()}
            actions={<PrintedActions save={saveAndSettle} disabled={!letter && !contact} />}
          />
        </Suspense>
      )}
    </SimpleGrid>
  );
}
