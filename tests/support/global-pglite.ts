import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../server/db/client.ts';

/**
 * globalSetup of the server-pglite project: migrates one in-memory PGlite and dumps its data dir to a
 * tarball, which every test file loads (`loadDataDir`) instead of initialising and migrating its own.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'sl-pglite-'));
  try {
    const pglite = await PGlite.create();
    const database = await openDatabase({ pglite });
    const dump = await pglite.dumpDataDir('none');
    await database.close();
    const file = join(dir, 'template.tar');
    writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
    console.log(`pglite: migrated template dumped in ${Date.now() - started} ms`);
    project.provide('slPgliteTemplate', file);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return () => rmSync(dir, { recursive: true, force: true });
}
