// A member's page as colleagues see it: used for /members/:slug and as the live preview while
// editing. Empty parts are left out, so a half-finished profile still reads well.
import {
  Anchor,
  Avatar,
  Badge,
  Divider,
  Group,
  Image,
  Paper,
  Stack,
  Text,
  Title,
  type TitleOrder,
} from '@mantine/core';
import type { ReactNode } from 'react';
import type { PublicProfile, Taxonomy } from '../api/profile.ts';
import { initials } from './initials.ts';

const labels = (table: Record<string, string>, keys: readonly string[]) => keys.map((key) => table[key] ?? key);

/** "Prenatal and postpartum · endorsed by 3" where colleagues endorsed it. */
const endorsed = (table: Record<string, string>, keys: readonly string[], counts: Record<string, number> = {}) =>
  keys.map((key) => {
    const label = table[key] ?? key;
    const count = counts[key] ?? 0;
    return count > 0 ? `${label} · endorsed by ${count}` : label;
  });

function Part({ title, order, children }: { title: string; order: TitleOrder; children: ReactNode }) {
  return (
    <Stack gap={6}>
      <Title order={order} size="h5" c="sage.9">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Tags({ items, color = 'gray' }: { items: string[]; color?: string }) {
  return (
    <Group gap={6}>
      {items.map((item) => (
        <Badge key={item} color={color} variant="light" radius="sm" tt="none" fw={500}>
          {item}
        </Badge>
      ))}
    </Group>
  );
}

type Props = { profile: PublicProfile; taxonomy: Taxonomy; headingOrder?: 1 | 2; emptyHint?: string };

export function ProfileView({ profile, taxonomy, headingOrder = 1, emptyHint }: Props) {
  const sub = (headingOrder + 1) as TitleOrder;
  const place = [profile.city, profile.region].filter(Boolean).join(', ');
  const specialties = [
    ...endorsed(taxonomy.specialties, profile.specialties, profile.endorsements?.specialties),
    ...profile.specialtiesOther,
  ];
  const modalities = [
    ...endorsed(taxonomy.modalities, profile.modalities, profile.endorsements?.modalities),
    ...profile.modalitiesOther,
  ];
  const associations = [
    ...labels(taxonomy.associations, profile.associations),
    ...(profile.associationsOther ? [profile.associationsOther] : []),
  ];
  const training = [
    profile.school && `${profile.school}${profile.graduationYear ? `, ${profile.graduationYear}` : ''}`,
    profile.yearsInPractice !== null &&
      `${profile.yearsInPractice} ${profile.yearsInPractice === 1 ? 'year' : 'years'} in practice`,
    profile.licenseRegion && `Licensed in ${profile.licenseRegion}`,
  ].filter(Boolean) as string[];
  const open = [
    profile.acceptingReferrals && 'Accepting referrals',
    profile.openToTrades && 'Open to treatment trades',
    profile.offeringMentorship && 'Offers mentorship',
    profile.seekingMentor && 'Looking for a mentor',
    !!profile.mentored && `Mentored ${profile.mentored} ${profile.mentored === 1 ? 'therapist' : 'therapists'}`,
  ].filter(Boolean) as string[];
  const town = [profile.city, [profile.region, profile.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const address = [profile.street, town, town && (profile.country === 'CA' ? 'Canada' : 'United States')]
    .filter(Boolean)
    .join(', ');
  const hasPractice = !!(
    profile.practiceName ||
    address ||
    profile.phone ||
    profile.publicEmail ||
    profile.website ||
    profile.practiceSettings.length ||
    profile.workArrangement ||
    profile.languages.length
  );
  const hasBody = !!(
    profile.howMyWorkHelps ||
    profile.treatmentGoals ||
    specialties.length ||
    modalities.length ||
    training.length ||
    associations.length ||
    hasPractice ||
    profile.history ||
    profile.hobbies
  );

  return (
    <Paper withBorder radius="lg" p="lg">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="md" wrap="nowrap" align="center">
            <Avatar src={profile.photoUrl} alt="" size={72} radius="xl" color="sage">
              {initials(profile.displayName || '?')}
            </Avatar>
            <Stack gap={2}>
              <Title order={headingOrder} size="h2">
                {profile.displayName || 'Your name'}
                {profile.credentials.length > 0 && (
                  <Text span c="dimmed" fw={500} fz="lg">
                    {', '}
                    {profile.credentials.join(', ')}
                  </Text>
                )}
              </Title>
              <Text fw={500}>{taxonomy.professions[profile.profession]}</Text>
              <Text c="dimmed" size="sm">
                {[profile.practiceName, place].filter(Boolean).join(' · ')}
              </Text>
            </Stack>
          </Group>
          {profile.logoUrl && (
            <Image
              src={profile.logoUrl}
              alt={`${profile.practiceName || profile.displayName} logo`}
              w={72}
              h={72}
              fit="contain"
              radius="md"
            />
          )}
        </Group>
        {open.length > 0 && <Tags items={open} color="sage" />}
        <Divider />
        {!hasBody && emptyHint && (
          <Text c="dimmed" size="sm">
            {emptyHint}
          </Text>
        )}
        {profile.howMyWorkHelps && (
          <Part title="How my work helps your patients" order={sub}>
            <Text className="pre-line">{profile.howMyWorkHelps}</Text>
          </Part>
        )}
        {profile.treatmentGoals && (
          <Part title="Treatment goals" order={sub}>
            <Text className="pre-line">{profile.treatmentGoals}</Text>
          </Part>
        )}
        {specialties.length > 0 && (
          <Part title="Specialties" order={sub}>
            <Tags items={specialties} />
          </Part>
        )}
        {modalities.length > 0 && (
          <Part title="Modalities" order={sub}>
            <Tags items={modalities} />
          </Part>
        )}
        {(training.length > 0 || associations.length > 0) && (
          <Part title="Training and associations" order={sub}>
            {training.map((line) => (
              <Text key={line}>{line}</Text>
            ))}
            {associations.length > 0 && <Tags items={associations} />}
          </Part>
        )}
        {hasPractice && (
          <Part title="Practice" order={sub}>
            {profile.practiceName && <Text fw={500}>{profile.practiceName}</Text>}
            {address && (
              <Text c="dimmed" size="sm">
                {address}
              </Text>
            )}
            <Group gap="lg">
              {profile.phone && <Anchor href={`tel:${profile.phone.replace(/[^+\d]/g, '')}`}>{profile.phone}</Anchor>}
              {profile.publicEmail && <Anchor href={`mailto:${profile.publicEmail}`}>{profile.publicEmail}</Anchor>}
              {profile.website && (
                <Anchor href={profile.website} target="_blank" rel="noopener noreferrer nofollow">
                  {profile.website.replace(/^https?:\/\//, '')}
                </Anchor>
              )}
            </Group>
            {profile.practiceSettings.length > 0 && (
              <Tags items={labels(taxonomy.practiceSettings, profile.practiceSettings)} />
            )}
            {(profile.workArrangement || profile.languages.length > 0) && (
              <Text size="sm" c="dimmed">
                {[
                  profile.workArrangement && taxonomy.workArrangements[profile.workArrangement],
                  profile.languages.length > 0 && `Speaks ${profile.languages.join(', ')}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            )}
          </Part>
        )}
        {profile.history && (
          <Part title="My history" order={sub}>
            <Text className="pre-line">{profile.history}</Text>
          </Part>
        )}
        {profile.hobbies && (
          <Part title="Outside the treatment room" order={sub}>
            <Text className="pre-line">{profile.hobbies}</Text>
          </Part>
        )}
      </Stack>
    </Paper>
  );
}
