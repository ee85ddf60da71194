// Uploaded images: the type is read from the bytes (never the file name or Content-Type), then the
// image is decoded and re-encoded by sharp, which drops EXIF/XMP/ICC metadata (GPS included), and
// written under a random name outside the web root.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { privateDirMode, privateFileMode } from './private-files.ts';

export type ImageKind = 'png' | 'jpeg' | 'webp';
export const maxImageBytes = 2 * 1024 * 1024;

export function sniffImage(bytes: Buffer): ImageKind | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 12 && bytes.toString('ascii', 0, 4) === 'RIFF' && bytes.toString('ascii', 8, 12) === 'WEBP')
    return 'webp';
  return null;
}

export class ImageRejected extends Error {}

/** Re-encodes to the same family, at most 1024 px on a side; throws ImageRejected for anything else. */
export async function storeImage(bytes: Buffer, dir: string): Promise<string> {
  const kind = sniffImage(bytes);
  if (!kind) throw new ImageRejected('must be a PNG, JPEG or WebP image');
  // sharp (libvips) is loaded on the first upload rather than at start-up (cold start).
  const { default: sharp } = await import('sharp');
  let output: Buffer;
  try {
    const pipeline = sharp(bytes, { failOn: 'error', limitInputPixels: 40_000_000 })
      .rotate()
      .resize({ width: 1024, height: 1024, fit: 'inside', withoutEnlargement: true });
    output = await (
      kind === 'png'
        ? pipeline.png()
        : kind === 'jpeg'
          ? pipeline.jpeg({ quality: 85, mozjpeg: true })
          : pipeline.webp({ quality: 85 })
    ).toBuffer();
  } catch {
    throw new ImageRejected('could not be read as an image (is the file damaged?)');
  }
  await mkdir(dir, { recursive: true, mode: privateDirMode });
  const name = `${randomBytes(16).toString('hex')}.${kind === 'jpeg' ? 'jpg' : kind}`;
  const temporary = path.join(dir, `.${name}.tmp`);
  await writeFile(temporary, output, { mode: privateFileMode });
  await rename(temporary, path.join(dir, name));
  return name;
}

export const storedImagePattern = /^[0-9a-f]{32}\.(png|jpg|webp)$/;

export async function removeImage(dir: string, name: string | null) {
  if (name && storedImagePattern.test(name)) await rm(path.join(dir, name), { force: true });
}
