import { describe, expect, it } from 'vitest';
import { checkReply, escalationsFor } from '../../../server/domain/replies/guard.ts';
import type { ReplyLanguage } from '../../../shared/drafts.ts';
import { replyResources } from '../../../shared/reply-i18n.ts';

/** Per language: a blaming edit, a disputing one, a removal deal, and a clean reply that must pass. */
const examples: Record<ReplyLanguage, { blame: string; dispute: string; deal: string; clean: string }> = {
  en: {
    blame: 'You should have read the description before buying.',
    dispute: 'This review is false, the parcel was fine.',
    deal: 'Please delete your review and we will give you a 20% discount.',
    clean: 'We are sorry the item arrived late; we will refund the shipping cost.',
  },
  uk: {
    blame: 'Ви самі винні, треба було читати опис.',
    dispute: 'Це неправда, товар був справний.',
    deal: 'Видаліть відгук, і ми дамо Вам знижку 10%.',
    clean: 'Нам шкода, що посилка запізнилася; ми повернемо Вам вартість доставки.',
  },
  ru: {
    blame: 'Надо было читать описание, прежде чем заказывать.',
    dispute: 'Ваш отзыв ложный, мы всё отправили вовремя.',
    deal: 'Удалите отзыв, и мы вернём Вам часть денег.',
    clean: 'Нам жаль, что посылка опоздала; мы вернём Вам стоимость доставки.',
  },
  pl: {
    blame: 'Trzeba było czytać opis przed zakupem.',
    dispute: 'To nieprawda, paczka wyszła na czas.',
    deal: 'Prosimy usunąć opinię, a dostaną Państwo rabat 15%.',
    clean: 'Przepraszamy za opóźnienie; zwrócimy koszt wysyłki.',
  },
  fi: {
    blame: 'Teidän olisi pitänyt lukea kuvaus ennen ostoa.',
    dispute: 'Tämä ei pidä paikkaansa, paketti lähti ajallaan.',
    deal: 'Poistakaa arvostelu, niin saatte alennuksen.',
    clean: 'Pahoittelemme viivästystä ja hyvitämme toimituskulut.',
  },
  fr: {
    blame: 'Vous auriez dû lire la description avant de commander.',
    dispute: 'Cet avis est faux, le colis est parti à temps.',
    deal: 'Supprimez votre avis et nous vous offrirons une réduction.',
    clean: 'Nous sommes désolés du retard et vous remboursons les frais de port.',
  },
  de: {
    blame: 'Selbst schuld, Sie hätten die Beschreibung lesen sollen.',
    dispute: 'Das stimmt nicht, das Paket ging pünktlich raus.',
    deal: 'Löschen Sie Ihre Bewertung, dann bekommen Sie einen Gutschein.',
    clean: 'Es tut uns leid, dass das Paket zu spät kam; wir erstatten die Versandkosten.',
  },
  it: {
    blame: 'Avrebbe dovuto leggere la descrizione prima di ordinare.',
    dispute: 'Non è vero, il pacco è partito in tempo.',
    deal: 'Rimuova la recensione e le faremo uno sconto.',
    clean: 'Ci scusiamo per il ritardo e Le rimborsiamo le spese di spedizione.',
  },
  es: {
    blame: 'Debería haber leído la descripción antes de comprar.',
    dispute: 'Esta reseña es falsa, el paquete salió a tiempo.',
    deal: 'Elimine su reseña y le daremos un descuento.',
    clean: 'Lamentamos el retraso y le reembolsamos los gastos de envío.',
  },
  zh: {
    blame: '是您自己不看描述，这是您自己的问题。',
    dispute: '这条差评是虚假的。',
    deal: '删除差评后我们给您退款。',
    clean: '很抱歉包裹晚到了，我们会退还运费。',
  },
  ms: {
    blame: 'Anda sepatutnya membaca penerangan sebelum membeli.',
    dispute: 'Ulasan ini palsu, bungkusan dihantar tepat pada masanya.',
    deal: 'Sila padamkan ulasan dan kami akan beri diskaun.',
    clean: 'Kami memohon maaf atas kelewatan dan akan memulangkan kos penghantaran.',
  },
};

const kinds = (text: string, lang: ReplyLanguage, known?: string[]) => checkReply(text, lang, known).map((w) => w.kind);

describe.each(Object.entries(examples) as [ReplyLanguage, (typeof examples)['en']][])('guard in %s', (lang, ex) => {
  it('warns on blaming the buyer', () => expect(kinds(ex.blame, lang)).toContain('blame'));
  it('warns on disputing the review', () => expect(kinds(ex.dispute, lang)).toContain('dispute'));
  it('warns on asking for removal in exchange for something', () =>
    expect(kinds(ex.deal, lang)).toContain('removal_deal'));
  it('lets a constructive reply through', () => expect(kinds(ex.clean, lang)).toEqual([]));
  it('warns on personal data', () => {
    expect(kinds(`${ex.clean} anna.kowalska@example.com`, lang)).toContain('personal_data');
    expect(kinds(`${ex.clean} +48 601 234 567`, lang)).toContain('personal_data');
  });
  it('does not take a review itself about late delivery for one needing a person', () =>
    expect(escalationsFor(ex.clean, lang)).toEqual([]));
});

describe('guard details', () => {
  it('does not count the order id the draft was built from as a phone number', () => {
    expect(kinds('Your order 4402918833 is on its way.', 'en', ['4402918833'])).toEqual([]);
    expect(kinds('Your order 4402918833 is on its way.', 'en')).toEqual(['personal_data']);
  });
  it('finds a street address', () =>
    expect(kinds('Send it to 12 Baker Street please.', 'en')).toEqual(['personal_data']));
  it('does not mistake dishes for a court or courtesy for a lawsuit', () => {
    expect(escalationsFor('Посуда пришла разбитая', 'ru')).toEqual([]);
    expect(escalationsFor('The staff lacked basic courtesy', 'en')).toEqual([]);
    expect(escalationsFor('Ich muss mich leider beklagen: brandneu, aber kaputt', 'de')).toEqual([]);
  });
  it('names every reason a review needs a person', () => {
    const reasons = escalationsFor('Scam! The charger caught fire and I am calling my lawyer', 'en').map(
      (e) => e.reason,
    );
    expect(reasons).toEqual(['legal', 'fraud', 'safety']);
  });
});

describe('every reply phrase passes its own guard', () => {
  const flatten = (value: unknown, out: string[] = []): string[] => {
    if (value !== null && typeof value === 'object') for (const child of Object.values(value)) flatten(child, out);
    else out.push(String(value));
    return out;
  };
  it.each(Object.keys(replyResources) as ReplyLanguage[])('%s', (lang) => {
    const phrases = flatten(replyResources[lang].reply).map((p) => p.replaceAll(/\{\{\s*\w+\s*\}\}/g, 'X'));
    const tripped = phrases.filter((p) => checkReply(p, lang).length > 0 || escalationsFor(p, lang).length > 0);
    expect(tripped).toEqual([]);
  });
});
