// The one shape of a module's composition root (`<module>/<module>.module.ts`). A module is built
// once per app from the app context and the services of the modules it depends on, named in its
// `deps` type, so every cross-module dependency is visible in one place; `modules/index.ts` builds
// them in dependency order. A module never builds another module's service itself.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';

export type Module<Services> = {
  name: string;
  /** What other modules may use (they receive it through their deps). */
  services: Services;
  /** Registers the module's routes (and its jobs); called once, after every module is built. */
  register?: (app: FastifyInstance) => void | Promise<void>;
};

/** Every `<module>.module.ts` exports one function of this signature. */
export type ModuleFactory<Deps, Services> = (context: AppContext, deps: Deps) => Module<Services>;

export const defineModule = <Deps, Services>(factory: ModuleFactory<Deps, Services>) => factory;
