// The circle's own fields, shared by "Start a circle" and its settings: name, kind, what it is
// about, rules, topics, where it meets, who can see and join it (in words), and a member cap.
import { Checkbox, Group, NativeSelect, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { circleKinds, circleVisibilities } from '../../../contracts/circle-words.ts';
import type { InputProps } from '../../components/use-form.ts';

type Props = { inputProps: (field: string, options?: { type?: 'checkbox' }) => InputProps };

export function CircleFields({ inputProps }: Props) {
  return (
    <>
      <TextInput label="Name" required maxLength={100} {...inputProps('name')} />
      <NativeSelect
        label="Kind"
        data={Object.entries(circleKinds).map(([value, label]) => ({ value, label }))}
        {...inputProps('kind')}
      />
      <Textarea label="What it is about" autosize minRows={2} maxLength={2000} {...inputProps('description')} />
      <Textarea
        label="Rules"
        description="How you treat each other, what stays in the circle"
        autosize
        minRows={2}
        maxLength={4000}
        {...inputProps('rules')}
      />
      <TextInput
        label="Topics"
        description="Separated by commas: sports, prenatal, business"
        {...inputProps('topics')}
      />
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          label="Home postal code"
          description="Where you meet in person"
          autoComplete="postal-code"
          {...inputProps('postalCode')}
        />
        <Checkbox label="Meets online" {...inputProps('online', { type: 'checkbox' })} />
      </Group>
      <Radio.Group label="Who can see and join" {...inputProps('visibility')}>
        <Stack gap="xs" mt={6}>
          {Object.entries(circleVisibilities).map(([value, label]) => (
            <Radio key={value} value={value} label={label} />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput
        label="Member cap"
        description="Leave empty for no limit"
        inputMode="numeric"
        w={200}
        {...inputProps('memberCap')}
      />
    </>
  );
}
