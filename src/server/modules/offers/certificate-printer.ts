// Turns a certificate row into its PDF on the issuer's letterhead.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { formatCode } from '../../lib/certificate-code.ts';
import { logoForPdf } from '../../lib/pdf.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { renderCertificatePdf } from './certificate-pdf.ts';
import type { CertificateRow } from './certificates.repository.ts';
import { certificateStatus, summaryOf, verifyUrlOf } from './offers.mapper.ts';

const stamps = { valid: null, redeemed: 'REDEEMED', void: 'VOID', expired: 'EXPIRED' } as const;

export function certificatePrinter(
  { config }: Pick<AppContext, 'config'>,
  { profiles }: { profiles: Pick<ProfilesService, 'letterhead'> },
) {
  return {
    async print(actor: Pick<Actor, 'userId' | 'name' | 'email'>, row: CertificateRow) {
      const { letterhead } = await profiles.letterhead(actor);
      const displayCode = formatCode(row.code);
      const pdf = await renderCertificatePdf(
        {
          title: row.title,
          summary: summaryOf(row),
          terms: row.terms,
          recipientName: row.recipientName,
          validFrom: row.validFrom,
          validUntil: row.validUntil,
          displayCode,
          verifyUrl: verifyUrlOf(config.publicUrl, row.code),
          issuerName: letterhead.name,
          issuedOn: new Date(row.issuedAt).toISOString().slice(0, 10),
          stamp: stamps[certificateStatus(row)],
        },
        letterhead,
        await logoForPdf(config.uploadDir, letterhead.logoFile),
      );
      return { filename: `certificate-${displayCode}.pdf`, pdf };
    },
  };
}
