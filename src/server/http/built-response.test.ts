import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sendJsonText, writesBuiltJson } from './built-response.ts';

// A route with a response schema that answers JSON text in production and the object elsewhere, as
// the directory's does: the text goes out unchanged (not as a JSON string, not re-checked).
async function answer(env: 'production' | 'test') {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const builtJson = writesBuiltJson({ env });
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/thing', { schema: { response: { 200: z.object({ name: z.string() }) } } }, async (_request, reply) =>
      builtJson ? sendJsonText(reply, '{"name":"Ada"}') : { name: 'Ada', extra: 1 },
    );
  const response = await app.inject({ method: 'GET', url: '/thing' });
  await app.close();
  return response;
}

describe('built JSON answers', () => {
  it('are written as they are, typed as JSON, in production only', async () => {
    expect(writesBuiltJson({ env: 'production' })).toBe(true);
    expect(writesBuiltJson({ env: 'test' })).toBe(false);
    const response = await answer('production');
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('{"name":"Ada"}');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('leave zod’s check on the object outside production', async () => {
    const response = await answer('test');
    expect(response.body).toBe('{"name":"Ada"}');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  });
});
