// /redeem: the issuer types or pastes a certificate code (any case, dashes optional), sees whose it
// is and whether it is good, and redeems it once after confirming the person's identity.
import { Button, Group, Paper, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from '../../app/routing.tsx';
import { ApiError, messageOf } from '../../api/http.ts';
import { useCertificate } from '../../api/offers.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { normaliseCode } from './code-format.ts';
import { RedeemCertificate } from './RedeemCertificate.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';

function problemOf(error: unknown): string {
  if (error instanceof ApiError && error.status === 404)
    return 'None of your certificates has this code. Check it against the certificate — or it was issued by someone else.';
  if (error instanceof ApiError && error.fields[0])
    return error.fields[0].message.replace(/^./, (first) => first.toUpperCase());
  return messageOf(error);
}

function Redeem() {
  const [search, setSearch] = useSearchParams();
  const code = search.get('code') ? normaliseCode(search.get('code')!) : null;
  const [typed, setTyped] = useState(search.get('code') ?? '');
  const certificate = useCertificate(code);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next = normaliseCode(typed);
    if (next) setSearch({ code: next });
  };

  return (
    <Stack gap="lg">
      <Paper
        withBorder
        radius="lg"
        p="lg"
        component="form"
        onSubmit={onSubmit}
        noValidate
        aria-label="Look up a certificate"
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label="Certificate code"
            description="As printed: XXXX-XXXX-XXXX-XXXX-X. Upper or lower case, dashes optional."
            placeholder="7K3M-Q9TX-2WRB-H4NC-P"
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            error={certificate.isError ? problemOf(certificate.error) : null}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.04em' } }}
            autoComplete="off"
            spellCheck={false}
            style={{ flex: '1 1 300px' }}
          />
          <Button type="submit" mb={certificate.isError ? 24 : 0}>
            Look up
          </Button>
        </Group>
      </Paper>
      {code && certificate.isFetching && !certificate.data && <PageLoader />}
      {certificate.data && <RedeemCertificate key={certificate.data.code} certificate={certificate.data} />}
    </Stack>
  );
}

export function RedeemPage() {
  return (
    <PageFrame
      title="Redeem a certificate"
      intro="When a colleague presents a certificate you issued, look it up, confirm it is them, and redeem it — once."
      size="sm"
    >
      <Redeem />
    </PageFrame>
  );
}
