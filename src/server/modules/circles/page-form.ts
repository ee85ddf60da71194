// What the public circle pages (/circles, /events) share about their plain GET forms: the query as
// typed (empty fields dropped), zod's issues in words, the error box that names each field, and the
// attributes that tie a wrong field to it. No JavaScript: the browser submits, the server answers.
import { fieldLabel, withoutSubject } from '../../../contracts/field-labels.ts';
import { AppError } from '../../http/errors.ts';
import { layout } from '../../http/page-layout.ts';
import { html, jsonForScript, type SafeHtml } from '../../lib/html.ts';

export type FormValues = Record<string, string>;
export type FieldError = { field: string; message: string };

/** The form's fields as typed: empty ones dropped (a GET form sends every field), repeated ones made single. */
export function formValues(query: unknown, fields: Set<string>): FormValues {
  const values: FormValues = {};
  for (const [name, raw] of Object.entries((query ?? {}) as Record<string, string | string[]>)) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (fields.has(name) && typeof value === 'string' && value.trim() !== '') values[name] = value;
  }
  return values;
}

// zod's generic words are for developers; the contract's own messages are already plain.
const plainMessage = (issue: { code: string; message: string }) =>
  issue.code === 'invalid_type'
    ? 'must be a number'
    : issue.code === 'invalid_value'
      ? 'is not one of the choices'
      : issue.message;

/** zod's issues as the page shows them, under the field they name (`fallback` when none). */
export const issuesAsFieldErrors = (
  issues: { code: string; message: string; path: PropertyKey[] }[],
  fallback: string,
) => issues.map((issue) => ({ field: String(issue.path[0] ?? fallback), message: plainMessage(issue) }));

/** A service's 400 as field errors; anything else is not the form's to show. */
export function fieldErrorsOf(error: unknown, fallback: string): FieldError[] | null {
  if (!(error instanceof AppError) || error.code !== 'validation_failed') return null;
  return Array.isArray(error.details) ? (error.details as FieldError[]) : [{ field: fallback, message: error.message }];
}

export const invalidAttrs = (name: string, errors: FieldError[]) =>
  errors.some((error) => error.field === name) ? html` aria-invalid="true" aria-describedby="form-errors"` : '';

export function errorBox(errors: FieldError[], labels: Record<string, string>) {
  if (!errors.length) return '';
  return html`<div class="error" id="form-errors" role="alert"><p>Please check your search:</p><ul>${errors.map(
    (error) =>
      html`<li><a href="#f-${error.field}">${labels[error.field] ?? fieldLabel(error.field)}</a>: ${withoutSubject(error.field, error.message)}</li>`,
  )}</ul></div>`;
}

/** A text input with its label, and the near / radius / unit trio both pages search by. */
export function formInputs(labels: Record<string, string>, values: FormValues, errors: FieldError[]) {
  const input = (name: string, attrs = html``) =>
    html`<p><label for="f-${name}">${labels[name]}</label><br><input id="f-${name}" name="${name}" value="${values[name] ?? ''}"${attrs}${invalidAttrs(name, errors)}></p>`;
  const placeInputs = (required: boolean) => html`${input(
    'near',
    html` autocomplete="postal-code" placeholder="10001 or M5V 2T6" size="10"${required ? html` required` : ''}`,
  )}
${input('radius', html` type="number" min="1" max="500" step="any" placeholder="25" size="5"`)}
<p><label for="f-unit">${labels.unit}</label><br><select id="f-unit" name="unit"><option value="mi">miles</option><option value="km"${values.unit === 'km' ? html` selected` : ''}>kilometres</option></select></p>`;
  return { input, placeInputs };
}

/** The shell of a public search page: Open Graph, the JSON-LD block, the error box, the form and the results. */
export function searchPage(page: {
  pageUrl: string;
  values: FormValues;
  errors: FieldError[];
  labels: Record<string, string>;
  heading: string;
  title: string;
  description: string;
  jsonLd: unknown;
  form: SafeHtml;
  results: SafeHtml | '';
}) {
  const { errors, title, description } = page;
  const query = new URLSearchParams(page.values).toString();
  const head = html`<meta property="og:type" content="website">
<meta property="og:site_name" content="Kneadwork">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
${page.jsonLd ? html`<script type="application/ld+json">${jsonForScript(page.jsonLd)}</script>` : ''}`;
  const body = html`<h1>${page.heading}</h1>
<p class="intro">${description}</p>
${errorBox(errors, page.labels)}
${page.form}
${page.results}`;
  return layout(
    {
      title: `${errors.length ? 'Check your search — ' : ''}${title} | Kneadwork`,
      description,
      canonical: `${page.pageUrl}${query ? `?${query}` : ''}`,
      head,
      noindex: errors.length > 0,
    },
    body,
  ).value;
}
