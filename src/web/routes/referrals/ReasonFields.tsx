// Why, in two voices (clinical for the colleague, plain for the client), how urgent, and what I did
// and observed.
import { SegmentedControl, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import type { ReferralUrgency } from '../../api/referrals.ts';
import type { ReferralFormApi } from './referral-form.ts';
import { urgencyLabels } from './referral-labels.ts';

export function ReasonFields({ form }: { form: ReferralFormApi }) {
  return (
    <Stack gap="sm">
      <Textarea
        label="Reason, in clinical terms"
        description="For the professional you refer to"
        required
        autosize
        minRows={3}
        {...form.getInputProps('reasonClinical')}
      />
      <Textarea
        label="Reason, in plain words"
        description="For the client — use “Translate terms” for the medical words"
        required
        autosize
        minRows={3}
        {...form.getInputProps('reasonPlain')}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="urgency-label">
          Urgency
        </Text>
        <SegmentedControl
          aria-labelledby="urgency-label"
          value={form.values.urgency}
          onChange={(value) => form.setFieldValue('urgency', value)}
          data={(Object.keys(urgencyLabels) as ReferralUrgency[]).map((value) => ({
            value,
            label: urgencyLabels[value].label,
          }))}
        />
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Textarea label="What I did" autosize minRows={2} {...form.getInputProps('whatIDid')} />
        <Textarea label="What I observed" autosize minRows={2} {...form.getInputProps('observations')} />
      </SimpleGrid>
    </Stack>
  );
}
