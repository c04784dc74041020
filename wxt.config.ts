import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { dictionaryPlugin } from './dictionary/vite-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'MedGloss',
    description: 'Highlights medical jargon on any page and explains it in plain language. Offline and private.',
    permissions: ['storage'],
    action: { default_title: 'MedGloss' },
  },
  vite: () => ({
    plugins: [preact(), dictionaryPlugin()],
  }),
});
