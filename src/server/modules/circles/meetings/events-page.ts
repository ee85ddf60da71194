// The server-rendered /events page: a plain GET form (postal code, distance), then the meetings of
// public circles nearby, nearest first, each with its dates on the meeting's own clock, and a
// schema.org Event per date for search engines. Only a town or "online" is ever shown: an address
// or a meeting link stays behind sign-in, and private or secret circles are never here.
import { appPaths } from '../../../../contracts/app-paths.ts';
import type { PublicEvent, PublicEventList } from '../../../../contracts/events.ts';
import { html } from '../../../lib/html.ts';
import { formatInZone } from '../../../lib/time.ts';
import { formInputs, searchPage, type FieldError, type FormValues } from '../page-form.ts';

const labels: Record<string, string> = {
  near: 'Near postal code',
  radius: 'Within (distance)',
  unit: 'Unit',
  page: 'Page',
};

function form(values: FormValues, errors: FieldError[]) {
  return html`<form class="search" method="get" action="/events" role="search" aria-label="Find meetings">
<div class="grid">
${formInputs(labels, values, errors).placeInputs(true)}
</div>
<p><button type="submit">Find meetings</button></p>
</form>`;
}

const whereText = (event: PublicEvent) => (event.town ? `${event.town.city}, ${event.town.region}` : 'Online');

/** schema.org: one Event per date, at a Place (the town only) or a VirtualLocation. */
export function eventsJsonLd(items: PublicEvent[], publicUrl: string) {
  const elements = items.flatMap((event) => event.dates.map((date) => ({ event, date })));
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: elements.map(({ event, date }, index) => {
      const url = `${publicUrl}${appPaths.circle(event.circle.slug)}`;
      return {
        '@type': 'ListItem',
        position: index + 1,
        item: {
          '@type': 'Event',
          name: event.title,
          startDate: date.start,
          endDate: date.end,
          eventStatus: 'https://schema.org/EventScheduled',
          eventAttendanceMode: event.town
            ? 'https://schema.org/OfflineEventAttendanceMode'
            : 'https://schema.org/OnlineEventAttendanceMode',
          location: event.town
            ? {
                '@type': 'Place',
                name: `${event.town.city}, ${event.town.region}`,
                address: {
                  '@type': 'PostalAddress',
                  addressLocality: event.town.city,
                  addressRegion: event.town.region,
                  postalCode: event.town.postalCode,
                  addressCountry: event.town.country,
                },
              }
            : { '@type': 'VirtualLocation', url },
          organizer: { '@type': 'Organization', name: event.circle.name, url },
          url,
        },
      };
    }),
  };
}

function pager(list: PublicEventList, values: FormValues) {
  const link = (page: number, text: string) =>
    html`<a href="/events?${new URLSearchParams({ ...values, page: String(page) }).toString()}">${text}</a>`;
  if (list.page === 1 && !list.more) return '';
  return html`<nav class="pager" aria-label="Pages"><p>${list.page > 1 ? link(list.page - 1, 'Nearer') : ''} <strong>Page ${list.page}</strong> ${list.more ? link(list.page + 1, 'Farther') : ''}</p></nav>`;
}

function results(list: PublicEventList, values: FormValues) {
  const count = `${list.items.length === 0 && list.page === 1 ? 'No' : list.items.length} ${list.items.length === 1 ? 'meeting' : 'meetings'}`;
  return html`<h2 id="results">${count} in the next ${list.windowDays / 7} weeks near ${list.origin?.label ?? ''}</h2>
<ol class="results">
${list.items.map(
  (event) => html`<li id="m-${event.meetingId}"><h3>${event.title}</h3>
<p>${event.circle.name} · ${whereText(event)}${event.town && event.distance !== null ? html` · ${event.distance} ${list.unit} away` : ''}</p>
<ul>${event.dates.map((date) => html`<li><time datetime="${date.start}">${formatInZone(date.start, event.timeZone)}</time></li>`)}</ul>
<p><a href="${appPaths.circle(event.circle.slug)}">See the circle and join</a></p></li>`,
)}
</ol>
${pager(list, values)}`;
}

export function eventsPage(
  publicUrl: string,
  values: FormValues,
  outcome: { list: PublicEventList } | { errors: FieldError[] },
) {
  const errors = 'errors' in outcome ? outcome.errors : [];
  const list = 'list' in outcome && outcome.list.origin ? outcome.list : null;
  return searchPage({
    pageUrl: `${publicUrl}/events`,
    values,
    errors,
    labels,
    heading: 'Meetings near you',
    title: 'Meetings near you: circles of massage therapists and allied professionals',
    description:
      'Upcoming meetings of public circles near a postal code: peer groups, study groups, business circles and chapters, in person or online.',
    jsonLd: list ? eventsJsonLd(list.items, publicUrl) : null,
    form: form(values, errors),
    results: list ? results(list, values) : '',
  });
}
