// Starting a pool: what to buy, from whom, the list price, up to five discount tiers, the minimum
// to go ahead and the deadline. Prices are typed in dollars and sent as cents; the server's
// checks (tiers rising, prices falling) come back by field and land on the tier's inputs.
import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useStartPool, type Pool, type PoolCreate } from '../../api/pools.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { useServerForm } from '../../components/use-server-form.ts';

const tierRows = [1, 2, 3, 4, 5] as const;
type TierFields = { [K in `tier${(typeof tierRows)[number]}${'Min' | 'Price'}`]: string };
type Values = {
  title: string;
  item: string;
  supplier: string;
  unitPrice: string;
  minimumQuantity: string;
  deadline: string;
  postalCode: string;
} & TierFields;

const blankTiers = Object.fromEntries(
  tierRows.flatMap((n) => [
    [`tier${n}Min`, ''],
    [`tier${n}Price`, ''],
  ]),
) as TierFields;
const cents = (dollars: string) => (dollars.trim() === '' ? Number.NaN : Math.round(Number(dollars) * 100));
const whole = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

function toBody(values: Values): PoolCreate {
  return {
    title: values.title,
    item: values.item,
    supplier: values.supplier,
    ...(values.postalCode.trim() ? { postalCode: values.postalCode.trim() } : {}),
    unitPrice: cents(values.unitPrice),
    minimumQuantity: whole(values.minimumQuantity),
    deadline: values.deadline ? new Date(values.deadline).toISOString() : '',
    tiers: tierRows
      .filter((n) => values[`tier${n}Min`].trim() !== '' || values[`tier${n}Price`].trim() !== '')
      .map((n) => ({ minQuantity: whole(values[`tier${n}Min`]), unitPrice: cents(values[`tier${n}Price`]) })),
  };
}

/** 'tiers.1.unitPrice' (as the server names it) → the flat field 'tier2Price'. */
const fieldOf = (path: string) =>
  path.replace(
    /^tiers\.(\d)\.(minQuantity|unitPrice)$/,
    (_, index: string, part: string) => `tier${Number(index) + 1}${part === 'minQuantity' ? 'Min' : 'Price'}`,
  );

const required = (values: Values) => {
  const problems: Record<string, string> = {};
  for (const field of ['title', 'item', 'supplier', 'unitPrice', 'minimumQuantity', 'deadline'] as const)
    if (!values[field].trim()) problems[field] = 'is required';
  return Object.keys(problems).length ? problems : null;
};

export function StartPoolForm({ onStarted, onCancel }: { onStarted: (pool: Pool) => void; onCancel: () => void }) {
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: {
      title: '',
      item: '',
      supplier: '',
      unitPrice: '',
      minimumQuantity: '',
      deadline: '',
      postalCode: '',
      ...blankTiers,
    },
    validate: required,
    toBody,
    mutation: useStartPool(),
    fieldOf,
    onSuccess: (pool) => onStarted(pool),
  });
  const input = (field: keyof Values) => form.getInputProps(field);
  return (
    <FormCard name={{ label: 'Start a pool' }} formRef={formRef} onSubmit={onSubmit}>
      <TextInput label="Title" required {...input('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Item" description="What one unit is" required {...input('item')} />
        <TextInput label="Supplier" required {...input('supplier')} />
        <TextInput label="Unit price ($)" inputMode="decimal" required {...input('unitPrice')} />
        <TextInput label="Minimum to go ahead (units)" inputMode="numeric" required {...input('minimumQuantity')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Deadline" type="datetime-local" required {...input('deadline')} />
        <TextInput
          label="Pick-up postal code"
          description="Optional: lets members nearby find it"
          {...input('postalCode')}
        />
      </SimpleGrid>
      <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Text component="legend" fw={600} size="sm">
          Discount tiers (optional, up to 5)
        </Text>
        <Text size="sm" c="dimmed">
          From this many units in total, everyone pays this price. Each tier needs more units and a lower price.
        </Text>
        {tierRows.map((n) => (
          <SimpleGrid key={n} cols={2}>
            <TextInput label={`Tier ${n}: from (units)`} inputMode="numeric" {...input(`tier${n}Min`)} />
            <TextInput label={`Tier ${n}: price ($)`} inputMode="decimal" {...input(`tier${n}Price`)} />
          </SimpleGrid>
        ))}
      </Stack>
      <FormAlert message={problem} />
      <Group>
        <Button type="submit" loading={busy}>
          Start pool
        </Button>
        <Button variant="subtle" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
    </FormCard>
  );
}
