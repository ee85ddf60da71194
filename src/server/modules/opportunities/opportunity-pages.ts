// The public board, server-rendered: /opportunities (a GET form: near, radius, kind; works without
// JavaScript), /opportunities/<id> (a listed post, with JobPosting JSON-LD for a job), and the
// pages behind an alert's unsubscribe link. Everything a member wrote is escaped by `html`.
import type { Opportunity, OpportunityList } from '../../../contracts/opportunities.ts';
import { opportunityKinds, payLabel } from '../../../contracts/opportunity-words.ts';
import { html, jsonForScript } from '../../lib/html.ts';
import { clip, layout, paragraphs } from '../../http/page-layout.ts';
import { jobPostingJsonLd } from './opportunity-json-ld.ts';

export type FormValues = Record<string, string>;
export type FieldError = { field: string; message: string };

const labels: Record<string, string> = { near: 'Near postal code', radius: 'Within (miles)', kind: 'Kind' };

const invalidAttrs = (name: string, errors: FieldError[]) =>
  errors.some((error) => error.field === name) ? html` aria-invalid="true" aria-describedby="form-errors"` : '';

function form(values: FormValues, errors: FieldError[]) {
  return html`<form class="search" method="get" action="/opportunities" role="search" aria-label="Find opportunities">
<div class="grid">
<p><label for="f-near">${labels.near}</label><br><input id="f-near" name="near" value="${values.near ?? ''}" autocomplete="postal-code" placeholder="10001 or M5V 2T6"${invalidAttrs('near', errors)}></p>
<p><label for="f-radius">${labels.radius}</label><br><input id="f-radius" name="radius" type="number" min="1" max="500" step="any" placeholder="25" value="${values.radius ?? ''}"${invalidAttrs('radius', errors)}></p>
<p><label for="f-kind">${labels.kind}</label><br><select id="f-kind" name="kind"${invalidAttrs('kind', errors)}><option value="">Any kind</option>${Object.entries(
    opportunityKinds,
  ).map(
    ([key, text]) => html`<option value="${key}"${values.kind === key ? html` selected` : ''}>${text}</option>`,
  )}</select></p>
</div>
<p><input type="checkbox" id="f-remote" name="remote" value="true"${values.remote === 'true' ? html` checked` : ''}> <label for="f-remote">Include remote</label></p>
<p><button type="submit">Search</button></p>
</form>`;
}

const errorBox = (errors: FieldError[]) =>
  errors.length
    ? html`<div class="error" id="form-errors" role="alert"><p>Please check your search:</p><ul>${errors.map(
        (error) =>
          html`<li><a href="#f-${error.field}">${labels[error.field] ?? error.field}</a>: ${error.message}</li>`,
      )}</ul></div>`
    : '';

