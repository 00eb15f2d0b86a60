import type { View } from '../view.ts';

interface PagerProps {
  view: View;
  page: number;
  pages: number;
  link(page: number): string;
}

/** Page numbers shown around the current one: first, last, and two on each side, with gaps as null. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = new Set([1, pages]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  let previous = 0;
  for (const p of sorted) {
    if (p - previous === 2) result.push(p - 1);
    else if (p - previous > 2) result.push(null);
    result.push(p);
    previous = p;
  }
  return result;
}

/** Previous / numbered / next links; nothing when everything fits on one page. */
export function Pager({ view, page, pages, link }: PagerProps) {
  const { t } = view;
  if (pages <= 1) return null;
  return (
    <nav class="adm-pager" aria-label={t('pager.label')}>
      {page > 1 ? (
        <a rel="prev" href={link(page - 1)}>
          ← {t('pager.prev')}
        </a>
      ) : (
        <span class="adm-pager-off" aria-disabled="true">
          ← {t('pager.prev')}
        </span>
      )}
      {pageWindow(page, pages).map((p, i) =>
        p === null ? (
          <span key={`gap-${i}`} class="adm-pager-gap">
            …
          </span>
        ) : (
          <a key={p} href={link(p)} aria-current={p === page ? 'page' : undefined}>
            {view.integer(p)}
          </a>
        ),
      )}
      {page < pages ? (
        <a rel="next" href={link(page + 1)}>
          {t('pager.next')} →
        </a>
      ) : (
        <span class="adm-pager-off" aria-disabled="true">
          {t('pager.next')} →
        </span>
      )}
      <span class="adm-pager-summary">
        {t('pager.summary', { page: view.integer(page), pages: view.integer(pages) })}
      </span>
    </nav>
  );
}
