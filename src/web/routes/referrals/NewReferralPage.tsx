// /referrals/new?clientId=…: refer a client — who, under which consent, to whom (with the scope
// helper's suggestion), why in two voices, how urgent, and the minimum-necessary packet.
import { Button, Group, Paper, Stack } from '@mantine/core';
import { useForm } from '../../components/use-form.ts';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from '../../app/routing.tsx';
import { useSendReferral } from '../../api/referrals.ts';
import type { ScopeGuideEntry } from '../../api/scope-guide.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { placeErrors } from '../../components/form-errors.ts';
import { focusFirstError } from '../profile/focus-first-error.ts';
import { ClientAndConsent } from './ClientAndConsent.tsx';
import { CoverChoice, coversIn, type Cover } from './CoverChoice.tsx';
import { ReasonFields } from './ReasonFields.tsx';
import { RecipientSection } from './RecipientSection.tsx';
import { initialReferral, referralCheck, toCreateInput, type ReferralFormValues } from './referral-form.ts';
import '../../components/main-and-aside.css';
import { intentLoader, OnIntent } from '../../components/OnIntent.tsx';
import { HelpPanelStandIn } from './HelpPanelStandIn.tsx';

// Loaded after the form has painted: the writing help beside it, and the packet's choices once a
// consent is chosen.
// The writing help's searches load when the person reaches for them (OnIntent).
const scopeHelper = intentLoader(() => import('./ScopeHelper.tsx'));
const glossaryPanel = intentLoader(() => import('./GlossaryPanel.tsx'));
const ShareFields = lazy(async () => ({ default: (await import('./ShareFields.tsx')).ShareFields }));

function ReferralForm() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const send = useSendReferral();
  const formRef = useRef<HTMLFormElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [guideEntry, setGuideEntry] = useState<ScopeGuideEntry | null>(null);
  const [filter, setFilter] = useState({ profession: '', specialty: '' });
  const [away, setAway] = useState<{ slug: string; covers: Cover[] } | null>(null);
  const form = useForm<ReferralFormValues>({
    initialValues: initialReferral(search.get('clientId') ?? ''),
  });

  const draftFrom = (entry: ScopeGuideEntry) =>
    form.setValues({ reasonClinical: entry.clinicalReason, reasonPlain: entry.plainReason });
  const onChooseEntry = (entry: ScopeGuideEntry) => {
    const untouched = (field: 'reasonClinical' | 'reasonPlain') =>
      !form.values[field].trim() ||
      form.values[field] === guideEntry?.[field === 'reasonClinical' ? 'clinicalReason' : 'plainReason'];
    setGuideEntry(entry);
    setFilter({ profession: entry.referTo[0] ?? '', specialty: entry.specialty ?? '' });
    form.setValues({
      urgency: entry.urgency,
      specialty: entry.specialty ?? '',
      ...(untouched('reasonClinical') && untouched('reasonPlain')
        ? { reasonClinical: entry.clinicalReason, reasonPlain: entry.plainReason }
        : {}),
    });
  };
  const addPlain = (sentence: string) =>
    form.setFieldValue(
      'reasonPlain',
      form.values.reasonPlain.trim() ? `${form.values.reasonPlain.trim()}\n${sentence}` : sentence,
    );

  const onSubmit = form.onSubmit(
    async (values) => {
      setProblem(null);
      const problems = await referralCheck(values);
      if (Object.keys(problems).length > 0) {
        form.setErrors(problems);
        focusFirstError(formRef.current);
        return;
      }
      send.mutate(toCreateInput(values), {
        onSuccess: (referral) => {
          notifications.show({ color: 'sage', message: `Referral sent to ${referral.to.name}.` });
          void navigate(`/referrals/${referral.id}`);
        },
        onError: (error) => {
          const covering = coversIn(error);
          setAway({ slug: values.toMemberSlug, covers: covering });
          setProblem(placeErrors(form, error));
          // The cover choice says it in words; the server's message names API fields.
          if (covering.length > 0) form.clearFieldError('toMemberSlug');
          focusFirstError(formRef.current);
        },
      });
    },
    () => focusFirstError(formRef.current),
  );

  return (
    <div className="main-and-aside">
      <div>
        <Paper
          component="form"
          ref={formRef}
          onSubmit={onSubmit}
          onFocus={() => void referralCheck.preload()}
          noValidate
          withBorder
          radius="lg"
          p="lg"
          aria-label="New referral"
        >
          <Stack gap="lg">
            <ClientAndConsent form={form} />
            <RecipientSection form={form} filter={filter} onFilter={setFilter} />
            <CoverChoice form={form} covers={away?.slug === form.values.toMemberSlug ? away.covers : []} />
            <ReasonFields form={form} />
            {form.values.consentId && (
              <Suspense fallback={null}>
                <ShareFields form={form} />
              </Suspense>
            )}
            <FormAlert message={problem} />
            <Group justify="flex-end">
              <Button type="submit" loading={send.isPending}>
                Send referral
              </Button>
            </Group>
          </Stack>
        </Paper>
      </div>
      <div>
        <Stack gap="md" component="aside" aria-label="Writing help">
          <OnIntent
            loader={scopeHelper}
            standIn={
              <HelpPanelStandIn
                id="scope-helper-title"
                title="Scope-of-practice helper"
                label="What did you notice?"
                description="e.g. joint restriction, numbness, jaw clicking, swollen calf"
              />
            }
          >
            {(module, intent) => (
              <module.ScopeHelper
                chosen={guideEntry}
                onChoose={onChooseEntry}
                onUseDraft={draftFrom}
                initialQuery={intent.typed}
              />
            )}
          </OnIntent>
          <OnIntent
            loader={glossaryPanel}
            standIn={
              <HelpPanelStandIn
                id="glossary-title"
                title="Translate terms"
                label="Medical term"
                description="Find the plain words for the client’s version"
                placeholder="e.g. hypomobility"
              />
            }
          >
            {(module, intent) => <module.GlossaryPanel onUse={addPlain} initialQuery={intent.typed} />}
          </OnIntent>
        </Stack>
      </div>
    </div>
  );
}

export function NewReferralPage() {
  return (
    <PageFrame
      title="Refer a client"
      back={{ to: '/referrals?box=outbox', label: 'Referrals' }}
      intro="When a problem is outside your scope of practice, send your client to the right colleague — with their consent, and only what is needed."
    >
      <ReferralForm />
    </PageFrame>
  );
}
