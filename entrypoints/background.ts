import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetTab } from '../utils/background/controller';
import { handleBackgroundMessage } from '../utils/background/router';

export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((raw, sender) =>
    handleBackgroundMessage(raw, sender, browser.runtime.id, extensionOrigin).catch((error: unknown) => {
      console.error('Threadwise: message failed', error);
      return { ok: false, reason: 'internal error' };
    }),
  );

  // A reload or a navigation makes the tab's result stale; a closed tab needs none.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
