// My offer on the campaign page: my words, and optionally one of my professional offers.
import { Button, Group, NativeSelect, Textarea } from '@mantine/core';
import { useOffers } from '../../api/offers.ts';
import { useCampaignOffer, type Campaign } from '../../api/collaborations.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { useServerForm } from '../../components/use-server-form.ts';

export function CampaignOfferForm({ campaign, onDone }: { campaign: Campaign; onDone: () => void }) {
  const offers = useOffers();
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: { offerText: '', offerId: '' },
    toBody: ({ offerText, offerId }) => ({ offerText, offerId: offerId || null }),
    mutation: useCampaignOffer(campaign.id),
    onSuccess: onDone,
  });
  const choices = [
    { value: '', label: 'None' },
    ...(offers.data?.items ?? []).map((offer) => ({ value: offer.id, label: offer.title })),
  ];
  return (
    <FormCard name={{ label: 'My offer' }} formRef={formRef} onSubmit={onSubmit}>
      <Textarea
        label="My offer on the public page"
        required
        autosize
        minRows={2}
        {...form.getInputProps('offerText')}
      />
      <NativeSelect label="One of my offers (optional)" data={choices} {...form.getInputProps('offerId')} />
      <FormAlert message={problem} />
      <Group>
        <Button type="submit" loading={busy}>
          Save offer
        </Button>
        <Button variant="subtle" onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </FormCard>
  );
}
