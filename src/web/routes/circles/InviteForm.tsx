// Inviting people to a circle (organizers): from my network, my professionals or by address.
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useInvite, type Circle } from '../../api/circles.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { useServerForm } from '../../components/use-server-form.ts';
import { circleFieldOf } from './circle-form.ts';
import { inviteBody, InvitePeople, noInvites, type InviteValues } from './InvitePeople.tsx';

export function InviteForm({ circle }: { circle: Circle }) {
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: noInvites,
    validate: (values) => (inviteBody(values) ? null : { emails: 'Choose someone to invite, or type an address' }),
    toBody: (values: InviteValues) => inviteBody(values) ?? {},
    mutation: useInvite(circle.id),
    fieldOf: circleFieldOf,
    onSuccess: (result) => {
      form.reset();
      notifications.show({ color: 'sage', message: `${result.members + result.emails} invited.` });
    },
  });
  return (
    <FormCard name={{ label: 'Invite people' }} formRef={formRef} onSubmit={onSubmit}>
      <InvitePeople inputProps={(field) => form.getInputProps(field)} />
      <FormAlert message={problem} />
      <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
        Send invitations
      </Button>
    </FormCard>
  );
}
