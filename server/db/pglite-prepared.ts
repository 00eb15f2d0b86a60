import { type PGlite, parse, protocol, types } from '@electric-sql/pglite';

/**
 * Named prepared statements on PGlite, which `client.query()` does not offer (it parses and plans every call).
 * The statement is parsed once per PGlite instance under its name; each call then only binds and executes,
 * over the same extended-protocol messages `query()` sends, under the same two locks.
 */

// Like drizzle's PGlite session: dates, timestamps and intervals stay as the strings PostgreSQL sent.
const keepAsText = (value: string) => value;
const rawParsers = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((oid) => [
    oid,
    keepAsText,
  ]),
);

/** Per instance: statement name → the parameter types PostgreSQL inferred when it parsed it. */
const parsedStatements = new WeakMap<PGlite, Map<string, number[]>>();

/** A PGlite instance, as opposed to node-postgres or a PGlite transaction (which has no protocol access). */
export function isPglite(client: unknown): client is PGlite {
  const candidate = client as Partial<PGlite> | null;
  return typeof candidate?.execProtocolStream === 'function' && typeof candidate._runExclusiveQuery === 'function';
}

export async function queryPglitePrepared<Row>(
  client: PGlite,
  name: string,
  text: string,
  params: readonly unknown[],
): Promise<Row[]> {
  await client.waitReady;
  const rows = await client._runExclusiveTransaction(() =>
    client._runExclusiveQuery(async () => {
      const result = await bindAndExecute(client, name, text, params);
      // As query() does after each statement outside a transaction: a write reaches the data dir's file system.
      await client.syncToFs();
      return result;
    }),
  );
  return rows as Row[];
}

async function bindAndExecute(client: PGlite, name: string, text: string, params: readonly unknown[]) {
  const { serialize } = protocol;
  const send = (message: Uint8Array) => client.execProtocolStream(message, { syncToFs: false });
  const statements = parsedStatements.get(client) ?? new Map<string, number[]>();
  parsedStatements.set(client, statements);
  const messages = [];
  try {
    const paramTypes = statements.get(name) ?? (await parseStatement(client, statements, name, text));
    const values = params.map((value, i) => serializeParam(client, value, paramTypes[i]));
    messages.push(...(await send(serialize.bind({ statement: name, values }))));
    messages.push(...(await send(serialize.describe({ type: 'P' }))));
    messages.push(...(await send(serialize.execute({}))));
  } finally {
    messages.push(...(await send(serialize.sync())));
  }
  const [result] = parse.parseResults(messages, client.parsers, { rowMode: 'object', parsers: rawParsers });
  return result?.rows ?? [];
}

async function parseStatement(client: PGlite, statements: Map<string, number[]>, name: string, text: string) {
  const { serialize } = protocol;
  const send = (message: Uint8Array) => client.execProtocolStream(message, { syncToFs: false });
  await send(serialize.parse({ name, text }));
  const paramTypes = parse.parseDescribeStatementResults(await send(serialize.describe({ type: 'S', name })));
  statements.set(name, paramTypes);
  return paramTypes;
}

function serializeParam(client: PGlite, value: unknown, oid: number | undefined): string | null {
  if (value === null || value === undefined) return null;
  const serializer = oid === undefined ? undefined : client.serializers[oid];
  return serializer ? serializer(value) : String(value);
}
