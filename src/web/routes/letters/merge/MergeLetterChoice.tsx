// Step 2 of a mail merge: each recipient's profession template as it stands, or one letter edited
// here for everyone; previewed for the first chosen recipient.
import { Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { LetterTemplateInput } from '../../../../contracts/letters.ts';
import type { Profile } from '../../../../contracts/profile.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';

// The one letter's fields load when that choice is made; the sample when recipients are chosen.
const OneLetterFields = lazy(async () => ({ default: (await import('./OneLetterFields.tsx')).OneLetterFields }));
const TemplatePreview = lazy(async () => ({ default: (await import('../TemplatePreview.tsx')).TemplatePreview }));

export type LetterMode = 'per-profession' | 'one';

type Props = {
  mode: LetterMode;
  onMode: (mode: LetterMode) => void;
  letter: LetterTemplateInput;
  letterProblems: Record<string, string>;
  onLetter: (letter: LetterTemplateInput) => void;
  placeholders: { key: string; description: string }[];
  sampleContactId: string | null;
  /** The merge's offer, when the sample recipient is emailed (and so gets the certificate). */
  sampleOfferId: string | null;
  sampleName: string | null;
  profile: Profile;
};

export function MergeLetterChoice({
  mode,
  onMode,
  letter,
  letterProblems,
  onLetter,
  placeholders,
  sampleContactId,
  sampleOfferId,
  sampleName,
  profile,
}: Props) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Stack gap="md">
        <Radio.Group value={mode} onChange={(value) => onMode(value)} label="Which letter" name="merge-letter">
          <Stack gap={8} mt={6}>
            <Radio value="per-profession" label="Each recipient's profession template (your saved templates)" />
            <Radio value="one" label="One letter for everyone, edited here (this merge only)" />
          </Stack>
        </Radio.Group>
        {mode === 'one' && (
          <Suspense fallback={<PageLoader />}>
            <OneLetterFields
              letter={letter}
              problems={letterProblems}
              onChange={onLetter}
              placeholders={placeholders}
            />
          </Suspense>
        )}
      </Stack>
      <div>
        {sampleContactId ? (
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              Sample: the letter to {sampleName}
            </Text>
            <Suspense fallback={<PageLoader />}>
              <TemplatePreview
                contactId={sampleContactId}
                offerId={sampleOfferId}
                template={mode === 'one' ? letter : null}
                profile={profile}
                label="Sample letter of the merge"
              />
            </Suspense>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            Choose recipients to see a sample letter.
          </Text>
        )}
      </div>
    </SimpleGrid>
  );
}
