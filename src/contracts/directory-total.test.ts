import { describe, expect, it } from 'vitest';
import { professionalsFound, resultPages } from './directory-total.ts';

describe('how many a directory search found', () => {
  it('says the count when it is exact and "1,000+" when counting stopped', () => {
    expect(professionalsFound({ total: 0, totalExact: true })).toBe('No matches');
    expect(professionalsFound({ total: 1, totalExact: true })).toBe('1 professional');
    expect(professionalsFound({ total: 85077, totalExact: true })).toBe('85,077 professionals');
    expect(professionalsFound({ total: 1000, totalExact: false })).toBe('1,000+ professionals');
  });

  it('offers one page more than counted when the count stopped early', () => {
    expect(resultPages({ total: 1000, totalExact: true }, 20)).toBe(50);
    expect(resultPages({ total: 1000, totalExact: false }, 20)).toBe(51);
    expect(resultPages({ total: 0, totalExact: true }, 20)).toBe(1);
  });
});
