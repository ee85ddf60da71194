import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserRouter } from '../app/routing.tsx';
import { dropEarly, earlyAnswerKeptMs } from './early-requests.ts';
import { api, askEarly } from './http.ts';

// The API as the browser's fetch sees it: each request answered with how many came before it, so
// a test tells a fresh answer from one asked for earlier.
let asked: string[];
beforeEach(() => {
  asked = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    asked.push(`${init.method} ${url}`);
    return Promise.resolve(Response.json({ answer: asked.length }));
  });
});
afterEach(() => {
  dropEarly();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const read = (url: string) => api<{ answer: number }>(url);

describe('an answer asked for at start', () => {
  it('is what the screen’s first read of that URL gets, without asking the API again', async () => {
    askEarly('/api/letters');
    expect(await read('/api/letters')).toEqual({ answer: 1 });
    expect(asked).toEqual(['GET /api/letters']);
  });

  it('is taken once: a later read of the URL asks the API', async () => {
    askEarly('/api/letters');
    await read('/api/letters');
    expect(await read('/api/letters')).toEqual({ answer: 2 });
    expect(asked).toEqual(['GET /api/letters', 'GET /api/letters']);
  });

  it('is only for its own URL', async () => {
    askEarly('/api/contacts?pageSize=50');
    expect(await read('/api/contacts?pageSize=500')).toEqual({ answer: 2 });
    expect(await read('/api/contacts?pageSize=50')).toEqual({ answer: 1 });
  });

  it('is dropped by a write, so the read after it gets the API’s answer from after the write', async () => {
    askEarly('/api/letters');
    await api('/api/letters', { method: 'POST', body: { contactId: 'c1' } });
    expect(await read('/api/letters')).toEqual({ answer: 3 });
    expect(asked).toEqual(['GET /api/letters', 'POST /api/letters', 'GET /api/letters']);
  });

  it('is dropped when the screen has not asked for it after a short while', async () => {
    vi.useFakeTimers();
    askEarly('/api/letters');
    vi.advanceTimersByTime(earlyAnswerKeptMs);
    expect(await read('/api/letters')).toEqual({ answer: 2 });
  });

  it('keeps its failure for the read that takes it, and reports none when no read does', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    askEarly('/api/taxonomy');
    await expect(read('/api/taxonomy')).rejects.toMatchObject({ code: 'network' });
    askEarly('/api/letters');
    dropEarly();
  });
});

describe('a move to another address', () => {
  // The router (app/router.tsx passes dropEarly as onMove) on a stand-in for the browser's window.
  function routerAt(path: string) {
    const location = new URL(`http://kneadwork.test${path}`);
    const listeners: Record<string, () => void> = {};
    vi.stubGlobal('window', {
      location,
      history: { pushState: (_: unknown, __: string, href: string) => (location.href = new URL(href, location).href) },
      addEventListener: (type: string, listener: () => void) => (listeners[type] = listener),
      scrollTo: () => undefined,
    });
    const screen = { lazy: async () => ({ Component: () => null }) };
    const router = createBrowserRouter(
      [
        { path: 'letters', ...screen },
        { path: 'contacts', ...screen },
      ],
      {
        basename: '/app',
        onMove: dropEarly,
      },
    );
    return { router, back: () => listeners.popstate?.() };
  }

  it('drops the answers asked for the address left (a link or navigate())', async () => {
    const { router } = routerAt('/app/letters');
    askEarly('/api/letters');
    router.navigate('/contacts');
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/contacts'));
    expect(await read('/api/letters')).toEqual({ answer: 2 });
  });

  it('drops them on Back and Forward too', async () => {
    const { back } = routerAt('/app/letters');
    askEarly('/api/letters');
    back();
    expect(await read('/api/letters')).toEqual({ answer: 2 });
  });
});
