// The one error exit: every code is one of the contract's, a 409 may carry a reason, and a 429
// gets its Retry-After from the error (set here and nowhere else).
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { errorBodySchema, errorCodes } from '../../contracts/errors.ts';
import { AppError, conflict, rateLimited, registerErrorHandling, statusOf } from './errors.ts';

async function appThrowing(error: unknown) {
  const app = Fastify({ logger: false });
  registerErrorHandling(app);
  app.get('/boom', async () => {
    throw error;
  });
  await app.ready();
  return app;
}

describe('errors', () => {
  it('maps every code of the contract to one status', () => {
    const statuses = errorCodes.map(statusOf);
    expect(statuses.every((status) => status >= 400 && status < 600)).toBe(true);
    expect(statusOf('not_found')).toBe(404);
    expect(statusOf('rate_limited')).toBe(429);
  });

  it('answers a rate-limited error 429 with its Retry-After and a body the contract accepts', async () => {
    const app = await appThrowing(rateLimited('Too many attempts; try again in 1 minute(s)', 41.2));
    const answer = await app.inject({ method: 'GET', url: '/boom' });
    expect(answer.statusCode).toBe(429);
    expect(answer.headers['retry-after']).toBe('42');
    const body = errorBodySchema.parse(answer.json());
    expect(body.error.code).toBe('rate_limited');
    await app.close();
  });

  it('gives a 429 that does not know when a minute, and no Retry-After to other errors', async () => {
    const unknown = await appThrowing(new AppError('rate_limited', 'Slow down'));
    expect((await unknown.inject({ method: 'GET', url: '/boom' })).headers['retry-after']).toBe('60');
    await unknown.close();
    const missing = await appThrowing(new AppError('not_found', 'No such trade'));
    expect((await missing.inject({ method: 'GET', url: '/boom' })).headers['retry-after']).toBeUndefined();
    await missing.close();
  });

  it('carries a conflict’s reason next to its code', async () => {
    const app = await appThrowing(conflict('You are already connected', 'already_connected'));
    const answer = await app.inject({ method: 'GET', url: '/boom' });
    expect(answer.statusCode).toBe(409);
    expect(errorBodySchema.parse(answer.json()).error).toEqual({
      code: 'conflict',
      message: 'You are already connected',
      reason: 'already_connected',
    });
    await app.close();
  });

  it('answers an unexpected error 500 with the internal code', async () => {
    const app = await appThrowing(new Error('database on fire'));
    const answer = await app.inject({ method: 'GET', url: '/boom' });
    expect(answer.statusCode).toBe(500);
    expect(errorBodySchema.parse(answer.json()).error.code).toBe('internal');
    await app.close();
  });
});
