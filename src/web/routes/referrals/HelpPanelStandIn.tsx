// The writing help's panels as they look before anyone uses them: the title and the one field. The
// search behind each (the scope guide, the glossary) loads when the person reaches for the panel.
import { Paper, Stack, TextInput, Title } from '@mantine/core';

type Props = { id: string; title: string; label: string; description: string; placeholder?: string };

export function HelpPanelStandIn({ id, title, label, description, placeholder }: Props) {
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h5" id={id}>
          {title}
        </Title>
        <TextInput label={label} description={description} placeholder={placeholder} autoComplete="off" />
      </Stack>
    </Paper>
  );
}
