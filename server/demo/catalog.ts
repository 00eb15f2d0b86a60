import type { Component } from '../../shared/reasons.ts';
import type { DemoLanguage } from './texts/types.ts';

/** Products, seller categories and buyer-language mixes for the demo marketplace (prices in UAH). */

export interface Product {
  sku: string;
  model: string | null;
  category: string;
  price: number;
  /** Relative popularity within its shop. */
  weight: number;
}

export type ShopCategory = 'phones' | 'laptops' | 'audio' | 'home' | 'accessories';

const phones: Product[] = [
  { sku: 'galaxy-s10-128', model: 'Galaxy S10', category: 'phones', price: 8999, weight: 5 },
  { sku: 'galaxy-a52-128', model: 'Galaxy A52', category: 'phones', price: 9499, weight: 4 },
  { sku: 'galaxy-a14-64', model: 'Galaxy A14', category: 'phones', price: 5999, weight: 4 },
  { sku: 'iphone-11-64', model: 'iPhone 11', category: 'phones', price: 14999, weight: 5 },
  { sku: 'iphone-12-128', model: 'iPhone 12', category: 'phones', price: 18999, weight: 3 },
  { sku: 'iphone-xr-64', model: 'iPhone XR', category: 'phones', price: 10499, weight: 2 },
  { sku: 'redmi-note-9-64', model: 'Redmi Note 9', category: 'phones', price: 4999, weight: 5 },
  { sku: 'redmi-note-12-128', model: 'Redmi Note 12', category: 'phones', price: 7299, weight: 4 },
  { sku: 'poco-x5-pro-256', model: 'Poco X5 Pro', category: 'phones', price: 9999, weight: 2 },
  { sku: 'pixel-4a-128', model: 'Pixel 4a', category: 'phones', price: 6999, weight: 1 },
  { sku: 'moto-g84-256', model: 'Moto G84', category: 'phones', price: 8499, weight: 1 },
];

const accessories: Product[] = [
  { sku: 'baseus-25w-usbc', model: 'Baseus 25W USB-C charger', category: 'accessories', price: 449, weight: 3 },
  { sku: 'case-silicone', model: null, category: 'accessories', price: 299, weight: 4 },
  { sku: 'glass-9h', model: null, category: 'accessories', price: 199, weight: 4 },
  { sku: 'anker-powercore-10k', model: 'Anker PowerCore 10000', category: 'accessories', price: 1199, weight: 2 },
  { sku: 'usbc-cable-1m', model: null, category: 'accessories', price: 179, weight: 3 },
];

const laptops: Product[] = [
  { sku: 'ideapad-3-15', model: 'Lenovo IdeaPad 3 15', category: 'laptops', price: 21999, weight: 4 },
  { sku: 'thinkpad-t480', model: 'ThinkPad T480', category: 'laptops', price: 13999, weight: 3 },
  { sku: 'macbook-air-m1', model: 'MacBook Air M1', category: 'laptops', price: 35999, weight: 3 },
  { sku: 'vivobook-15', model: 'ASUS VivoBook 15', category: 'laptops', price: 19499, weight: 3 },
  { sku: 'hp-250-g8', model: 'HP 250 G8', category: 'laptops', price: 16999, weight: 2 },
  { sku: 'acer-aspire-5', model: 'Acer Aspire 5', category: 'laptops', price: 20999, weight: 2 },
  { sku: 'latitude-5490', model: 'Dell Latitude 5490', category: 'laptops', price: 12499, weight: 2 },
];

const laptopExtras: Product[] = [
  { sku: 'logitech-m185', model: 'Logitech M185', category: 'accessories', price: 399, weight: 3 },
  { sku: 'laptop-bag-15', model: null, category: 'accessories', price: 699, weight: 2 },
];

const audio: Product[] = [
  { sku: 'jbl-tune-510bt', model: 'JBL Tune 510BT', category: 'headphones', price: 1799, weight: 5 },
  { sku: 'sony-wh-1000xm4', model: 'Sony WH-1000XM4', category: 'headphones', price: 11999, weight: 2 },
  { sku: 'airpods-pro-2', model: 'AirPods Pro 2', category: 'headphones', price: 9999, weight: 3 },
  { sku: 'redmi-buds-4-lite', model: 'Redmi Buds 4 Lite', category: 'headphones', price: 899, weight: 5 },
  { sku: 'marshall-major-iv', model: 'Marshall Major IV', category: 'headphones', price: 5499, weight: 2 },
  { sku: 'jbl-flip-6', model: 'JBL Flip 6', category: 'headphones', price: 4999, weight: 3 },
];

const home: Product[] = [
  { sku: 'tefal-ingenio-3', model: 'Tefal Ingenio Essential 3 pcs', category: 'home', price: 2499, weight: 3 },
  { sku: 'philips-hd9252', model: 'Philips Essential Airfryer HD9252', category: 'home', price: 3999, weight: 4 },
  { sku: 'mi-smart-kettle', model: 'Xiaomi Mi Smart Kettle', category: 'home', price: 1499, weight: 4 },
  { sku: 'bed-linen-euro', model: null, category: 'home', price: 1899, weight: 3 },
  { sku: 'storage-boxes-3', model: null, category: 'home', price: 649, weight: 3 },
  { sku: 'bosch-mum4', model: 'Bosch MUM4 mixer', category: 'home', price: 5299, weight: 1 },
  { sku: 'dreame-d9', model: 'Dreame D9 robot vacuum', category: 'home', price: 8999, weight: 2 },
];

