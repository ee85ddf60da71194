// The fields of one section, by key: the one switch the wizard and the editor share.
import type { Profile } from '../../../contracts/profile.ts';
import type { Taxonomy } from '../../api/profile.ts';
import type { SectionKey } from './profile-form.ts';
import { AboutSection } from './sections/AboutSection.tsx';
import { AvailabilitySection } from './sections/AvailabilitySection.tsx';
import { ImagesSection } from './sections/ImagesSection.tsx';
import { PracticeSection } from './sections/PracticeSection.tsx';
import { SpecialtiesSection } from './sections/SpecialtiesSection.tsx';
import { StorySection } from './sections/StorySection.tsx';
import { TrainingSection } from './sections/TrainingSection.tsx';
import type { ProfileForm } from './sections/types.ts';
import { VisibilitySection } from './sections/VisibilitySection.tsx';

export function SectionFields({
  section,
  form,
  taxonomy,
  profile,
}: {
  section: SectionKey;
  form: ProfileForm;
  taxonomy: Taxonomy;
  profile: Profile;
}) {
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
