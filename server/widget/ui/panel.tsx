import i18next from 'i18next';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { type ProblemType, problemTypes } from '../../../shared/claim-terms.ts';
import type { BuyerClaimView } from '../../../shared/claims.ts';
import { pickWidgetLocale } from '../../../shared/widget-language.ts';
import { type IdentifiedOrder, type WidgetApi, WidgetError, widgetApi } from './api.ts';
import { panelCss } from './styles.ts';

// The buyer's panel, loaded by loader.ts on the first click: identify the order, describe the problem (or
// ask for instalments), see the options, and later the shop's answer through the claim link.

/** The widget's own `t`: its keys live in the `widget` namespace, outside the typed UI resources. */
type TFunction = (key: string, options?: Record<string, unknown>) => string;

interface WidgetBoot {
  root: ShadowRoot;
  base: string;
  shop: string;
  lang: string | null;
  claimToken: string | null;
  open?: () => void;
}

type Step =
  | { name: 'identify' }
  | { name: 'form'; order: IdentifiedOrder; contact: string }
  | { name: 'claim'; token: string; claim: BuyerClaimView };

const maxPhotos = 5;
const tokenKey = (shop: string) => `sellerlens-claim:${shop}`;

function Panel(props: {
  api: WidgetApi;
  t: TFunction;
  lang: string;
  shop: string;
  token: string | null;
  onClose: () => void;
}) {
  const { api, t, lang } = props;
  const [step, setStep] = useState<Step>({ name: 'identify' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const money = (amount: string | null, currency: string) =>
    amount === null ? '' : new Intl.NumberFormat(lang, { style: 'currency', currency }).format(Number(amount));
  const fail = (e: unknown, name = '') => {
    const code = e instanceof WidgetError ? e.code : 'generic';
    const key = `errors.${code}`;
    setError(
      t(i18next.exists(key) ? key : 'errors.generic', {
        name,
        field: e instanceof WidgetError ? e.field : '',
      }),
    );
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const [loaded, setLoaded] = useState(false);
  if (!loaded && props.token) {
    setLoaded(true);
    const token = props.token;
    void run(async () => setStep({ name: 'claim', token, claim: await api.status(token) }));
  }

  return (
    <div class="sl-panel" role="dialog" aria-label={t('title')}>
      <div class="sl-head">
        <span>{t('title')}</span>
        <button type="button" class="sl-x" aria-label={t('close')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <div class="sl-body">
        {error && (
          <div class="sl-error" role="alert">
            {error}
          </div>
        )}
        {step.name === 'identify' && (
          <Identify
            t={t}
            busy={busy}
            onSubmit={(order, contact) =>
              run(async () => setStep({ name: 'form', order: await api.identify(order, contact), contact }))
            }
          />
        )}
        {step.name === 'form' && (
          <ClaimForm
            t={t}
            busy={busy}
            order={step.order}
            money={money}
            onBack={() => setStep({ name: 'identify' })}
            onSubmit={(input, photos) =>
              run(async () => {
                const opened = await api.open({ ...input, order: step.order.order, contact: step.contact, lang });
                localStorage.setItem(tokenKey(props.shop), opened.token);
                let claim = opened.claim;
                setStep({ name: 'claim', token: opened.token, claim });
                for (const photo of photos) {
                  try {
                    await api.photo(opened.token, photo);
                  } catch (e) {
                    fail(e, photo.name);
                  }
                }
                if (photos.length) claim = await api.status(opened.token);
                setStep({ name: 'claim', token: opened.token, claim });
              })
            }
          />
        )}
        {step.name === 'claim' && (
          <ClaimView
            t={t}
            busy={busy}
            claim={step.claim}
            token={step.token}
            money={money}
            onRefresh={() => run(async () => setStep({ ...step, claim: await api.status(step.token) }))}
          />
        )}
      </div>
    </div>
  );
}

function Identify(props: { t: TFunction; busy: boolean; onSubmit: (order: string, contact: string) => void }) {
  const { t } = props;
  const [order, setOrder] = useState('');
  const [contact, setContact] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(order.trim(), contact.trim());
      }}
    >
      <div class="sl-body" style="padding:0">
        <span class="sl-muted">{t('identify.intro')}</span>
        <label>
          {t('identify.order')}
          <input name="order" required maxLength={128} value={order} onInput={(e) => setOrder(e.currentTarget.value)} />
        </label>
        <label>
          {t('identify.contact')}
          <input
            name="contact"
            required
            maxLength={254}
            value={contact}
            onInput={(e) => setContact(e.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={props.busy}>
          {t('identify.submit')}
        </button>
      </div>
    </form>
  );
}

type FormInput =
  | { kind: 'problem'; lineNo: number; problem: ProblemType; description: string }
  | { kind: 'instalments'; months: number; description: string };

function ClaimForm(props: {
  t: TFunction;
  busy: boolean;
  order: IdentifiedOrder;
  money: (amount: string | null, currency: string) => string;
  onBack: () => void;
  onSubmit: (input: FormInput, photos: File[]) => void;
}) {
  const { t, order } = props;
  const [kind, setKind] = useState<'problem' | 'instalments'>('problem');
  const [lineNo, setLineNo] = useState(order.items[0]?.lineNo ?? 0);
  const [problem, setProblem] = useState<ProblemType>('cosmetic_damage');
  const [description, setDescription] = useState('');
  const [months, setMonths] = useState(order.instalmentMonths[0] ?? 0);
  const [photos, setPhotos] = useState<File[]>([]);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(
          kind === 'problem'
            ? { kind, lineNo, problem, description: description.trim() }
            : { kind, months, description: description.trim() },
          kind === 'problem' ? photos.slice(0, maxPhotos) : [],
        );
      }}
    >
      <div class="sl-body" style="padding:0">
        <label>
          {t('choose.item')}
          <select name="item" value={lineNo} onChange={(e) => setLineNo(Number(e.currentTarget.value))}>
            {order.items.map((i) => (
              <option key={i.lineNo} value={i.lineNo}>
                {`${i.model} · ${props.money(i.price, order.currency)}`}
              </option>
            ))}
          </select>
        </label>
        {order.instalmentMonths.length > 0 && (
          <label>
            {t('choose.what')}
            <select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as typeof kind)}>
              <option value="problem">{t('choose.problem')}</option>
              <option value="instalments">{t('choose.instalments')}</option>
            </select>
          </label>
        )}
        {kind === 'problem' ? (
          <>
            <label>
              {t('choose.problem')}
              <select name="problem" value={problem} onChange={(e) => setProblem(e.currentTarget.value as ProblemType)}>
                {problemTypes.map((p) => (
                  <option key={p} value={p}>
                    {t(`problem.${p}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('form.description')}
              <textarea
                name="description"
                required
                maxLength={2000}
                value={description}
                onInput={(e) => setDescription(e.currentTarget.value)}
              />
            </label>
            <label>
              {t('form.photos')}
              <input
                name="photos"
                type="file"
                multiple
                accept="image/jpeg,image/png,image/webp"
                onChange={(e) => setPhotos([...(e.currentTarget.files ?? [])].slice(0, maxPhotos))}
              />
            </label>
          </>
        ) : (
          <label>
            {t('form.months')}
            <select name="months" value={months} onChange={(e) => setMonths(Number(e.currentTarget.value))}>
              {order.instalmentMonths.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
        )}
        <div class="sl-row">
          <button type="button" class="sl-quiet" onClick={props.onBack}>
            {t('form.back')}
          </button>
          <button type="submit" disabled={props.busy}>
            {props.busy ? t('form.sending') : t('form.submit')}
          </button>
        </div>
      </div>
    </form>
  );
}

function ClaimView(props: {
  t: TFunction;
  busy: boolean;
  claim: BuyerClaimView;
  token: string;
  money: (amount: string | null, currency: string) => string;
  onRefresh: () => void;
}) {
  const { t, claim } = props;
  const offer = claim.offer;
  const currency = offer?.currency ?? 'EUR';
  const link = `${location.href.split('#')[0]}#sl-claim=${props.token}`;
  return (
    <div class="sl-body" style="padding:0" data-claim-state={claim.state}>
      <div class="sl-state">{`${t('status.title')}: ${t(`status.${claim.state}`)}`}</div>
      {offer && (
        <>
          <div>{t('offer.title')}</div>
          {offer.options.map((o) => (
            <div key={o.kind} class={`sl-option${o.kind === 'partial_refund' ? ' sl-best' : ''}`} data-option={o.kind}>
              {t(`option.${o.kind}`, { amount: props.money(o.buyerAmount, currency) })}
            </div>
          ))}
          {offer.proposedRefund === null && <div class="sl-muted">{t('offer.none')}</div>}
          {offer.refusal === 'reported_late' && offer.reportBy && (
            <div class="sl-muted">
              {t('offer.reportedLate', { date: new Date(offer.reportBy).toLocaleDateString() })}
            </div>
          )}
          {offer.refusal === 'not_delivered' && <div class="sl-muted">{t('offer.notDelivered')}</div>}
        </>
      )}
      {claim.kind === 'instalments' && claim.months !== null && (
        <div>{t('offer.instalments', { months: claim.months, amount: claim.monthly ?? '' })}</div>
      )}
      {claim.photos > 0 && <div class="sl-muted">{t('status.photosAttached', { n: claim.photos })}</div>}
      {claim.answer && (
        <div class="sl-option" data-answer={claim.answer.answer}>
          {claim.answer.amount && (
            <div>{t('status.answerAmount', { amount: props.money(claim.answer.amount, currency) })}</div>
          )}
          {claim.answer.note && <div>{t('status.answerNote', { note: claim.answer.note })}</div>}
        </div>
      )}
      <div class="sl-muted">{t('offer.link')}</div>
      <div class="sl-link">{link}</div>
      <button type="button" class="sl-quiet" disabled={props.busy} onClick={props.onRefresh}>
        {t('status.refresh')}
      </button>
    </div>
  );
}

/** Only the buyer's language is fetched (each ~1.3 KB gzipped; all eleven would double the panel). */
async function mount(boot: WidgetBoot): Promise<void> {
  const lang = pickWidgetLocale(boot.lang, ...(navigator.languages ?? [navigator.language]));
  const strings = (await (await fetch(`${boot.base}/widget/locales/${lang}.json`)).json()) as Record<string, unknown>;
  await i18next.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: { widget: strings } },
    ns: ['widget'],
    defaultNS: 'widget',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const t = i18next.t.bind(i18next) as unknown as TFunction;
  const style = document.createElement('style');
  style.textContent = panelCss;
  const container = document.createElement('div');
  boot.root.append(style, container);
  const api = widgetApi(boot.base, boot.shop);
  const token = boot.claimToken ?? localStorage.getItem(tokenKey(boot.shop));
  let shown = true;
  const draw = () =>
    render(
      shown ? (
        <Panel
          api={api}
          t={t}
          lang={lang}
          shop={boot.shop}
          token={token}
          onClose={() => {
            shown = false;
            draw();
          }}
        />
      ) : null,
      container,
    );
  boot.open = () => {
    shown = !shown;
    draw();
  };
  draw();
}

const boot = (window as unknown as { __sellerLensWidget?: WidgetBoot }).__sellerLensWidget;
if (boot) void mount(boot);
