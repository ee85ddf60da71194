// The server-rendered directory: a plain GET form (works without JavaScript, bookmarkable), the
// results with distance, pagination links, and input mistakes shown beside the form.
import type { DirectoryResult } from '../../../contracts/directory.ts';
import { professionalsFound, resultPages } from '../../../contracts/directory-total.ts';
import { fieldLabel, withoutSubject } from '../../../contracts/field-labels.ts';
import { modalities, professions, specialties } from '../../../contracts/taxonomy.ts';
import { html, type SafeHtml } from '../../lib/html.ts';
import { defaultRadius } from '../directory/directory.service.ts';
import { layout } from '../../http/page-layout.ts';

/** What the visitor typed, as strings, to put back into the form. */
export type FormValues = Record<string, string>;
export type FieldError = { field: string; message: string };

const fieldLabels: Record<string, string> = {
  q: 'Name, practice or keyword',
  profession: 'Profession',
  specialty: 'Specialty',
  modality: 'Modality',
  acceptingReferrals: 'Accepting referrals',
  near: 'Near postal code',
  radius: 'Within (distance)',
  unit: 'Unit',
  sort: 'Sort by',
  page: 'Page',
  pageSize: 'Results per page',
};

const invalidAttrs = (name: string, errors: FieldError[]) =>
  errors.some((error) => error.field === name) ? html` aria-invalid="true" aria-describedby="form-errors"` : '';

/** A select; with `anyLabel` its first option is empty (no filter), without it the first option is the default. */
function select(
  name: string,
  label: string,
  options: Record<string, string>,
  values: FormValues,
  errors: FieldError[],
  anyLabel: string | null,
) {
  return html`<p><label for="f-${name}">${label}</label><br><select id="f-${name}" name="${name}"${invalidAttrs(name, errors)}>
${anyLabel ? html`<option value="">${anyLabel}</option>` : ''}${Object.entries(options).map(([key, text]) => html`<option value="${key}"${values[name] === key ? html` selected` : ''}>${text}</option>`)}
</select></p>`;
}

// The name search and its button stay in view; the other filters fold into a <details> (open only
// while one is wrong; its summary counts those set), so on a phone the results start in the first
// screenful.
function form(values: FormValues, errors: FieldError[]) {
  const input = (name: string, attrs: SafeHtml | string = '') =>
    html`<p><label for="f-${name}">${fieldLabels[name]}</label><br><input id="f-${name}" name="${name}" value="${values[name] ?? ''}"${attrs}${invalidAttrs(name, errors)}></p>`;
  const filtersSet = Object.keys(values).filter((name) => !['q', 'page', 'pageSize'].includes(name)).length;
  const open = errors.some((error) => error.field !== 'q');
  return html`<form class="search" method="get" action="/directory" role="search" aria-label="Find a professional">
<div class="row">${input('q', html` type="search" maxlength="100"`)}<p><button type="submit">Search</button></p></div>
<details class="filters"${open ? html` open` : ''}><summary>Filters${filtersSet ? html` (${filtersSet} set)` : ''}: profession, specialty, distance</summary>
<div class="grid">
${select('profession', 'Profession', professions, values, errors, 'Any profession')}
${select('specialty', 'Specialty', specialties, values, errors, 'Any specialty')}
${select('modality', 'Modality', modalities, values, errors, 'Any modality')}
<p><input type="checkbox" id="f-acceptingReferrals" name="acceptingReferrals" value="true"${values.acceptingReferrals === 'true' ? html` checked` : ''}> <label for="f-acceptingReferrals">Accepting referrals only</label></p>
${input('near', html` inputmode="text" autocomplete="postal-code" placeholder="10001 or M5V 2T6" size="10"`)}
${input('radius', html` type="number" min="1" max="500" step="any" placeholder="${defaultRadius}" size="5"`)}
${select('unit', 'Unit', { mi: 'miles', km: 'kilometres' }, values, errors, null)}
${select('sort', 'Sort by', { distance: 'Distance', relevance: 'Best match' }, values, errors, 'Automatic')}
</div>
<p><button type="submit">Apply filters</button></p>
</details>
</form>`;
}

