import type { inferRouterOutputs } from '@trpc/server';
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AppRouter } from '../server/routers/index.ts';
import type { SellerOverview, SellerRefInput, Whoami } from '../shared/api.ts';
import type { UiLocale } from '../shared/locale-tag.ts';
import type { SellerEvaluation } from '../shared/quality.ts';
import type { Settings } from './connection.ts';
import type { LocaleResources } from './ui/locale.ts';

/**
 * The one typed channel between the background (which owns all I/O) and the content scripts,
 * options page and popup. Handlers answer with results, never throw, so that every caller renders
 * every outcome.
 */

export type ApiErrorCode =
  | 'no_token'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'offline'
  | 'server_error'
  | 'bad_server_url';

export interface ApiFailure {
  ok: false;
  error: ApiErrorCode;
  /** Diagnostic detail in English (server message); the UI shows its own text for `error`. */
  message: string;
}

export type OverviewResult =
  | {
      ok: true;
      overview: SellerOverview;
      /** The seller's quality evaluation; null when the server could not give one (the figures still show). */
      quality: SellerEvaluation | null;
      /** True when the server could not be reached and these are the last figures it gave. */
      stale: boolean;
      /** When the server computed these figures (ISO 8601). */
      fetchedAt: string;
    }
  | ApiFailure;

type ServerOutputs = inferRouterOutputs<AppRouter>;
/** An unresolved negative review as `reviews.unresolved` gives it: reasons, age and the 14-day deadline. */
export type UnresolvedReview = ServerOutputs['reviews']['unresolved'][number];
/** A reason's count over 90 days with example review ids, as `reviews.reasonGroups` gives it. */
export type ReasonGroup = ServerOutputs['reviews']['reasonGroups'][number];

export type ReviewInsightsResult =
  | {
      ok: true;
      unresolved: UnresolvedReview[];
      reasonGroups: ReasonGroup[];
      /** True when the server could not be reached and these are the last insights it gave. */
      stale: boolean;
      fetchedAt: string;
    }
  | ApiFailure;

export type WhoamiResult = { ok: true; me: Whoami; stale: boolean } | ApiFailure;

export type SaveSettingsResult = { ok: true; settings: Settings } | ApiFailure;

export interface ProtocolMap {
  getSellerOverview(ref: SellerRefInput): OverviewResult;
  /** Unresolved negatives and reason groups of a seller, for the review rows and the alert banner. */
  getReviewInsights(ref: SellerRefInput): ReviewInsightsResult;
  /** One locale's overlay resources, so content scripts do not bundle every locale. */
  getLocale(locale: UiLocale): LocaleResources;
  whoami(): WhoamiResult;
  /** Tries settings without saving them (options page only). */
  testConnection(settings: Settings): WhoamiResult;
  /** Options page only: the token never reaches content scripts. */
  getSettings(): Settings;
  saveSettings(settings: Settings): SaveSettingsResult;
  openOptions(): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
