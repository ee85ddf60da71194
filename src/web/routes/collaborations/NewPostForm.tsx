// The forms that start a collaboration: a campaign, a volunteer event (with its first shift), a
// research project, or a couples-partner request. Loaded when a member opens one; the server checks
// the input and its problems land on the fields.
import { Button, Group, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '../../app/routing.tsx';
import {
  useCreateCampaign,
  useCreateCouples,
  useCreateResearch,
  useCreateVolunteerEvent,
} from '../../api/collaborations.ts';
import { today } from '../../components/dates.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { useServerForm } from '../../components/use-server-form.ts';

export type PostKind = 'campaign' | 'event' | 'research' | 'couples';
type Props = { onDone: () => void };

function Actions({ busy, label, onCancel }: { busy: boolean; label: string; onCancel: () => void }) {
  return (
    <Group>
      <Button type="submit" loading={busy}>
        {label}
      </Button>
      <Button variant="subtle" onClick={onCancel}>
        Cancel
      </Button>
    </Group>
  );
}

function CampaignForm({ onDone }: Props) {
  const navigate = useNavigate();
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: { title: '', description: '', startsOn: today(), endsOn: today(14) },
    toBody: (values) => ({ ...values, inviteSlugs: [] }),
    mutation: useCreateCampaign(),
    onSuccess: (campaign) => {
      notifications.show({ color: 'sage', message: 'Campaign started. Invite colleagues from its page.' });
      onDone();
      navigate(`/collaborations/campaigns/${campaign.id}`);
    },
  });
  return (
    <FormCard name={{ label: 'New campaign' }} formRef={formRef} onSubmit={onSubmit}>
      <TextInput label="Title" required {...form.getInputProps('title')} />
      <Textarea label="What the campaign offers" autosize minRows={2} {...form.getInputProps('description')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label="From" required {...form.getInputProps('startsOn')} />
        <TextInput type="date" label="Until" required {...form.getInputProps('endsOn')} />
      </SimpleGrid>
      <FormAlert message={problem} />
      <Actions busy={busy} label="Start campaign" onCancel={onDone} />
    </FormCard>
  );
}

const isoOf = (local: string) => (local ? new Date(local).toISOString() : '');

function EventForm({ onDone }: Props) {
  const navigate = useNavigate();
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: {
      title: '',
      description: '',
      place: '',
      startsAt: `${today(7)}T09:00`,
      endsAt: `${today(7)}T12:00`,
      capacity: 4,
    },
    toBody: ({ startsAt, endsAt, capacity, ...event }) => ({
      ...event,
      shifts: [{ startsAt: isoOf(startsAt), endsAt: isoOf(endsAt), capacity }],
    }),
    fieldOf: (path) => path.replace(/^shifts\.0\./, ''),
    mutation: useCreateVolunteerEvent(),
    onSuccess: (event) => {
      onDone();
      navigate(`/collaborations/volunteering/${event.id}`);
    },
  });
  return (
    <FormCard name={{ label: 'New volunteer event' }} formRef={formRef} onSubmit={onSubmit}>
      <TextInput label="Title" required {...form.getInputProps('title')} />
      <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
      <TextInput label="Place" {...form.getInputProps('place')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput type="datetime-local" label="Shift starts" required {...form.getInputProps('startsAt')} />
        <TextInput type="datetime-local" label="Shift ends" required {...form.getInputProps('endsAt')} />
        <NumberInput label="Volunteers needed" min={1} max={500} required {...form.getInputProps('capacity')} />
      </SimpleGrid>
      <FormAlert message={problem} />
      <Actions busy={busy} label="Post event" onCancel={onDone} />
    </FormCard>
  );
}

function ResearchForm({ onDone }: Props) {
  const navigate = useNavigate();
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: { title: '', description: '' },
    toBody: (values) => ({ ...values, recruiting: true }),
    mutation: useCreateResearch(),
    onSuccess: (project) => {
      onDone();
      navigate(`/collaborations/research/${project.id}`);
    },
  });
  return (
    <FormCard name={{ label: 'New research project' }} formRef={formRef} onSubmit={onSubmit}>
      <TextInput label="Title" required {...form.getInputProps('title')} />
      <Textarea
        label="Description"
        description="Shown on the public sign-up page"
        required
        autosize
        minRows={3}
        {...form.getInputProps('description')}
      />
      <FormAlert message={problem} />
      <Actions busy={busy} label="Start project" onCancel={onDone} />
    </FormCard>
  );
}

function CouplesForm({ onDone }: Props) {
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: { onDate: today(7), postalCode: '', note: '' },
    toBody: (values) => values,
    mutation: useCreateCouples(),
    onSuccess: () => {
      notifications.show({ color: 'sage', message: 'Posted. Colleagues nearby can reply by message.' });
      onDone();
    },
  });
  return (
    <FormCard name={{ label: 'Find a couples massage partner' }} formRef={formRef} onSubmit={onSubmit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label="Date" required {...form.getInputProps('onDate')} />
        <TextInput label="Postal code" required {...form.getInputProps('postalCode')} />
      </SimpleGrid>
      <Textarea label="Note" autosize minRows={2} {...form.getInputProps('note')} />
      <FormAlert message={problem} />
      <Actions busy={busy} label="Post" onCancel={onDone} />
    </FormCard>
  );
}

export function NewPostForm({ kind, onDone }: Props & { kind: PostKind }) {
  switch (kind) {
    case 'campaign':
      return <CampaignForm onDone={onDone} />;
    case 'event':
      return <EventForm onDone={onDone} />;
    case 'research':
      return <ResearchForm onDone={onDone} />;
    case 'couples':
      return <CouplesForm onDone={onDone} />;
  }
}