export interface ShopAssortment {
  main: Product[];
  extras: Product[];
}

export const assortments: Record<ShopCategory, ShopAssortment> = {
  phones: { main: phones, extras: accessories },
  laptops: { main: laptops, extras: laptopExtras },
  audio: { main: audio, extras: [] },
  home: { main: home, extras: [] },
  accessories: { main: accessories, extras: [] },
};

/** Which component a fault hits, by item category. */
export const faultComponents: Record<string, readonly (readonly [Component, number])[]> = {
  phones: [
    ['battery', 35],
    ['screen', 20],
    ['charger', 15],
    ['camera', 10],
    ['speaker', 10],
    ['other', 10],
  ],
  laptops: [
    ['battery', 30],
    ['screen', 20],
    ['keyboard', 25],
    ['charger', 15],
    ['other', 10],
  ],
  headphones: [
    ['battery', 35],
    ['speaker', 40],
    ['charger', 10],
    ['other', 15],
  ],
  accessories: [
    ['charger', 50],
    ['other', 50],
  ],
  home: [['other', 1]],
};

export interface Country {
  code: string;
  language: DemoLanguage;
  /** Buyer languages of a typical shop from this country. */
  buyers: readonly (readonly [DemoLanguage, number])[];
  /** How often peers come from this country. */
  share: number;
  /** Shop names that fit any category, and cities to tell namesakes apart. */
  names: readonly string[];
  cities: readonly string[];
}

export const countries: readonly Country[] = [
  {
    code: 'UA',
    language: 'uk',
    buyers: [
      ['uk', 62],
      ['ru', 30],
      ['en', 4],
      ['pl', 2],
      ['de', 2],
    ],
    share: 55,
    names: [
      'Оптимум',
      'Крамниця Петренка',
      'Добрий Вибір',
      'Bazar.ua',
      'Lavka',
      'Маркет Плюс',
      'Хороша Покупка',
      'Твій Магазин',
      'Zakupka',
      'Світ Покупок',
      'Ярмарок',
      'Best Price UA',
    ],
    cities: ['Київ', 'Львів', 'Одеса', 'Дніпро', 'Харків', 'Вінниця'],
  },
  {
    code: 'PL',
    language: 'pl',
    buyers: [
      ['pl', 80],
      ['uk', 12],
      ['en', 5],
      ['de', 3],
    ],
    share: 10,
    names: ['Sklep Nowak', 'Dobry Wybór', 'Okazja24', 'Centrum Zakupów', 'Sklepik Ani'],
    cities: ['Kraków', 'Warszawa', 'Gdańsk', 'Poznań'],
  },
  {
    code: 'FI',
    language: 'fi',
    buyers: [
      ['fi', 80],
      ['en', 15],
      ['ru', 5],
    ],
    share: 4,
    names: ['Kauppapiste', 'Hyvä Valinta', 'Kotikauppa', 'Nettikulma'],
    cities: ['Helsinki', 'Tampere', 'Oulu'],
  },
  {
    code: 'FR',
    language: 'fr',
    buyers: [
      ['fr', 85],
      ['en', 10],
      ['es', 5],
    ],
    share: 6,
    names: ['Le Bon Choix', 'Boutique Martin', 'Comptoir Malin', 'La Bonne Affaire'],
    cities: ['Lyon', 'Paris', 'Lille'],
  },
  {
    code: 'DE',
    language: 'de',
    buyers: [
      ['de', 85],
      ['en', 10],
      ['pl', 5],
    ],
    share: 7,
    names: ['Kaufhaus Müller', 'Gute Wahl', 'Schnäppchen-Ecke', 'Fachhandel Schmidt'],
    cities: ['Berlin', 'Hamburg', 'München'],
  },
  {
    code: 'IT',
    language: 'it',
    buyers: [
      ['it', 90],
      ['en', 10],
    ],
    share: 4,
    names: ['Bottega Rossi', 'La Scelta Giusta', 'Emporio Bianchi', 'Buon Prezzo'],
    cities: ['Milano', 'Torino', 'Bologna'],
  },
  {
    code: 'ES',
    language: 'es',
    buyers: [
      ['es', 90],
      ['en', 10],
    ],
    share: 4,
    names: ['Tienda García', 'Buena Compra', 'El Rincón del Ahorro', 'Bazar López'],
    cities: ['Madrid', 'Valencia', 'Sevilla'],
  },
  {
    code: 'CN',
    language: 'zh',
    buyers: [
      ['zh', 85],
      ['en', 15],
    ],
    share: 6,
    names: ['优选商城', '好物小店', '诚信百货', '星光商行'],
    cities: ['深圳', '杭州', '广州'],
  },
  {
    code: 'MY',
    language: 'ms',
    buyers: [
      ['ms', 65],
      ['en', 20],
      ['zh', 15],
    ],
    share: 4,
    names: ['Kedai Serba Ada', 'Pilihan Bijak', 'Kedai Pak Ali', 'Borong Murah'],
    cities: ['KL', 'Penang', 'Johor Bahru'],
  },
];

export const shopCategoryShares: readonly (readonly [ShopCategory, number])[] = [
  ['phones', 35],
  ['laptops', 20],
  ['audio', 15],
  ['home', 20],
  ['accessories', 10],
];
