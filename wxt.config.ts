import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { dictionaryPlugin } from './dictionary/vite-plugin';

/**
 * Preact supports `dangerouslySetInnerHTML` with one `el.innerHTML = html` assignment, which
 * Firefox review's linter (web-ext lint) flags. MedGloss never uses it (all text is rendered as
 * text), so the build turns that assignment into `textContent`: the warning goes, and even a
 * future misuse would show markup as text. tests/unit/built-extension.test.ts checks the bundles.
 */
function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'medgloss:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.m?js$/.test(id.split('?')[0])) return null;
      const rewritten = code.replace(/\.innerHTML\s*=(?!=)/g, '.textContent=');
      if (rewritten === code) this.error('preact: the innerHTML assignment to rewrite was not found');
      return { code: rewritten, map: null };
    },
  };
}

/** entrypoints/early-read.content.ts, as built. */
const EARLY_READ_SCRIPT = 'content-scripts/early-read.js';

const ICONS = Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`]));

// See https://wxt.dev/api/config.html
export default defineConfig({
  // A separate output folder lets parallel work (benchmarks, tests) build without racing.
  outDir: process.env.MEDGLOSS_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 everywhere (WXT would build MV2 for Firefox otherwise).
  manifestVersion: 3,
  manifest: {
    name: 'MedGloss',
    description: 'Highlights medical jargon on any page and explains it in plain language. Offline and private.',
    permissions: ['storage', 'contextMenus'],
    // Rendered from assets/icon.svg by `npm run icons` (committed PNGs: public/icon/).
    icons: ICONS,
    action: { default_title: 'MedGloss', default_icon: ICONS },
    commands: {
      'explain-selection': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: 'Explain the selected text',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Switch highlighting on or off for this site',
      },
    },
  },
  hooks: {
    // Firefox-only keys (Chrome would warn about them): the add-on id, and "no data collected".
    'build:manifestGenerated': (wxt, manifest) => {
      // The browser runs content scripts of one run_at in the manifest's order, and WXT lists
      // them by name: the early read (entrypoints/early-read.content.ts) must come first.
      const scripts = manifest.content_scripts ?? [];
      const early = scripts.filter((script) => script.js?.includes(EARLY_READ_SCRIPT));
      if (early.length !== 1) throw new Error(`wxt.config.ts: expected ${EARLY_READ_SCRIPT} once in the manifest`);
      manifest.content_scripts = [...early, ...scripts.filter((script) => !early.includes(script))];
      if (wxt.config.browser !== 'firefox') return;
      manifest.browser_specific_settings = {
        gecko: {
          id: 'medgloss@medgloss.app',
          data_collection_permissions: { required: ['none'] },
        },
      } as typeof manifest.browser_specific_settings;
    },
  },
  vite: () => ({
    plugins: [preact(), dictionaryPlugin(), preactWithoutInnerHtml()],
  }),
});
