import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_PAGE = resolve(ROOT, 'seeds/russia-belarus-union/page.html');
export const CORPUS_DIR = resolve(ROOT, '../shared/corpus');
export const DRAGNET_DIR = resolve(ROOT, '../shared/corpus-dragnet');
export const ARTIFACTS_DIR = resolve(ROOT, 'artifacts');

export type BrowserName = 'chromium' | 'firefox';

/** The automation build of the extension for a browser (see wxt.config.ts for how it differs). */
export function automationBuildDir(browser: BrowserName): string {
  return resolve(ROOT, '.output', browser === 'chromium' ? 'chrome-mv3-automation' : 'firefox-mv2-automation');
}

/** Executable of a browser: an environment variable wins, then Debian's paths. */
export function browserExecutable(browser: BrowserName): string {
  const candidates =
    browser === 'chromium'
      ? [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium']
      : [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      `${browser} not found. Run \`npm run setup\` (installs Debian's chromium and firefox-esr) or set ${browser === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}.`,
    );
  }
  return found;
}
