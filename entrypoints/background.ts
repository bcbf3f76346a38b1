import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncAutoAnalysis } from '../utils/background/auto-analyse';
import { forgetStaleTab, forgetTab } from '../utils/background/controller';
import { handleBackgroundMessage } from '../utils/background/router';
import { readSettings, settingsItem } from '../utils/settings';
import { siteOriginOf } from '../utils/sites';

export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((raw, sender) =>
    handleBackgroundMessage(raw, sender, browser.runtime.id, extensionOrigin).catch((error: unknown) => {
      console.error('Threadwise: message failed', error);
      return { ok: false, reason: 'internal error' };
    }),
  );

  // A reload or a navigation makes the tab's result stale (on a single-page site the content
  // script reports the new page by itself); a closed tab needs none.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading' || changeInfo.url !== undefined) void forgetStaleTab(tabId, changeInfo.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

  // Automatic analysis runs only on the sites the user turned on, and stops when access is withdrawn.
  void readSettings().then(syncAutoAnalysis);
  settingsItem.watch((next) => next && void syncAutoAnalysis(next));
  browser.permissions.onRemoved.addListener(async ({ origins = [] }) => {
    const settings = await readSettings();
    const withdrawn = new Set(origins.map((pattern) => siteOriginOf(pattern.replace(/\/\*$/, '/'))));
    const autoSites = settings.autoSites.filter((site) => !withdrawn.has(site));
    if (autoSites.length !== settings.autoSites.length) await settingsItem.setValue({ ...settings, autoSites });
  });
});
