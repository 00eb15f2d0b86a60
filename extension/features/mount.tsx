import { type ComponentChild, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptAppendMode } from 'wxt/utils/content-script-ui/types';

export interface ShadowMount {
  /** The custom element's name; CSS can tell overlays apart with `:host(name)`. */
  name: string;
  anchor: Element;
  append: ContentScriptAppendMode;
  view: () => ComponentChild;
}

/**
 * Renders a Preact view in its own shadow root next to `anchor`, and removes it when `signal` aborts
 * (navigation away, extension update). Resolves once mounted, or at once when already aborted.
 */
export async function mountInShadow(ctx: ContentScriptContext, signal: AbortSignal, mount: ShadowMount): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: mount.name,
    position: 'inline',
    anchor: mount.anchor,
    append: mount.append,
    onMount(container) {
      render(mount.view(), container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  if (signal.aborted) return;
  ui.mount();
  signal.addEventListener('abort', () => ui.remove(), { once: true });
}
