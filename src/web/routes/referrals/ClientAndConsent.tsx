// Which client, and which of their consents covers the chosen recipient: the form says what it
// allows to share, or — when none does — why nothing can be sent and where to record consent.
import { Alert, Anchor, NativeSelect, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from '../../app/routing.tsx';
import { useClients, useConsents } from '../../api/clients.ts';
import { formatMoment } from '../../components/dates.ts';
import { inSentence, scopeLabels, sharedWithWords } from '../clients/consent-words.ts';
import { coveringConsents, defaultShare, hasRecipient, type ReferralFormApi } from './referral-form.ts';

function ConsentNote({ form }: { form: ReferralFormApi }) {
  const { values } = form;
  const consents = useConsents(values.clientId || null);
  const covering = consents.data ? coveringConsents(consents.data, values) : [];
  const chosen = covering.find((consent) => consent.id === values.consentId) ?? null;
  const firstId = covering[0]?.id ?? '';

  // Follow the recipient: keep the chosen consent while it still covers them, else take the best one.
  useEffect(() => {
    if (!consents.data || (chosen && chosen.id === values.consentId)) return;
    const next = covering[0];
    form.setValues({ consentId: next?.id ?? '', share: next ? defaultShare(next) : [] });
    // Runs when the best covering consent changes, not on every render of the form.
  }, [firstId, consents.data]);

  if (!values.clientId || !consents.data) return null;
  const clientLink = `/clients/${values.clientId}?consent=new`;
  if (consents.data.every((consent) => consent.status !== 'active'))
    return (
      <Alert color="orange" variant="light" title="No consent recorded" role="status">
        Nothing about this client can be shared until they consent.{' '}
        <Anchor component={Link} to={clientLink}>
          Record their consent
        </Anchor>
        , then come back.
      </Alert>
    );
  if (!hasRecipient(values))
    return (
      <Text size="sm" c="dimmed">
        Choose who to refer to; the form then shows which consent covers them.
      </Text>
    );
  if (!chosen)
    return (
      <Alert
        color="orange"
        variant="light"
        title={`No consent covers ${values.recipientName || 'this recipient'}`}
        role="status"
      >
        The client’s consents allow sharing with{' '}
        {consents.data
          .filter((consent) => consent.status === 'active')
          .map((consent) => sharedWithWords(consent.sharedWith))
          .join('; ')}{' '}
        only.{' '}
        <Anchor component={Link} to={clientLink}>
          Record a consent
        </Anchor>{' '}
        that covers {values.recipientName || 'them'}, or choose someone it covers.
      </Alert>
    );
  return (
    <Stack gap={4}>
      {covering.length > 1 && (
        <NativeSelect
          label="Consent"
          data={covering.map((consent) => ({
            value: consent.id,
            label: `Share with ${sharedWithWords(consent.sharedWith)} (${formatMoment(consent.givenAt)})`,
          }))}
          value={values.consentId}
          onChange={(event) => {
            const next = covering.find((consent) => consent.id === event.currentTarget.value);
            if (next) form.setValues({ consentId: next.id, share: defaultShare(next) });
          }}
        />
      )}
      <Alert
        color="sage"
        variant="light"
        title={`Covered by consent to share with ${sharedWithWords(chosen.sharedWith)}`}
        role="status"
      >
        Given {formatMoment(chosen.givenAt)}. It allows:{' '}
        {chosen.scope.map((scope) => inSentence(scopeLabels[scope])).join('; ')}.
      </Alert>
    </Stack>
  );
}

export function ClientAndConsent({ form }: { form: ReferralFormApi }) {
  const clients = useClients('', false);
  const options = (clients.data ?? []).map((client) => ({ value: client.id, label: client.name }));
  return (
    <Stack gap="sm">
      {clients.data && options.length === 0 ? (
        <Alert color="blue" variant="light" title="No clients yet">
          <Anchor component={Link} to="/clients">
            Add the client
          </Anchor>{' '}
          and record their consent first.
        </Alert>
      ) : (
        <NativeSelect
          label="Client"
          required
          data={[{ value: '', label: 'Choose…', disabled: true }, ...options]}
          {...form.getInputProps('clientId')}
        />
      )}
      <ConsentNote form={form} />
    </Stack>
  );
}
