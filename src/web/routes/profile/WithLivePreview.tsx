// The profile form on the left, the public page as it will look on the right: the layout the
// onboarding wizard and the profile editor share.
import { Grid } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Profile } from '../../../contracts/profile.ts';
import type { Taxonomy } from '../../api/profile.ts';
import { PreviewPane } from './PreviewPane.tsx';
import type { ProfileFormValues } from './profile-form.ts';

type Props = { profile: Profile; values: ProfileFormValues; taxonomy: Taxonomy; children: ReactNode };

export function WithLivePreview({ profile, values, taxonomy, children }: Props) {
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 7 }}>{children}</Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <PreviewPane profile={profile} values={values} taxonomy={taxonomy} />
      </Grid.Col>
    </Grid>
  );
}
