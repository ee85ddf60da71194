// The shell of every server-rendered page: landmarks, meta tags and a small inline stylesheet.
// No JavaScript at all. Colours meet WCAG AA (body text ≥ 7:1, links ≥ 6:1 on white).
import { html, SafeHtml } from '../../lib/html.ts';

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
    ':root{--ink:#1b1f24;--muted:#47525d;--line:#d0d7de;--accent:#0a58a6;--soft:#f4f6f8;--ok:#1a6b34;--bad:#a4161a}',
    '*{box-sizing:border-box}',
    'body{margin:0;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}',
    'a{color:var(--accent)}a:hover{text-decoration-thickness:2px}',
    ':focus-visible{outline:3px solid #b35c00;outline-offset:2px}',
    '.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.5rem}',
    '.site{background:var(--soft);border-color:var(--line);border-style:solid;border-width:0 0 1px}',
    '.site>div{max-width:56rem;margin:0 auto;padding:.75rem 1rem;display:flex;gap:1rem;justify-content:space-between;align-items:center;flex-wrap:wrap}',
    'footer.site{border-width:1px 0 0;margin-top:3rem;color:var(--muted);font-size:.9rem}',
    '.brand{font-weight:700;font-size:1.2rem;text-decoration:none;color:var(--ink)}',
    'nav a{margin-left:1rem}',
    'main{max-width:56rem;margin:0 auto;padding:1rem}',
    'h1{font-size:1.9rem;line-height:1.2;margin:.5rem 0}h2{font-size:1.3rem;margin:1.75rem 0 .5rem}h3{font-size:1.1rem;margin:0}',
    '.muted{color:var(--muted)}',
    '.tags{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}',
    '.tags li{border:1px solid var(--line);border-radius:1rem;padding:.1rem .7rem;background:var(--soft)}',
    '.badge{display:inline-block;border-radius:.3rem;padding:.05rem .5rem;font-size:.9rem;font-weight:600;color:#fff;background:var(--ok)}',
    '.notice{border-left:4px solid var(--accent);background:var(--soft);padding:.5rem 1rem}',
    '.error{border-left:4px solid var(--bad);background:#fdf0f0;color:var(--bad);padding:.5rem 1rem;font-weight:600}',
    'img{max-width:100%;height:auto}',
    'input,select,button{font:inherit;padding:.35rem .5rem;border:1px solid #6b7785;border-radius:.3rem;background:#fff;color:var(--ink);max-width:100%}',
    'button{background:var(--accent);border-color:var(--accent);color:#fff;font-weight:600;padding:.45rem 1.2rem;cursor:pointer}',
    '.search{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:0 1rem;align-items:end;background:var(--soft);border:1px solid var(--line);border-radius:.5rem;padding:.5rem 1rem}',
    '.search p{margin:.5rem 0}.search label{font-weight:600}.search input:not([type=checkbox]),.search select{width:100%}',
    '.results{padding-left:1.5rem}.results li{margin:0 0 1.25rem}.results p{margin:.15rem 0}',
  ].join(''),
);

export const layout = (meta: PageMeta, body: SafeHtml) => html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title}</title>
<meta name="description" content="${meta.description}">
<link rel="canonical" href="${meta.canonical}">
${meta.noindex ? html`<meta name="robots" content="noindex">` : ''}
${meta.head}
<style>${styles}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><div><a class="brand" href="/directory">Kneadwork</a><nav aria-label="Site"><a href="/directory">Directory</a><a href="/app/">Sign in</a></nav></div></header>
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
