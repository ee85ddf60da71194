// The public profile page: everything a colleague or a patient needs, readable without JavaScript.
import type { Profile } from '../../../contracts/profile.ts';
import { publicContactOf } from '../../../contracts/public-contact.ts';
import { associations, modalities, practiceSettings, professions, specialties } from '../../../contracts/taxonomy.ts';
import { html, jsonForScript } from '../../lib/html.ts';
import { clip, layout, paragraphs } from '../../http/page-layout.ts';
import { profileJsonLd } from './profile-json-ld.ts';

/** What a public page may show: everything but the licence number. */
export type Shown = Omit<Profile, 'licenseNumber'>;

const countryName = { US: 'United States', CA: 'Canada' } as const;

function describe(profile: Shown) {
  const place = [profile.city, profile.region].filter(Boolean).join(', ');
  const focus = profile.specialties.slice(0, 3).map((key) => specialties[key].toLowerCase());
  return clip(
    `${profile.displayName}, ${professions[profile.profession].toLowerCase()}${place ? ` in ${place}` : ''}` +
      `${focus.length ? `, focusing on ${focus.join(', ')}` : ''}. ${profile.treatmentGoals}`,
    160,
  );
}

const section = (title: string, body: unknown) => html`<section><h2>${title}</h2>${body}</section>`;
const tagList = (labels: string[]) =>
  labels.length ? html`<ul class="tags">${labels.map((label) => html`<li>${label}</li>`)}</ul>` : '';

function contact(profile: Shown) {
  // Only what the member made public (the same source as their letterhead), never the sign-in email.
  const reach = publicContactOf(profile);
  const cityLine = reach.place;
  return html`<address>
${profile.practiceName ? html`<strong>${profile.practiceName}</strong><br>` : ''}
${reach.street ? html`${reach.street}<br>` : ''}${cityLine ? html`${cityLine}<br>` : ''}${countryName[profile.country]}
</address>
<ul>
${reach.phone ? html`<li>Phone: <a href="tel:${reach.phone.replace(/[^+\d]/g, '')}">${reach.phone}</a></li>` : ''}
${reach.email ? html`<li>Email: <a href="mailto:${reach.email}">${reach.email}</a></li>` : ''}
${/^https?:\/\//i.test(reach.website) ? html`<li>Website: <a href="${reach.website}" rel="nofollow ugc noopener">${reach.website.replace(/^https?:\/\//, '')}</a></li>` : ''}
</ul>
${profile.logoUrl ? html`<p><img src="${profile.logoUrl}" alt="${profile.practiceName || profile.displayName} logo" width="160" loading="lazy"></p>` : ''}`;
}

function background(profile: Shown) {
  const facts = [
    profile.school
      ? html`<li>Trained at ${profile.school}${profile.graduationYear ? html` (graduated ${profile.graduationYear})` : ''}</li>`
      : '',
    profile.yearsInPractice !== null
      ? html`<li>${profile.yearsInPractice} ${profile.yearsInPractice === 1 ? 'year' : 'years'} in practice</li>`
      : '',
    profile.associations.length || profile.associationsOther
      ? html`<li>Member of ${[...profile.associations.map((key) => associations[key]), profile.associationsOther].filter(Boolean).join('; ')}</li>`
      : '',
    profile.practiceSettings.length
      ? html`<li>Works in: ${profile.practiceSettings.map((key) => practiceSettings[key].toLowerCase()).join(', ')}</li>`
      : '',
    profile.languages.length ? html`<li>Languages: ${profile.languages.join(', ')}</li>` : '',
  ];
  return html`<ul>${facts}</ul>${paragraphs(profile.history)}`;
}

// While the member is away: until when, their words, and the colleagues covering (linked).
const awayNotice = ({ until, message, coveredBy }: NonNullable<Shown['away']>) =>
  html`<aside class="notice away" role="status"><strong>Away until ${until}.</strong>${message ? html` ${message}` : ''}${
    coveredBy.length
      ? html` Covered by ${coveredBy.map((cover, index) => html`${index ? ', ' : ''}<a href="/p/${encodeURIComponent(cover.slug)}">${cover.displayName}</a>`)}.`
      : ''
  }</aside>`;

export type ProfilePageOptions = { publicUrl: string; notice: string | null };

export function profilePage(profile: Shown, { publicUrl, notice }: ProfilePageOptions) {
  const pageUrl = `${publicUrl}/p/${encodeURIComponent(profile.slug)}`;
  const description = describe(profile);
  const image = profile.photoUrl ?? profile.logoUrl;
  const title = `${profile.displayName} — ${professions[profile.profession]}${profile.city ? ` in ${profile.city}` : ''} | Kneadwork`;
  const head = html`<meta property="og:type" content="profile">
<meta property="og:site_name" content="Kneadwork">
<meta property="og:title" content="${profile.displayName} — ${professions[profile.profession]}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${pageUrl}">
${image ? html`<meta property="og:image" content="${publicUrl}${image}">` : ''}
<meta name="twitter:card" content="summary">
<script type="application/ld+json">${jsonForScript(profileJsonLd(profile, pageUrl, publicUrl))}</script>`;

  const status = [
    profile.acceptingReferrals ? html`<span class="badge">Accepting referrals</span>` : '',
    profile.openToTrades ? html` <span class="badge">Open to treatment trades</span>` : '',
    profile.offeringMentorship ? html` <span class="badge">Offers mentorship</span>` : '',
    profile.mentored
      ? html` <span class="badge">Mentored ${String(profile.mentored)} ${profile.mentored === 1 ? 'therapist' : 'therapists'}</span>`
      : '',
  ];
  const body = html`${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
<article>
${profile.away ? awayNotice(profile.away) : ''}
<header>
${profile.photoUrl ? html`<img src="${profile.photoUrl}" alt="Photo of ${profile.displayName}" width="160">` : ''}
<h1>${profile.displayName}${profile.credentials.length ? html`<span class="muted">, ${profile.credentials.join(', ')}</span>` : ''}</h1>
<p>${professions[profile.profession]}${profile.practiceName ? html` at ${profile.practiceName}` : ''}${profile.city ? html` · ${profile.city}${profile.region ? html`, ${profile.region}` : ''}` : ''}</p>
<p>${status}</p>
</header>
${profile.specialties.length || profile.specialtiesOther.length ? section('Specialties', tagList([...profile.specialties.map((key) => specialties[key]), ...profile.specialtiesOther])) : ''}
${profile.modalities.length || profile.modalitiesOther.length ? section('Modalities', tagList([...profile.modalities.map((key) => modalities[key]), ...profile.modalitiesOther])) : ''}
${profile.treatmentGoals ? section('Treatment goals', paragraphs(profile.treatmentGoals)) : ''}
${profile.howMyWorkHelps ? section('How my work helps your patients', paragraphs(profile.howMyWorkHelps)) : ''}
${section('Background', background(profile))}
${profile.hobbies ? section('Outside the treatment room', paragraphs(profile.hobbies)) : ''}
${section('Practice and contact', contact(profile))}
</article>`;
  return layout({ title, description, canonical: pageUrl, head, noindex: profile.visibility !== 'public' }, body).value;
}

export const notFoundPage = (publicUrl: string) =>
  layout(
    {
      title: 'Profile not found | Kneadwork',
      description: 'This profile does not exist or is not public.',
      canonical: `${publicUrl}/directory`,
      noindex: true,
    },
    html`<h1>Profile not found</h1><p>There is no public profile at this address. It may have moved, or it may be visible to signed-in members only.</p><p><a href="/directory">Search the directory</a> or <a href="/app/sign-in">sign in</a>.</p>`,
  ).value;
