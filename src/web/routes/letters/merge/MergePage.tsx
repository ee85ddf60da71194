// /letters/merge: one letter of introduction to many professionals at once — choose them, choose
// the letter, review, send — then watch each one go.
import { Paper, Stack, Title } from '@mantine/core';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import type { LetterTemplateInput } from '../../../../contracts/letters.ts';
import { useContacts } from '../../../api/contacts.ts';
import { useLetterTemplates, useRefreshAfterMerge } from '../../../api/letters.ts';
import { useMyProfile } from '../../../api/profile.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { MergeLetterChoice, type LetterMode } from './MergeLetterChoice.tsx';
import { MergeRecipients } from './MergeRecipients.tsx';
import { MergeReview } from './MergeReview.tsx';
import { runMerge, type MergeResult } from './run-merge.ts';
import { PageFrame } from '../../../components/PageFrame.tsx';

// Shown once the merge is under way.
const MergeProgress = lazy(async () => ({ default: (await import('./MergeProgress.tsx')).MergeProgress }));

const allContacts = new URLSearchParams({ pageSize: '500' });
type Run = { total: number; results: MergeResult[]; finished: boolean };

function Step({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="md">
        {number}. {title}
      </Title>
      {children}
    </Paper>
  );
}

function Merge() {
  const contacts = useContacts(allContacts);
  const templates = useLetterTemplates();
  const profile = useMyProfile();
  const refresh = useRefreshAfterMerge();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [mode, setMode] = useState<LetterMode>('per-profession');
  const [offerId, setOfferId] = useState('');
  const [includePrintable, setIncludePrintable] = useState(true);
  const [run, setRun] = useState<Run | null>(null);
  const [letter, setLetter] = useState<LetterTemplateInput>({ subject: '', body: '' });
  const [letterProblems, setLetterProblems] = useState<Record<string, string>>({});
  const stop = useRef<AbortController | null>(null);
  useEffect(() => () => stop.current?.abort(), []);

  if (contacts.isError || templates.isError || profile.isError)
    return <LoadError error={contacts.error ?? templates.error ?? profile.error} />;
  if (!contacts.data || !templates.data || !profile.data) return <PageLoader />;
  const everyone = contacts.data.items;
  const chosen = everyone.filter((contact) => selected.has(contact.id));
  const sample = chosen[0] ?? null;

  const chooseMode = (next: LetterMode) => {
    // Start the one letter from the template of the first recipient's profession.
    if (next === 'one' && !letter.body) {
      const base =
        templates.data.templates.find((item) => item.profession === (sample?.profession ?? 'chiropractor')) ??
        templates.data.templates[0];
      if (base) setLetter({ subject: base.subject, body: base.body });
    }
    setMode(next);
  };

  const start = async () => {
    let template: LetterTemplateInput | null = null;
    if (mode === 'one') {
      const { templateCheck } = await import('../template-check.ts');
      const problems = await templateCheck(letter);
      setLetterProblems(problems);
      if (Object.keys(problems).length > 0) return;
      template = letter;
    }
    const targets = chosen.filter((contact) => contact.email || includePrintable);
    stop.current = new AbortController();
    setRun({ total: targets.length, results: [], finished: false });
    window.scrollTo({ top: 0 });
    await runMerge(
      targets,
      { template, offerId: offerId || null, concurrency: 3, signal: stop.current.signal },
      (result) => setRun((current) => current && { ...current, results: [...current.results, result] }),
    );
    setRun((current) => current && { ...current, finished: true });
    await refresh();
  };

  if (run)
    return (
      <Suspense fallback={<PageLoader />}>
        <MergeProgress total={run.total} results={run.results} finished={run.finished} />
      </Suspense>
    );
  return (
    <Stack gap="lg">
      <Step number={1} title="Choose recipients">
        <MergeRecipients contacts={everyone} selected={selected} onChange={setSelected} />
      </Step>
      <Step number={2} title="Choose the letter">
        <MergeLetterChoice
          mode={mode}
          onMode={chooseMode}
          letter={letter}
          letterProblems={letterProblems}
          onLetter={setLetter}
          placeholders={templates.data.placeholders}
          sampleContactId={sample?.id ?? null}
          sampleOfferId={sample?.email && offerId ? offerId : null}
          sampleName={sample?.name ?? null}
          profile={profile.data}
        />
      </Step>
      <Step number={3} title={`Review and send (${chosen.length} chosen)`}>
        <MergeReview
          chosen={chosen}
          offerId={offerId}
          onOffer={setOfferId}
          includePrintable={includePrintable}
          onIncludePrintable={setIncludePrintable}
          onStart={() => void start()}
        />
      </Step>
    </Stack>
  );
}

export function MergePage() {
  return (
    <PageFrame
      title="Mail merge"
      back={{ to: '/letters', label: 'All letters' }}
      size="lg"
      intro="Introduce yourself to many professionals at once — each letter is addressed and written for its recipient."
    >
      <Merge />
    </PageFrame>
  );
}
