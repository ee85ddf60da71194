// The site's front door at `/`: what Kneadwork is for, the two ways in (join, sign in) and a search
// box straight into the public directory. Server-rendered and script-free, so a first visit is one
// small HTML response; it shares the shell (and so the look) of every public page.
import { html } from '../../lib/html.ts';
import { layout } from '../../http/page-layout.ts';

const title = 'Kneadwork — the professional alliance network for massage therapists';
const description =
  'Kneadwork is where massage therapists and the chiropractors, physiotherapists, physicians and other professionals around them meet, refer clients to each other and keep those relationships going.';

const promises = [
  {
    title: 'A profile colleagues trust',
    text: 'Your training, specialties and how your work helps their patients, on one page you can send to any chiropractor, physio or physician.',
  },
  {
    title: 'Your alliances, in one place',
    text: 'The professionals you know and the ones nearby you have yet to meet, letters of introduction, offers and follow-ups, without the spreadsheet.',
  },
  {
    title: 'Referrals you can trust',
    text: 'Refer a client out with their consent and a closed loop, trade treatments, and have colleagues cover for you when you are away.',
  },
];

export function landingPage(publicUrl: string) {
  const head = html`<meta property="og:type" content="website">
<meta property="og:site_name" content="Kneadwork">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${publicUrl}/">
<meta name="twitter:card" content="summary">`;
  const body = html`<section class="hero" aria-labelledby="hero-title">
<h1 id="hero-title">The professional alliance network for massage therapists and the professionals around them</h1>
<p class="lead">Meet the chiropractors, physiotherapists, physicians and other professionals near you, refer clients both ways with their consent, and keep every relationship moving — in one calm place instead of a spreadsheet and a stack of Word letters.</p>
<p class="actions"><a class="cta" href="/app/sign-up">Join Kneadwork — it is free</a> <a class="cta quiet" href="/app/sign-in">Sign in</a></p>
</section>
<section aria-labelledby="find-title" class="find">
<h2 id="find-title">Find a professional</h2>
<form class="search" method="get" action="/directory" role="search" aria-label="Find a professional">
<div class="row"><p><label for="l-q">Name, practice or specialty</label><br><input id="l-q" name="q" type="search" maxlength="100" placeholder="e.g. prenatal, sports, Twin Falls"></p>
<p><label for="l-near">Near postal code</label><br><input id="l-near" name="near" autocomplete="postal-code" placeholder="83301" size="10"></p>
<p><button type="submit">Search the directory</button></p></div>
</form>
</section>
<section aria-labelledby="what-title">
<h2 id="what-title">What members do here</h2>
<ul class="promises">${promises.map((item) => html`<li><h3>${item.title}</h3><p>${item.text}</p></li>`)}</ul>
<p>Chiropractors, physiotherapists, physicians, dentists, naturopaths, trainers, psychotherapists and local business owners join too: to be found, and to send and receive referrals with the therapists they trust.</p>
</section>`;
  return layout({ title, description, canonical: `${publicUrl}/`, head }, body).value;
}
