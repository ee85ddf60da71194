// Which screen an address shows: the route table flattened into branches (the layout routes down
// to one screen), and the branch that fits a path best. Pure, so it is tested without a browser.
// A static segment outranks a parameter, which outranks "*" (the rest of the path), so
// `letters/new` wins over `letters/:id` whatever their order in the table.
import type { ComponentType, ReactNode } from 'react';

export type RouteObject = {
  path?: string;
  index?: boolean;
  element?: ReactNode;
  lazy?: () => Promise<{ Component: ComponentType }>;
  children?: RouteObject[];
};

export type Branch = { segments: string[]; chain: RouteObject[] };
export type Match = { branch: Branch; params: Record<string, string> };

const split = (path: string) => path.split('/').filter(Boolean);

export function flattenRoutes(routes: RouteObject[], parent: Branch = { segments: [], chain: [] }): Branch[] {
  return routes.flatMap((route) => {
    const branch = { segments: [...parent.segments, ...split(route.path ?? '')], chain: [...parent.chain, route] };
    return route.children ? flattenRoutes(route.children, branch) : [branch];
  });
}

const segmentScore = (segment: string) => (segment === '*' ? 0 : segment.startsWith(':') ? 2 : 3);

function matchBranch(branch: Branch, parts: string[]): Match | null {
  const params: Record<string, string> = {};
  for (const [index, segment] of branch.segments.entries()) {
    if (segment === '*') {
      params['*'] = parts.slice(index).join('/');
      return { branch, params };
    }
    const part = parts[index];
    if (part === undefined) return null;
    if (segment.startsWith(':')) params[segment.slice(1)] = part;
    else if (segment.toLowerCase() !== part.toLowerCase()) return null;
  }
  return parts.length === branch.segments.length ? { branch, params } : null;
}

/** The best branch for `pathname` (without the base path), with its parameters decoded; null when none fits. */
export function matchPath(branches: Branch[], pathname: string): Match | null {
  let parts: string[];
  try {
    parts = split(pathname).map(decodeURIComponent);
  } catch {
    parts = split(pathname);
  }
  let best: { match: Match; score: number } | null = null;
  for (const branch of branches) {
    const match = matchBranch(branch, parts);
    if (!match) continue;
    const score = branch.segments.reduce((total, segment) => total + segmentScore(segment), 0);
    if (!best || score > best.score) best = { match, score };
  }
  return best?.match ?? null;
}

/** `to` (absolute, "?query" or relative) resolved against the current path, as pathname, search and hash. */
export function resolveTo(to: string, current: { pathname: string; search: string }) {
  const base = new URL(`${current.pathname}${current.search}`, 'http://app.invalid');
  const url = new URL(to, base);
  return { pathname: url.pathname, search: url.search, hash: url.hash };
}
