import { describe, expect, it } from 'vitest';
import { databaseConfig, readEnv } from './env.ts';

describe('environment', () => {
  it('opens PGlite in DATA_DIR with a 512 MB buffer pool unless told otherwise', () => {
    expect(databaseConfig(readEnv({}))).toEqual({ dataDir: '.data', sharedBuffers: '512MB' });
    expect(databaseConfig(readEnv({ DATA_DIR: '/srv/sl', PGLITE_SHARED_BUFFERS: '2GB' }))).toEqual({
      dataDir: '/srv/sl',
      sharedBuffers: '2GB',
    });
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(databaseConfig(readEnv({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/sl' }))).toEqual({
      databaseUrl: 'postgres://u@127.0.0.1:5432/sl',
    });
  });

  it('names the variable of a buffer size PGlite would not understand', () => {
    expect(() => readEnv({ PGLITE_SHARED_BUFFERS: 'lots' })).toThrow(
      /PGLITE_SHARED_BUFFERS: expected a size such as "512MB"/,
    );
  });
});
