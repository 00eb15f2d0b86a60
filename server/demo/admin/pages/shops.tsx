import type { ShopListItem } from '../../../db/demo-admin.ts';
import { shopPath, type View } from '../view.ts';
import { Layout } from './layout.tsx';

/** Every shop on the demo marketplace, each linking to its back office. */
export function ShopsPage({ view, shops }: { view: View; shops: ShopListItem[] }) {
  const { t } = view;
  return (
    <Layout view={view} title={t('shops.title')} shop={null}>
      <div class="adm-page-head">
        <h2>{t('shops.title')}</h2>
        <span class="adm-muted">{t('shops.count', { count: shops.length })}</span>
      </div>
      <p class="adm-muted">{t('shops.intro')}</p>
      {shops.length === 0 ? (
        <p class="adm-card adm-empty">{t('shops.empty')}</p>
      ) : (
        <div class="adm-table-wrap">
          <table class="adm-table adm-shops">
            <thead>
              <tr>
                <th scope="col">{t('shops.name')}</th>
                <th scope="col">{t('shops.marketplace')}</th>
                <th scope="col">{t('shops.category')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {shops.map((shop) => {
                const home = shopPath(shop.marketplace, shop.seller, 'home');
                return (
                  <tr
                    key={`${shop.marketplace}/${shop.seller}`}
                    data-marketplace={shop.marketplace}
                    data-seller={shop.seller}
                  >
                    <td>
                      <a href={home}>{shop.name}</a>
                      <div class="adm-muted adm-order-id">
                        {shop.marketplace}/{shop.seller}
                      </div>
                    </td>
                    <td>{shop.marketplaceName}</td>
                    <td>{shop.category}</td>
                    <td class="num">
                      <a class="adm-button" href={home}>
                        {t('shops.open')}
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