function errorBox(errors: FieldError[]) {
  if (!errors.length) return '';
  return html`<div class="error" id="form-errors" role="alert"><p>Please check your search:</p><ul>${errors.map(
    (error) =>
      html`<li><a href="#f-${error.field}">${fieldLabels[error.field] ?? fieldLabel(error.field)}</a>: ${withoutSubject(error.field, error.message)}</li>`,
  )}</ul></div>`;
}

const pageLink = (values: FormValues, page: number) => {
  const params = new URLSearchParams({ ...values, page: String(page) });
  return `/directory?${params.toString()}`;
};

function pagination(result: DirectoryResult, values: FormValues) {
  const pages = resultPages(result, result.pageSize);
  if (pages <= 1) return '';
  const around = [
    ...new Set([1, result.page - 2, result.page - 1, result.page, result.page + 1, result.page + 2, pages]),
  ]
    .filter((n) => n >= 1 && n <= pages && n <= 1000)
    .sort((a, b) => a - b);
  return html`<nav class="pager" aria-label="Pages"><p>
${result.page > 1 ? html`<a href="${pageLink(values, result.page - 1)}" rel="prev">Previous</a>` : ''}
${around.map((n) => (n === result.page ? html` <strong aria-current="page">${n}</strong>` : html` <a href="${pageLink(values, n)}">${n}</a>`))}
${result.page < pages && result.page < 1000 ? html` <a href="${pageLink(values, result.page + 1)}" rel="next">Next</a>` : ''}
</p></nav>`;
}

function results(result: DirectoryResult, values: FormValues) {
  const unit = result.unit === 'km' ? 'km' : 'mi';
  const found = `${result.total === 0 ? 'No professionals' : professionalsFound(result)} found${result.origin ? ` near ${result.origin.label}` : ''}`;
  return html`<h2 id="results">${found}</h2>
<ol class="results" start="${(result.page - 1) * result.pageSize + 1}">
${result.items.map(
  (item) => html`<li><h3><a href="/p/${encodeURIComponent(item.slug)}">${item.displayName}</a></h3>
<p>${professions[item.profession as keyof typeof professions] ?? item.profession}${item.practiceName ? html` · ${item.practiceName}` : ''}</p>
<p class="muted">${[item.city, item.region].filter(Boolean).join(', ')}${item.distance !== null ? html` · ${item.distance} ${unit} away` : ''}${item.acceptingReferrals ? html` · <strong>Accepting referrals</strong>` : ''}</p>
${item.specialties.length ? html`<p>Specialties: ${item.specialties.map((key) => specialties[key as keyof typeof specialties] ?? key).join(', ')}</p>` : ''}
${item.away ? html`<p class="notice away">Away until ${item.away.until}${item.away.coveredBy.length ? html` · covered by ${item.away.coveredBy.map((cover) => cover.displayName).join(', ')}` : ''}</p>` : ''}</li>`,
)}
</ol>
${pagination(result, values)}`;
}

export function directoryPage(
  publicUrl: string,
  values: FormValues,
  outcome: { result: DirectoryResult } | { errors: FieldError[] },
) {
  const errors = 'errors' in outcome ? outcome.errors : [];
  const query = new URLSearchParams(values).toString();
  const body = html`<h1>Find a professional</h1>
<p class="intro">Massage therapists and the health and business professionals they work with, searchable by specialty, modality and distance.</p>
${errorBox(errors)}
${form(values, errors)}
${'result' in outcome ? results(outcome.result, values) : ''}`;
  const title = 'Directory of massage therapists and allied professionals';
  const description =
    'Find massage therapists, chiropractors, physiotherapists and other professionals by specialty, modality and distance.';
  const canonical = `${publicUrl}/directory${query ? `?${query}` : ''}`;
  const head = html`<meta property="og:type" content="website">
<meta property="og:site_name" content="Kneadwork">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${canonical}">
<meta name="twitter:card" content="summary">`;
  return layout(
    {
      title: `${errors.length ? 'Check your search — ' : ''}${title} | Kneadwork`,
      description,
      canonical,
      head,
      noindex: errors.length > 0,
    },
    body,
  ).value;
}
