// The only reader of process.env: turns the environment into a typed config, or stops the
// process with a readable list of what is wrong (fail fast at boot, not on the first request).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseEncryptionKey } from './lib/crypto.ts';
import { ensurePrivateDir } from './lib/private-files.ts';
import { parseTrustProxy, type TrustProxy } from './lib/trust-proxy.ts';

const boolish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  // The AES-256-GCM key for clinical text at rest: 32 bytes as base64 or hex.
  ENCRYPTION_KEY: z
    .string()
    .refine(
      (value) => parseEncryptionKey(value) !== null,
      'must be 32 bytes as base64 or hex (e.g. `openssl rand -base64 32`)',
    )
    .optional(),
  // Keys that were ENCRYPTION_KEY before a rotation (comma-separated), kept until `npm run keys --
  // rotate` has rewrapped every client's data key under the current one (docs/security.md).
  ENCRYPTION_KEY_PREVIOUS: z
    .string()
    .refine(
      (value) => value.split(',').every((one) => parseEncryptionKey(one) !== null),
      'must be 32-byte keys as base64 or hex, separated by commas',
    )
    .optional(),
  // Minutes without activity before a client-portal session, or a page showing clinical data, ends.
  CLINICAL_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(2)
    .max(24 * 60)
    .default(30),
  // Years a deleted client's signed session notes are kept (locked, hidden) before they are destroyed.
  CLINICAL_RETENTION_YEARS: z.coerce.number().int().min(0).max(100).default(7),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Kneadwork <no-reply@kneadwork.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  UPLOAD_DIR: z.string().min(1).optional(),
  MAP_TILE_URL: z.string().min(1).default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  MAP_ATTRIBUTION: z.string().default('© OpenStreetMap contributors'),
  EMBEDDED_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  AUTH_MAX_FAILED_SIGNINS: z.coerce.number().int().min(1).default(10),
  AUTH_RATE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  // New accounts per client address per window (a practice behind one address signs up a few).
  AUTH_SIGNUPS_PER_WINDOW: z.coerce.number().int().min(1).default(20),
  // Requests per minute per client address, for every route (the auth failure limit is separate).
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  // Certificate verifications (public page and JSON) per client address per 10 minutes, across instances.
  VERIFY_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  // Messages a day an account younger than 7 days may send (spam defence), across instances.
  NEW_ACCOUNT_DAILY_MESSAGES: z.coerce.number().int().min(1).default(50),
  // Public posts a day (opportunities, pools, campaigns, projects, events) an account younger than
  // 7 days may create, across instances: the same spam defence for the growth boards.
  NEW_ACCOUNT_DAILY_POSTS: z.coerce.number().int().min(1).default(5),
  REQUIRE_EMAIL_VERIFICATION: boolish.default(false),
  // Which proxies' X-Forwarded-For to believe: a hop count or their addresses (lib/trust-proxy.ts).
  TRUST_PROXY: z.string().default('false').transform(parseTrustProxy),
  // Where `npm run backup` and the daily backup write (default: backups/ beside DATA_DIR), and how many daily ones to keep (0: no daily backup).
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_KEEP: z.coerce.number().int().min(0).default(7),
  // Video rooms (docs/decisions/022): STUN/TURN servers for the browser mesh, as the JSON list
  // RTCPeerConnection takes; none by default (a public STUN server would learn every caller's address).
  ICE_SERVERS: z
    .string()
    .default('[]')
    .transform((value, context) => {
      const parsed = iceServersSchema.safeParse(safeJson(value));
      if (parsed.success) return parsed.data;
      context.addIssue({ code: 'custom', message: 'must be a JSON list like [{"urls":"stun:stun.example.org:3478"}]' });
      return z.NEVER;
    }),
  // LiveKit (an SFU) for rooms beyond the mesh: all three or none.
  LIVEKIT_URL: z.url({ protocol: /^(wss?|https?)$/ }).optional(),
  LIVEKIT_API_KEY: z.string().min(1).optional(),
  LIVEKIT_API_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
});

const iceServersSchema = z.array(
  z.object({
    urls: z.union([
      z.string().regex(/^(stun|stuns|turn|turns):/),
      z.array(z.string().regex(/^(stun|stuns|turn|turns):/)).min(1),
    ]),
    username: z.string().optional(),
    credential: z.string().optional(),
  }),
);
export type IceServerConfig = z.infer<typeof iceServersSchema>[number];

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  /** Origins that are this site: PUBLIC_URL's, or with it unset the loopback names on PORT. */
  ownOrigins: string[];
  dataDir: string;
  database: { kind: 'pglite'; dir: string; queryTimeoutMs: number } | { kind: 'postgres'; url: string };
  authSecret: string;
  /** 32 bytes; encrypts clinical text at rest (lib/crypto.ts). */
  encryptionKey: Buffer;
  /** Former encryption keys: client data keys still wrapped by one of these open, and are rewrapped by `keys rotate`. */
  previousEncryptionKeys: Buffer[];
  clinical: { idleMinutes: number; retentionYears: number };
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  uploadDir: string;
  map: { tileUrl: string; attribution: string };
  auth: {
    maxFailedSignIns: number;
    windowMinutes: number;
    signUpsPerWindow: number;
    requireEmailVerification: boolean;
  };
  trustProxy: TrustProxy;
  rateLimitPerMinute: number;
  verifyRateLimit: number;
  newAccountDailyMessages: number;
  newAccountDailyPosts: number;
  backup: { dir: string; keep: number };
  rooms: {
    iceServers: IceServerConfig[];
    /** Set: rooms use this LiveKit deployment and have no peer cap; unset: the browser mesh. */
    livekit: { url: string; apiKey: string; apiSecret: string } | null;
  };
};

