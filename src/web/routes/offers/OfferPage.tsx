// /offers/:id: one offer — what it is, its figures, the certificates issued from it (PDF, email,
// void, redeem) and the form to issue another.
import { Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import { useParams, useSearchParams } from '../../app/routing.tsx';
import type { Certificate, Offer } from '../../../contracts/offers.ts';
import { messageOf } from '../../api/http.ts';
import { useCertificates, useOffer, useUpdateOffer } from '../../api/offers.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { CertificateRow } from './CertificateRow.tsx';
import { formatDay } from '../../components/dates.ts';
import { IssueCertificateForm } from './IssueCertificateForm.tsx';
import { OfferFigures } from './OfferFigures.tsx';
import { OfferStateBadge } from './StatusBadges.tsx';

// Opened on demand: the void dialog.
const VoidCertificateModal = lazy(async () => ({
  default: (await import('./VoidCertificateModal.tsx')).VoidCertificateModal,
}));

function OfferDetails({ offer }: { offer: Offer }) {
  const update = useUpdateOffer();
  const archive = () =>
    update.mutate(
      { id: offer.id, patch: { archived: !offer.archived } },
      {
        onError: (error) =>
          notifications.show({ color: 'red', title: 'The offer was not changed', message: messageOf(error) }),
      },
    );
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label="The offer">
      <Stack gap="md">
        <Text fw={600}>
          {offer.summary} · valid {formatDay(offer.validFrom)} – {formatDay(offer.validUntil)}
        </Text>
        {offer.terms && (
          <Text size="sm" className="pre-line">
            {offer.terms}
          </Text>
        )}
        <Text size="sm" fw={600} c="sage.9">
          {offer.notice}
        </Text>
        <OfferFigures offer={offer} />
        <Group>
          <Button variant="default" size="xs" onClick={archive} loading={update.isPending}>
            {offer.archived ? 'Restore offer' : 'Archive offer'}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Certificates({ offerId }: { offerId: string }) {
  const certificates = useCertificates(offerId);
  const [search] = useSearchParams();
  const [voiding, setVoiding] = useState<Certificate | null>(null);
  // Once opened, the dialog stays mounted so closing it animates and gives focus back.
  const [voidOpened, setVoidOpened] = useState(false);
  if (certificates.isError) return <LoadError error={certificates.error} retry={() => void certificates.refetch()} />;
  if (!certificates.data) return <PageLoader />;
  const items = certificates.data.items;
  return (
    <Stack gap="sm" component="section" aria-label="Certificates">
      <Title order={2} size="h4">
        Certificates ({items.length})
      </Title>
      {items.length === 0 && (
        <Text c="dimmed" size="sm">
          None issued yet. Issue one here, or include one when you send a letter.
        </Text>
      )}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((certificate) => (
          <CertificateRow
            key={certificate.id}
            certificate={certificate}
            highlighted={search.get('issued') === certificate.code}
            onVoid={() => {
              setVoidOpened(true);
              setVoiding(certificate);
            }}
          />
        ))}
      </Stack>
      {voidOpened && (
        <Suspense fallback={null}>
          <VoidCertificateModal certificate={voiding} onClose={() => setVoiding(null)} />
        </Suspense>
      )}
    </Stack>
  );
}

export function OfferPage() {
  const { id = '' } = useParams();
  const offer = useOffer(id);
  return (
    <PageFrame
      title={offer.data?.title ?? 'Offer'}
      back={{ to: '/offers', label: 'All offers' }}
      actions={offer.data && <OfferStateBadge state={offer.data.state} />}
    >
      <QueryState query={offer}>
        {(data) => (
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="lg">
                <OfferDetails offer={data} />
                <Certificates offerId={data.id} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <IssueCertificateForm offer={data} />
            </Grid.Col>
          </Grid>
        )}
      </QueryState>
    </PageFrame>
  );
}
