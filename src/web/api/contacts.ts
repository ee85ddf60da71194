// My professionals: the list and board, one contact, its interaction log, follow-ups, import and
// export, suggestions near me, and the letter draft used as talking points.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Contact,
  ContactCreate,
  ContactList,
  ContactUpdate,
  FollowUps,
  ImportAction,
  ImportPreview,
  ImportResult,
  Interaction,
  InteractionInput,
  SuggestionList,
} from '../../contracts/contacts.ts';
import type { LetterDraft } from '../../contracts/letters.ts';
import { api, ApiError, toApiError } from './http.ts';
import { queryKeys } from './query-keys.ts';
import { contactsUrl, followUpsUrl } from './read-urls.ts';
import { today } from '../components/dates.ts';

export type {
  FollowUps,
  ImportAction,
  ImportPreview,
  ImportResult,
  ImportRow,
  Suggestion,
} from '../../contracts/contacts.ts';

/** Today in the member's own time zone (YYYY-MM-DD): what "due" and "overdue" mean to them. */
export const localDay = () => today();

export { letterRecipientsQuery } from './read-urls.ts';

/** One page of contacts; `apiQuery` is the API's query (the list page's URL read by contacts-params.ts). */
export const useContacts = (apiQuery: URLSearchParams) => {
  const url = contactsUrl(apiQuery);
  return useQuery({
    queryKey: queryKeys.contacts.list(url),
    queryFn: ({ signal }) => api<ContactList>(url, { signal }),
    placeholderData: keepPreviousData,
  });
};

export const useContact = (id: string) =>
  useQuery({
    queryKey: queryKeys.contacts.one(id),
    queryFn: () => api<Contact>(`/api/contacts/${encodeURIComponent(id)}`),
  });

export const useInteractions = (id: string) =>
  useQuery({
    queryKey: queryKeys.contacts.interactions(id),
    queryFn: () => api<{ items: Interaction[] }>(`/api/contacts/${encodeURIComponent(id)}/interactions`),
    select: (data) => data.items,
  });

export const useFollowUps = (enabled = true) =>
  useQuery({ queryKey: queryKeys.contacts.followUps, queryFn: () => api<FollowUps>(followUpsUrl()), enabled });

/** Any change to a contact may move it in lists, counts, follow-ups and suggestions: ask again. */
function useContactWrite<Input, Output>(request: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.contacts.all }),
  });
}

export const useCreateContact = () =>
  useContactWrite((input: ContactCreate) => api<Contact>('/api/contacts', { method: 'POST', body: input }));

export const useUpdateContact = (id: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: ContactUpdate) =>
      api<Contact>(`/api/contacts/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
    onSuccess: (contact) => client.setQueryData(queryKeys.contacts.one(id), contact),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.contacts.all }),
  });
};

/** Lists and counts are asked again; the deleted contact's own page is not (it would answer 404). */
export const useDeleteContact = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>(`/api/contacts/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: (_, id) =>
      client.invalidateQueries({ queryKey: queryKeys.contacts.all, predicate: (query) => query.queryKey[2] !== id }),
  });
};

export const useLogInteraction = (id: string) =>
  useContactWrite((input: InteractionInput) =>
    api<Interaction>(`/api/contacts/${encodeURIComponent(id)}/interactions`, { method: 'POST', body: input }),
  );

/** The stage change behind the board: optimistic, so a card lands where it was dropped at once. */
export const patchStage = (id: string, stage: Contact['stage']) =>
  api<Contact>(`/api/contacts/${encodeURIComponent(id)}`, { method: 'PATCH', body: { stage } satisfies ContactUpdate });

/** POST /api/contacts/import with upload progress (fetch cannot report it; XMLHttpRequest can). */
export function uploadImport(
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<ImportPreview> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/contacts/import');
    request.setRequestHeader('accept', 'application/json');
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        body = null;
      }
      if (request.status >= 200 && request.status < 300) resolve(body as ImportPreview);
      else reject(toApiError(request.status, body));
    };
    request.onerror = () =>
      reject(new ApiError(0, 'network', 'Could not reach Kneadwork. Check your connection and try again.'));
    request.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort());
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}

export const useConfirmImport = () =>
  useContactWrite(({ token, rows }: { token: string; rows: { index: number; action: ImportAction }[] }) =>
    api<ImportResult>(`/api/contacts/import/${encodeURIComponent(token)}/confirm`, { method: 'POST', body: { rows } }),
  );

export const exportUrl = (format: 'csv' | 'vcf') => `/api/contacts/export?format=${format}`;

export const useSuggestions = (profession: string | null) =>
  useQuery({
    queryKey: queryKeys.contacts.suggestions(profession ?? ''),
    queryFn: () =>
      api<SuggestionList>(
        `/api/contacts/suggestions?${new URLSearchParams({ limit: '30', ...(profession ? { profession } : {}) }).toString()}`,
      ),
    placeholderData: keepPreviousData,
  });

/** Adds a member from the directory; suggestions are left as they are so the card can say "Added". */
export const useAddFromMember = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (slug: string) => api<Contact>('/api/contacts/from-member', { method: 'POST', body: { slug } }),
    onSuccess: () =>
      client.invalidateQueries({
        queryKey: queryKeys.contacts.all,
        predicate: (query) => query.queryKey[1] !== 'suggestions',
      }),
  });
};

/** The letter of introduction for this contact, read aloud on the phone or in person. */
export const useTalkingPoints = (contactId: string, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.letters.draft(contactId),
    queryFn: () => api<LetterDraft>(`/api/letters/draft?contactId=${encodeURIComponent(contactId)}`),
    enabled,
    staleTime: 5 * 60_000,
  });
