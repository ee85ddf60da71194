// /app/circles/new: "Start a circle". It all starts with one person asking: the circle's own
// fields, and the people to ask along straight away (my network, my professionals, addresses).
import { Button, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '../../app/routing.tsx';
import { useStartCircle } from '../../api/circles.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { useServerForm } from '../../components/use-server-form.ts';
import { CircleFields } from './CircleFields.tsx';
import { circleBody, circleCheck, circleFieldOf, circleValues, type CircleValues } from './circle-form.ts';
import { inviteBody, InvitePeople, noInvites, type InviteValues } from './InvitePeople.tsx';

type Values = CircleValues & InviteValues;
const check = circleCheck<Values>();

function StartCircleForm() {
  const navigate = useNavigate();
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: { ...circleValues(), ...noInvites },
    check,
    toBody: (values: Values) => {
      const invite = inviteBody(values);
      return { ...circleBody(values), ...(invite ? { invite } : {}) };
    },
    mutation: useStartCircle(),
    fieldOf: circleFieldOf,
    onSuccess: (circle) => {
      const asked = circle.invited.members + circle.invited.emails;
      notifications.show({
        color: 'sage',
        message: asked ? `${circle.name} has started; ${asked} invited.` : `${circle.name} has started.`,
      });
      void navigate(`/circles/${circle.slug}`);
    },
  });
  const inputProps = (field: string, options?: { type?: 'checkbox' }) => form.getInputProps(field, options);
  return (
    <FormCard name={{ label: 'Start a circle' }} formRef={formRef} onSubmit={onSubmit}>
      <CircleFields inputProps={inputProps} />
      <Title order={2} size="h4">
        Ask people along
      </Title>
      <InvitePeople inputProps={inputProps} />
      <FormAlert message={problem} />
      <Text size="sm" c="dimmed">
        You become its organizer. You can change all of this later.
      </Text>
      <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
        Start the circle
      </Button>
    </FormCard>
  );
}

export function NewCirclePage() {
  return (
    <PageFrame
      title="Start a circle"
      intro="It all starts with one person asking. Give it a name, say what it is for, and invite a few colleagues."
      back={{ to: '/circles', label: 'Circles' }}
      size="md"
    >
      <StartCircleForm />
    </PageFrame>
  );
}
