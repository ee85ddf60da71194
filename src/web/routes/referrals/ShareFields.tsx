// The minimum-necessary packet: the parts of the record to share, limited to what the consent allows.
import { Checkbox, Stack, Text } from '@mantine/core';
import { useConsents } from '../../api/clients.ts';
import { scopeLabels } from '../clients/consent-words.ts';
import type { ReferralFormApi } from './referral-form.ts';

export function ShareFields({ form }: { form: ReferralFormApi }) {
  const consents = useConsents(form.values.clientId || null);
  const consent = consents.data?.find((item) => item.id === form.values.consentId);
  if (!consent) return null;
  return (
    <Checkbox.Group
      label="Share with the referral"
      description="Only what this referral needs; the consent allows the parts that can be ticked."
      {...form.getInputProps('share')}
    >
      <Stack gap={6} mt={6}>
        {(Object.keys(scopeLabels) as (keyof typeof scopeLabels)[]).map((scope) => {
          const allowed = consent.scope.includes(scope);
          return (
            <Checkbox
              key={scope}
              value={scope}
              disabled={!allowed}
              label={
                allowed ? (
                  scopeLabels[scope]
                ) : (
                  <Text span size="sm" c="dimmed">
                    {scopeLabels[scope]} — not covered by the consent
                  </Text>
                )
              }
            />
          );
        })}
      </Stack>
    </Checkbox.Group>
  );
}
