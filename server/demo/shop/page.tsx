import type { TFunction } from 'i18next';
import type { DemoShopFacts } from '../../db/demo-shop.ts';
import { demoBuyerEmail } from '../orders.ts';

interface Props {
  t: TFunction<'demo'>;
  lang: string;
  shop: DemoShopFacts & { publicKey: string };
  money: (amount: string, currency: string) => string;
  /** The hostile host page of the isolation test: every element reset, a huge root font. */
  hostile: boolean;
}

const css = `body{font-family:Georgia,serif;margin:0;background:#faf7f2;color:#2b2118}
header{background:#3d2c1e;color:#fff;padding:14px 28px;font-size:22px}
main{display:flex;gap:32px;padding:28px;flex-wrap:wrap}
.photo{width:320px;height:240px;background:linear-gradient(135deg,#d9cbb8,#b8a48c);border-radius:8px}
.buy{background:#c0392b;color:#fff;border:0;padding:12px 22px;font-size:16px;border-radius:4px}
aside{border:1px dashed #8a7a66;padding:12px 16px;margin:0 28px;font-family:monospace;font-size:13px}`;

const hostileCss = `* { all: unset !important; } html { font-size: 48px !important; } div, button { font-size: 64px !important; color: lime !important; }`;

/** An ordinary web shop's product page, of another make than the marketplace, with the seller's widget embedded. */
export function DemoShopPage({ t, lang, shop, money, hostile }: Props) {
  const product = shop.orders[0];
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <title>{`${shop.name} · ${t('demoShop.title')}`}</title>
        <style>{css}</style>
        {hostile && <style>{hostileCss}</style>}
      </head>
      <body>
        <header>{shop.name}</header>
        <main>
          <div class="photo" />
          <div>
            <h1>{product?.model ?? shop.name}</h1>
            {product && <p>{money(product.price, product.currency)}</p>}
            <p>{t('demoShop.stock')}</p>
            <button type="button" class="buy">
              {t('demoShop.addToCart')}
            </button>
          </div>
        </main>
        <aside>
          <p>{t('demoShop.tryHint')}</p>
          <ul>
            {shop.orders.map((o) => (
              <li key={o.id} data-demo-order={o.id} data-demo-email={demoBuyerEmail(o.id)}>
                {t('demoShop.tryOrder', { order: o.id, email: demoBuyerEmail(o.id) })}
              </li>
            ))}
          </ul>
        </aside>
        <script src={`/widget/loader.js?shop=${encodeURIComponent(shop.publicKey)}`} async />
      </body>
    </html>
  );
}
