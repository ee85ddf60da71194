// Proposing a trade to a member chosen by name (the member picker). Errors appear by the field;
// the server's "no such member" lands on the member field.
import { Button, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/http.ts';
import { useProposeTrade, type Trade } from '../../api/trades.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { MemberPicker, type PickedMember } from '../../components/MemberPicker.tsx';
import { placeErrors } from '../../components/form-errors.ts';
import { TermsFields } from './TermsFields.tsx';
import { fieldOf, initialTerms, termProblems, toTerms, type TermsValues } from './trade-form.ts';

type Values = TermsValues & { toMemberSlug: string };

export function ProposeTradeForm({
  onProposed,
  initialSlug = '',
}: {
  onProposed: (trade: Trade) => void;
  initialSlug?: string;
}) {
  const form = useForm<Values>({ mode: 'controlled', initialValues: { toMemberSlug: initialSlug, ...initialTerms() } });
  const propose = useProposeTrade();
  const [problem, setProblem] = useState<string | null>(null);
  // Arriving from a member's page, the slug is known but not the name: show the address until a pick.
  const [partner, setPartner] = useState<PickedMember | null>(
    initialSlug ? { slug: initialSlug, displayName: initialSlug, profession: '', town: '', inNetwork: false } : null,
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const values = form.getValues();
    const problems = {
      ...termProblems(values),
      ...(values.toMemberSlug.trim() ? {} : { toMemberSlug: 'Choose the member to trade with' }),
    };
    if (Object.keys(problems).length) return form.setErrors(problems);
    // mutateAsync: the list may refetch and swap this form out before mutate's callbacks would run.
    void propose.mutateAsync({ toMemberSlug: values.toMemberSlug.trim(), ...toTerms(values) }).then(
      (trade) => {
        form.reset();
        setPartner(null);
        onProposed(trade);
      },
      (error: unknown) => {
        const renamed =
          error instanceof ApiError
            ? new ApiError(
                error.status,
                error.code,
                error.message,
                error.fields.map((fieldProblem) => ({ ...fieldProblem, field: fieldOf(fieldProblem.field) })),
                error.requestId,
              )
            : error;
        setProblem(placeErrors(form, renamed));
      },
    );
  };

  return (
    <Paper withBorder radius="lg" p="lg" component="form" onSubmit={onSubmit} noValidate aria-label="Propose a trade">
      <Stack gap="md">
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
          They can accept, decline or suggest other terms. Minutes go into your ledger once both of you confirm a
          session took place.
        </Text>
        <Button type="submit" loading={propose.isPending} style={{ alignSelf: 'flex-start' }}>
          Propose trade
        </Button>
      </Stack>
    </Paper>
  );
}
