import { Fragment } from 'preact';
import type { MarkedDisplay, Sensitivity, Settings } from '../utils/schema';
import type { MessageKey } from '../utils/view/i18n';
import { RichText, useI18n } from './i18n';
import type { PopupActions } from './types';

const SENSITIVITIES: Array<[Sensitivity, MessageKey]> = [
  ['lenient', 'sensitivity_lenient'],
  ['normal', 'sensitivity_normal'],
  ['strict', 'sensitivity_strict'],
];
const DISPLAYS: Array<[MarkedDisplay, MessageKey]> = [
  ['normal', 'display_normal'],
  ['dim', 'display_dim'],
  ['collapse', 'display_collapse'],
];

export interface SettingsPanelProps {
  settings: Settings;
  /** Origin of the current page, when it is a web page automatic analysis could run on. */
  siteOrigin: string | null;
  /** The shortcut that opens Threadwise, as the browser reports it; '' when none is set, null when unknown. */
  shortcut: string | null;
  /** Whose way of changing the shortcut to describe. */
  browserFamily: 'chrome' | 'firefox';
  actions: Pick<PopupActions, 'updateSettings' | 'setAutoAnalyse'> & Partial<Pick<PopupActions, 'openShortcutSettings'>>;
  onClose: () => void;
}

/** "Alt+Shift+T" as keys: each key in its own <kbd>. */
function Keys({ shortcut }: { shortcut: string }) {
  const keys = shortcut.split('+');
  return (
    <kbd class="shortcut">
      {keys.map((key, k) => (
        <Fragment key={k}>
          {k > 0 ? '+' : null}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </kbd>
  );
}

export function SettingsPanel({ settings, siteOrigin, shortcut, browserFamily, actions, onClose }: SettingsPanelProps) {
  const i18n = useI18n();
  const autoHere = siteOrigin !== null && settings.autoSites.includes(siteOrigin);
  return (
    <section class="settings" aria-label={i18n.t('settings')}>
      <fieldset>
        <legend>{i18n.t('sensitivity_legend')}</legend>
        {SENSITIVITIES.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="sensitivity"
              value={value}
              checked={settings.sensitivity === value}
              onChange={() => actions.updateSettings({ sensitivity: value })}
            />
            {i18n.t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{i18n.t('on_page_legend')}</legend>
        <label>
          <input
            type="checkbox"
            name="showLabels"
            checked={settings.showLabels}
            onChange={(event) => actions.updateSettings({ showLabels: (event.currentTarget as HTMLInputElement).checked })}
          />
          {i18n.t('show_labels')}
        </label>
        <label class="select">
          {i18n.t('marked_comments')}
          <select
            name="markedDisplay"
            value={settings.markedDisplay}
            onChange={(event) => actions.updateSettings({ markedDisplay: (event.currentTarget as HTMLSelectElement).value as MarkedDisplay })}
          >
            {DISPLAYS.map(([value, label]) => (
              <option key={value} value={value}>
                {i18n.t(label)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>{i18n.t('auto_legend')}</legend>
        <label>
          <input
            type="checkbox"
            name="autoAnalyse"
            checked={autoHere}
            disabled={siteOrigin === null}
            onChange={(event) => siteOrigin && actions.setAutoAnalyse(siteOrigin, (event.currentTarget as HTMLInputElement).checked)}
          />
          {siteOrigin ? <RichText name="auto_site" parts={[<b>{new URL(siteOrigin).host}</b>]} /> : i18n.t('auto_this_site')}
        </label>
        <p class="hint">{i18n.t('auto_hint')}</p>
        {settings.autoSites.length > 0 ? (
          <ul class="sites" aria-label={i18n.t('auto_sites_label')}>
            {settings.autoSites.map((origin) => (
              <li key={origin}>
                <span>{origin}</span>
                <button type="button" class="ghost small" onClick={() => actions.setAutoAnalyse(origin, false)} aria-label={i18n.t('auto_stop', [origin])}>
                  {i18n.t('remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </fieldset>
      <fieldset class="shortcut-settings" data-shortcut={shortcut ?? ''}>
        <legend>{i18n.t('shortcut_legend')}</legend>
        <p class="shortcut-current">
          {shortcut ? <RichText name="shortcut_current" parts={[<Keys shortcut={shortcut} />]} /> : i18n.t('shortcut_none')}
        </p>
        <p class="hint">{browserFamily === 'firefox' ? i18n.t('shortcut_how_firefox') : i18n.t('shortcut_how_chrome')}</p>
        {actions.openShortcutSettings ? (
          <button type="button" class="ghost small" data-action="change-shortcut" onClick={actions.openShortcutSettings}>
            {i18n.t('shortcut_change')}
          </button>
        ) : null}
      </fieldset>
      <button type="button" class="ghost" onClick={onClose} data-action="close-settings">
        {i18n.t('done')}
      </button>
    </section>
  );
}