export class ConfigError extends Error {}

// With the embedded database a newcomer should not have to invent a secret: one is made once and
// kept beside the data, so sessions survive restarts. A server database needs it set explicitly.
function embeddedSecret(dataDir: string, name = 'auth-secret'): string {
  const file = path.join(dataDir, name);
  ensurePrivateDir(dataDir);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function embeddedOrGivenKey(given: string | undefined, dataDir: string): Buffer {
  const key = parseEncryptionKey(given ?? embeddedSecret(dataDir, 'encryption-key'));
  if (!key)
    throw new ConfigError(
      `Invalid configuration:\n  ENCRYPTION_KEY: ${path.join(dataDir, 'encryption-key')} does not hold a 32-byte key`,
    );
  return key;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  if (e.DATABASE_URL && !e.AUTH_SECRET) {
    throw new ConfigError('Invalid configuration:\n  AUTH_SECRET: required when DATABASE_URL is set');
  }
  // Losing this key loses every encrypted note, so a server database never gets a made-up one.
  if (e.DATABASE_URL && !e.ENCRYPTION_KEY) {
    throw new ConfigError('Invalid configuration:\n  ENCRYPTION_KEY: required when DATABASE_URL is set');
  }
  const livekitSet = [e.LIVEKIT_URL, e.LIVEKIT_API_KEY, e.LIVEKIT_API_SECRET].filter(Boolean).length;
  if (livekitSet !== 0 && livekitSet !== 3) {
    throw new ConfigError(
      'Invalid configuration:\n  LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET: set all three (LiveKit rooms) or none (the browser mesh)',
    );
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  // Unset, the server is reached on this machine by whichever loopback name the user types.
  const ownOrigins = e.PUBLIC_URL
    ? [new URL(publicUrl).origin]
    : ['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${e.PORT}`);
  if (!e.DATABASE_URL) ensurePrivateDir(dataDir);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    ownOrigins,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dir: path.join(dataDir, 'pglite'), queryTimeoutMs: e.EMBEDDED_QUERY_TIMEOUT_MS },
    authSecret: e.AUTH_SECRET ?? embeddedSecret(dataDir),
    encryptionKey: embeddedOrGivenKey(e.ENCRYPTION_KEY, dataDir),
    previousEncryptionKeys: (e.ENCRYPTION_KEY_PREVIOUS ?? '')
      .split(',')
      .filter(Boolean)
      .map((one) => parseEncryptionKey(one)!),
    clinical: { idleMinutes: e.CLINICAL_IDLE_MINUTES, retentionYears: e.CLINICAL_RETENTION_YEARS },
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    uploadDir: path.resolve(e.UPLOAD_DIR ?? path.join(dataDir, 'uploads')),
    map: { tileUrl: e.MAP_TILE_URL, attribution: e.MAP_ATTRIBUTION },
    auth: {
      maxFailedSignIns: e.AUTH_MAX_FAILED_SIGNINS,
      windowMinutes: e.AUTH_RATE_WINDOW_MINUTES,
      signUpsPerWindow: e.AUTH_SIGNUPS_PER_WINDOW,
      requireEmailVerification: e.REQUIRE_EMAIL_VERIFICATION,
    },
    trustProxy: e.TRUST_PROXY,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    verifyRateLimit: e.VERIFY_RATE_LIMIT,
    newAccountDailyMessages: e.NEW_ACCOUNT_DAILY_MESSAGES,
    newAccountDailyPosts: e.NEW_ACCOUNT_DAILY_POSTS,
    backup: { dir: path.resolve(e.BACKUP_DIR ?? path.join(dataDir, '..', 'backups')), keep: e.BACKUP_KEEP },
    rooms: {
      iceServers: e.ICE_SERVERS,
      livekit:
        e.LIVEKIT_URL && e.LIVEKIT_API_KEY && e.LIVEKIT_API_SECRET
          ? { url: e.LIVEKIT_URL, apiKey: e.LIVEKIT_API_KEY, apiSecret: e.LIVEKIT_API_SECRET }
          : null,
    },
  };
}
