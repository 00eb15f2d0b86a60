import type { BuyerClaimView, OpenClaimInput } from '../../../shared/claims.ts';

/** A refusal the panel shows in the buyer's language: a claim error's code, or the first field zod named. */
export class WidgetError extends Error {
  constructor(
    readonly code: string,
    readonly field: string | null = null,
  ) {
    super(code);
  }
}

export interface IdentifiedOrder {
  order: string;
  delivered: boolean;
  currency: string;
  total: string;
  items: { lineNo: number; model: string; qty: number; price: string }[];
  instalmentMonths: number[];
}

interface TrpcAnswer<T> {
  result?: { data: T };
  error?: { data?: { claimError?: string | null; issues?: { path: string }[] | null } };
}

/** The widget's public API (server/widget/router.ts) over tRPC's plain HTTP form, without its client (size). */
export function widgetApi(base: string, shop: string) {
  const url = (path: string) =>
    `${base}/widget/api/${path}${path.includes('?') ? '&' : '?'}shop=${encodeURIComponent(shop)}`;

  async function answer<T>(response: Response): Promise<T> {
    if (response.status === 429) throw new WidgetError('rate_limited');
    const body = (await response.json().catch(() => ({}))) as TrpcAnswer<T> & { code?: string };
    if (response.ok && body.result) return body.result.data;
    const field = body.error?.data?.issues?.[0]?.path ?? null;
    throw new WidgetError(body.error?.data?.claimError ?? body.code ?? (field ? 'field' : 'generic'), field);
  }

  const post = async <T>(procedure: string, input: unknown): Promise<T> =>
    answer<T>(
      await fetch(url(`trpc/${procedure}`), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      }),
    );

  return {
    identify: (order: string, contact: string) => post<IdentifiedOrder>('identify', { shop, order, contact }),
    open: (input: Omit<OpenClaimInput, 'shop'>) =>
      post<{ token: string; claim: BuyerClaimView }>('open', { ...input, shop }),
    status: async (token: string) =>
      answer<BuyerClaimView>(
        await fetch(url(`trpc/status?input=${encodeURIComponent(JSON.stringify({ shop, token }))}`)),
      ),
    photo: async (token: string, file: File) => {
      const form = new FormData();
      form.append('photo', file);
      const response = await fetch(url(`photos?token=${encodeURIComponent(token)}`), { method: 'POST', body: form });
      if (response.status === 413) throw new WidgetError('too_large');
      if (response.ok) return (await response.json()) as { photos: number };
      return answer<never>(response);
    },
  };
}

export type WidgetApi = ReturnType<typeof widgetApi>;
