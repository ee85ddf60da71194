// Import contacts from a phone, Google, Outlook or a spreadsheet: choose a file, watch it upload,
// check every row, confirm. Nothing is added before the confirmation, and all of it or none is.
import { lazy, Suspense, useRef, useState } from 'react';
import { uploadImport, type ImportPreview, type ImportResult } from '../../../api/contacts.ts';
import { messageOf } from '../../../api/http.ts';
import { ChooseFile } from './ChooseFile.tsx';
import { PageFrame } from '../../../components/PageFrame.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';

// The review (a table of every row) and the result are later steps: their code is fetched while
// the file uploads, not with the page.
const loadReview = () => import('./ReviewImport.tsx');
const ReviewImport = lazy(async () => ({ default: (await loadReview()).ReviewImport }));
const ImportDone = lazy(async () => ({ default: (await import('./ImportDone.tsx')).ImportDone }));

type Step =
  | { kind: 'choose'; error: string | null; upload: { fileName: string; progress: number } | null }
  | { kind: 'review'; preview: ImportPreview }
  | { kind: 'done'; result: ImportResult; fileName: string };

function Importer() {
  const [step, setStep] = useState<Step>({ kind: 'choose', error: null, upload: null });
  const abort = useRef<AbortController | null>(null);

  const onUpload = (file: File) => {
    abort.current = new AbortController();
    void loadReview();
    setStep({ kind: 'choose', error: null, upload: { fileName: file.name, progress: 0 } });
    uploadImport(
      file,
      (progress) =>
        setStep((current) =>
          current.kind === 'choose' && current.upload
            ? { ...current, upload: { ...current.upload, progress } }
            : current,
        ),
      abort.current.signal,
    )
      .then((preview) => setStep({ kind: 'review', preview }))
      .catch((error: unknown) => {
        const cancelled = error instanceof DOMException && error.name === 'AbortError';
        setStep({ kind: 'choose', error: cancelled ? null : messageOf(error), upload: null });
      });
  };

  switch (step.kind) {
    case 'choose':
      return (
        <ChooseFile
          error={step.error}
          upload={step.upload}
          onUpload={onUpload}
          onCancel={() => abort.current?.abort()}
        />
      );
    case 'review':
      return (
        <Suspense fallback={<PageLoader />}>
          <ReviewImport
            preview={step.preview}
            onDone={(result) => setStep({ kind: 'done', result, fileName: step.preview.fileName })}
            onStartOver={() => setStep({ kind: 'choose', error: null, upload: null })}
          />
        </Suspense>
      );
    case 'done':
      return (
        <Suspense fallback={<PageLoader />}>
          <ImportDone
            result={step.result}
            fileName={step.fileName}
            onAnother={() => setStep({ kind: 'choose', error: null, upload: null })}
          />
        </Suspense>
      );
  }
}

export function ImportPage() {
  return (
    <PageFrame
      title="Import contacts"
      back={{ to: '/contacts', label: 'Back to my professionals' }}
      size="lg"
      intro="Bring in the professionals already in your phone or email. You choose which ones before anything is added."
    >
      <Importer />
    </PageFrame>
  );
}
