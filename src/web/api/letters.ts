// Letters of introduction: my letters, one letter, the generated draft for a contact, the
// per-profession templates, and the actions on a letter (save, send, mark delivered).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Letter,
  LetterCreate,
  LetterDelivered,
  LetterDraft,
  LetterDraftRequest,
  LetterList,
  LetterSend,
  LetterTemplateInput,
  LetterTemplateList,
  LetterUpdate,
} from '../../contracts/letters.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';
import { letterUrl as path, lettersUrl } from './read-urls.ts';

export const letterPdfUrl = (id: string) => `${path(id)}/pdf`;
export const letterPrintUrl = (id: string) => `${path(id)}/print`;

/** My letters; asked again every few seconds while one of them is still being sent. */
export const useLetters = () =>
  useQuery({
    queryKey: queryKeys.letters.list(),
    queryFn: ({ signal }) => api<LetterList>(lettersUrl, { signal }),
    refetchInterval: (query) => (query.state.data?.items.some((letter) => letter.status === 'queued') ? 4000 : false),
  });

/** One letter; while an email is on its way (queued) it is asked again every few seconds. */
export const useLetter = (id: string | undefined) =>
  useQuery({
    queryKey: queryKeys.letters.one(id ?? ''),
    queryFn: () => api<Letter>(path(id!)),
    enabled: !!id,
    refetchInterval: (query) => (query.state.data?.status === 'queued' ? 3000 : false),
  });

/** The letter generated from my profile and the template for this contact's profession. */
export const useLetterDraft = (contactId: string | null, offerId: string | null = null) =>
  useQuery({
    queryKey: queryKeys.letters.draft(contactId ?? '', offerId ?? ''),
    queryFn: () =>
      api<LetterDraft>(
        `/api/letters/draft?${new URLSearchParams({ contactId: contactId!, ...(offerId ? { offerId } : {}) }).toString()}`,
      ),
    enabled: !!contactId,
    staleTime: 60_000,
  });

/** A draft from an edited (unsaved) template: the preview while a template or a merge is edited. */
export const previewDraft = (request: LetterDraftRequest, signal?: AbortSignal) =>
  api<LetterDraft>('/api/letters/draft', { method: 'POST', body: request, signal });

export const useLetterTemplates = () =>
  useQuery({ queryKey: queryKeys.letters.templates, queryFn: () => api<LetterTemplateList>('/api/letters/templates') });

const asLetter = (value: unknown) =>
  value !== null && typeof value === 'object' && 'id' in value && 'status' in value ? (value as Letter) : null;

/** Anything done to a letter can change lists, the contact's stage and its interaction log, and (a certificate riding along) an offer's figures. */
function useLetterWrite<Input, Output>(request: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (output) => {
      const letter = asLetter(output);
      if (letter) client.setQueryData(queryKeys.letters.one(letter.id), letter);
    },
    // Not awaited: the screen moves on with the answer in hand while the lists refresh.
    onSettled: () => {
      void client.invalidateQueries({
        queryKey: queryKeys.letters.all,
        predicate: (query) => query.queryKey[1] !== 'templates',
      });
      void client.invalidateQueries({ queryKey: queryKeys.contacts.all });
      void client.invalidateQueries({ queryKey: queryKeys.offers.all });
    },
  });
}

export const createLetter = (input: LetterCreate) => api<Letter>(lettersUrl, { method: 'POST', body: input });
export const sendLetter = (id: string, input: LetterSend) =>
  api<Letter>(`${path(id)}/send`, { method: 'POST', body: input });

export const useCreateLetter = () => useLetterWrite(createLetter);
export const useUpdateLetter = () =>
  useLetterWrite(({ id, patch }: { id: string; patch: LetterUpdate }) =>
    api<Letter>(path(id), { method: 'PATCH', body: patch }),
  );
export const useDeleteLetter = () => useLetterWrite((id: string) => api<unknown>(path(id), { method: 'DELETE' }));
export const useSendLetter = () =>
  useLetterWrite(({ id, input }: { id: string; input: LetterSend }) => sendLetter(id, input));
export const useMarkDelivered = () =>
  useLetterWrite(({ id, input }: { id: string; input: LetterDelivered }) =>
    api<Letter>(`${path(id)}/delivered`, { method: 'POST', body: input }),
  );

/** After a mail merge: every list and contact may have changed. */
export function useRefreshAfterMerge() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.letters.all }),
      client.invalidateQueries({ queryKey: queryKeys.contacts.all }),
      client.invalidateQueries({ queryKey: queryKeys.offers.all }),
    ]);
}

function useTemplateWrite<Input>(request: (input: Input) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.letters.all }),
  });
}

const templatePath = (profession: string) => `/api/letters/templates/${encodeURIComponent(profession)}`;
export const useSaveTemplate = () =>
  useTemplateWrite(({ profession, input }: { profession: string; input: LetterTemplateInput }) =>
    api<unknown>(templatePath(profession), { method: 'PUT', body: input }),
  );
export const useRestoreTemplate = () =>
  useTemplateWrite((profession: string) => api<unknown>(templatePath(profession), { method: 'DELETE' }));
