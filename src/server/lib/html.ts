// Escaping for every string we put into server-rendered HTML.
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string | number | boolean | null | undefined) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => entities[c]!);

/** A tagged template that escapes every interpolation unless it is already `SafeHtml`. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString() {
    return this.value;
  }
}
const render = (part: unknown): string =>
  part instanceof SafeHtml
    ? part.value
    : Array.isArray(part)
      ? part.map(render).join('')
      : part === null || part === undefined || part === false
        ? ''
        : escapeHtml(part as string);

export const html = (strings: TemplateStringsArray, ...values: unknown[]) =>
  new SafeHtml(strings.reduce((out, chunk, i) => out + chunk + (i < values.length ? render(values[i]) : ''), ''));

/** JSON for a <script type="application/ld+json"> block: `<` escaped so it cannot close the tag. */
export const jsonForScript = (value: unknown) => new SafeHtml(JSON.stringify(value).replace(/</g, '\\u003c'));
