import { describe, expect, it } from 'vitest';
import { lookupPostalCode, postalDataLoaded, warmPostalData } from './geo.ts';

describe('postal data', () => {
  // The server warms the data after it listens, in a worker thread (serve.ts): the table must
  // arrive whole, so the first search near a postal code does not load it again on the main thread.
  it('is loaded by the warm-up in a worker, then answers US ZIP codes and Canadian postal codes', async () => {
    expect(postalDataLoaded()).toBe(false);
    await warmPostalData();
    expect(postalDataLoaded()).toBe(true);
    expect(lookupPostalCode('10001')).toMatchObject({
      postalCode: '10001',
      city: 'New York',
      region: 'NY',
      country: 'US',
    });
    expect(lookupPostalCode('m5v 2t6')).toMatchObject({ postalCode: 'M5V', region: 'ON', country: 'CA' });
    expect(lookupPostalCode('00000')).toBeNull();
    expect(lookupPostalCode('not a code')).toBeNull();
  });
});
