// Import (upload → preview with a token → confirm) and export of my contacts.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  exportQuerySchema,
  importConfirmSchema,
  importPreviewSchema,
  importResultSchema,
} from '../../../contracts/contacts.ts';
import type { AppContext } from '../../context.ts';
import { readUpload } from '../../http/uploads.ts';
import type { ContactsServices } from './contacts.module.ts';
import { maxImportBytes } from './contacts-import.service.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['contacts']);

// This route allows more than the app-wide 2 MB: 10,000 contacts with notes fit in 5 MB.
const readImportFile = (request: FastifyRequest) => readUpload(request, { kind: 'file', maxBytes: maxImportBytes });

export function registerContactTransferRoutes(
  base: FastifyInstance,
  { actors }: AppContext,
  { imports, exports }: Pick<ContactsServices, 'imports' | 'exports'>,
) {
  const typed = base.withTypeProvider<ZodTypeProvider>();

  typed.post(
    '/api/contacts/import',
    member({
      summary:
        'Upload a CSV (Outlook, Google, ours) or vCard file (multipart field "file", ≤ 5 MB) → a preview with per-row problems and duplicates, and a token to confirm it with (valid 1 hour)',
      consumes: ['multipart/form-data'],
      response: { 200: importPreviewSchema },
    }),
    async (request) => {
      const actor = await actors.required(request);
      return imports.preview(actor, await readImportFile(request));
    },
  );

  typed.post(
    '/api/contacts/import/:token/confirm',
    member({
      summary:
        'Apply an import: each listed row is imported, merged into the contact it duplicates, or skipped (unlisted rows are skipped). All or nothing, once.',
      params: z.object({ token: z.uuid('must be an import token') }),
      body: importConfirmSchema,
      response: { 200: importResultSchema },
    }),
    async (request) => imports.confirm(await actors.required(request), request.params.token, request.body),
  );

  typed.get(
    '/api/contacts/export',
    member({
      summary: 'Download all my contacts as CSV or vCard 4.0 (an attachment)',
      querystring: exportQuerySchema,
      produces: ['text/csv', 'text/vcard'],
    }),
    async (request, reply) => {
      const file = await exports.exportAll(await actors.required(request), request.query.format);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
}
