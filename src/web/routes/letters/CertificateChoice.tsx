// Which offer's certificate goes with a new letter. Chosen before the letter is written, so the
// letter's certificate sentence names it; the same offer is then preselected for sending.
import { NativeSelect } from '@mantine/core';
import { useOffers } from '../../api/offers.ts';

type Props = { value: string | null; onChange: (offerId: string | null) => void };

export function CertificateChoice({ value, onChange }: Props) {
  const offers = useOffers();
  const active = (offers.data?.items ?? []).filter((offer) => offer.state === 'active');
  if (active.length === 0) return null;
  return (
    <NativeSelect
      label="Offer a certificate"
      description="The letter offers it in its closing, and it is issued and attached when you send. Changing this writes the letter again."
      data={[
        { value: '', label: 'No certificate' },
        ...active.map((offer) => ({ value: offer.id, label: `${offer.title} — ${offer.summary}` })),
      ]}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || null)}
    />
  );
}
