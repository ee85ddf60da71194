// A form on its own card: a bordered paper that is the <form> itself, named for assistive technology,
// with the browser's own validation off (our checks say what is wrong, by the field) and its fields
// stacked. The ref and submit handler come from useServerForm; `onFocus` may start loading the
// form's checks.
import { Paper, Stack, type MantineSpacing } from '@mantine/core';
import type { FormEvent, ReactNode, RefObject } from 'react';

type Props = {
  /** The form's accessible name ("Propose a trade"), or the id of the heading that names it. */
  name: { label: string } | { labelledBy: string };
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => unknown;
  onFocus?: () => void;
  gap?: MantineSpacing;
  children: ReactNode;
};

export function FormCard({ name, formRef, onSubmit, onFocus, gap = 'md', children }: Props) {
  return (
    <Paper
      withBorder
      radius="lg"
      p="lg"
      component="form"
      ref={formRef}
      onSubmit={(event: FormEvent<HTMLFormElement>) => void onSubmit(event)}
      onFocus={onFocus}
      noValidate
      {...('label' in name ? { 'aria-label': name.label } : { 'aria-labelledby': name.labelledBy })}
    >
      <Stack gap={gap}>{children}</Stack>
    </Paper>
  );
}
