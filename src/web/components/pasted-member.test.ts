import { describe, expect, it } from 'vitest';
import { pastedSlug, withPasted } from './pasted-member.ts';

const member = (slug: string) => ({
  slug,
  displayName: 'Anika Patel',
  profession: 'massage-therapist',
  town: 'Portland, OR',
  inNetwork: false,
});

describe('the member picker and a pasted profile address', () => {
  it('reads a slug or a whole profile address', () => {
    expect(pastedSlug('anika-patel-3')).toBe('anika-patel-3');
    expect(pastedSlug(' https://kneadwork.example/p/anika-patel-3/ ')).toBe('anika-patel-3');
    expect(pastedSlug('Anika Patel')).toBeUndefined();
    expect(pastedSlug('anika')).toBeUndefined();
  });

  it('offers the named member first, ahead of namesakes the search ranked higher', () => {
    const found = [member('anika-patel'), member('anika-patel-2'), member('anika-patel-3')];
    expect(withPasted(found, 'anika-patel-3').map((option) => option.slug)).toEqual([
      'anika-patel-3',
      'anika-patel',
      'anika-patel-2',
    ]);
    // Found, it keeps its name, profession and town.
    expect(withPasted(found, 'anika-patel-3')[0]).toEqual(member('anika-patel-3'));
  });

  it('offers the slug itself while the search has not found it', () => {
    expect(withPasted([member('anika-patel')], 'anika-patel-9')).toEqual([
      { slug: 'anika-patel-9', displayName: 'anika-patel-9', profession: '', town: '', inNetwork: false },
      member('anika-patel'),
    ]);
  });

  it('leaves a typed name to the search order', () => {
    const found = [member('anika-patel-2'), member('anika-patel')];
    expect(withPasted(found, 'Anika Pa')).toEqual(found);
  });
});
