// Professional offers and their certificates: my offers with figures, one offer, issuing,
// sending, voiding and redeeming a certificate.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contact } from '../../contracts/contacts.ts';
import type {
  Certificate,
  CertificateIssue,
  CertificateList,
  Offer,
  OfferCreateInput,
  OfferList,
  OfferUpdate,
} from '../../contracts/offers.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

const offerPath = (id: string) => `/api/offers/${encodeURIComponent(id)}`;
const certificatePath = (code: string) => `/api/certificates/${encodeURIComponent(code)}`;

export const certificatePdfUrl = (code: string) => `${certificatePath(code)}/pdf`;

export const useOffers = () =>
  useQuery({ queryKey: queryKeys.offers.list(), queryFn: ({ signal }) => api<OfferList>('/api/offers', { signal }) });

export const useOffer = (id: string) =>
  useQuery({ queryKey: queryKeys.offers.one(id), queryFn: () => api<Offer>(offerPath(id)) });

/** Certificates of one offer; asked again while an email is on its way. */
export const useCertificates = (offerId: string) =>
  useQuery({
    queryKey: queryKeys.offers.certificates(offerId),
    queryFn: () => api<CertificateList>(`${offerPath(offerId)}/certificates`),
    refetchInterval: (query) =>
      query.state.data?.items.some((item) => item.delivery.status === 'queued') ? 4000 : false,
  });

/** A certificate by code as the issuer sees it (the redeem screen). Not retried: a 404 is an answer. */
export const useCertificate = (code: string | null) =>
  useQuery({
    queryKey: queryKeys.offers.certificate(code ?? ''),
    queryFn: () => api<Certificate>(certificatePath(code!)),
    enabled: !!code,
    retry: false,
  });

/** Offers, figures and certificates hang together: any change asks for all of them again. */
function useOfferWrite<Input, Output>(request: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.offers.all });
      await client.invalidateQueries({ queryKey: queryKeys.letters.all });
    },
  });
}

export const useCreateOffer = () =>
  useOfferWrite((input: OfferCreateInput) => api<Offer>('/api/offers', { method: 'POST', body: input }));

export const useUpdateOffer = () =>
  useOfferWrite(({ id, patch }: { id: string; patch: OfferUpdate }) =>
    api<Offer>(offerPath(id), { method: 'PATCH', body: patch }),
  );

export const useIssueCertificate = () =>
  useOfferWrite(({ offerId, input }: { offerId: string; input: CertificateIssue }) =>
    api<Certificate>(`${offerPath(offerId)}/certificates`, { method: 'POST', body: input }),
  );

export const useSendCertificate = () =>
  useOfferWrite((code: string) => api<Certificate>(`${certificatePath(code)}/send`, { method: 'POST', body: {} }));

export const useVoidCertificate = () =>
  useOfferWrite(({ code, reason }: { code: string; reason: string }) =>
    api<Certificate>(`${certificatePath(code)}/void`, { method: 'POST', body: { reason } }),
  );

export const useRedeemCertificate = () =>
  useOfferWrite((code: string) =>
    api<Certificate>(`${certificatePath(code)}/redeem`, { method: 'POST', body: { identityConfirmed: true } }),
  );

/** The contact a certificate is about to be issued to (/offers?contactId=…); the same cache entry as the contacts screens. */
export const useRecipientContact = (contactId: string | null) =>
  useQuery({
    queryKey: queryKeys.contacts.one(contactId ?? ''),
    queryFn: () => api<Contact>(`/api/contacts/${encodeURIComponent(contactId!)}`),
    enabled: !!contactId,
  });
