import { defineConfig } from 'wxt';
import { unescapeUnicode } from './scripts/lib/unescape-unicode';

/**
 * Two builds come out of this config:
 * - the shipped build (`npm run build`): activeTab + scripting + storage, nothing else;
 * - the automation build (`THREADWISE_BUILD=automation`, used by tests and the command line):
 *   identical code, plus a host permission, because activeTab is only granted by a person's
 *   click on the toolbar button, which an automated browser cannot give.
 */
const automation = process.env.THREADWISE_BUILD === 'automation';

export const GECKO_ID = 'threadwise@threadwise.invalid';
/**
 * Suggested key for opening the popup; the browser lets the user change it (README: Keyboard
 * shortcut). Not Alt+Shift+T: that is Chromium's own "focus the toolbar" on Windows and Linux, and
 * Chromium leaves an extension that suggests it without any shortcut (so do Alt+Shift+R and W).
 */
export const OPEN_POPUP_SHORTCUT = 'Alt+Shift+Y';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Non-ASCII text (Cyrillic word lists, quotation marks in the cue patterns) is written as UTF-8,
  // not as six-byte \uXXXX escapes: the bundles are smaller (background 255 -> about 245 kB).
  // Browsers read extension scripts as UTF-8 (Chrome requires it of content scripts).
  vite: () => ({
    esbuild: { charset: 'utf8' },
    plugins: [
      {
        name: 'threadwise:unescape-unicode',
        enforce: 'post',
        generateBundle(_options: unknown, bundle: Record<string, { type: string; code?: string }>) {
          for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.code) chunk.code = unescapeUnicode(chunk.code);
        },
      },
    ],
  }),
  // Every module imports what it uses: explicit imports keep the layers visible (pure logic
  // must not reach browser APIs by accident) and avoid name clashes between utils folders.
  imports: false,
  hooks: {
    // The store packages are made from the shipped build only: never from the one with <all_urls>.
    'zip:start': () => {
      if (automation) throw new Error('npm run zip packages the shipped build: unset THREADWISE_BUILD');
    },
  },
  // `npm run zip` (wxt zip for Chrome and for Firefox): the store packages, named with the
  // package.json version, and the sources archive addons.mozilla.org asks for. The sources are
  // what a reviewer needs to rebuild (see README, "Publishing"): code, config, lock file,
  // icons, scripts; not dependencies, outputs, tests, seed pages or test artifacts.
  zip: {
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{packageVersion}}-sources.zip',
    excludeSources: [
      'tests/**',
      'seeds/**',
      'artifacts/**',
      'test-results/**',
      'playwright-report/**',
      '**/*.log',
      '.output/**',
    ],
  },
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}${automation ? '-automation' : ''}{{modeSuffix}}`,
  manifest: ({ browser, manifestVersion }) => ({
    // Texts from public/_locales/<lang>/messages.json: the browser shows them in its own language.
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(automation ? { host_permissions: ['<all_urls>'] } : {}),
    // Asked for one site at a time, only when the user turns on automatic analysis for it.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: '__MSG_action_title__' },
    // The browser's built-in "open the popup" command (MV2 names it after browser_action).
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: { suggested_key: { default: OPEN_POPUP_SHORTCUT } },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
