// Certificate codes as people read them: XXXX-XXXX-XXXX-XXXX-C (the server's displayCode), and as
// they type them (any case, dashes and spaces optional).

/** Groups a canonical code (17 characters) for reading; leaves anything else as it is. */
export function groupCode(code: string): string {
  if (!/^[0-9A-Z]{17}$/.test(code)) return code;
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}-${code.slice(12, 16)}-${code.slice(16)}`;
}

/** What a person typed or pasted, without spaces and dashes, upper-cased (the server checks the rest). */
export const normaliseCode = (input: string) => input.toUpperCase().replace(/[\s\-‐‑–—_.]/g, '');
