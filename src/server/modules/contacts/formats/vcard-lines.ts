// The vCard content-line layer (RFC 6350 §3, and what vCard 2.1/3.0 phones still write), ours
// rather than the `vcf` package's: that package only unfolds CRLF files (an LF-only export fails
// with 'Unsupported version "ARD"'), does not decode QUOTED-PRINTABLE or CHARSET (Android 2.1),
// leaves "\," and "\n" escaped, and folds at 75 characters rather than 75 octets when writing.
import { decodeCharset } from './text-decoding.ts';

export type VcardProperty = { group: string; name: string; params: Map<string, string[]>; raw: string };

const isQuotedPrintable = (head: string) => /(^|;)(ENCODING=)?QUOTED-PRINTABLE(;|$)/i.test(head);

/** Index of the first ":" outside double quotes (parameter values may be quoted and hold ":"). */
function colonOf(line: string) {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) return i;
  }
  return -1;
}

/**
 * Physical lines → logical lines. A line starting with a space or tab continues the previous one
 * (the one whitespace character is the fold). A QUOTED-PRINTABLE value ending in "=" is a soft
 * line break: the next line continues it as is, indented or not (vCard 2.1).
 */
export function unfold(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const last = lines.length - 1;
    const previous = lines[last];
    if (
      previous !== undefined &&
      previous.endsWith('=') &&
      isQuotedPrintable(previous.slice(0, Math.max(0, colonOf(previous))))
    ) {
      lines[last] = previous.slice(0, -1) + line;
    } else if (previous !== undefined && (line.startsWith(' ') || line.startsWith('\t'))) {
      lines[last] = previous + line.slice(1);
    } else {
      lines.push(line);
    }
  }
  return lines;
}

/** Splits on `separator` outside double quotes. */
function splitOutsideQuotes(value: string, separator: string) {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** `item1.TEL;TYPE=work,voice;PREF=1:+1 555` → its parts; null for a line that is not a property. */
export function parseLine(line: string): VcardProperty | null {
  const colon = colonOf(line);
  if (colon <= 0) return null;
  const [namepart = '', ...paramParts] = splitOutsideQuotes(line.slice(0, colon), ';');
  const dot = namepart.lastIndexOf('.');
  const params = new Map<string, string[]>();
  for (const param of paramParts) {
    const equals = param.indexOf('=');
    // vCard 2.1 writes bare types: TEL;WORK;VOICE:…, and bare encodings: ;QUOTED-PRINTABLE.
    const bare = param.trim().toUpperCase();
    const key =
      equals < 0
        ? bare === 'QUOTED-PRINTABLE' || bare === 'BASE64'
          ? 'ENCODING'
          : 'TYPE'
        : param.slice(0, equals).trim().toUpperCase();
    const values = (equals < 0 ? param : param.slice(equals + 1))
      .replace(/^"|"$/g, '')
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean);
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return {
    group: dot < 0 ? '' : namepart.slice(0, dot),
    name: namepart
      .slice(dot + 1)
      .trim()
      .toUpperCase(),
    params,
    raw: line.slice(colon + 1),
  };
}

function quotedPrintableBytes(value: string) {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      // Only ASCII belongs in quoted-printable, but keep anything else rather than lose it.
      const char = String.fromCodePoint(value.codePointAt(i)!);
      bytes.push(...Buffer.from(char, 'utf8'));
      i += char.length - 1;
    }
  }
  return Uint8Array.from(bytes);
}

/** The property's value as text: QUOTED-PRINTABLE decoded in its CHARSET, escapes still in place. */
export function valueText(property: VcardProperty) {
  const encoding = property.params.get('ENCODING')?.[0]?.toUpperCase();
  if (encoding === 'QUOTED-PRINTABLE')
    return decodeCharset(quotedPrintableBytes(property.raw), property.params.get('CHARSET')?.[0]);
  return property.raw;
}

/** Splits a value on an unescaped separator (";" for N and ADR, "," for lists; null: none) and unescapes each part. */
export function splitValue(value: string, separator: ';' | ',' | null): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '\\' && i + 1 < value.length) {
      const next = value[++i]!;
      current += next === 'n' || next === 'N' ? '\n' : next;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

export const unescapeText = (value: string) => splitValue(value, null)[0]!;
