// A letter's outputs and delivery: the PDF, a print view, email, and "delivered by hand".
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { letterDeliveredSchema, letterSchema, letterSendSchema } from '../../../contracts/letters.ts';
import type { Actors } from '../../http/actor.ts';
import { sendHtml } from '../../http/html-reply.ts';
import type { LetterDeliveryService } from './letter-delivery.service.ts';
import type { LettersService } from './letters.service.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['letters']);
const params = z.object({ id: z.string().max(64).describe('The letter id (uuid)') });

// The web app shows the PDF and the print view in a frame of its own; nothing else may frame them.
const framedBySelf = "frame-ancestors 'self'";
const printPolicy = `default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; ${framedBySelf}`;

export function registerLetterDeliveryRoutes(
  base: FastifyInstance,
  actors: Actors,
  letters: LettersService,
  delivery: LetterDeliveryService,
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/letters/:id/pdf',
    member({
      summary: 'The letter as a PDF (letterhead and logo, fonts embedded); `download=1` saves instead of opening',
      params,
      querystring: z.object({ download: z.enum(['0', '1']).optional() }),
      produces: ['application/pdf'],
    }),
    async (request, reply) => {
      const { filename, pdf } = await letters.pdf(await actors.required(request), request.params.id);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `${request.query.download === '1' ? 'attachment' : 'inline'}; filename="${filename}"`,
        )
        .header('cache-control', 'private, no-store')
        .header('content-security-policy', framedBySelf)
        .send(pdf);
    },
  );

  app.get(
    '/api/letters/:id/print',
    member({
      summary: 'The letter as a printable web page (print CSS, no script)',
      params,
      produces: ['text/html'],
    }),
    async (request, reply) => {
      const page = await letters.printPage(await actors.required(request), request.params.id);
      return sendHtml(reply, 200, page, {
        cacheControl: 'private, no-store',
        headers: { 'content-security-policy': printPolicy },
      });
    },
  );

  app.post(
    '/api/letters/:id/send',
    member({
      summary:
        'Email the letter to the contact with its PDF attached; `offerId` issues a certificate for them and attaches it, `certificateCode` attaches one already issued. Once; 409 afterwards.',
      params,
      body: letterSendSchema.optional(),
      response: { 200: letterSchema },
    }),
    async (request) => delivery.send(await actors.required(request), request.params.id, request.body ?? {}),
  );

  app.post(
    '/api/letters/:id/delivered',
    member({
      summary:
        'Mark a printed letter as posted (`letter`) or handed over (`face-to-face`): logs the interaction and moves the contact to introduced',
      params,
      body: letterDeliveredSchema,
      response: { 200: letterSchema },
    }),
    async (request) => delivery.delivered(await actors.required(request), request.params.id, request.body),
  );
}
