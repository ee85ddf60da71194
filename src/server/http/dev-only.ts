// The developer's own tools (the dev outbox, running a job now) answer only on a developer's
// machine: never in production, never behind a proxy (where every request seems to come from the
// proxy's own address) and only to requests from this machine.
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';

const loopback = (ip: string) => ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1';

export const devToolsAllowed = (config: Pick<Config, 'env' | 'trustProxy'>, request: FastifyRequest) =>
  config.env !== 'production' && config.trustProxy === false && loopback(request.ip);
