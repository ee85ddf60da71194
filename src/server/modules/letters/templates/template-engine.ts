// Fills a letter template: `{{placeholder}}` is replaced by its value, a `[[ … ]]` block is left out
// when any placeholder inside it is empty, and a paragraph whose placeholders are all empty is left
// out — so a sparse profile reads as a shorter letter, not one with holes in it.
import { letterPlaceholders, type LetterPlaceholder } from '../../../../contracts/letters.ts';

export type LetterValues = Record<LetterPlaceholder, string>;

const placeholderPattern = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
// The innermost optional block: one that holds no other block.
const innermostBlock = /\[\[((?:(?!\[\[|\]\])[\s\S])*)\]\]/;

const isPlaceholder = (key: string): key is LetterPlaceholder => Object.hasOwn(letterPlaceholders, key);
const keysIn = (text: string) => [...text.matchAll(placeholderPattern)].map((match) => match[1]!);

/** The placeholders a template uses, in order of first use. */
export const placeholdersIn = (template: string) => [...new Set(keysIn(template))];

/** What is wrong with a template, in words, or null when it can be filled. */
export function templateProblem(template: string): string | null {
  const unknown = placeholdersIn(template).filter((key) => !isPlaceholder(key));
  if (unknown.length > 0)
    return `unknown placeholder ${unknown.map((key) => `{{${key}}}`).join(', ')}; use one of ${Object.keys(
      letterPlaceholders,
    )
      .map((key) => `{{${key}}}`)
      .join(', ')}`;
  const stray = template.replace(placeholderPattern, '').match(/\{\{|\}\}/);
  if (stray) return `"${stray[0]}" without its partner: write placeholders as {{name}}`;
  let depth = 0;
  for (const match of template.matchAll(/\[\[|\]\]/g)) {
    depth += match[0] === '[[' ? 1 : -1;
    if (depth < 0) return '"]]" closes an optional block that was never opened';
  }
  if (depth > 0) return '"[[" opens an optional block that is never closed';
  return null;
}

function dropEmptyBlocks(text: string, values: LetterValues) {
  let result = text;
  for (let match = innermostBlock.exec(result); match; match = innermostBlock.exec(result)) {
    const inner = match[1]!;
    const keep = keysIn(inner).every((key) => values[key as LetterPlaceholder] !== '');
    result = result.slice(0, match.index) + (keep ? inner : '') + result.slice(match.index + match[0].length);
  }
  return result;
}

// Removes what an empty value leaves behind: doubled spaces, a space before punctuation, a comma
// before a full stop.
const tidy = (text: string) =>
  text
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]+/g, ' ')
        .replace(/ ([.,;:!?)])/g, '$1')
        .replace(/([,;:])([.!?])/g, '$2')
        .replace(/,{2,}/g, ',')
        .trim(),
    )
    .join('\n')
    .trim();

/** Fills a template (already checked with templateProblem); paragraphs are separated by a blank line. */
export function fillTemplate(template: string, values: LetterValues): string {
  const paragraphs = template
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => dropEmptyBlocks(paragraph, values))
    .filter((paragraph) => {
      const keys = keysIn(paragraph);
      return keys.length === 0 || keys.some((key) => values[key as LetterPlaceholder] !== '');
    })
    .map((paragraph) =>
      tidy(paragraph.replace(placeholderPattern, (_whole, key: string) => values[key as LetterPlaceholder])),
    );
  // A value may itself hold paragraphs (a long history); normalise the breaks it brings.
  return paragraphs
    .filter(Boolean)
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** A subject is one line. */
export const fillSubject = (template: string, values: LetterValues) =>
  fillTemplate(template, values).replace(/\s+/g, ' ').trim();
