// One profession's template: subject and body with insertable placeholders, saved for every letter
// to that profession from now on, or restored to Kneadwork's default; previewed with my profile.
import { Badge, Button, Grid, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { LetterTemplate, LetterTemplateInput } from '../../../contracts/letters.ts';
import type { Profile } from '../../../contracts/profile.ts';
import { professions } from '../../../contracts/taxonomy.ts';
import { messageOf } from '../../api/http.ts';
import { useRestoreTemplate, useSaveTemplate } from '../../api/letters.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { useServerForm } from '../../components/use-server-form.ts';
import { deferredCheck } from '../../components/deferred-check.ts';

// The contract's check loads (with its wording) when the template is first saved or focused.
const templateCheck = deferredCheck<LetterTemplateInput>(() =>
  import('./template-check.ts').then((module) => module.templateCheck),
);
import { TemplateFields } from './TemplateFields.tsx';
import { TemplatePreview } from './TemplatePreview.tsx';

type Props = { template: LetterTemplate; placeholders: { key: string; description: string }[]; profile: Profile };

export function TemplateEditor({ template, placeholders, profile }: Props) {
  const save = useSaveTemplate();
  const restore = useRestoreTemplate();
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: { subject: template.subject, body: template.body },
    check: templateCheck,
    toBody: (input) => ({ profession: template.profession, input }),
    mutation: save,
    onSuccess: (_, values) => {
      form.resetDirty(values);
      notifications.show({
        color: 'sage',
        message: `Saved. New letters to ${professions[template.profession].toLowerCase()}s use this template.`,
      });
    },
  });

  const onRestore = () =>
    restore.mutate(template.profession, {
      onSuccess: () => notifications.show({ message: 'The default template is back.' }),
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Could not restore the default', message: messageOf(error) }),
    });

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <FormCard
          name={{ label: `Template for ${professions[template.profession]}` }}
          formRef={formRef}
          onSubmit={onSubmit}
        >
          <Group gap="xs">
            <Text fw={600}>Letters to a {professions[template.profession].toLowerCase()}</Text>
            <Badge variant="light" color={template.custom ? 'sage' : 'gray'} tt="none">
              {template.custom ? 'Your version' : 'Kneadwork default'}
            </Badge>
          </Group>
          <TemplateFields form={form} placeholders={placeholders} />
          <FormAlert message={problem} />
          <Group justify="space-between">
            <Button
              variant="subtle"
              color="gray"
              onClick={onRestore}
              loading={restore.isPending}
              disabled={!template.custom}
            >
              Restore default
            </Button>
            <Button type="submit" loading={busy} disabled={!form.isDirty()}>
              Save template
            </Button>
          </Group>
        </FormCard>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TemplatePreview profession={template.profession} template={form.values} profile={profile} />
      </Grid.Col>
    </Grid>
  );
}
