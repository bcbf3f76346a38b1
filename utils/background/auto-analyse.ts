/**
 * Automatic analysis, opt-in per site: the content script is registered for exactly the sites
 * the user turned on and granted, and for nothing else. Without it, Threadwise runs only when
 * its button is clicked.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../schema';
import { sitePattern } from '../sites';

const SCRIPT_ID = 'threadwise-auto';
const CONTENT_SCRIPT = 'content-scripts/content.js';

/** The sites of the settings whose permission the browser still holds. */
export async function grantedSites(settings: Settings): Promise<string[]> {
  const granted: string[] = [];
  for (const origin of settings.autoSites) {
    if (await browser.permissions.contains({ origins: [sitePattern(origin)] }).catch(() => false)) granted.push(origin);
  }
  return granted;
}

export async function syncAutoAnalysis(settings: Settings): Promise<string[]> {
  const sites = await grantedSites(settings);
  try {
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (sites.length > 0) {
      await browser.scripting.registerContentScripts([
        { id: SCRIPT_ID, matches: sites.map(sitePattern), js: [CONTENT_SCRIPT], runAt: 'document_idle', allFrames: true },
      ]);
    }
  } catch (error) {
    console.warn('Threadwise: could not update automatic analysis', error);
  }
  return sites;
}
