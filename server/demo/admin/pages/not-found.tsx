import type { View } from '../view.ts';
import { Layout } from './layout.tsx';

export function NotFoundPage({ view }: { view: View }) {
  const { t } = view;
  return (
    <Layout view={view} title={t('notFound.title')} shop={null}>
      <section class="adm-notfound">
        <h2>{t('notFound.title')}</h2>
        <p class="adm-muted">{t('notFound.body')}</p>
        <p>
          <a class="adm-button" href="/demo/admin">
            {t('notFound.back')}
          </a>
        </p>
      </section>
    </Layout>
  );
}
