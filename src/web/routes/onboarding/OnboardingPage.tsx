// The first-run wizard: one section per step, saved as the member goes (so nothing is lost if
// they stop half way; ?step= keeps their place), a live preview beside it, and a finish that
// lists them in the directory.
import { useDocumentTitle } from '@mantine/hooks';
import { useMyProfile, useTaxonomy } from '../../api/profile.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { Wizard } from './Wizard.tsx';

function Loaded() {
  const profile = useMyProfile();
  const taxonomy = useTaxonomy();
  if (profile.isError || taxonomy.isError)
    return (
      <LoadError
        error={profile.error ?? taxonomy.error}
        retry={() => void Promise.all([profile.refetch(), taxonomy.refetch()])}
      />
    );
  if (!profile.data || !taxonomy.data) return <PageLoader />;
  return <Wizard profile={profile.data} taxonomy={taxonomy.data} />;
}

export function OnboardingPage() {
  useDocumentTitle('Set up your profile — Kneadwork');
  return <Loaded />;
}
