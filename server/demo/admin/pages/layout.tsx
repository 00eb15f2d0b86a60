import type { ComponentChildren } from 'preact';
import { uiLocales } from '../../../../shared/roles.ts';
import type { Shop } from '../../../db/demo-admin.ts';
import { shopPath, type View } from '../view.ts';
import { styles } from './styles.ts';

export type Section = 'home' | 'reviews' | 'orders';

interface LayoutProps {
  view: View;
  title: string;
  /** The shop whose back office this is; without one the page is marketplace-wide (shop list, not found). */
  shop: Shop | null;
  active?: Section;
  children: ComponentChildren;
}

/** The document: sidebar navigation, header with the shop name and the language switcher, and the page. */
export function Layout({ view, title, shop, active, children }: LayoutProps) {
  const { t } = view;
  const brand = shop ? shop.marketplaceName : t('brand');
  return (
    <html lang={view.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{shop ? `${title} · ${shop.name} · ${t('brand')}` : `${title} · ${t('brand')}`}</title>
        <style>{styles}</style>
      </head>
      <body>
        <a class="adm-skip" href="#main">
          {t('skip')}
        </a>
        <div class={shop ? 'adm-shell' : 'adm-shell adm-shell--plain'}>
          {shop && <Sidebar view={view} shop={shop} active={active} brand={brand} />}
          <div class="adm-body">
            <header class="adm-header">
              <div>
                {shop ? (
                  <>
                    <h1 class="adm-shop-name">{shop.name}</h1>
                    <div class="adm-header-sub">
                      {shop.category} · {shop.marketplaceName} · {t('sellerId', { id: shop.seller })}
                    </div>
                  </>
                ) : (
                  <h1 class="adm-site-name">{t('brand')}</h1>
                )}
              </div>
              <div class="adm-header-tools">
                <LanguageSwitcher view={view} />
                <div class="adm-user">
                  <span class="adm-avatar" aria-hidden="true">
                    {(shop?.name ?? t('owner')).slice(0, 1).toUpperCase()}
                  </span>
                  <span>{t('owner')}</span>
                </div>
              </div>
            </header>
            <main class="adm-main" id="main">
              {children}
            </main>
          </div>
        </div>
      </body>
    </html>
  );
}

function Sidebar({ view, shop, active, brand }: { view: View; shop: Shop; active?: Section; brand: string }) {
  const { t } = view;
  const link = (section: Section, label: string, badge?: number) => (
    <li>
      <a href={shopPath(shop.marketplace, shop.seller, section)} aria-current={active === section ? 'page' : undefined}>
        <span>{label}</span>
        {badge ? <span class="adm-count">{view.integer(badge)}</span> : null}
      </a>
    </li>
  );
  return (
    <aside class="adm-sidebar">
      <div class="adm-brand">
        <span class="adm-brand-mark" aria-hidden="true">
          {brand.slice(0, 1).toUpperCase()}
        </span>
        <span>
          {brand}
          <small>{t('brand')}</small>
        </span>
      </div>
      <nav class="adm-nav" aria-label={t('nav.label')}>
        <ul>
          {link('home', t('nav.home'))}
          {link('reviews', t('nav.reviews'), shop.awaitingReply)}
          {link('orders', t('nav.orders'))}
        </ul>
        <div class="adm-nav-sep" />
        <ul>
          <li>
            <a href="/demo/admin">{t('nav.shops')}</a>
          </li>
        </ul>
      </nav>
    </aside>
  );
}

function LanguageSwitcher({ view }: { view: View }) {
  const separator = view.here.includes('?') ? '&' : '?';
  const endonym = (code: string) => {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.slice(0, 1).toLocaleUpperCase(code) + name.slice(1);
  };
  return (
    <details class="adm-lang">
      <summary>
        <span class="adm-muted">{view.t('language.label')}:</span> {endonym(view.locale)}
      </summary>
      <ul>
        {uiLocales.map((code) => (
          <li key={code}>
            <a
              href={`${view.here}${separator}lang=${code}`}
              lang={code}
              hreflang={code}
              aria-current={code === view.locale ? 'true' : undefined}
            >
              {endonym(code)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
