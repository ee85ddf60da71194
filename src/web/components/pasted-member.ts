// A profile address or slug typed or pasted into the member picker: the member it names comes
// first, ahead of namesakes the name search also finds, so Enter chooses the one meant. When the
// search has not (yet) found it, the slug itself stands in as the first option.
import type { PickedMember } from '../api/member-search.ts';

const slugLike = /^(?:https?:\/\/\S+\/p\/)?([a-z0-9]+(?:-[a-z0-9]+)+)\/?$/;

/** The slug a typed profile address or slug names, if it looks like one. */
export const pastedSlug = (text: string) => slugLike.exec(text.trim())?.[1];

/** The options in the order offered: the pasted member first, then the rest as found. */
export function withPasted(options: readonly PickedMember[], text: string): PickedMember[] {
  const slug = pastedSlug(text);
  if (!slug) return [...options];
  const named = options.find((option) => option.slug === slug) ?? {
    slug,
    displayName: slug,
    profession: '',
    town: '',
    inNetwork: false,
  };
  return [named, ...options.filter((option) => option.slug !== slug)];
}
