// /offers/:id: one offer — what it is, its figures, the certificates issued from it (PDF, email,
// void, redeem) and the form to issue another.
import { Anchor, Button, Container, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from '../../app/routing.tsx';
import type { Certificate, Offer } from '../../../contracts/offers.ts';
import { messageOf } from '../../api/http.ts';
import { useCertificates, useOffer, useUpdateOffer } from '../../api/offers.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { CertificateRow } from './CertificateRow.tsx';
import { formatDay } from '../../components/dates.ts';
import { IssueCertificateForm } from './IssueCertificateForm.tsx';
import { OfferFigures } from './OfferFigures.tsx';
import { OfferStateBadge } from './StatusBadges.tsx';
import { VoidCertificateModal } from './VoidCertificateModal.tsx';

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
            onVoid={() => setVoiding(certificate)}
          />
        ))}
      </Stack>
      <VoidCertificateModal certificate={voiding} onClose={() => setVoiding(null)} />
    </Stack>
  );
}

function Loaded() {
  const { id = '' } = useParams();
  const offer = useOffer(id);
  useDocumentTitle(`${offer.data?.title ?? 'Offer'} — Kneadwork`);
  if (offer.isError) return <LoadError error={offer.error} retry={() => void offer.refetch()} />;
  if (!offer.data) return <PageLoader />;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to="/offers" size="sm">
          ← All offers
        </Anchor>
        <Group gap="sm">
          <Title order={1}>{offer.data.title}</Title>
          <OfferStateBadge state={offer.data.state} />
        </Group>
      </Stack>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <OfferDetails offer={offer.data} />
            <Certificates offerId={offer.data.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <IssueCertificateForm offer={offer.data} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

export function OfferPage() {
  return (
    <Container size="xl" py="xl" w="100%">
      <Loaded />
    </Container>
  );
}
