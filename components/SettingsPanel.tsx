import type { MarkedDisplay, Sensitivity, Settings } from '../utils/schema';
import type { PopupActions } from './types';

const SENSITIVITIES: Array<[Sensitivity, string]> = [
  ['lenient', 'Lenient: mark only clear cases'],
  ['normal', 'Normal'],
  ['strict', 'Strict: mark anything loosely related'],
];
const DISPLAYS: Array<[MarkedDisplay, string]> = [
  ['normal', 'Leave them as they are'],
  ['dim', 'Dim them'],
  ['collapse', 'Collapse them (one click shows each again)'],
];

export interface SettingsPanelProps {
  settings: Settings;
  /** Origin of the current page, when it is a web page automatic analysis could run on. */
  siteOrigin: string | null;
  actions: Pick<PopupActions, 'updateSettings' | 'setAutoAnalyse'>;
  onClose: () => void;
}

export function SettingsPanel({ settings, siteOrigin, actions, onClose }: SettingsPanelProps) {
  const autoHere = siteOrigin !== null && settings.autoSites.includes(siteOrigin);
  return (
    <section class="settings" aria-label="Settings">
      <fieldset>
        <legend>Off-topic sensitivity</legend>
        {SENSITIVITIES.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="sensitivity"
              value={value}
              checked={settings.sensitivity === value}
              onChange={() => actions.updateSettings({ sensitivity: value })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>On the page</legend>
        <label>
          <input
            type="checkbox"
            name="showLabels"
            checked={settings.showLabels}
            onChange={(event) => actions.updateSettings({ showLabels: (event.currentTarget as HTMLInputElement).checked })}
          />
          Show a label beside marked comments
        </label>
        <label class="select">
          Marked comments:
          <select
            name="markedDisplay"
            value={settings.markedDisplay}
            onChange={(event) => actions.updateSettings({ markedDisplay: (event.currentTarget as HTMLSelectElement).value as MarkedDisplay })}
          >
            {DISPLAYS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Automatic analysis</legend>
        <label>
          <input
            type="checkbox"
            name="autoAnalyse"
            checked={autoHere}
            disabled={siteOrigin === null}
            onChange={(event) => siteOrigin && actions.setAutoAnalyse(siteOrigin, (event.currentTarget as HTMLInputElement).checked)}
          />
          Analyse pages on {siteOrigin ? <b>{new URL(siteOrigin).host}</b> : 'this site'} when they load
        </label>
        <p class="hint">Off by default. Turning it on asks your browser for access to that site only.</p>
        {settings.autoSites.length > 0 ? (
          <ul class="sites" aria-label="Sites analysed automatically">
            {settings.autoSites.map((origin) => (
              <li key={origin}>
                <span>{origin}</span>
                <button type="button" class="ghost small" onClick={() => actions.setAutoAnalyse(origin, false)} aria-label={`Stop analysing ${origin} automatically`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </fieldset>
      <button type="button" class="ghost" onClick={onClose} data-action="close-settings">
        Done
      </button>
    </section>
  );
}
