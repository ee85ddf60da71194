// The directory: search by text, profession, specialty, modality and distance. Built once, so its
// cache of totals is one per app (contacts, referrals and the public pages search through it).
import { defineModule } from '../module.ts';
import { registerDirectoryRoutes } from './directory.routes.ts';
import { directoryService, type DirectoryDeps } from './directory.service.ts';

export const directoryModule = defineModule((context, deps: DirectoryDeps) => {
  const directory = directoryService(context, deps);
  return {
    name: 'directory',
    services: directory,
    register: (app) => registerDirectoryRoutes(app, context, { directory }),
  };
});
