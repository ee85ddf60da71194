// /api/certificates/{code}: the issuer's view of one certificate, its PDF, sending it, redeeming
// it (once, after confirming the recipient's identity) and voiding it. The code may be typed in
// any case, with or without dashes; someone else's certificate is 404.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { certificateRedeemSchema, certificateSchema, certificateVoidSchema } from '../../../contracts/offers.ts';
import type { AppContext } from '../../context.ts';
import { invalid } from '../../http/errors.ts';
import type { OffersService } from './offers.service.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['certificates']);
const codeParam = z.object({ code: z.string().max(64) });

export function registerCertificateRoutes(
  base: FastifyInstance,
  { actors }: AppContext,
  { offers }: { offers: OffersService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/certificates/:code',
    member({
      summary: "A certificate I issued (the issuer's view)",
      params: codeParam,
      response: { 200: certificateSchema },
    }),
    async (request) => offers.getCertificate(await actors.required(request), request.params.code),
  );

  app.get(
    '/api/certificates/:code/pdf',
    member({
      summary: 'The certificate as a one-page PDF with its QR code (issuer only)',
      params: codeParam,
    }),
    async (request, reply) => {
      const { filename, pdf } = await offers.certificatePdf(await actors.required(request), request.params.code);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename}"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  app.post(
    '/api/certificates/:code/send',
    member({
      summary: "Email the certificate PDF to its recipient (the contact's email or the member's account email)",
      params: codeParam,
      response: { 200: certificateSchema },
    }),
    async (request) => offers.send(await actors.required(request), request.params.code),
  );

  app.post(
    '/api/certificates/:code/redeem',
    member({
      summary:
        "Redeem once (issuer only) after confirming the recipient's identity; 409 when already redeemed, expired, void or not yet valid",
      params: codeParam,
      // Optional only so that a missing body is answered by naming identityConfirmed.
      body: certificateRedeemSchema.nullish(),
      response: { 200: certificateSchema },
    }),
    async (request) => {
      const actor = await actors.required(request);
      if (!request.body)
        throw invalid(
          'identityConfirmed',
          "confirm the recipient's identity first (the certificate is non-transferable)",
        );
      return offers.redeem(actor, request.params.code);
    },
  );

  app.post(
    '/api/certificates/:code/void',
    member({
      summary: 'Void a certificate (issuer only); a redeemed one cannot be voided',
      params: codeParam,
      body: certificateVoidSchema,
      response: { 200: certificateSchema },
    }),
    async (request) => offers.voidCertificate(await actors.required(request), request.params.code, request.body.reason),
  );
}
