import { Button, Container, Group, Progress, Stack, Stepper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from '../../app/routing.tsx';
import type { Profile } from '../../../contracts/profile.ts';
import { ApiError, messageOf } from '../../api/http.ts';
import { useCompleteOnboarding, type Taxonomy } from '../../api/profile.ts';
import { focusFirstError } from '../profile/focus-first-error.ts';
import { WithLivePreview } from '../profile/WithLivePreview.tsx';
import { sectionOf, sections } from '../profile/profile-form.ts';
import { SectionFields } from '../profile/SectionFields.tsx';
import { useProfileForm } from '../profile/use-profile-form.ts';

export function Wizard({ profile, taxonomy }: { profile: Profile; taxonomy: Taxonomy }) {
  const [wasOnboarded] = useState(profile.onboarded);
  const { form, save, saving, preloadCheck } = useProfileForm(profile);
  const complete = useCompleteOnboarding();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const step = Math.min(Math.max(Math.trunc(Number(params.get('step'))) || 0, 0), sections.length - 1);
  const section = sections[step]!;
  const last = step === sections.length - 1;
  const heading = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  if (wasOnboarded) return <Navigate to="/profile" replace />;

  const goTo = (index: number) => setParams({ step: String(index) });

  const finish = () =>
    complete.mutate(undefined, {
      onSuccess: (done) => {
        notifications.show({
          color: 'sage',
          title: 'Your profile is ready',
          message: 'Here are the professionals near you.',
        });
        const near = done.postalCode ? `?near=${encodeURIComponent(done.postalCode)}&radius=25&unit=mi` : '';
        void navigate(`/directory${near}`);
      },
      onError: (error) => {
        const problem = error instanceof ApiError ? error.fields[0] : undefined;
        const home = problem ? sections.findIndex((candidate) => candidate === sectionOf(problem.field)) : -1;
        if (problem && home >= 0) {
          goTo(home);
          form.setFieldError(problem.field, problem.message);
          focusFirstError(formRef.current);
        } else notifications.show({ color: 'red', title: 'Could not finish', message: messageOf(error) });
      },
    });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save(section.fields);
    if (!result.ok) return focusFirstError(formRef.current);
    if (last) finish();
    else goTo(step + 1);
  };

  return (
    <Container size="xl" py="xl" w="100%">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>Set up your profile</Title>
          <Text c="dimmed">
            Step {step + 1} of {sections.length}: {section.label}. Each step is saved when you continue.
          </Text>
        </Stack>
        <Stepper
          active={step}
          onStepClick={(index) => index < step && goTo(index)}
          allowNextStepsSelect={false}
          size="xs"
          visibleFrom="md"
        >
          {sections.map((item) => (
            <Stepper.Step key={item.key} label={item.label} />
          ))}
        </Stepper>
        <Progress value={((step + 1) / sections.length) * 100} hiddenFrom="md" aria-hidden />
        <WithLivePreview profile={profile} values={form.values} taxonomy={taxonomy}>
          <FormCard
            name={{ labelledBy: 'step-title' }}
            formRef={formRef}
            onSubmit={onSubmit}
            onFocus={preloadCheck}
            gap="lg"
          >
            <Stack gap={4}>
              <Title order={2} size="h3" id="step-title" ref={heading} tabIndex={-1}>
                {section.label}
              </Title>
              <Text c="dimmed" size="sm">
                {section.intro}
              </Text>
            </Stack>
            <SectionFields section={section.key} form={form} taxonomy={taxonomy} profile={profile} />
            <Group justify="space-between">
              <Button variant="default" onClick={() => goTo(step - 1)} disabled={step === 0}>
                Back
              </Button>
              <Button type="submit" loading={saving || complete.isPending}>
                {last ? 'Finish and list my profile' : 'Save and continue'}
              </Button>
            </Group>
          </FormCard>
        </WithLivePreview>
      </Stack>
    </Container>
  );
}
import { FormCard } from '../../components/FormCard.tsx';
