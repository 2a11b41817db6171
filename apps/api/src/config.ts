import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const seconds = z.coerce.number().int().positive();

/**
 * Every environment variable PMS reads. A wrong value stops the start with a message naming the variable.
 * The README lists the same variables; keep both in step.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(9100),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PMS_DATA_DIR: z.string().default('./data'),
  PMS_ADMIN_PASSWORD: z.string().min(12, 'must have at least 12 characters').optional(),
  PMS_MASTER_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/=_-]{43,88}$/, 'must be 32 random bytes in base64 or base64url')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  SESSION_IDLE_TIMEOUT_S: seconds.default(30 * 60),
  SESSION_ABSOLUTE_TIMEOUT_S: seconds.default(12 * 60 * 60),
  LOGIN_MAX_FAILURES_PER_USER: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  LOGIN_LOCKOUT_S: seconds.default(15 * 60),
  PASSWORD_RESET_TTL_S: seconds.default(60 * 60),
  COOKIE_SECURE: bool.optional(),
  WEBSUB_HUB_URL: z.url().optional(),
  WEBSUB_PUBLISHER: z.string().default('pms'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().default('PMS <no-reply@pms.local>'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(1000),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(8),
  OUTBOX_BACKOFF_BASE_MS: z.coerce.number().int().min(10).default(2000),
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  JOBS_ENABLED: bool.default(true),
  WEB_DIST_DIR: z.string().optional(),
  /** Trust store and PMS certificate authority (modules/certificates). */
  PMS_CA_SUBJECT: z.string().min(3).max(256).default('O=Partner Management System'),
  PMS_CA_KEY_ALGORITHM: z.enum(['EC-P256', 'EC-P384', 'RSA-3072']).default('EC-P256'),
  PARTNER_CERT_VALIDITY_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  PARTNER_CERT_GRACE_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  CA_MIN_VALIDITY_MONTHS: z.coerce.number().int().min(0).max(600).default(12),
  CERT_EXPIRY_WARNING_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  CA_EXPIRY_WARNING_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** Benchmarks only: serves GET /bench/bare, the bare-Fastify baseline that `npm run bench` compares to. */
  PMS_BENCH_BARE_ROUTE: bool.default(false),
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError naming each wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Defaults for tests: quiet, no background jobs unless a test starts them. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), LOG_LEVEL: 'silent', JOBS_ENABLED: false, ...overrides };
}
