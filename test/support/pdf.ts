// Reading a PDF the way a person would: its text, and the link its QR code opens.
import jsqrModule from 'jsqr';
import { extractImages, extractText, getDocumentProxy } from 'unpdf';

// jsqr is CommonJS with an ES default in its types: take whichever form the loader hands us.
const jsQR = ((jsqrModule as { default?: unknown }).default ?? jsqrModule) as typeof jsqrModule.default;

export async function readPdf(bytes: Buffer | Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  const images = await extractImages(pdf, 1);
  return { pages: pdf.numPages, text: text.replace(/\s+/g, ' '), images };
}

/** Decodes the first image on the page that holds a QR code. */
export function qrText(images: Awaited<ReturnType<typeof extractImages>>) {
  for (const image of images) {
    const rgba = new Uint8ClampedArray(image.width * image.height * 4);
    for (let i = 0; i < image.width * image.height; i++) {
      for (let c = 0; c < 3; c++) rgba[i * 4 + c] = image.data[i * image.channels + (image.channels >= 3 ? c : 0)]!;
      rgba[i * 4 + 3] = 255;
    }
    const found = jsQR(rgba, image.width, image.height);
    if (found) return found.data;
  }
  return null;
}
