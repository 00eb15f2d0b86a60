/** The SellerLens mark: a lens over a rising bar. Decorative; the brand name is always beside it. */
export function LensIcon({ size = 18 }: { size?: number }) {
  return (
    <svg class="sl-icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" stroke-width="2.4" />
      <path d="M15 15l5.5 5.5" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" />
      <path d="M7 12.5v-2M10 12.5V7.5M13 12.5v-3.5" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}
