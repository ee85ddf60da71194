// The circle's settings (organizers): the same fields as when it started; the address stays.
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useUpdateCircle, type Circle } from '../../api/circles.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { useServerForm } from '../../components/use-server-form.ts';
import { CircleFields } from './CircleFields.tsx';
import { circleBody, circleCheck, circleValues, type CircleValues } from './circle-form.ts';

const check = circleCheck<CircleValues>();

export function CircleSettingsForm({ circle, onSaved }: { circle: Circle; onSaved: () => void }) {
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: circleValues(circle),
    check,
    // No postal code: online only (the API's null).
    toBody: (values: CircleValues) => ({ postalCode: null, ...circleBody(values) }),
    mutation: useUpdateCircle(circle.id),
    onSuccess: () => {
      notifications.show({ color: 'sage', message: 'Settings saved.' });
      onSaved();
    },
  });
  return (
    <FormCard name={{ label: 'Circle settings' }} formRef={formRef} onSubmit={onSubmit}>
      <CircleFields inputProps={(field, options) => form.getInputProps(field, options)} />
      <FormAlert message={problem} />
      <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
        Save settings
      </Button>
    </FormCard>
  );
}
