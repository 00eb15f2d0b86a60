import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ui = join(dirname(fileURLToPath(import.meta.url)), 'ui');

export interface WidgetBundle {
  /** The script a shop embeds: draws the launcher, loads the panel on first click. */
  loader: string;
  /** The panel: Preact, the claim form and the claim's status, with its locales. */
  panel: string;
}

let bundle: Promise<WidgetBundle> | null = null;

/** Both scripts, built once per process with esbuild (~100 ms) on first request, so `npm start` needs no build step. */
export function widgetBundle(): Promise<WidgetBundle> {
  bundle ??= Promise.all([bundleOf('loader.ts'), bundleOf('panel.tsx')]).then(([loader, panel]) => ({ loader, panel }));
  bundle.catch(() => {
    bundle = null;
  });
  return bundle;
}

async function bundleOf(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(ui, entry)],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`widget: esbuild wrote nothing for ${entry}`);
  return file.text;
}
