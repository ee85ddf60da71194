// A hot route may answer with JSON text its service wrote itself, in production: the directory
// search writes each profile's part once and keeps it (directory.service.ts searchJson), where zod's
// check would parse and copy the whole answer and JSON.stringify would write it again per request.
// Development and tests answer the same request with the object, which zod checks against the route's
// schema, and a test holds the service's text to JSON.stringify of that object, so an answer that
// drifts from its schema still fails there. Other routes answer objects everywhere.
import type { FastifyReply } from 'fastify';
import type { Config } from '../config.ts';

/** Whether this process answers hot routes with the text their service wrote (production only). */
export const writesBuiltJson = (config: Pick<Config, 'env'>) => config.env === 'production';

/** Sends JSON text as it is (Fastify writes a string with a JSON type unchanged, no serializer). */
export const sendJsonText = (reply: FastifyReply, json: string) =>
  reply.type('application/json; charset=utf-8').send(json);
