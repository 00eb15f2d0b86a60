/**
 * Fixed-window request counting per key (an IP, a shop): at most `limit` requests per `windowMs`. In memory,
 * so per server process; the widget's public routes are cheap enough that a restart forgetting counts is fine.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; returns null when allowed, else the seconds until the window reopens (Retry-After). */
  take(key: string): number | null {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 100_000) this.sweep(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    if (window.count <= this.limit) return null;
    return Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000));
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}

export interface WidgetLimits {
  perIp: { limit: number; windowMs: number };
  perShop: { limit: number; windowMs: number };
}

/** A buyer opens a claim in a dozen requests; 120 a minute per address leaves room, a script none. */
export const defaultWidgetLimits: WidgetLimits = {
  perIp: { limit: 120, windowMs: 60_000 },
  perShop: { limit: 2_000, windowMs: 60_000 },
};
