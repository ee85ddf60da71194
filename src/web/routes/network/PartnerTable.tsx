// Per partner: the referrals I sent them and how far they got, beside the ones they sent me.
import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from '../../app/routing.tsx';
import { useRequestConnection, type Reciprocity } from '../../api/network.ts';
import { messageOf } from '../../api/http.ts';
import { memberPath, professionLabel } from './member-label.ts';
import { WideTable } from '../../components/WideTable.tsx';

type Partner = Reciprocity['partners'][number];
const steps = ['total', 'accepted', 'seen', 'returned'] as const;
const stepLabels: Record<(typeof steps)[number], string> = {
  total: 'Referred',
  accepted: 'Accepted',
  seen: 'Seen',
  returned: 'Returned',
};

function ConnectButton({ slug }: { slug: string }) {
  const connect = useRequestConnection();
  if (connect.isSuccess)
    return (
      <Text size="xs" c="dimmed">
        Request sent
      </Text>
    );
  return (
    <Button
      size="compact-xs"
      variant="light"
      loading={connect.isPending}
      onClick={() =>
        connect.mutate(slug, {
          onError: (error) =>
            notifications.show({ color: 'red', title: 'The request was not sent', message: messageOf(error) }),
        })
      }
    >
      Connect
    </Button>
  );
}

function PartnerRow({ partner }: { partner: Partner }) {
  const { member } = partner;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={memberPath(member.slug)} fw={600} size="sm">
            {member.displayName}
          </Anchor>
          {partner.trusted && (
            <Badge size="xs" variant="light" tt="none">
              Trusted
            </Badge>
          )}
        </Group>
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {professionLabel(member.profession)}
          </Text>
          {!partner.connected && <ConnectButton slug={member.slug} />}
        </Group>
      </Table.Th>
      {steps.map((step) => (
        <Table.Td key={`sent-${step}`} ta="right">
          {partner.sent[step]}
        </Table.Td>
      ))}
      {steps.map((step) => (
        <Table.Td key={`received-${step}`} ta="right">
          {partner.received[step]}
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

export function PartnerTable({ partners }: { partners: Partner[] }) {
  if (partners.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No referrals yet, in either direction. Once you refer a client or receive one, each partner appears here.
      </Text>
    );
  return (
    <WideTable label="Referrals per partner" minWidth={720}>
      <Table withTableBorder withColumnBorders fz="sm" aria-label="Referrals per partner">
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2} scope="col">
              Partner
            </Table.Th>
            <Table.Th colSpan={4} scope="colgroup" ta="center">
              I sent them
            </Table.Th>
            <Table.Th colSpan={4} scope="colgroup" ta="center">
              They sent me
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            {[...steps, ...steps].map((step, index) => (
              <Table.Th key={`${index}-${step}`} scope="col" ta="right" fw={500}>
                {stepLabels[step]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.map((partner) => (
            <PartnerRow key={partner.member.slug} partner={partner} />
          ))}
        </Table.Tbody>
      </Table>
    </WideTable>
  );
}
