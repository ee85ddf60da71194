// Bytes of an uploaded contacts file → text. Real exports are mostly UTF-8 (often with a BOM),
// but Outlook on Windows writes UTF-16 ("Unicode") or the Windows-1252 code page, and vCard 2.1
// properties name their own CHARSET. Nothing here guesses beyond that.

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or null when it is not text at all (binary bytes). */
export function decodeUpload(bytes: Buffer): string | null {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = strictUtf8.decode(body);
    } catch {
      // Not UTF-8: the legacy Windows code page is what such a file almost always is.
      text = new TextDecoder('windows-1252').decode(body);
    }
  }
  // NUL and other C0 controls (other than tab and line breaks) do not occur in text exports.
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? null : text;
}

/** Bytes named by a vCard CHARSET parameter → text (unknown names fall back to UTF-8). */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? 'utf-8').toLowerCase();
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
