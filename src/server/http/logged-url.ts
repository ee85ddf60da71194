// Request logs name the address asked for, and some addresses are keys: a calendar feed, a room
// socket's token, a referral page, an invitation, an unsubscribe link. Anyone who reads the logs
// could use them, so the logged address keeps its shape and loses the secret.
import type { FastifyServerOptions } from 'fastify';

const secretSegments = [
  /^(\/calendar\/)[^/?#]+/,
  /^(\/r\/)[^/?#]+/,
  /^(\/unsubscribe\/)[^/?#]+/,
  /^(\/circles\/join\/)[^/?#]+/,
  /^(\/api\/circles\/invitations\/)[^/?#]+/,
  /^(\/portal\/link\/)[^/?#]+/,
];
const secretParams = /([?&](?:token|key|secret|code)=)[^&#]*/gi;
const redacted = '[redacted]';

/** The address as it may be written to a log: path and query secrets replaced. */
export function loggedUrl(url: string): string {
  let safe = url.replace(secretParams, `$1${redacted}`);
  for (const pattern of secretSegments) safe = safe.replace(pattern, `$1${redacted}`);
  return safe;
}

type LoggerOptions = FastifyServerOptions['logger'];
type RequestLike = {
  method: string;
  url: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
};

/** The app's logger options with requests serialized through loggedUrl (false stays false). */
export function withSafeRequestLogs(logger: LoggerOptions): LoggerOptions {
  if (!logger || typeof logger !== 'object') return logger;
  return {
    ...logger,
    serializers: {
      ...('serializers' in logger ? logger.serializers : {}),
      req: (request: RequestLike) => ({
        method: request.method,
        url: loggedUrl(request.url),
        host: request.host,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
    },
  };
}
