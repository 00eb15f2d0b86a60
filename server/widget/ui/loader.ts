// The script a shop embeds: <script src="https://…/widget/loader.js?shop=pk_…" async></script>. It draws a
// launcher in a shadow root (no host CSS in, none out) and loads the panel only on the first click. Kept free
// of imports so it stays a few kilobytes.

interface WidgetBoot {
  root: ShadowRoot;
  base: string;
  shop: string;
  lang: string | null;
  claimToken: string | null;
}

const launcherLabels: Record<string, string> = {
  en: 'Problem with an order?',
  uk: 'Проблема із замовленням?',
  ru: 'Проблема с заказом?',
  pl: 'Problem z zamówieniem?',
  fi: 'Ongelma tilauksessa?',
  fr: 'Un problème avec une commande ?',
  de: 'Problem mit einer Bestellung?',
  it: 'Problemi con un ordine?',
  es: '¿Un problema con un pedido?',
  zh: '订单有问题？',
  ms: 'Masalah dengan pesanan?',
};

/** Every property the host page could set reset, then ours; px only (rem follows the host's root font size). */
const launcherCss = `:host{all:initial}
.sl-launch{all:initial;box-sizing:border-box;position:fixed;right:20px;bottom:20px;z-index:2147483646;
font:600 15px/20px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#fff;background:#1f6feb;
padding:12px 18px;border-radius:24px;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}
.sl-launch:focus-visible{outline:3px solid #9ec5ff;outline-offset:2px}`;

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script) return;
  const src = new URL(script.src);
  const shop = src.searchParams.get('shop');
  if (!shop) return;
  const host = document.createElement('div');
  host.setAttribute('data-sellerlens-widget', '');
  host.style.setProperty('all', 'initial', 'important');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = launcherCss;
  const button = document.createElement('button');
  button.className = 'sl-launch';
  button.type = 'button';
  const tags = [document.documentElement.lang, ...(navigator.languages ?? [navigator.language])];
  const base = tags.map((t) => (t ?? '').toLowerCase().split(/[-_]/)[0] ?? '').find((t) => t in launcherLabels);
  button.textContent = launcherLabels[base ?? 'en'] ?? launcherLabels.en ?? '';
  root.append(style, button);

  const claimToken = /(?:^|[#&])sl-claim=(cl_[A-Za-z0-9_-]+)/.exec(location.hash)?.[1] ?? null;
  const boot: WidgetBoot = { root, base: src.origin, shop, lang: document.documentElement.lang || null, claimToken };
  let loading = false;
  const open = () => {
    const w = window as unknown as { __sellerLensWidget?: WidgetBoot & { open?: () => void } };
    if (w.__sellerLensWidget?.open) return w.__sellerLensWidget.open();
    if (loading) return;
    loading = true;
    w.__sellerLensWidget = boot;
    const panel = document.createElement('script');
    panel.src = `${src.origin}/widget/panel.js`;
    panel.async = true;
    panel.onerror = () => {
      loading = false;
    };
    document.head.append(panel);
  };
  button.addEventListener('click', open);
  const attach = () => {
    document.body.append(host);
    if (claimToken) open();
  };
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach, { once: true });
})();
