import { describe, expect, it } from 'vitest';
import { flattenRoutes, matchPath, resolveTo, type RouteObject } from './route-match.ts';

const screen = (name: string): RouteObject => ({ lazy: async () => ({ Component: () => name }) });
const routes: RouteObject[] = [
  {
    children: [
      { index: true, ...screen('home') },
      { path: 'sign-in', ...screen('sign-in') },
      {
        children: [
          { path: 'letters/:id', ...screen('letter') },
          { path: 'letters/new', ...screen('new letter') },
          { path: 'letters', ...screen('letters') },
        ],
      },
      { path: 'members/:slug', ...screen('member') },
      { path: '*', ...screen('not found') },
    ],
  },
];
const branches = flattenRoutes(routes);
const leafOf = (pathname: string) => {
  const match = matchPath(branches, pathname);
  return { route: match?.branch.chain.at(-1), depth: match?.branch.chain.length, params: match?.params };
};

describe('route matching', () => {
  it('finds the index, static and parameter routes under their layouts', () => {
    expect(leafOf('/').route).toBe(routes[0]!.children![0]);
    expect(leafOf('/sign-in').depth).toBe(2);
    expect(leafOf('/letters').depth).toBe(3);
    expect(leafOf('/letters/42')).toMatchObject({ depth: 3, params: { id: '42' } });
  });

  it('prefers a static segment over a parameter whatever the order', () => {
    expect(leafOf('/letters/new').params).toEqual({});
    expect(leafOf('/letters/new').route).toBe(routes[0]!.children![2]!.children![1]);
  });

  it('decodes parameters, ignores a trailing slash, and sends the rest to "*"', () => {
    expect(leafOf('/members/ana%20lee/').params).toEqual({ slug: 'ana lee' });
    expect(leafOf('/letters/42/extra').params).toEqual({ '*': 'letters/42/extra' });
    expect(leafOf('/nowhere').route).toBe(routes[0]!.children![4]);
  });

  it('resolves absolute, query-only and relative targets against the current screen', () => {
    const current = { pathname: '/contacts/7', search: '?page=2' };
    expect(resolveTo('/letters?x=1#top', current)).toEqual({ pathname: '/letters', search: '?x=1', hash: '#top' });
    expect(resolveTo('?page=3', current)).toEqual({ pathname: '/contacts/7', search: '?page=3', hash: '' });
    expect(resolveTo('8', current).pathname).toBe('/contacts/8');
  });
});
