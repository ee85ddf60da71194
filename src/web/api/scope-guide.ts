// The scope-of-practice helper and the glossary that assists writing a referral's reasons. Both are
// curated data that changes only with a release, so answers are kept for the session.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { GlossaryTerm, ScopeGuideEntry, ScopeSource } from '../../contracts/scope-guide.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type { GlossaryTerm, ScopeGuideEntry, ScopeSource } from '../../contracts/scope-guide.ts';

const forever = Number.POSITIVE_INFINITY;

export const useScopeGuide = (q: string) =>
  useQuery({
    queryKey: queryKeys.scopeGuide(q),
    queryFn: ({ signal }) =>
      api<{ items: ScopeGuideEntry[]; sources: ScopeSource[] }>(
        `/api/scope-guide?${new URLSearchParams(q ? { q } : {}).toString()}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
    staleTime: forever,
  });

export const useGlossary = (q: string) =>
  useQuery({
    queryKey: queryKeys.glossary(q),
    queryFn: ({ signal }) =>
      api<{ items: GlossaryTerm[] }>(`/api/glossary?${new URLSearchParams({ q, limit: '8' }).toString()}`, { signal }),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
    staleTime: forever,
  });
