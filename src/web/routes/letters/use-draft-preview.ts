// The letter a template gives, filled in by the server for a sample recipient of a profession (or
// a real contact), asked again shortly after the person stops typing.
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { LetterDraftRequest, LetterTemplateInput } from '../../../contracts/letters.ts';
import { previewDraft } from '../../api/letters.ts';
import { queryKeys } from '../../api/query-keys.ts';

export function useDraftPreview(target: Omit<LetterDraftRequest, 'template'>, template: LetterTemplateInput | null) {
  const [settled] = useDebouncedValue(template, 400);
  const request: LetterDraftRequest = {
    ...target,
    ...(settled && settled.subject.trim() && settled.body.trim() ? { template: settled } : {}),
  };
  return useQuery({
    queryKey: queryKeys.letters.preview(request),
    queryFn: ({ signal }) => previewDraft(request, signal),
    enabled: !!(target.contactId || target.profession),
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 60_000,
  });
}
