import { z } from 'zod';
import { type DatabaseConfig, defaultPgliteSharedBuffers } from './db/client.ts';

/** The environment, parsed once; nothing else reads process.env. */
const envSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  DATA_DIR: z.string().default('.data'),
  /** Where buyers' claim photos are kept; DATA_DIR/claims when unset. */
  CLAIMS_DIR: z.string().min(1).optional(),
  DATABASE_URL: z.string().url().optional(),
  /** PGlite's buffer pool on DATA_DIR (PostgreSQL's shared_buffers). */
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^\d+(kB|MB|GB)$/, 'expected a size such as "512MB"')
    .default(defaultPgliteSharedBuffers),
  SELLERLENS_SKIP_EXT_BUILD: z.enum(['0', '1']).default('0'),
  /** How many sellers the demo marketplace loaded into an empty database has. */
  SELLERLENS_DEMO_SELLERS: z.coerce.number().int().min(6).max(100_000).default(50),
});

export type Env = z.infer<typeof envSchema>;

/**
 * `NODE_ENV=development` only: error responses then carry stack traces and internal messages. Anything else
 * (unset, test, production) keeps them on the server.
 */
export const development = process.env.NODE_ENV === 'development';

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new Error(`Invalid environment:\n${lines.join('\n')}`);
}

/** The database the environment names: PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR. */
export function databaseConfig(env: Env): DatabaseConfig {
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return { dataDir: env.DATA_DIR, sharedBuffers: env.PGLITE_SHARED_BUFFERS };
}

/** The directory claim photos are stored in. */
export function claimsDir(env: Env): string {
  return env.CLAIMS_DIR ?? `${env.DATA_DIR.replace(/\/+$/, '')}/claims`;
}
