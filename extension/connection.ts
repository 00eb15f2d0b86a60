/** The connection settings and the rules for a server URL; pure, so every context may import them. */

export interface Settings {
  serverUrl: string;
  token: string;
}

export const defaultServerUrl = 'http://127.0.0.1:8787';

/**
 * A server URL as the extension stores it: http(s), no credentials, query or fragment, no trailing
 * slash. Null when the text is not such a URL.
 */
export function normalizeServerUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Loopback servers are covered by the manifest's host permissions; any other origin is asked for. */
export function isLoopback(serverUrl: string): boolean {
  const { hostname } = new URL(serverUrl);
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

/** The match pattern to request at run time for a server URL. */
export function originPattern(serverUrl: string): string {
  return `${new URL(serverUrl).origin}/*`;
}
