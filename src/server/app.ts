// Builds the Fastify app from a config and an open database. No listening, no process
// handling: main.ts does that, and tests call app.inject() on what this returns.
import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import type { Database } from './db/client.ts';
import { createActors } from './http/actor.ts';
import { portalSessionsRepository } from './db/portal-sessions.repository.ts';
import { registerErrorHandling } from './http/errors.ts';
import { registerInputGuard } from './http/input-guard.ts';
import { withSafeRequestLogs } from './http/logged-url.ts';
import { scheduleDailyBackup } from './backup/backup.schedule.ts';
import { registerSecurity } from './http/security.ts';
import { registerDevJobRoutes } from './jobs/dev-jobs.routes.ts';
import { createJobScheduler } from './jobs/job-scheduler.ts';
import { smtpTransport, type MailTransport } from './lib/mail-transport.ts';
import { fastifyTrustProxy } from './lib/trust-proxy.ts';
import { createAuth } from './modules/auth/auth.ts';
import { createMailer } from './modules/mail/mail.service.ts';
import { buildModules } from './modules/index.ts';
import { createRealtimeHub } from './realtime/realtime-hub.ts';

/** The services the modules built (see modules/index.ts), as buildApp returns them on the app. */
export type AppServices = ReturnType<typeof buildModules>['services'];

// zod's compilers serve every route (set on the app below). Given as the factories too, they keep
// Fastify from loading its default Ajv and fast-json-stringify compilers only to have them replaced
// (~60 ms of a cold start). Fastify's types name Ajv's factory; at run time it only calls it.
type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;
const zodCompilers = {
  buildValidator: () => validatorCompiler,
  buildSerializer: () => serializerCompiler,
} as unknown as CompilersFactory;

export type BuildOptions = { logger?: FastifyServerOptions['logger']; mailTransport?: MailTransport | null };

export async function buildApp(config: Config, database: Database, options: BuildOptions = {}) {
  const app = Fastify({
    logger: withSafeRequestLogs(options.logger ?? { level: config.logLevel }),
    trustProxy: fastifyTrustProxy(config.trustProxy),
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    schemaController: { compilersFactory: zodCompilers },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  registerErrorHandling(app);
  registerInputGuard(app);
  await registerSecurity(app, config);
  await app.register(cookie);
  // Text responses (pages, JSON, CSS, JS, SVG) are compressed on the way out; replies that already
  // carry a Content-Encoding (the web app's pre-compressed build) and binary types are left alone,
  // event streams too (compression would buffer them). Request bodies are not decompressed.
  await app.register(compress, {
    globalDecompression: false,
    threshold: 1024,
    customTypes:
      /^(?:text\/(?!event-stream)[\w.+-]+|application\/(?:json|javascript|xml|[\w.-]+\+(?:json|xml))|image\/svg\+xml)(?:;|$)/,
  });
  await app.register(multipart, { limits: { fileSize: 2 * 1024 * 1024, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Kneadwork API',
        version: '0.1.0',
        description: 'The professional alliance network for massage therapists.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'kneadwork.session_token' },
          portal: { type: 'apiKey', in: 'cookie', name: 'kneadwork_portal' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const transport =
    options.mailTransport !== undefined
      ? options.mailTransport
      : config.smtpUrl
        ? smtpTransport(config.smtpUrl, config.mailFrom)
        : null;
  const mailer = createMailer(database.db, transport, app.log);
  const auth = createAuth(config, database.db, mailer);
  const realtime = await createRealtimeHub(config, database, app.log);
  app.addHook('onClose', () => realtime.close());
  const jobs = createJobScheduler(database.db, app.log);
  const context: AppContext = {
    config,
    db: database.db,
    dbKind: database.kind,
    auth,
    actors: createActors(auth, {
      sessions: portalSessionsRepository(database.db),
      idleMinutes: config.clinical.idleMinutes,
    }),
    mailer,
    realtime,
    jobs,
    log: app.log,
  };

  // Every module is built once, in dependency order, then registers its routes (modules/index.ts).
  const { services, register } = buildModules(context);
  await register(app);

  jobs.add({ name: 'mail-retries', everyMs: 30_000, run: () => mailer.retryDue() });
  scheduleDailyBackup(context);
  registerDevJobRoutes(app, config, jobs);
  app.addHook('onReady', async () => jobs.start());
  app.addHook('onClose', async () => {
    await jobs.stop();
    transport?.close();
  });
  // The scheduler and the built modules' services are the app's too, for the CLI's backup request,
  // tests and scripts. (A Fastify instance is thenable, so `await buildApp()` types as the bare
  // instance: read the services with servicesOf.)
  return Object.assign(app, { jobs, services });
}

export const servicesOf = (app: object): AppServices => (app as { services: AppServices }).services;
