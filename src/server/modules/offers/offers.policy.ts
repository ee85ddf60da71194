// Who may do what to an offer and to a certificate: the member who made the offer, who is also the
// issuer of its certificates. Holding a code lets anyone verify it (certificates.service verify),
// which is not access to the record. A certificate is named by its code: a malformed one is a 400
// naming `code` (requireCode), a well-formed one the caller did not issue is the 404.
import { z } from 'zod';
import { definePolicy, ownedBy } from '../../access/access.ts';
import type { AnyActor } from '../../access/actor.ts';
import { parseCode } from '../../lib/certificate-code.ts';
import { invalid } from '../../http/errors.ts';
import type { CertificateRow, CertificatesRepository } from './certificates.repository.ts';
import type { OfferRow, OffersRepository } from './offers.repository.ts';

export type OffersPermission = 'offers.read' | 'offers.write' | 'offers.issue';
export type CertificatesPermission =
  'certificates.read' | 'certificates.send' | 'certificates.redeem' | 'certificates.void';

export const noSuchOffer = 'No such offer';
export const noSuchCertificate = 'No such certificate';

/** The canonical code, or 400 naming `code` with the reason (a typo is told apart from nonsense). */
export function requireCode(input: string) {
  const parsed = parseCode(input);
  if (!parsed.ok) throw invalid('code', parsed.message);
  return parsed.code;
}

const theOwner = ownedBy<OfferRow>((row) => row.ownerUserId);
export const offerRules = { 'offers.read': theOwner, 'offers.write': theOwner, 'offers.issue': theOwner } as const;

const theIssuer = ownedBy<CertificateRow>((row) => row.issuerUserId);
export const certificateRules = {
  'certificates.read': theIssuer,
  'certificates.send': theIssuer,
  'certificates.redeem': theIssuer,
  'certificates.void': theIssuer,
} as const;

export const offersPolicy = (repo: Pick<OffersRepository, 'findOwned'>) =>
  definePolicy<OffersPermission, AnyActor, OfferRow>({
    notFoundMessage: noSuchOffer,
    // A malformed id is simply not found; owner-scoped in SQL for speed, the rules still decide.
    load: async (actor, id) =>
      actor.kind === 'member' && z.uuid().safeParse(id).success ? repo.findOwned(actor.userId, id) : null,
    rules: offerRules,
  });

export const certificatesPolicy = (repo: Pick<CertificatesRepository, 'findByCode'>) =>
  definePolicy<CertificatesPermission, AnyActor, CertificateRow>({
    notFoundMessage: noSuchCertificate,
    load: async (actor, code) => {
      const canonical = requireCode(code);
      return actor.kind === 'member' ? repo.findByCode(actor.userId, canonical) : null;
    },
    rules: certificateRules,
  });
