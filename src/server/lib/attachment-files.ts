// Files members attach (to a message, to a circle post): a PDF or an image, the type read from the
// bytes, never from the name. Images are re-encoded without metadata (images.ts); PDFs must start
// with the %PDF- signature. Each use keeps its files in its own folder under UPLOAD_DIR, outside
// /media, and serves them only to whoever may see what they are attached to.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { invalid } from '../http/errors.ts';
import { ImageRejected, sniffImage, storeImage } from './images.ts';

const pdfSignature = Buffer.from('%PDF-');

export type AttachmentKind = 'pdf' | 'image';

async function storePdf(bytes: Buffer, dir: string) {
  await mkdir(dir, { recursive: true });
  const name = `${randomBytes(16).toString('hex')}.pdf`;
  const temporary = path.join(dir, `.${name}.tmp`);
  await writeFile(temporary, bytes);
  await rename(temporary, path.join(dir, name));
  return name;
}

// The name a member gave the file, for display only: one line, no path.
const cleanFileName = (given: string | undefined, fallback: string) =>
  (given ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 200) || fallback;

/** Stores an uploaded PDF or image in `dir`; anything else is a 400 naming `file`. */
export async function storeAttachment(dir: string, upload: { bytes: Buffer; fileName?: string }) {
  const { bytes } = upload;
  let file: string;
  let kind: AttachmentKind;
  if (bytes.subarray(0, pdfSignature.length).equals(pdfSignature)) {
    file = await storePdf(bytes, dir);
    kind = 'pdf';
  } else if (sniffImage(bytes)) {
    try {
      file = await storeImage(bytes, dir);
    } catch (error) {
      if (error instanceof ImageRejected) throw invalid('file', error.message);
      throw error;
    }
    kind = 'image';
  } else {
    throw invalid('file', 'must be a PDF or a PNG, JPEG or WebP image');
  }
  const size = (await stat(path.join(dir, file))).size;
  const fileName = cleanFileName(upload.fileName, kind === 'pdf' ? 'document.pdf' : file);
  return { file, kind, fileName, size };
}

/** A stored attachment ready to send, or null when its file is gone. */
export async function openAttachment(dir: string, row: { file: string; kind: string; fileName: string }) {
  const full = path.join(dir, row.file);
  const info = await stat(full).catch(() => null);
  if (!info) return null;
  const type =
    row.kind === 'pdf'
      ? 'application/pdf'
      : row.file.endsWith('.png')
        ? 'image/png'
        : row.file.endsWith('.webp')
          ? 'image/webp'
          : 'image/jpeg';
  return { full, size: info.size, type, fileName: row.fileName, kind: row.kind };
}
export type OpenedAttachment = NonNullable<Awaited<ReturnType<typeof openAttachment>>>;
