// After onboarding: the same sections as tabs, one Save for everything changed in any of them,
// and the live preview beside. A refusal opens the tab that holds the field.
import { Badge, Button, Container, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, type FormEvent } from 'react';
import { Link, useSearchParams } from '../../app/routing.tsx';
import type { Profile } from '../../../contracts/profile.ts';
import type { Taxonomy } from '../../api/profile.ts';
import { focusFirstError } from './focus-first-error.ts';
import { WithLivePreview } from './WithLivePreview.tsx';
import { sectionOf, sections, type FieldName, type SectionKey } from './profile-form.ts';
import { SectionFields } from './SectionFields.tsx';
import { useProfileForm } from './use-profile-form.ts';

const allFields = sections.flatMap((section) => section.fields);

export function ProfileEditor({ profile, taxonomy }: { profile: Profile; taxonomy: Taxonomy }) {
  const { form, save, saving, preloadCheck } = useProfileForm(profile);
  const [params, setParams] = useSearchParams();
  const current = sections.find((section) => section.key === params.get('section')) ?? sections[0]!;
  const formRef = useRef<HTMLFormElement>(null);
  const changed: FieldName[] = allFields.filter((field) => form.isDirty(field));
  const withErrors = new Set(Object.keys(form.errors).map((field) => sectionOf(field)?.key));

  const open = (key: SectionKey) => setParams({ section: key }, { replace: true });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save(changed);
    if (result.ok) return notifications.show({ color: 'sage', message: 'Your profile is saved.' });
    const home = result.fields.map(sectionOf).find(Boolean);
    if (home && home.key !== current.key) open(home.key);
    focusFirstError(formRef.current);
  };

  return (
    <Container size="xl" py="xl" w="100%">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end">
          <Stack gap={4}>
            <Title order={1}>My profile</Title>
            <Text c="dimmed">Changes show in the preview as you type; they are public once you save.</Text>
          </Stack>
          <Button component={Link} to={`/members/${profile.slug}`} variant="default">
            View my profile
          </Button>
        </Group>
        <WithLivePreview profile={profile} values={form.values} taxonomy={taxonomy}>
          <FormCard name={{ label: 'Edit my profile' }} formRef={formRef} onSubmit={onSubmit} onFocus={preloadCheck}>
            <Tabs
              value={current.key}
              onChange={(value) => value && open(value as SectionKey)}
              keepMounted={false}
              variant="pills"
              radius="xl"
            >
              <Tabs.List mb="lg">
                {sections.map((section) => (
                  <Tabs.Tab
                    key={section.key}
                    value={section.key}
                    rightSection={
                      withErrors.has(section.key) ? (
                        <Badge color="red" size="xs" circle aria-label="has problems">
                          !
                        </Badge>
                      ) : undefined
                    }
                  >
                    {section.label}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {sections.map((section) => (
                <Tabs.Panel key={section.key} value={section.key}>
                  <Stack gap="lg">
                    <Text c="dimmed" size="sm">
                      {section.intro}
                    </Text>
                    <SectionFields section={section.key} form={form} taxonomy={taxonomy} profile={profile} />
                  </Stack>
                </Tabs.Panel>
              ))}
            </Tabs>
            <Group justify="flex-end" mt="xl" gap="sm">
              {changed.length > 0 && (
                <Text size="sm" c="dimmed" role="status">
                  {changed.length === 1 ? '1 unsaved change' : `${changed.length} unsaved changes`}
                </Text>
              )}
              <Button type="submit" loading={saving} disabled={changed.length === 0}>
                Save changes
              </Button>
            </Group>
          </FormCard>
        </WithLivePreview>
      </Stack>
    </Container>
  );
}
import { FormCard } from '../../components/FormCard.tsx';
