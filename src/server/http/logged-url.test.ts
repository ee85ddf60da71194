// The request log keeps each address's shape and none of its keys: the calendar feed, the room
// socket's token, referral, invitation and unsubscribe links are all usable by whoever holds them.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { loggedUrl } from './logged-url.ts';

describe('logged addresses', () => {
  it('replaces secrets in paths and queries and leaves the rest', () => {
    expect(loggedUrl('/calendar/0f1e.abcdef.ics')).toBe('/calendar/[redacted]');
    expect(loggedUrl('/api/rooms/ws?token=eyJhbGciOi.x.y')).toBe('/api/rooms/ws?token=[redacted]');
    expect(loggedUrl('/r/s3cr3t?lang=en')).toBe('/r/[redacted]?lang=en');
    expect(loggedUrl('/unsubscribe/abc')).toBe('/unsubscribe/[redacted]');
    expect(loggedUrl('/circles/join/tok')).toBe('/circles/join/[redacted]');
    expect(loggedUrl('/api/circles/invitations/tok/accept')).toBe('/api/circles/invitations/[redacted]/accept');
    expect(loggedUrl('/api/x?a=1&code=9&b=2')).toBe('/api/x?a=1&code=[redacted]&b=2');
    expect(loggedUrl('/api/circles?near=59801&q=study')).toBe('/api/circles?near=59801&q=study');
  });

  describe('in the app’s own request log', () => {
    const lines: string[] = [];
    let app: TestApp;
    beforeAll(async () => {
      const stream = new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      });
      app = await createTestApp('pglite', { logger: { level: 'info', stream } });
    });
    afterAll(() => app.cleanup());

    it('writes the feed and socket addresses without their keys', async () => {
      await app.inject({ method: 'GET', url: '/calendar/feedsecret.hmacsecret.ics' });
      await app.inject({ method: 'GET', url: '/api/rooms/ws?token=roomsecret' });
      await app.inject({ method: 'GET', url: '/r/referralsecret' });
      const log = lines.join('');
      expect(log).toContain('/calendar/[redacted]');
      expect(log).toContain('/api/rooms/ws?token=[redacted]');
      for (const secret of ['feedsecret', 'hmacsecret', 'roomsecret', 'referralsecret'])
        expect(log).not.toContain(secret);
    });
  });
});
