// Reading the one file of a multipart upload, the same way for every route that takes one.
// A body larger than the file limit allows is refused from its Content-Length before a byte is
// read; a truncated or malformed body (no boundary, a part cut short) is the sender's fault, so
// it is a 400 naming the file rather than the parser's error surfacing as a 500.
import { createReadStream } from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OpenedAttachment } from '../lib/attachment-files.ts';
import { maxImageBytes } from '../lib/images.ts';
import { AppError, invalid } from './errors.ts';

// Part headers, the boundary lines and a few small fields around the file.
const envelopeBytes = 64 * 1024;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export async function readUploadedFile(
  request: FastifyRequest,
  { maxBytes, hint }: { maxBytes: number; hint: string },
) {
  if (!request.isMultipart()) throw invalid('file', hint);
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + envelopeBytes) {
    throw new AppError('payload_too_large', `The file must be at most ${megabytes(maxBytes)}`, [
      { field: 'file', message: `The file must be at most ${megabytes(maxBytes)}` },
    ]);
  }
  try {
    const part = await request.file({ limits: { fileSize: maxBytes } });
    if (!part || part.fieldname !== 'file') throw invalid('file', 'is required');
    return { bytes: await part.toBuffer(), fileName: part.filename };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw invalid('file', `must be at most ${megabytes(maxBytes)}`);
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) throw error;
    throw invalid('file', 'did not arrive whole: the upload was cut short or is not well-formed multipart data');
  }
}

// What a caller that sent no multipart body is told, by what the route takes.
const hints = {
  image: 'send the image as multipart/form-data in a field named "file"',
  file: 'send the file as multipart/form-data in a field named "file"',
} as const;

/**
 * The one file of an upload route, multipart field "file": an image (a profile's logo or photo) or
 * any file (an attachment, a contacts import), at most `maxBytes` (by default the image limit).
 */
export const readUpload = (
  request: FastifyRequest,
  { kind, maxBytes = maxImageBytes }: { kind: keyof typeof hints; maxBytes?: number },
) => readUploadedFile(request, { maxBytes, hint: hints[kind] });

export const readImageUpload = (request: FastifyRequest) => readUpload(request, { kind: 'image' });

/** Sends a stored attachment to whoever may see it: never cached by others, never run as a page. */
export function sendAttachment(reply: FastifyReply, found: OpenedAttachment) {
  const disposition = found.kind === 'pdf' ? 'attachment' : 'inline';
  return reply
    .type(found.type)
    .header('content-length', found.size)
    .header('cache-control', 'private, max-age=3600')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(found.fileName)}`)
    .send(createReadStream(found.full));
}
