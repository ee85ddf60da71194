// /letters/templates: one letter template per recipient profession, editable, with a preview.
import { NativeSelect, Stack, Text } from '@mantine/core';
import { useSearchParams } from '../../app/routing.tsx';
import { professions } from '../../../contracts/taxonomy.ts';
import { useLetterTemplates } from '../../api/letters.ts';
import { useMyProfile } from '../../api/profile.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';

function Templates() {
  const templates = useLetterTemplates();
  const profile = useMyProfile();
  const [search, setSearch] = useSearchParams();
  if (templates.isError || profile.isError)
    return (
      <LoadError
        error={templates.error ?? profile.error}
        retry={() => void Promise.all([templates.refetch(), profile.refetch()])}
      />
    );
  if (!templates.data || !profile.data) return <PageLoader />;
  const list = templates.data.templates;
  const chosen =
    list.find((item) => item.profession === search.get('profession')) ??
    list.find((item) => item.profession === 'chiropractor') ??
    list[0];
  if (!chosen) return <Text c="dimmed">No templates are available.</Text>;
  return (
    <Stack gap="lg">
      <NativeSelect
        label="Template for letters to a"
        maw={420}
        value={chosen.profession}
        onChange={(event) => setSearch({ profession: event.currentTarget.value }, { replace: true })}
        data={list.map((item) => ({
          value: item.profession,
          label: `${professions[item.profession]}${item.custom ? ' (your version)' : ''}`,
        }))}
      />
      <TemplateEditor
        key={`${chosen.profession}\u0000${chosen.subject}\u0000${chosen.body}`}
        template={chosen}
        placeholders={templates.data.placeholders}
        profile={profile.data}
      />
    </Stack>
  );
}

export function TemplatesPage() {
  return (
    <PageFrame
      title="Letter templates"
      back={{ to: '/letters', label: 'All letters' }}
      intro="Each profession gets a letter in its own terms. Kneadwork fills in the details from your profile; a sentence whose details are missing is left out."
    >
      <Templates />
    </PageFrame>
  );
}