/** Where, when and for how much, in one line. */
function facts(post: Opportunity, unit: string) {
  const where = [post.place, post.remote ? 'Remote' : null].filter(Boolean).join(' · ');
  const when = post.startsOn
    ? `${post.startsOn}${post.endsOn && post.endsOn !== post.startsOn ? ` to ${post.endsOn}` : ''}`
    : '';
  return [
    opportunityKinds[post.kind],
    where,
    post.distance !== null ? `${post.distance} ${unit} away` : '',
    when,
    post.pay ? payLabel(post.pay) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

const pageLink = (values: FormValues, page: number) =>
  `/opportunities?${new URLSearchParams({ ...values, page: String(page) }).toString()}`;

function results(result: OpportunityList, values: FormValues) {
  const count = result.items.length;
  const heading = count
    ? `${result.hasMore || result.page > 1 ? 'Opportunities' : `${count} ${count === 1 ? 'opportunity' : 'opportunities'}`}${result.origin ? ` near ${result.origin.label}` : ''}`
    : `No open opportunities${result.origin ? ` near ${result.origin.label}` : ''}`;
  return html`<h2 id="results">${heading}</h2>
<ol class="results" start="${(result.page - 1) * result.pageSize + 1}">
${result.items.map(
  (post) => html`<li><h3><a href="/opportunities/${post.id}">${post.title}</a></h3>
<p class="muted">${facts(post, result.unit)}</p>
<p>${clip(post.description, 200)}</p></li>`,
)}
</ol>
<nav class="pager" aria-label="Pages"><p>
${result.page > 1 ? html`<a href="${pageLink(values, result.page - 1)}" rel="prev">Previous</a>` : ''}
${result.hasMore ? html` <a href="${pageLink(values, result.page + 1)}" rel="next">Next</a>` : ''}
</p></nav>`;
}

export function boardPage(
  publicUrl: string,
  values: FormValues,
  outcome: { result: OpportunityList } | { errors: FieldError[] },
) {
  const errors = 'errors' in outcome ? outcome.errors : [];
  const query = new URLSearchParams(values).toString();
  const body = html`<h1>Opportunities for massage therapists</h1>
<p class="intro">Jobs, rooms to rent, weekend events, cover shifts, research and volunteering, posted by Kneadwork members.</p>
${errorBox(errors)}
${form(values, errors)}
${'result' in outcome ? results(outcome.result, values) : ''}
<p><a href="/app/opportunities">Post an opportunity</a> (members)</p>`;
  return layout(
    {
      title: `${errors.length ? 'Check your search — ' : ''}Opportunities board | Kneadwork`,
      description: 'Jobs, rooms and offices to rent, events, cover shifts and more for massage therapists.',
      canonical: `${publicUrl}/opportunities${query ? `?${query}` : ''}`,
      noindex: errors.length > 0,
    },
    body,
  ).value;
}

export function postPage(publicUrl: string, post: Opportunity) {
  const pageUrl = `${publicUrl}/opportunities/${post.id}`;
  const head =
    post.kind === 'job'
      ? html`<script type="application/ld+json">${jsonForScript(jobPostingJsonLd(post, pageUrl))}</script>`
      : html``;
  const body = html`<article>
<h1>${post.title}</h1>
<p class="muted">${facts(post, 'mi')}</p>
${post.author ? html`<p>Posted by <a href="/p/${encodeURIComponent(post.author.slug)}">${post.author.displayName}</a></p>` : ''}
${paragraphs(post.description)}
<p class="muted">Open until ${post.expiresOn}.</p>
<p><a class="cta" href="/app/opportunities/${post.id}">Reply by message</a></p>
</article>
<p><a href="/opportunities">All opportunities</a></p>`;
  return layout(
    {
      title: `${post.title} | Kneadwork opportunities`,
      description: clip(post.description, 160),
      canonical: pageUrl,
      head,
    },
    body,
  ).value;
}

const plainMeta = (publicUrl: string, title: string) => ({
  title: `${title} | Kneadwork`,
  description: 'Kneadwork opportunities board',
  canonical: `${publicUrl}/opportunities`,
  noindex: true,
});

export const postNotFoundPage = (publicUrl: string) =>
  layout(
    plainMeta(publicUrl, 'Opportunity not found'),
    html`<h1>Opportunity not found</h1><p>This post does not exist, or it is closed or expired.</p><p><a href="/opportunities">See the open opportunities</a>.</p>`,
  ).value;

export const alertsConfirmPage = (publicUrl: string, action: string) =>
  layout(
    plainMeta(publicUrl, 'Stop alerts'),
    html`<h1>Stop these alerts?</h1><p>Your saved search will be deleted and its email alerts stop. Your other saved searches are not changed.</p>
<form method="post" action="${action}"><p><button type="submit">Stop these alerts</button></p></form>`,
  ).value;

export const alertsDonePage = (publicUrl: string) =>
  layout(
    plainMeta(publicUrl, 'Alerts stopped'),
    html`<h1>Alerts stopped</h1><p class="notice">The saved search is deleted; you will get no more alerts for it.</p><p>Manage your other saved searches on <a href="/app/opportunities">the board</a> after signing in.</p>`,
  ).value;

export const alertsUnknownPage = (publicUrl: string) =>
  layout(
    plainMeta(publicUrl, 'Link not found'),
    html`<h1>This link is not valid</h1><p>The saved search may already be deleted. You can manage your saved searches on <a href="/app/opportunities">the board</a> after signing in.</p>`,
  ).value;
