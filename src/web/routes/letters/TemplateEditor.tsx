// One profession's template: subject and body with insertable placeholders, saved for every letter
// to that profession from now on, or restored to Kneadwork's default; previewed with my profile.
import { Badge, Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import {
  letterTemplateInputSchema,
  type LetterTemplate,
  type LetterTemplateInput,
} from '../../../contracts/letters.ts';
import type { Profile } from '../../../contracts/profile.ts';
import { professions } from '../../../contracts/taxonomy.ts';
import { messageOf } from '../../api/http.ts';
import { useRestoreTemplate, useSaveTemplate } from '../../api/letters.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { placeErrors } from '../../components/form-errors.ts';
import { TemplateFields } from './TemplateFields.tsx';
import { TemplatePreview } from './TemplatePreview.tsx';

type Props = { template: LetterTemplate; placeholders: { key: string; description: string }[]; profile: Profile };

export function TemplateEditor({ template, placeholders, profile }: Props) {
  const form = useForm<LetterTemplateInput>({
    mode: 'controlled',
    initialValues: { subject: template.subject, body: template.body },
  });
  const save = useSaveTemplate();
  const restore = useRestoreTemplate();
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const parsed = letterTemplateInputSchema.safeParse(form.getValues());
    if (!parsed.success)
      return form.setErrors(
        Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])),
      );
    save.mutate(
      { profession: template.profession, input: parsed.data },
      {
        onSuccess: () => {
          form.resetDirty();
          notifications.show({
            color: 'sage',
            message: `Saved. New letters to ${professions[template.profession].toLowerCase()}s use this template.`,
          });
        },
        onError: (error) => setProblem(placeErrors(form, error)),
      },
    );
  };

  const onRestore = () =>
    restore.mutate(template.profession, {
      onSuccess: () => notifications.show({ message: 'The default template is back.' }),
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Could not restore the default', message: messageOf(error) }),
    });

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Paper
          withBorder
          radius="lg"
          p="lg"
          component="form"
          onSubmit={onSubmit}
          noValidate
          aria-label={`Template for ${professions[template.profession]}`}
        >
          <Stack gap="md">
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
              <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                Save template
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TemplatePreview profession={template.profession} template={form.values} profile={profile} />
      </Grid.Col>
    </Grid>
  );
}
