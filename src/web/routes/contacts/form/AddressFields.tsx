// The postal address folds away until wanted: most contacts start with a name and a phone number.
import { Anchor, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ContactFormApi } from './contact-form.ts';

const countries = [
  { value: '', label: '—' },
  { value: 'US', label: 'United States' },
  { value: 'CA', label: 'Canada' },
];

export function AddressFields({ form }: { form: ContactFormApi }) {
  const values = form.getValues();
  const hasAddress = !!(values.street || values.city || values.region || values.postalCode || values.country);
  const [open, setOpen] = useState(hasAddress);
  if (!open)
    return (
      <Anchor component="button" type="button" size="sm" ta="left" onClick={() => setOpen(true)} aria-expanded={false}>
        + Add a postal address
      </Anchor>
    );
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontSize: 'var(--mantine-font-size-sm)', fontWeight: 600, marginBottom: 4 }}>
        Postal address
      </legend>
      <TextInput label="Street" autoComplete="off" {...form.getInputProps('street')} />
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <TextInput label="City" {...form.getInputProps('city')} />
        <TextInput label="State / province" {...form.getInputProps('region')} />
        <TextInput label="ZIP / postal code" {...form.getInputProps('postalCode')} />
        <NativeSelect label="Country" data={countries} {...form.getInputProps('country')} />
      </SimpleGrid>
    </Stack>
  );
}
