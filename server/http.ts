import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting connections and resolves once in-flight requests have finished. */
  close(): Promise<void>;
}

export function listen(app: Hono, hostname: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname, port }, (info: AddressInfo) => {
      const url = `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${info.port}`;
      resolve({ url, port: info.port, close: () => closeGracefully(server as Server) });
    }) as Server;
    server.once('error', reject);
  });
}

/** In-flight requests get this long to finish before the remaining connections are cut. */
const GRACE_MS = 5_000;

function closeGracefully(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    const force = setTimeout(() => server.closeAllConnections(), GRACE_MS);
    force.unref();
    server.close((error) => {
      clearTimeout(force);
      if (error) reject(error);
      else resolve();
    });
    // Keep-alive sockets with no request in flight would hold close() open; browsers also open
    // speculative connections that never send a request, which only the forced close ends.
    server.closeIdleConnections();
  });
}
