// Domain errors carry a code (the union in contracts/errors.ts); this file is the one place codes
// become HTTP statuses and the fixed body { error: { code, message, reason?, details? }, requestId },
// and the one place Retry-After is set (setRetryAfter, from the error's retryAfterSeconds).
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import type { ErrorCode } from '../../contracts/errors.ts';
import { withSubject } from '../../contracts/field-labels.ts';
import { fieldProblem, type FieldProblem } from './field-problems.ts';

export type { ErrorCode } from '../../contracts/errors.ts';

type ErrorOptions = {
  /** Why a conflict was refused, for a client to switch on (see ConflictReason). */
  reason?: string;
  /** For a rate_limited answer: when to try again (becomes the Retry-After header). */
  retryAfterSeconds?: number;
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  readonly reason: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  constructor(code: ErrorCode, message: string, details?: unknown, options: ErrorOptions = {}) {
    super(message);
    this.code = code;
    this.details = details;
    this.reason = options.reason;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** A 409 with the module's reason code. */
export const conflict = (message: string, reason?: string) => new AppError('conflict', message, undefined, { reason });

/** A 429 that tells when to try again (Retry-After, whole seconds, at least one). */
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new AppError('rate_limited', message, undefined, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });

export const notFound = (what = 'Not found') => new AppError('not_found', what);
export const invalid = (field: string, message: string) =>
  new AppError('validation_failed', withSubject(field, message), [{ field, message: withSubject(field, message) }]);

function assertUnreachable(value: never): never {
  throw new Error(`unhandled error code ${String(value)}`);
}

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'validation_failed':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden_origin':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'idempotency_key_reused':
      return 422;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'rate_limited':
      return 429;
    case 'unavailable':
      return 503;
    case 'internal':
      return 500;
    default:
      return assertUnreachable(code);
  }
}

const fromZod = (
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[],
  prefix = '',
): FieldProblem[] =>
  issues.map((issue) => fieldProblem([prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)', issue));

// Each problem's message already names its field in words.
function summarize(problems: FieldProblem[]) {
  return problems.map((p) => p.message).join('; ');
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const problems = fromZod(error.issues);
    return new AppError('validation_failed', summarize(problems), problems);
  }
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = fastifyError.validationContext ?? '';
    const problems = error.validation.map((v) =>
      // Named as the caller wrote it ("radius", "specialties.1"), without the request part it came in.
      fieldProblem(v.instancePath.split('/').filter(Boolean).join('.') || where || '(body)', {
        ...(v.params as object),
        code: v.keyword,
        message: v.message ?? 'is invalid',
      }),
    );
    return new AppError('validation_failed', summarize(problems), problems);
  }
  const status = fastifyError.statusCode;
  if (status === 413 || fastifyError.code === 'FST_REQ_FILE_TOO_LARGE')
    return new AppError('payload_too_large', 'The upload is too large');
  if (status === 415) return new AppError('unsupported_media_type', fastifyError.message);
  if (status === 429) return new AppError('rate_limited', 'Too many requests; try again later');
  if (status === 404) return new AppError('not_found', 'Not found');
  if (status !== undefined && status >= 400 && status < 500)
    return new AppError('validation_failed', fastifyError.message);
  return new AppError('internal', 'Something went wrong on our side');
}

// A failed query's message and stack end in "params: …" (emails, search terms, message text):
// the log gets the error without them, and without the parameter list drizzle keeps on the error.
// The database's own message may quote the value too ('invalid input syntax …: "…"').
const withoutParams = (text: string | undefined) =>
  text?.replace(/\nparams: [\s\S]*?(?=\n {4}at |$)/, '\nparams: (not logged)').replace(/"[^"\n]*"/g, '"…"');
function loggable(error: unknown) {
  if (!(error instanceof Error)) return error;
  const cause =
    error.cause instanceof Error
      ? {
          type: error.cause.name,
          message: withoutParams(error.cause.message),
          code: (error.cause as { code?: unknown }).code,
        }
      : undefined;
  return {
    type: error.name,
    message: withoutParams(error.message),
    stack: withoutParams(error.stack),
    ...(cause ? { cause } : {}),
  };
}

/**
 * Retry-After for a refusal that has one: the error handler's, and an HTML page's own 429 (the
 * certificate check page). A 429 that does not know when says a minute; a header
 * @fastify/rate-limit already set is kept.
 */
export function setRetryAfter(reply: FastifyReply, error: AppError) {
  const retryAfter = error.retryAfterSeconds ?? (error.code === 'rate_limited' ? 60 : undefined);
  if (retryAfter !== undefined && !reply.getHeader('retry-after')) void reply.header('retry-after', String(retryAfter));
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    const status = statusOf(appError.code);
    if (status >= 500) request.log.error({ err: loggable(error) }, 'request failed');
    else request.log.info({ code: appError.code, msg: appError.message }, 'request refused');
    setRetryAfter(reply, appError);
    void reply.status(status).send({
      error: {
        code: appError.code,
        message: appError.message,
        ...(appError.reason === undefined ? {} : { reason: appError.reason }),
        ...(appError.details === undefined ? {} : { details: appError.details }),
      },
      requestId: request.id,
    });
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ error: { code: 'not_found', message: 'Not found' }, requestId: request.id });
  });
}
