// The directory: search by text, profession, specialty, modality and distance. Built once, so its
// in-process index is one per app (contacts, referrals and the public pages search through it).
import { defineModule } from '../module.ts';
import { registerDirectoryRoutes } from './directory.routes.ts';
import { directoryService, type DirectoryDeps } from './directory.service.ts';

const hour = 60 * 60 * 1000;
const readOnlyMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
/** How long profile changes are kept for instances catching up; one further behind reloads everything. */
const changesKeptMs = 24 * hour;

export const directoryModule = defineModule((context, deps: DirectoryDeps) => {
  const directory = directoryService(context, deps);
  return {
    name: 'directory',
    services: directory,
    register: (app) => {
      registerDirectoryRoutes(app, context, { directory });
      // Loading waits for nothing: the server listens at once and searches use SQL meanwhile.
      app.addHook('onReady', async () => void directory.index.start());
      // Whoever writes here reads their own write: searches check the version while writes run.
      const writing = async (request: { method: string }) => {
        if (!readOnlyMethods.has(request.method)) directory.index.writing();
      };
      app.addHook('onRequest', writing);
      app.addHook('onResponse', writing);
      app.addHook('onClose', async () => directory.index.stop());
      context.jobs.add({
        name: 'directory-changes-prune',
        everyMs: hour,
        run: (now) => directory.index.pruneChanges(new Date(now.getTime() - changesKeptMs)),
      });
    },
  };
});
