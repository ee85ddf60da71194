// Referrals: my inbox and outbox, one referral with its timeline and packet, sending one, moving it
// along the closed loop, thanks, and members suggested as recipients.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Referral,
  ReferralCreateInput,
  ReferralList,
  ReferralSuggestionList,
  ReferralThanks,
  ReferralTransition,
} from '../../contracts/referrals.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type {
  Referral,
  ReferralStatus,
  ReferralSuggestion,
  ReferralSummary,
  ReferralUrgency,
} from '../../contracts/referrals.ts';

const referralPath = (id: string) => `/api/referrals/${encodeURIComponent(id)}`;

export const referralPdfUrl = (id: string, which: 'letter' | 'outcome') => `${referralPath(id)}/${which}.pdf`;

/** The inbox or outbox with the filters of the page's address (box, status, urgency, page). */
export const useReferrals = (search: URLSearchParams) => {
  const query = search.toString();
  return useQuery({
    queryKey: queryKeys.referrals.list(query),
    queryFn: ({ signal }) => api<ReferralList>(`/api/referrals?${query}`, { signal }),
    placeholderData: keepPreviousData,
  });
};

export const useReferral = (id: string) =>
  useQuery({
    queryKey: queryKeys.referrals.one(id),
    queryFn: ({ signal }) => api<Referral>(referralPath(id), { signal }),
    retry: false,
  });

export const useReferralSuggestions = (filter: { profession: string; specialty: string }, enabled: boolean) => {
  const params = new URLSearchParams(Object.entries(filter).filter(([, value]) => value !== ''));
  return useQuery({
    queryKey: queryKeys.referrals.suggestions(params.toString()),
    queryFn: ({ signal }) => api<ReferralSuggestionList>(`/api/referrals/suggestions?${params.toString()}`, { signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
};

export const useSendReferral = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ReferralCreateInput) => api<Referral>('/api/referrals', { method: 'POST', body: input }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.referrals.all }),
  });
};

/** A step on the closed loop; the answer is the referral as it now stands. Reciprocity moves with it. */
export const useTransition = (id: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ReferralTransition) =>
      api<Referral>(`${referralPath(id)}/transitions`, { method: 'POST', body: input }),
    onSuccess: (referral) => client.setQueryData(queryKeys.referrals.one(id), referral),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.referrals.all });
      await client.invalidateQueries({ queryKey: queryKeys.network.all });
    },
  });
};

export const useThank = (id: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ReferralThanks) => api<unknown>(`${referralPath(id)}/thanks`, { method: 'POST', body: input }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.referrals.one(id) }),
  });
};

/** The external recipient's emailed link: send a fresh one (older ones stop working) or revoke it. */
export const useLinkAction = (id: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: 'reissue' | 'revoke') =>
      api<NonNullable<Referral['link']>>(`${referralPath(id)}/link${action === 'revoke' ? '/revoke' : ''}`, {
        method: 'POST',
        body: {},
      }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.referrals.one(id) }),
  });
};
