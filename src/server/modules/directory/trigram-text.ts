// What pg_trgm (contrib/pg_trgm/trgm_op.c) reads in a text, in a UTF-8 database: the words are the
// runs of letters and digits; each is lower-cased, padded with two spaces in front and one behind,
// and every three consecutive characters of the padded word are a trigram ("ab" gives "  a", " ab",
// "ab "). A trigram is kept as the three-byte value pg_trgm stores: the bytes themselves when all
// three characters are ASCII, else three bytes of a CRC-32 of their UTF-8. Strings would do as well
// but for the rare two multibyte trigrams whose CRCs share those bytes: the database counts them as
// one, and so does this.

/** How the database's LC_CTYPE classifies and lower-cases characters. */
export type TrigramRules = { asciiOnly: boolean };

/**
 * "C" and "POSIX" know ASCII letters only; other ctypes (C.UTF-8, en_US.UTF-8) use the C library's
 * Unicode tables (glibc's for PostgreSQL, musl's in PGlite), which `[\p{Alphabetic}\p{Nd}]` and
 * simple lower-casing reproduce across the scripts names are written in (trigram.test.ts compares
 * them character by character, and lists the characters where the tables part).
 */
export const trigramRulesFor = (ctype: string): TrigramRules => ({ asciiOnly: ctype === 'C' || ctype === 'POSIX' });

const space = 0x20;
const replacementCharacter = 0xfffd;

// A character's facts packed in one number: its lower case times two, plus one for a word character.
const asciiFacts = Int32Array.from({ length: 0x80 }, (_, code) => {
  const upper = code >= 0x41 && code <= 0x5a;
  const word = upper || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  return (upper ? code + 0x20 : code) * 2 + (word ? 1 : 0);
});
const unicodeWord = /^[\p{Alphabetic}\p{Nd}]$/u;
const unicodeFacts = new Map<number, number>();

function factsOf(codePoint: number, rules: TrigramRules): number {
  if (codePoint < 0x80) return asciiFacts[codePoint]!;
  if (rules.asciiOnly) return codePoint * 2;
  let facts = unicodeFacts.get(codePoint);
  if (facts === undefined) {
    const character = String.fromCodePoint(codePoint);
    // towlower maps one character to one. JavaScript's full mapping differs only for İ, which it
    // turns into i and a combining dot: the first character is towlower's.
    facts = character.toLowerCase().codePointAt(0)! * 2 + (unicodeWord.test(character) ? 1 : 0);
    unicodeFacts.set(codePoint, facts);
  }
  return facts;
}

// A lone surrogate reaches the database as U+FFFD (the driver encodes the text as UTF-8).
function codePointAt(text: string, index: number): number {
  const codePoint = text.codePointAt(index)!;
  return (codePoint & 0xfffff800) === 0xd800 ? replacementCharacter : codePoint;
}

/** What the database's lower() returns for the text. */
export function lowerForDatabase(text: string, rules: TrigramRules): string {
  if (rules.asciiOnly || !/[\u0080-\uffff]/.test(text)) return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
  let lowered = '';
  for (let index = 0; index < text.length; index += text.codePointAt(index)! > 0xffff ? 2 : 1)
    lowered += String.fromCodePoint(factsOf(codePointAt(text, index), rules) >> 1);
  return lowered;
}

// PostgreSQL's legacy CRC-32 (pg_crc.h): the usual table, driven from the high byte.
const crcTable = Int32Array.from({ length: 256 }, (_, index) => {
  let crc = index;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc;
});
const crcByte = (crc: number, byte: number) => crcTable[((crc >>> 24) ^ byte) & 0xff]! ^ (crc << 8);

function crcCodePoint(crc: number, codePoint: number): number {
  if (codePoint < 0x80) return crcByte(crc, codePoint);
  if (codePoint < 0x800) return crcByte(crcByte(crc, 0xc0 | (codePoint >> 6)), 0x80 | (codePoint & 0x3f));
  const tail = (value: number) => crcByte(crcByte(value, 0x80 | ((codePoint >> 6) & 0x3f)), 0x80 | (codePoint & 0x3f));
  if (codePoint < 0x10000) return tail(crcByte(crc, 0xe0 | (codePoint >> 12)));
  return tail(crcByte(crcByte(crc, 0xf0 | (codePoint >> 18)), 0x80 | ((codePoint >> 12) & 0x3f)));
}

// The trigram's three bytes as one number, first byte highest. The CRC's bytes are taken in memory
// order of a little-endian machine (x86-64, and WebAssembly for PGlite), lowest first.
function trigramKey(first: number, second: number, third: number): number {
  if ((first | second | third) < 0x80) return (first << 16) | (second << 8) | third;
  const crc = ~crcCodePoint(crcCodePoint(crcCodePoint(-1, first), second), third);
  return ((crc & 0xff) << 16) | (crc & 0xff00) | ((crc >>> 16) & 0xff);
}

/** A reusable buffer for a text's trigram keys in pg_trgm's order (repeats kept). */
export class TrigramKeys {
  keys = new Int32Array(64);
  count = 0;
  private word = Int32Array.of(space, space, 0, 0);

  fill(text: string, rules: TrigramRules): this {
    this.count = 0;
    let letters = 0;
    for (let index = 0; index < text.length; index += text.codePointAt(index)! > 0xffff ? 2 : 1) {
      const facts = factsOf(codePointAt(text, index), rules);
      if (facts & 1) {
        // Room for two spaces, the letters so far, this one and the space behind.
        if (letters + 4 > this.word.length) this.word = grown(this.word, letters + 4);
        this.word[2 + letters++] = facts >> 1;
      } else if (letters > 0) {
        this.addWord(letters);
        letters = 0;
      }
    }
    if (letters > 0) this.addWord(letters);
    return this;
  }

  private addWord(letters: number) {
    const word = this.word;
    word[2 + letters] = space;
    if (this.count + letters + 1 > this.keys.length) this.keys = grown(this.keys, this.count + letters + 1);
    for (let start = 0; start <= letters; start++)
      this.keys[this.count++] = trigramKey(word[start]!, word[start + 1]!, word[start + 2]!);
  }
}

function grown(array: Int32Array, needed: number) {
  const larger = new Int32Array(Math.max(needed, array.length * 2));
  larger.set(array);
  return larger;
}

// show_trgm prints a trigram as text when its three bytes are ASCII letters, digits or spaces.
const printable = (byte: number) => byte === space || (byte < 0x80 && (asciiFacts[byte]! & 1) === 1);

/** The text's trigrams as the database's show_trgm() prints them, in its order (bytes as signed chars). */
export function showTrigrams(text: string, rules: TrigramRules): string[] {
  const { keys, count } = new TrigramKeys().fill(text, rules);
  const signedOrder = (key: number) => key ^ 0x808080;
  const unique = [...new Set(keys.subarray(0, count))].sort((a, b) => signedOrder(a) - signedOrder(b));
  return unique.map((key) => {
    const bytes = [key >> 16, (key >> 8) & 0xff, key & 0xff];
    return bytes.every(printable) ? String.fromCharCode(...bytes) : `0x${key.toString(16).padStart(6, '0')}`;
  });
}
