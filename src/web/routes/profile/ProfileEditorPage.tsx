import { useDocumentTitle } from '@mantine/hooks';
import { Navigate } from '../../app/routing.tsx';
import { useMyProfile, useTaxonomy } from '../../api/profile.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { ProfileEditor } from './ProfileEditor.tsx';

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
  if (!profile.data.onboarded) return <Navigate to="/onboarding" replace />;
  return <ProfileEditor profile={profile.data} taxonomy={taxonomy.data} />;
}

export function ProfileEditorPage() {
  useDocumentTitle('My profile — Kneadwork');
  return <Loaded />;
}
