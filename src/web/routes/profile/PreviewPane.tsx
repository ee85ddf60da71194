import { Box, Group, Text } from '@mantine/core';
import type { Profile } from '../../../contracts/profile.ts';
import type { Taxonomy } from '../../api/profile.ts';
import { ProfileView } from '../../components/ProfileView.tsx';
import { previewOf, type ProfileFormValues } from './profile-form.ts';

/** The public page as it will look, redrawn on every keystroke. */
export function PreviewPane({
  profile,
  values,
  taxonomy,
}: {
  profile: Profile;
  values: ProfileFormValues;
  taxonomy: Taxonomy;
}) {
  return (
    <Box className="preview-sticky" component="aside" aria-label="Live preview of your profile">
      <Group justify="space-between" mb="xs">
        <Text size="sm" fw={600} c="dimmed" tt="uppercase">
          Live preview
        </Text>
        <Text size="xs" c="dimmed">
          How colleagues will see you
        </Text>
      </Group>
      <ProfileView
        profile={previewOf(profile, values)}
        taxonomy={taxonomy}
        headingOrder={2}
        emptyHint="Your story, specialties, training and practice appear here as you fill them in."
      />
    </Box>
  );
}
