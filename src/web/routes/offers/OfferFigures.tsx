// An offer's figures at a glance: how many certificates went out, came back, lapsed, and how many
// recipients went on to meet me or become allies.
import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { Offer } from '../../../contracts/offers.ts';

export function OfferFigures({ offer }: { offer: Offer }) {
  const figures = [
    { label: 'Issued', value: `${offer.figures.issued} of ${offer.maxIssued}` },
    { label: 'Redeemed', value: offer.figures.redeemed },
    { label: 'Expired', value: offer.figures.expired },
    { label: 'Met', value: offer.figures.met },
    { label: 'Allied', value: offer.figures.allied },
  ];
  return (
    <SimpleGrid cols={{ base: 3, xs: 5 }} spacing="xs" component="dl" m={0} aria-label="Figures">
      {figures.map((figure) => (
        <Stack key={figure.label} gap={0}>
          <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
            {figure.label}
          </Text>
          <Text component="dd" m={0} fw={650} size="lg">
            {figure.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
