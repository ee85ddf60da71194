import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { builtResponse } from './built-response.ts';

// A route answering with a field its schema does not have: zod's check drops it (and refuses a wrong
// type); a built response in production is written as the handler built it.
async function answer(env: 'production' | 'test', body: object) {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/thing',
      { schema: { response: { 200: z.object({ name: z.string() }) } }, ...builtResponse({ env }) },
      async () => body as { name: string },
    );
  const response = await app.inject({ method: 'GET', url: '/thing' });
  await app.close();
  return response;
}

describe('builtResponse', () => {
  it('keeps zod’s check outside production', async () => {
    expect((await answer('test', { name: 'Ada', extra: 1 })).body).toBe('{"name":"Ada"}');
    expect((await answer('test', { name: 7 })).statusCode).toBe(500);
  });

  it('writes the built answer as is in production', async () => {
    const response = await answer('production', { name: 'Ada', extra: 1 });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('{"name":"Ada","extra":1}');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  });
});
