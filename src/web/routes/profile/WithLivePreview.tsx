// The profile form on the left, the public page as it will look on the right: the layout the
// onboarding wizard and the profile editor share. The preview loads after the form has painted.
import { lazy, Suspense, type ReactNode } from 'react';
import type { Profile } from '../../../contracts/profile.ts';
import type { Taxonomy } from '../../api/profile.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import '../../components/main-and-aside.css';
import type { ProfileFormValues } from './profile-form.ts';

const PreviewPane = lazy(async () => ({ default: (await import('./PreviewPane.tsx')).PreviewPane }));

type Props = { profile: Profile; values: ProfileFormValues; taxonomy: Taxonomy; children: ReactNode };

export function WithLivePreview({ profile, values, taxonomy, children }: Props) {
  return (
    <div className="main-and-aside">
      <div>{children}</div>
      <div>
        <Suspense fallback={<PageLoader />}>
          <PreviewPane profile={profile} values={values} taxonomy={taxonomy} />
        </Suspense>
      </div>
    </div>
  );
}
