// What I offer as a mentor or seek as a mentee: areas, how to meet, and (offering) how many mentees
// at once. Saving sets the profile's "offers mentorship" / "looking for a mentor" too.
import { Button, Checkbox, Group, NativeSelect, Radio, Stack, Switch, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { messageOf } from '../../api/http.ts';
import { useSaveMentoring, type Mentoring } from '../../api/mentorship.ts';
import {
  meetingFormats,
  mentoringAreas,
  type MeetingFormat,
  type MentoringArea,
} from '../../../contracts/mentorship-words.ts';

type Props = { side: 'offering' | 'seeking'; current: Mentoring; onDone: () => void };

export function MentoringForm({ side, current, onDone }: Props) {
  const save = useSaveMentoring();
  const offer = current.offering;
  const seek = current.seeking;
  const [areas, setAreas] = useState<string[]>((side === 'offering' ? offer?.areas : seek?.areas) ?? []);
  const [format, setFormat] = useState<MeetingFormat>((side === 'offering' ? offer?.format : seek?.format) ?? 'both');
  const [capacity, setCapacity] = useState(String(offer?.capacity ?? 1));
  const [note, setNote] = useState((side === 'offering' ? offer?.note : seek?.note) ?? '');
  const [showCount, setShowCount] = useState(offer?.showMentoredCount ?? false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = areas as MentoringArea[];
    const update =
      side === 'offering'
        ? { offering: { areas: chosen, format, capacity: Number(capacity), note, showMentoredCount: showCount } }
        : { seeking: { areas: chosen, format, note } };
    save.mutate(update, {
      onSuccess: () => {
        notifications.show({ color: 'sage', message: 'Saved.' });
        onDone();
      },
      onError: (error) => notifications.show({ color: 'red', title: 'Could not save', message: messageOf(error) }),
    });
  };

  return (
    <Stack component="form" onSubmit={onSubmit} gap="sm" aria-label={side === 'offering' ? 'My offer' : 'What I seek'}>
      <Checkbox.Group
        label={side === 'offering' ? 'I can help with' : 'I would like help with'}
        value={areas}
        onChange={setAreas}
      >
        <Stack gap={6} mt={6}>
          {Object.entries(mentoringAreas).map(([key, label]) => (
            <Checkbox key={key} value={key} label={label[0]!.toUpperCase() + label.slice(1)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Radio.Group label="How to meet" value={format} onChange={(value) => setFormat(value)}>
        <Group gap="md" mt={6}>
          {Object.entries(meetingFormats).map(([key, label]) => (
            <Radio key={key} value={key} label={label} />
          ))}
        </Group>
      </Radio.Group>
      {side === 'offering' && (
        <>
          <NativeSelect
            label="Mentees at once"
            value={capacity}
            onChange={(event) => setCapacity(event.currentTarget.value)}
            data={Array.from({ length: 10 }, (_, index) => String(index + 1))}
            style={{ maxWidth: 160 }}
          />
          <Switch
            label="Show “mentored N therapists” on my profile"
            checked={showCount}
            onChange={(event) => setShowCount(event.currentTarget.checked)}
          />
        </>
      )}
      <Textarea
        label={side === 'offering' ? 'About my mentoring' : 'What I need'}
        autosize
        minRows={2}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <Group>
        <Button type="submit" loading={save.isPending}>
          Save
        </Button>
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
