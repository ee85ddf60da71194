// Proposing a trade to a member chosen by name (the member picker). Errors appear by the field;
// the server's "no such member" lands on the member field.
import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useProposeTrade, type Trade } from '../../api/trades.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { MemberPicker, type PickedMember } from '../../components/MemberPicker.tsx';
import { withProblems } from '../../components/schema-problems.ts';
import { useServerForm } from '../../components/use-server-form.ts';
import { TermsFields } from './TermsFields.tsx';
import { fieldOf, initialTerms, termsCheck, toTerms, type TermsValues } from './trade-form.ts';

type Values = TermsValues & { toMemberSlug: string };

// Both at once: the member to choose and anything wrong with the terms.
const proposalCheck = withProblems(termsCheck, (values: Values): Record<string, string> =>
  values.toMemberSlug.trim() ? {} : { toMemberSlug: 'Choose the member to trade with' },
);

export function ProposeTradeForm({
  onProposed,
  initialSlug = '',
}: {
  onProposed: (trade: Trade) => void;
  initialSlug?: string;
}) {
  // Arriving from a member's page, the slug is known but not the name: show the address until a pick.
  const [partner, setPartner] = useState<PickedMember | null>(
    initialSlug ? { slug: initialSlug, displayName: initialSlug, profession: '', town: '', inNetwork: false } : null,
  );
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: { toMemberSlug: initialSlug, ...initialTerms() },
    check: proposalCheck,
    toBody: (values) => ({ toMemberSlug: values.toMemberSlug.trim(), ...toTerms(values) }),
    mutation: useProposeTrade(),
    fieldOf,
    onSuccess: (trade) => {
      form.reset();
      setPartner(null);
      onProposed(trade);
    },
  });

  return (
    <FormCard name={{ label: 'Propose a trade' }} formRef={formRef} onSubmit={onSubmit}>
      <MemberPicker
        label="Member"
        description="Type part of their name and choose from the list"
        required
        chosen={partner}
        error={form.errors.toMemberSlug}
        onPick={(member) => {
          setPartner(member);
          form.setFieldValue('toMemberSlug', member.slug);
          form.clearFieldError('toMemberSlug');
        }}
      />
      <TermsFields inputProps={(field) => form.getInputProps(field)} />
      <FormAlert message={problem} />
      <Text size="sm" c="dimmed">
        They can accept, decline or suggest other terms. Minutes go into your ledger once both of you confirm a session
        took place.
      </Text>
      <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
        Propose trade
      </Button>
    </FormCard>
  );
}
