// How complete the member's profile is (and what is missing), and their professionals per stage.
import { Anchor, Group, List, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import type { MemberHome } from '../../../contracts/home.ts';
import { pipeline, stages } from '../../../contracts/pipeline.ts';
import { checkLabels } from './home-labels.ts';

export function ProfileAndPipeline({ home }: { home: MemberHome }) {
  const { percent, missing } = home.profile;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="profile-complete">
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap">
            <Title order={2} size="h4" id="profile-complete">
              Your profile is {percent}% complete
            </Title>
            <Anchor component={Link} to="/profile" size="sm">
              Edit profile
            </Anchor>
          </Group>
          {/* The heading says the percentage in words; the bar only draws it. */}
          <Progress value={percent} aria-hidden />
          {missing.length > 0 ? (
            <>
              <Text size="sm" c="gray.7">
                Colleagues reading it would look for:
              </Text>
              <List size="sm" spacing={2}>
                {missing.map((check) => (
                  <List.Item key={check}>{checkLabels[check]}</List.Item>
                ))}
              </List>
            </>
          ) : (
            <Text size="sm">Everything a colleague looks for is there.</Text>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="pipeline-counts">
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap">
            <Title order={2} size="h4" id="pipeline-counts">
              My professionals: {home.pipeline.total}
            </Title>
            <Anchor component={Link} to="/contacts" size="sm">
              Open the list
            </Anchor>
          </Group>
          <Group gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Professionals per stage">
            {[...pipeline, 'not-now' as const].map((stage) => (
              <Paper component="li" key={stage} withBorder px="sm" py={6} radius="md">
                <Text size="sm">
                  <Text span fw={700}>
                    {home.pipeline.byStage[stage] ?? 0}
                  </Text>{' '}
                  {stages[stage]}
                </Text>
              </Paper>
            ))}
          </Group>
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
