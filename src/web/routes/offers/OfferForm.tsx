// Creating an offer: what it is (a free session of N minutes, a percentage off, or a gift), its
// title and terms, when it runs and how many certificates it may give. Errors appear by the field.
import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { Offer } from '../../../contracts/offers.ts';
import { nonTransferableNotice, offerKinds, offerLimits, type OfferKind } from '../../../contracts/offer-words.ts';
import { useCreateOffer } from '../../api/offers.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { useServerForm } from '../../components/use-server-form.ts';
import { initialOfferValues, offerCheck, titleHints, toCreateInput } from './offer-form.ts';

type Props = { onCreated: (offer: Offer) => void; onCancel?: () => void };

export function OfferForm({ onCreated, onCancel }: Props) {
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: initialOfferValues(),
    check: offerCheck,
    toBody: toCreateInput,
    mutation: useCreateOffer(),
    onSuccess: (offer) => {
      form.reset();
      onCreated(offer);
    },
  });
  const kind = form.values.kind;

  return (
    <FormCard name={{ label: 'Create an offer' }} formRef={formRef} onSubmit={onSubmit}>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="offer-kind">
          What you offer
        </Text>
        <SegmentedControl
          aria-labelledby="offer-kind"
          value={kind}
          onChange={(value) => form.setFieldValue('kind', value as OfferKind)}
          data={Object.entries(offerKinds).map(([value, label]) => ({ value, label }))}
          fullWidth
        />
      </Stack>
      {kind === 'free-session' && (
        <NumberInput
          clampBehavior="none"
          label="Session length (minutes)"
          min={offerLimits.minutes.min}
          max={offerLimits.minutes.max}
          step={15}
          allowDecimal={false}
          {...form.getInputProps('minutes')}
        />
      )}
      {kind === 'percent-off' && (
        <NumberInput
          clampBehavior="none"
          label="Discount"
          description="Between 20% and 50%"
          min={offerLimits.percent.min}
          max={offerLimits.percent.max}
          suffix="%"
          allowDecimal={false}
          {...form.getInputProps('percent')}
        />
      )}
      {kind === 'free-gift' && (
        <TextInput
          label="The gift"
          placeholder="e.g. a bottle of arnica massage oil"
          {...form.getInputProps('description')}
        />
      )}
      <TextInput label="Title" placeholder={titleHints[kind]} required {...form.getInputProps('title')} />
      <Textarea
        label="Terms"
        description="Optional: anything the recipient should know (booking, what is included)."
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('terms')}
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <TextInput type="date" label="Valid from" {...form.getInputProps('validFrom')} />
        <TextInput type="date" label="Valid until" {...form.getInputProps('validUntil')} />
        <NumberInput
          clampBehavior="none"
          label="How many to issue"
          min={offerLimits.maxIssued.min}
          max={offerLimits.maxIssued.max}
          allowDecimal={false}
          {...form.getInputProps('maxIssued')}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Every certificate is printed “{nonTransferableNotice}” and can be redeemed once, by you, after you confirm who
        is presenting it.
      </Text>
      <FormAlert message={problem} />
      <Group justify="flex-end" gap="sm">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" loading={busy}>
          Create offer
        </Button>
      </Group>
    </FormCard>
  );
}
