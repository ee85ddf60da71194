// What every module's routes receive: the config, the database, and the shared services.
import type { Config } from './config.ts';
import type { Db, DatabaseKind } from './db/client.ts';
import type { Actors } from './http/actor.ts';
import type { JobScheduler } from './jobs/job-scheduler.ts';
import type { Auth } from './modules/auth/auth.ts';
import type { Mailer } from './modules/mail/mail.service.ts';
import type { RealtimeHub } from './realtime/realtime-hub.ts';

export type AppContext = {
  config: Config;
  db: Db;
  dbKind: DatabaseKind;
  auth: Auth;
  actors: Actors;
  mailer: Mailer;
  /** Live events to members' sockets on every server process (see docs/realtime.md). */
  realtime: RealtimeHub;
  /** Every timed task (docs/jobs.md). */
  jobs: JobScheduler;
};
