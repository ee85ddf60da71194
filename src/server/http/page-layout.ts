// The shell of every server-rendered page: landmarks, meta tags and a small inline stylesheet.
// No JavaScript at all. Colours meet WCAG AA (body text ≥ 7:1, links ≥ 6:1 on white). The look is
// the app's (src/web/app/theme.ts): the sage green, the same type, a white 64 px header with the
// brand mark, so a visitor moving from /directory into /app/ stays in one place.
import { html, SafeHtml } from '../lib/html.ts';

export type PageMeta = {
  title: string;
  description: string;
  canonical: string;
  /** Extra <head> content (Open Graph, JSON-LD), already escaped. */
  head?: SafeHtml;
  /** Pages not everyone can see (members-only, an owner's preview) stay out of search engines. */
  noindex?: boolean;
};

const styles = new SafeHtml(
  [
    ':root{--ink:#1b1f24;--muted:#47525d;--line:#dee2e6;--accent:#1d6a52;--action:#2f7d66;--soft:#f8f9fa;--sage:#eef7f3;--ok:#1d6a52;--bad:#a4161a}',
    '*{box-sizing:border-box}',
    'body{margin:0;font:1rem/1.55 Inter,ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--soft)}',
    'a{color:var(--accent)}a:hover{text-decoration-thickness:2px}',
    ':focus-visible{outline:3px solid #b35c00;outline-offset:2px}',
    '.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.5rem}',
    '.site{background:#fff;border-color:var(--line);border-style:solid;border-width:0 0 1px}',
    '.site>div{max-width:72rem;margin:0 auto;padding:.6rem 1rem;min-height:64px;display:flex;gap:.5rem 1rem;justify-content:space-between;align-items:center;flex-wrap:wrap}',
    'footer.site{border-width:1px 0 0;margin-top:3rem;color:var(--muted);font-size:.9rem}',
    '.brand{display:inline-flex;align-items:center;gap:.5rem;font-weight:700;font-size:1.15rem;text-decoration:none;color:var(--ink)}',
    '.site nav{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem}',
    '.site nav a{display:inline-flex;align-items:center;min-height:44px;padding:0 .75rem;border-radius:.5rem;text-decoration:none;font-weight:600}',
    '.site nav a:hover{background:var(--sage)}',
    'a.cta,.site nav a.cta{display:inline-flex;align-items:center;justify-content:center;min-height:44px;padding:0 1.1rem;border-radius:.5rem;background:var(--action);color:#fff;font-weight:600;text-decoration:none}',
    'a.cta:hover,.site nav a.cta:hover{background:var(--accent)}',
    'a.cta.quiet{background:#fff;color:var(--accent);border:1px solid var(--line)}',
    'main{max-width:56rem;margin:0 auto;padding:1rem}',
    'h1{font-size:1.9rem;line-height:1.2;margin:.5rem 0}h2{font-size:1.3rem;margin:1.75rem 0 .5rem}h3{font-size:1.1rem;margin:0}',
    'h1,h2,h3{font-weight:650}',
    '.muted{color:var(--muted)}',
    '.tags{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}',
    '.tags li{border:1px solid var(--line);border-radius:1rem;padding:.1rem .7rem;background:var(--sage)}',
    '.badge{display:inline-block;border-radius:.3rem;padding:.05rem .5rem;font-size:.9rem;font-weight:600;color:#fff;background:var(--ok)}',
    '.notice{border-left:4px solid var(--accent);background:var(--sage);padding:.5rem 1rem}',
    '.error{border-left:4px solid var(--bad);background:#fdf0f0;color:var(--bad);padding:.5rem 1rem;font-weight:600}',
    'img{max-width:100%;height:auto}',
    'input,select,button{font:inherit;padding:.35rem .5rem;border:1px solid #6b7785;border-radius:.5rem;background:#fff;color:var(--ink);max-width:100%}',
    'button{background:var(--action);border-color:var(--action);color:#fff;font-weight:600;padding:.45rem 1.2rem;min-height:44px;cursor:pointer}',
    '.search{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.5rem 1rem}',
    '.search .row{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:end}.search .row p:first-child{flex:1 1 14rem}',
    '.search .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:0 1rem;align-items:end}',
    '.search summary{cursor:pointer;font-weight:600;min-height:44px;display:flex;align-items:center;gap:.4rem;color:var(--accent)}',
    '.search summary::before{content:"▸"}.search details[open]>summary::before{content:"▾"}',
    '.search p{margin:.5rem 0}.search label{font-weight:600}.search input:not([type=checkbox]),.search select{width:100%;min-height:44px}',
    '.results{padding-left:1.5rem}.results li{margin:0 0 1.25rem}.results p{margin:.15rem 0}',
    '.pager p{display:flex;flex-wrap:wrap;gap:.25rem;align-items:center}',
    '.pager a,.pager strong{display:inline-flex;align-items:center;justify-content:center;min-width:44px;min-height:44px;padding:0 .6rem;border-radius:.5rem}',
    '.pager a{border:1px solid var(--line);background:#fff}',
    '.hero{padding:1.5rem 0 .5rem}.hero h1{font-size:2.2rem;max-width:40rem}.lead{font-size:1.15rem;color:var(--muted);max-width:40rem}',
    '.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin:1.25rem 0}',
    '.promises{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem}',
    '.promises li{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem}.promises p{margin:.4rem 0 0;color:var(--muted)}',
    '@media (max-width:40rem){h1,.hero h1{font-size:1.5rem}.intro{display:none}}',
  ].join(''),
);

/** The brand mark, the same drawing as the favicon and the app's header. */
const mark = html`<svg width="28" height="28" viewBox="0 0 64 64" aria-hidden="true"><rect width="64" height="64" rx="14" fill="#2f7d66"/><path d="M20 46V18h6v12l11-12h8L33 31l13 15h-8l-9-10.5-3 3.2V46z" fill="#fff"/></svg>`;

export const layout = (meta: PageMeta, body: SafeHtml) => html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title}</title>
<meta name="description" content="${meta.description}">
<link rel="canonical" href="${meta.canonical}">
${meta.noindex ? html`<meta name="robots" content="noindex">` : ''}
<meta name="theme-color" content="#2f7d66">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="icon" href="/favicon.ico" sizes="32x32">
${meta.head}
<style>${styles}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><div><a class="brand" href="/">${mark}Kneadwork</a><nav aria-label="Site"><a href="/directory">Directory</a><a href="/app/sign-in">Sign in</a><a class="cta" href="/app/sign-up">Join Kneadwork</a></nav></div></header>
<main id="main">
${body}
</main>
<footer class="site"><div><p>Kneadwork — the professional alliance network for massage therapists and the professionals around them.</p></div></footer>
</body>
</html>
`;

/** Free text as paragraphs: a blank line starts a new one, a single newline is a line break. */
export const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => html`<p>${block.split('\n').map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`))}</p>`);

/** At most `max` characters, cut at a word. */
export function clip(text: string, max: number) {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
