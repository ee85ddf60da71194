// What every module's composition root receives: the config, the database, the logger and the
// shared services. Another module's services come through the module's deps, never from here.
import type { FastifyBaseLogger } from 'fastify';
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
  /** The app's logger, for what fails after a request's answer is decided (a mail not queued …). */
  log: FastifyBaseLogger;
};
