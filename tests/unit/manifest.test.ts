/**
 * The manifest each build gets from wxt.config.ts: its texts come from the messages files, and it
 * declares the browser's "open the popup" command with the suggested key, under the name each
 * manifest version uses. (The end-to-end tests read the same from the built extensions.)
 */
import { describe, expect, it } from 'vitest';
import config, { OPEN_POPUP_SHORTCUT } from '../../wxt.config';
import { readMessages } from './i18n/messages';

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => Record<string, unknown>;
const manifest = (browser: string, manifestVersion: 2 | 3) =>
  (config.manifest as unknown as ManifestFn)({ browser, manifestVersion, mode: 'production', command: 'build' });

describe('manifest', () => {
  it.each([
    ['chrome', 3, '_execute_action'],
    ['firefox', 2, '_execute_browser_action'],
    ['firefox', 3, '_execute_action'],
  ] as const)('%s MV%i opens the popup with %s on Alt+Shift+Y', (browser, version, command) => {
    expect(OPEN_POPUP_SHORTCUT).toBe('Alt+Shift+Y');
    expect(manifest(browser, version).commands).toEqual({ [command]: { suggested_key: { default: 'Alt+Shift+Y' } } });
  });

  it('takes its name, description and button title from the messages, defaulting to English', () => {
    const m = manifest('chrome', 3);
    expect(m.default_locale).toBe('en');
    const en = readMessages('en');
    for (const text of [m.name, m.description, (m.action as { default_title: string }).default_title]) {
      const name = /^__MSG_(\w+)__$/.exec(String(text))?.[1];
      expect(name && en[name]?.message, String(text)).toBeTruthy();
    }
  });
});
