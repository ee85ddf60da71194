import { describe, expect, it } from 'vitest';
import { markdownText, renderMarkdown } from './markdown.ts';

describe('member Markdown', () => {
  it('renders the formatting a post needs', () => {
    const html = renderMarkdown('**Bold** and *soft*\n\n- one\n- two\n\n> quoted\n\n`code`');
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).toContain('<em>soft</em>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<code>code</code>');
  });

  it('never passes raw HTML through: it shows as text', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)> <b onclick="x()">b</b>');
    // Shown as text, so no element is made: no script, no image, no handler on a tag.
    expect(html).not.toMatch(/<(script|img|b)\b/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('marks links as user content and keeps only http(s) and mailto', () => {
    const html = renderMarkdown(
      '[site](https://example.com) [bad](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) https://auto.example/path',
    );
    expect(html).toContain('<a href="https://example.com" rel="nofollow ugc noopener" target="_blank">site</a>');
    expect(html).toContain('href="https://auto.example/path"');
    expect(html).not.toMatch(/href="(javascript|data):/);
  });

  it('does not load remote images (a tracking pixel); headings sit under the page heading', () => {
    const html = renderMarkdown('![pixel](https://tracker.example/p.gif)\n\n# Big');
    expect(html).not.toContain('<img');
    expect(html).toContain('<h3>Big</h3>');
  });

  it('gives the plain text for previews', () => {
    expect(markdownText('**Hello** <i>there</i>\n\n[link](https://x.example)')).toBe('Hello <i>there</i> link');
  });
});
