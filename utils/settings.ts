import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, Settings } from './schema';

/** The user's settings, defined once; every context reads them through this item. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads the settings, repairing anything a past version or a hand edit left malformed. */
export async function readSettings(): Promise<Settings> {
  const parsed = Settings.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
