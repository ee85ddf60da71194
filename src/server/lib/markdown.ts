// Markdown that members write (circle discussions), rendered on the server into HTML that is safe to
// put in any page: markdown-it with raw HTML off, then sanitize-html as a second, independent wall
// with an allow-list of tags. Links get rel="nofollow ugc noopener" (user content, no referrer
// games, no search-engine credit for spam) and open in a new tab; only http(s) and mailto links
// survive. Images are not rendered (a remote image is a tracking pixel in a members-only thread):
// their text shows as a link, and files go through the upload rules as attachments.
import { createRequire } from 'node:module';
import type MarkdownIt from 'markdown-it';
import type sanitizeHtml from 'sanitize-html';

// markdown-it (linkify's patterns take ~40 ms to compile) and sanitize-html with its HTML parser
// are loaded with the first post rendered rather than at start-up (cold start). require() keeps
// rendering synchronous.
type Libraries = { markdown: ReturnType<typeof MarkdownIt>; sanitize: typeof sanitizeHtml };
let libraries: Libraries | undefined;
function load(): Libraries {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    const markdownIt = require('markdown-it') as typeof MarkdownIt;
    libraries = {
      markdown: markdownIt({ html: false, linkify: true, breaks: true, typographer: false }).disable(['image']),
      sanitize: require('sanitize-html') as typeof sanitizeHtml,
    };
  }
  return libraries;
}

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'hr', 'h3', 'h4'],
  allowedAttributes: { a: ['href', 'rel', 'target'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  // Headings in a post sit under the page's own h1/h2: #, ## and ### all become h3.
  transformTags: {
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: 'nofollow ugc noopener', target: '_blank' },
    }),
  },
  disallowedTagsMode: 'escape',
};

/** The member's Markdown as sanitised HTML. */
export function renderMarkdown(source: string): string {
  const { markdown, sanitize } = load();
  return sanitize(markdown.render(source), allowed);
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };

/** The plain text of a post (for previews and search), without any markup; escape it where it is shown. */
export function markdownText(source: string): string {
  const { markdown, sanitize } = load();
  return sanitize(markdown.render(source), { allowedTags: [], allowedAttributes: {} })
    .replace(/&(lt|gt|quot|#39|amp);/g, (entity) => entities[entity]!)
    .replace(/\s+/g, ' ')
    .trim();
}
