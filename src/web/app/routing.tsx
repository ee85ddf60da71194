// The app's own router: the History API, a route table with layout routes and lazily loaded
// screens, and the handful of hooks and links the screens use. It replaced react-router, whose
// data router was about 30 KB of every first load for features this app does not use (loaders,
// actions, fetchers, revalidation); see docs/decisions/019-web-page-budget.md.
// Like react-router's data router, a move to a screen whose code is not loaded yet keeps the old
// screen (with `useNavigation().state === 'loading'`) and changes the address once the code is in.
import {
  Component,
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type ComponentType,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { flattenRoutes, matchPath, resolveTo, type Match, type RouteObject } from './route-match.ts';

export type { RouteObject } from './route-match.ts';

type Location = { pathname: string; search: string; hash: string };
type NavigateOptions = { replace?: boolean };
type RouterState = {
  location: Location;
  match: Match | null;
  navigation: 'idle' | 'loading';
  error: unknown;
  ready: boolean;
};

export type Router = ReturnType<typeof createBrowserRouter>;

type RouterOptions = {
  basename?: string;
  /** Called as a move to another address starts (a link, navigate(), Back or Forward). */
  onMove?: () => void;
};

export function createBrowserRouter(routes: RouteObject[], { basename = '', onMove }: RouterOptions = {}) {
  const branches = flattenRoutes(routes);
  const loaded = new Map<RouteObject, ComponentType>();
  const listeners = new Set<() => void>();
  let sequence = 0;

  const appPath = (pathname: string) => {
    const rest = pathname.startsWith(basename) ? pathname.slice(basename.length) : pathname;
    return rest.startsWith('/') ? rest : `/${rest}`;
  };
  const here = (): Location => ({
    pathname: appPath(window.location.pathname),
    search: window.location.search,
    hash: window.location.hash,
  });
  let state: RouterState = { location: here(), match: null, navigation: 'idle', error: null, ready: false };
  const update = (next: Partial<RouterState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };

  const load = async (match: Match | null) => {
    for (const route of match?.branch.chain ?? []) {
      if (route.lazy && !loaded.has(route)) loaded.set(route, (await route.lazy()).Component);
    }
  };

  // Loads what the location needs, then shows it; a newer move wins over one still loading.
  const settle = async (location: Location, commit: () => void) => {
    const id = ++sequence;
    const match = matchPath(branches, location.pathname);
    const needsCode = match?.branch.chain.some((route) => route.lazy && !loaded.has(route));
    if (needsCode && state.ready) update({ navigation: 'loading' });
    try {
      await load(match);
    } catch (error) {
      if (id === sequence) update({ error, navigation: 'idle', ready: true });
      return;
    }
    if (id !== sequence) return;
    commit();
    update({ location, match, navigation: 'idle', error: null, ready: true });
  };

  const createHref = (to: string, from: Location = state.location) => {
    const target = resolveTo(to, from);
    return `${basename}${target.pathname}${target.search}${target.hash}`;
  };

  const navigate = (to: string, { replace = false }: NavigateOptions = {}) => {
    onMove?.();
    const target = resolveTo(to, state.location);
    const href = `${basename}${target.pathname}${target.search}${target.hash}`;
    const same = href === `${window.location.pathname}${window.location.search}${window.location.hash}`;
    const newScreen = target.pathname !== state.location.pathname;
    void settle(target, () => {
      if (replace || same) window.history.replaceState(null, '', href);
      else window.history.pushState(null, '', href);
      if (newScreen && !replace) window.scrollTo({ top: 0 });
    });
  };

  window.addEventListener('popstate', () => {
    onMove?.();
    void settle(here(), () => {});
  });
  void settle(here(), () => {});

  return {
    navigate,
    createHref,
    loaded,
    get state() {
      return state;
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

const RouterContext = createContext<Router | null>(null);
type Level = { nodes: ReactNode[]; depth: number; outletContext: unknown };
const LevelContext = createContext<Level>({ nodes: [], depth: 0, outletContext: undefined });
const ErrorContext = createContext<unknown>(null);

const useRouter = () => {
  const router = use(RouterContext);
  if (!router) throw new Error('Routing hooks need <RouterProvider>.');
  return router;
};
const useRouterState = () => {
  const router = useRouter();
  return useSyncExternalStore(router.subscribe, () => router.state);
};

type BoundaryProps = { fallback: ReactNode; resetKey: string; children: ReactNode };
class RenderBoundary extends Component<BoundaryProps, { error: unknown; key: string }> {
  override state = { error: null as unknown, key: this.props.resetKey };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  static getDerivedStateFromProps(props: BoundaryProps, state: { error: unknown; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return <ErrorContext value={this.state.error}>{this.props.fallback}</ErrorContext>;
  }
}

type ProviderProps = { router: Router; fallback: ReactNode; errorElement: ReactNode };

/** Renders the matched layouts and screen; `fallback` until the first screen's code is in, `errorElement` when a screen fails. */
export function RouterProvider({ router, fallback, errorElement }: ProviderProps) {
  const state = useSyncExternalStore(router.subscribe, () => router.state);
  if (!state.ready) return fallback;
  if (state.error) return <ErrorContext value={state.error}>{errorElement}</ErrorContext>;
  const nodes = (state.match?.branch.chain ?? []).map((route) => {
    const Screen = router.loaded.get(route);
    return Screen ? <Screen /> : route.element;
  });
  return (
    <RouterContext value={router}>
      <RenderBoundary fallback={errorElement} resetKey={state.location.pathname}>
        <LevelContext value={{ nodes, depth: 0, outletContext: undefined }}>{nodes[0]}</LevelContext>
      </RenderBoundary>
    </RouterContext>
  );
}

/** Where a layout route shows the route below it; `context` is what that route reads with useOutletContext. */
export function Outlet({ context }: { context?: unknown }) {
  const level = use(LevelContext);
  const depth = level.depth + 1;
  return (
    <LevelContext value={{ nodes: level.nodes, depth, outletContext: context ?? level.outletContext }}>
      {level.nodes[depth] ?? null}
    </LevelContext>
  );
}

export const useOutletContext = <Value,>() => use(LevelContext).outletContext as Value;
export const useLocation = (): Location => useRouterState().location;
export const useParams = <Params extends Record<string, string> = Record<string, string>>() =>
  (useRouterState().match?.params ?? {}) as Partial<Params>;
export const useNavigation = () => ({ state: useRouterState().navigation });
export const useRouteError = () => use(ErrorContext);

export function useNavigate() {
  const router = useRouter();
  return useCallback((to: string, options?: NavigateOptions) => router.navigate(to, options), [router]);
}

type SearchInit = URLSearchParams | string | Record<string, string>;

/** The query string as URLSearchParams, and a setter that moves to the same screen with another query. */
export function useSearchParams() {
  const router = useRouter();
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback(
    (next: SearchInit | ((current: URLSearchParams) => SearchInit), options?: NavigateOptions) => {
      const value = typeof next === 'function' ? next(new URLSearchParams(router.state.location.search)) : next;
      const query = new URLSearchParams(value).toString();
      router.navigate(`${router.state.location.pathname}${query ? `?${query}` : ''}`, options);
    },
    [router],
  );
  return [params, setParams] as const;
}

/**
 * Moves on render (a redirect inside the app). A move already under way goes first: signing out
 * sends the member to sign in while the screen they leave still says "members only, sign in and
 * come back here"; that redirect happens only if the screen is still there once the move lands.
 */
export function Navigate({ to, replace }: { to: string; replace?: boolean }) {
  const router = useRouter();
  const { navigation } = useRouterState();
  useEffect(() => {
    if (navigation === 'idle') router.navigate(to, { replace });
  }, [router, to, replace, navigation]);
  return null;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: string;
  replace?: boolean;
  ref?: React.Ref<HTMLAnchorElement>;
};

/** A real link (it opens in a new tab, copies, works without our code) that moves inside the app on a plain click. */
export function Link({ to, replace, onClick, ...anchor }: LinkProps) {
  const router = useRouter();
  const location = useLocation();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.altKey || event.ctrlKey || event.shiftKey;
    const elsewhere = (anchor.target && anchor.target !== '_self') || anchor.download !== undefined;
    if (event.defaultPrevented || event.button !== 0 || modified || elsewhere) return;
    event.preventDefault();
    router.navigate(to, { replace });
  };
  return <a {...anchor} href={router.createHref(to, location)} onClick={follow} />;
}

type NavLinkProps = LinkProps & { end?: boolean };

/** A Link that says when it is the current page (aria-current="page" and the class "active"). */
export function NavLink({ end = false, className, ...link }: NavLinkProps) {
  const { pathname } = useLocation();
  const target = resolveTo(link.to, { pathname, search: '' }).pathname.replace(/\/$/, '') || '/';
  const current = pathname.replace(/\/$/, '') || '/';
  const active =
    current.toLowerCase() === target.toLowerCase() ||
    (!end && target !== '/' && current.toLowerCase().startsWith(`${target.toLowerCase()}/`));
  return (
    <Link
      {...link}
      className={[className, active ? 'active' : null].filter(Boolean).join(' ') || undefined}
      aria-current={active ? 'page' : undefined}
    />
  );
}
