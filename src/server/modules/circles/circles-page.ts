// The server-rendered /circles page: a plain GET form (no JavaScript, bookmarkable), the listed
// circles with distance, and a schema.org Organization per circle for search engines. Secret
// circles never appear here: the page is the same for everyone and may be cached.
import { circleKinds, type CircleList, type CircleSummary } from '../../../contracts/circles.ts';
import { clip } from '../../http/page-layout.ts';
import { html } from '../../lib/html.ts';
import { formInputs, invalidAttrs, searchPage, type FieldError, type FormValues } from './page-form.ts';

export type { FieldError, FormValues } from './page-form.ts';

const labels: Record<string, string> = {
  q: 'Name or keyword',
  kind: 'Kind',
  topic: 'Topic',
  online: 'Online circles only',
  near: 'Near postal code',
  radius: 'Within (distance)',
  unit: 'Unit',
};

function form(values: FormValues, errors: FieldError[]) {
  const { input, placeInputs } = formInputs(labels, values, errors);
  return html`<form class="search" method="get" action="/circles" role="search" aria-label="Find a circle">
<div class="grid">
${input('q', html` type="search" maxlength="100"`)}
<p><label for="f-kind">Kind</label><br><select id="f-kind" name="kind"${invalidAttrs('kind', errors)}><option value="">Any kind</option>${Object.entries(
    circleKinds,
  ).map(
    ([key, text]) => html`<option value="${key}"${values.kind === key ? html` selected` : ''}>${text}</option>`,
  )}</select></p>
${input('topic', html` maxlength="40"`)}
${placeInputs(false)}
<p><input type="checkbox" id="f-online" name="online" value="true"${values.online === 'true' ? html` checked` : ''}> <label for="f-online">${labels.online}</label></p>
</div>
<p><button type="submit">Find circles</button></p>
</form>`;
}

const where = (circle: CircleSummary) =>
  [circle.town ? `${circle.town.city}, ${circle.town.region}` : null, circle.online ? 'Online' : null]
    .filter(Boolean)
    .join(' · ');

/** schema.org: each listed circle is an Organization, with its town or a virtual location. */
export function circlesJsonLd(items: CircleSummary[], pageUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: items.map((circle, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: {
        '@type': 'Organization',
        '@id': `${pageUrl}#${circle.slug}`,
        name: circle.name,
        description: clip(circle.description, 300) || undefined,
        keywords: circle.topics.length ? circle.topics.join(', ') : undefined,
        address: circle.town
          ? {
              '@type': 'PostalAddress',
              addressLocality: circle.town.city,
              addressRegion: circle.town.region,
              postalCode: circle.town.postalCode,
              addressCountry: circle.town.country,
            }
          : undefined,
        location: circle.online ? { '@type': 'VirtualLocation' } : undefined,
      },
    })),
  };
}

function results(list: CircleList) {
  const found = `${list.total} ${list.total === 1 ? 'circle' : 'circles'} found${list.origin ? ` near ${list.origin.label}` : ''}`;
  return html`<h2 id="results">${found}</h2>
<ol class="results">
${list.items.map(
  (circle) => html`<li id="${circle.slug}"><h3>${circle.name}</h3>
<p>${circleKinds[circle.kind]} · ${where(circle)}${circle.distance !== null ? html` · ${circle.distance} ${list.unit} away` : ''}</p>
<p class="muted">${circle.memberCount} ${circle.memberCount === 1 ? 'member' : 'members'}${circle.memberCap ? html` of ${circle.memberCap}` : ''} · ${circle.visibility === 'public' ? 'Open to join' : 'Joining needs approval'}</p>
${circle.description ? html`<p>${clip(circle.description, 300)}</p>` : ''}
${circle.topics.length ? html`<ul class="tags">${circle.topics.map((topic) => html`<li>${topic}</li>`)}</ul>` : ''}</li>`,
)}
</ol>
<p><a class="cta" href="/app/sign-in">Sign in to join a circle</a></p>`;
}

export function circlesPage(
  publicUrl: string,
  values: FormValues,
  outcome: { list: CircleList } | { errors: FieldError[] },
) {
  const errors = 'errors' in outcome ? outcome.errors : [];
  const pageUrl = `${publicUrl}/circles`;
  return searchPage({
    pageUrl,
    values,
    errors,
    labels,
    heading: 'Find a circle',
    title: 'Circles: peer groups, study groups and business circles',
    description:
      'Local and online circles of massage therapists and allied professionals: peer networking, study groups, business inner circles, chapters, volunteer teams and lunch groups.',
    jsonLd: 'list' in outcome ? circlesJsonLd(outcome.list.items, pageUrl) : null,
    form: form(values, errors),
    results: 'list' in outcome ? results(outcome.list) : '',
  });
}
