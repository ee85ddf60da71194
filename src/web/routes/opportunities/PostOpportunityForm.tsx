// Posting an opportunity: the kind, what and where (a postal code or remote), when, until when it
// stays up, pay, and what the kind adds (employment and hours for a job; arrangement, price and
// amenities for a room; the away period and shifts a cover shift covers; who research seeks). The server's checks name each field.
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { opportunityKinds, payPeriods } from '../../../contracts/opportunity-words.ts';
import { useAway } from '../../api/away.ts';
import { usePostOpportunity, useUpdateOpportunity, type Opportunity } from '../../api/opportunities.ts';
import { useMyProfile } from '../../api/profile.ts';
import { useNavigate } from '../../app/routing.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { useServerForm } from '../../components/use-server-form.ts';
import {
  initialPostValues,
  postFieldOf,
  toPostBody,
  toUpdateBody,
  valuesFromPost,
  type PostFormValues,
} from './post-form.ts';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A cover shift may name the away period it covers (cover when away): only mine that are not over. */
function CoverShiftFields({ getInputProps }: { getInputProps: (field: keyof PostFormValues) => object }) {
  const away = useAway();
  const periods = (away.data?.mine ?? []).filter((period) => period.state !== 'over');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <NativeSelect
        label="For my time away"
        data={[
          { value: '', label: periods.length ? 'None' : 'No away period planned' },
          ...periods.map((period) => ({ value: period.id, label: `${period.startsOn} to ${period.endsOn}` })),
        ]}
        {...getInputProps('awayId')}
      />
      <TextInput label="Shifts" placeholder="Tue and Thu, 9 to 5" {...getInputProps('shifts')} />
    </SimpleGrid>
  );
}

export function PostOpportunityForm({ onDone }: { onDone: () => void }) {
  const navigate = useNavigate();
  const profile = useMyProfile();
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: initialPostValues(profile.data?.postalCode ?? ''),
    toBody: toPostBody,
    mutation: usePostOpportunity(),
    fieldOf: postFieldOf,
    onSuccess: (post) => {
      notifications.show({ color: 'sage', message: 'Posted. It is on the board now.' });
      onDone();
      navigate(`/opportunities/${post.id}`);
    },
  });
  return (
    <FormCard name={{ label: 'Post an opportunity' }} formRef={formRef} onSubmit={onSubmit}>
      <PostFields getInputProps={form.getInputProps} kind={form.values.kind} editing={false} />
      <FormAlert message={problem} />
      <Group>
        <Button type="submit" loading={busy}>
          Post
        </Button>
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </FormCard>
  );
}

/** The author edits a post: every field but its kind. */
export function EditOpportunityForm({ post, onDone }: { post: Opportunity; onDone: () => void }) {
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: valuesFromPost(post),
    toBody: toUpdateBody,
    mutation: useUpdateOpportunity(post.id),
    fieldOf: postFieldOf,
    onSuccess: () => {
      notifications.show({ color: 'sage', message: 'Saved.' });
      onDone();
    },
  });
  return (
    <FormCard name={{ label: 'Edit the post' }} formRef={formRef} onSubmit={onSubmit}>
      <PostFields getInputProps={form.getInputProps} kind={form.values.kind} editing />
      <FormAlert message={problem} />
      <Group>
        <Button type="submit" loading={busy}>
          Save
        </Button>
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </FormCard>
  );
}

type Fields = {
  getInputProps: (field: keyof PostFormValues, options?: { type: 'checkbox' }) => object;
  kind: PostFormValues['kind'];
  editing: boolean;
};

function PostFields({ getInputProps, kind, editing }: Fields) {
  const form = { getInputProps };
  return (
    <>
      <NativeSelect label="Kind" data={options(opportunityKinds)} disabled={editing} {...form.getInputProps('kind')} />
      <TextInput label="Title" required maxLength={120} {...form.getInputProps('title')} />
      <Textarea label="Description" required autosize minRows={3} {...form.getInputProps('description')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Postal code" autoComplete="postal-code" {...form.getInputProps('postalCode')} />
        <Checkbox mt={{ sm: 'xl' }} label="Remote" {...form.getInputProps('remote', { type: 'checkbox' })} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput type="date" label="Starts" {...form.getInputProps('startsOn')} />
        <TextInput type="date" label="Ends" {...form.getInputProps('endsOn')} />
        <TextInput type="date" label="Listed until" required {...form.getInputProps('expiresOn')} />
      </SimpleGrid>
      {kind === 'job' && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label="Employment"
            data={options({ employee: 'Employee', contractor: 'Contractor' })}
            {...form.getInputProps('employment')}
          />
          <TextInput label="Hours" placeholder="20 h a week" {...form.getInputProps('hours')} />
          <TextInput label="Organization" {...form.getInputProps('organization')} />
        </SimpleGrid>
      )}
      {kind === 'room' ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label="Arrangement"
            data={options({ rent: 'To rent', share: 'To share' })}
            {...form.getInputProps('arrangement')}
          />
          <NativeSelect
            label="By the"
            data={options({ hour: 'Hour', day: 'Day', month: 'Month' })}
            {...form.getInputProps('roomPer')}
          />
          <TextInput label="Price (USD)" inputMode="decimal" {...form.getInputProps('price')} />
          <TextInput label="Amenities" description="Separated by commas" {...form.getInputProps('amenities')} />
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Pay (USD)" inputMode="decimal" {...form.getInputProps('pay')} />
          <NativeSelect label="Pay per" data={options(payPeriods)} {...form.getInputProps('payPer')} />
        </SimpleGrid>
      )}
      {kind === 'cover-shift' && <CoverShiftFields getInputProps={form.getInputProps} />}
      {kind === 'research' && (
        <NativeSelect
          label="Seeking"
          data={options({ participants: 'Participants', collaborators: 'Collaborators' })}
          {...form.getInputProps('seeking')}
        />
      )}
    </>
  );
}
