import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../server/db/client.ts';
import { adminQuery, startPostgres, TEMPLATE_DB, withDatabase } from './postgres.ts';

/**
 * globalSetup of the server-postgres project: one throwaway cluster per run with a migrated template
 * database; workers get the admin URL through `inject('slPostgresUrl')`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgres();
  try {
    const started = Date.now();
    await adminQuery(cluster.url, `CREATE DATABASE ${TEMPLATE_DB}`);
    const database = await openDatabase({ databaseUrl: withDatabase(cluster.url, TEMPLATE_DB) });
    await database.close();
    // Nobody may connect to the template: CREATE DATABASE ... TEMPLATE fails while anyone is.
    await adminQuery(cluster.url, `ALTER DATABASE ${TEMPLATE_DB} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    console.log(`postgres: template database ${TEMPLATE_DB} migrated in ${Date.now() - started} ms`);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  project.provide('slPostgresUrl', cluster.url);
  return () => cluster.stop();
}
