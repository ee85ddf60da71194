// The fields of one section, by key: the one switch the wizard and the editor share. Only the
// section on screen is loaded; "About you" (the first) comes with the page.
import { lazy, Suspense } from 'react';
import type { Profile } from '../../../contracts/profile.ts';
import type { Taxonomy } from '../../api/profile.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import type { SectionKey } from './profile-form.ts';
import { AboutSection } from './sections/AboutSection.tsx';
import type { ProfileForm } from './sections/types.ts';

const AvailabilitySection = lazy(async () => ({
  default: (await import('./sections/AvailabilitySection.tsx')).AvailabilitySection,
}));
const ImagesSection = lazy(async () => ({ default: (await import('./sections/ImagesSection.tsx')).ImagesSection }));
const PracticeSection = lazy(async () => ({
  default: (await import('./sections/PracticeSection.tsx')).PracticeSection,
}));
const SpecialtiesSection = lazy(async () => ({
  default: (await import('./sections/SpecialtiesSection.tsx')).SpecialtiesSection,
}));
const StorySection = lazy(async () => ({ default: (await import('./sections/StorySection.tsx')).StorySection }));
const TrainingSection = lazy(async () => ({
  default: (await import('./sections/TrainingSection.tsx')).TrainingSection,
}));
const VisibilitySection = lazy(async () => ({
  default: (await import('./sections/VisibilitySection.tsx')).VisibilitySection,
}));

type Props = { section: SectionKey; form: ProfileForm; taxonomy: Taxonomy; profile: Profile };

function Fields({ section, form, taxonomy, profile }: Props) {
  switch (section) {
    case 'about':
      return <AboutSection form={form} taxonomy={taxonomy} />;
    case 'training':
      return <TrainingSection form={form} taxonomy={taxonomy} />;
    case 'specialties':
      return <SpecialtiesSection form={form} taxonomy={taxonomy} />;
    case 'story':
      return <StorySection form={form} taxonomy={taxonomy} />;
    case 'practice':
      return <PracticeSection form={form} taxonomy={taxonomy} />;
    case 'availability':
      return <AvailabilitySection form={form} taxonomy={taxonomy} />;
    case 'images':
      return <ImagesSection profile={profile} />;
    case 'visibility':
      return <VisibilitySection form={form} taxonomy={taxonomy} />;
  }
}

export function SectionFields(props: Props) {
  return (
    <Suspense fallback={<PageLoader />}>
      <Fields {...props} />
    </Suspense>
  );
}
