import type { Settings, TabState } from '../utils/schema';

/** What the popup is showing, decided by the popup's wiring and passed to the components. */
export type PopupPhase =
  | { kind: 'starting' }
  | { kind: 'analysing'; slow: boolean }
  | { kind: 'ready'; state: TabState }
  | { kind: 'unsupported'; reason: string }
  | { kind: 'error'; reason: string };

/** Everything the popup can ask for; the wiring (entrypoints/popup) does the messaging. */
export interface PopupActions {
  reveal(commentId: string): void;
  reanalyse(): void;
  exportJson(): void;
  copyJson(): void;
  updateSettings(patch: Partial<Settings>): void;
  /** Asks the browser for access to comment frames from other sites, then analyses again. */
  allowFrames(origins: string[]): void;
  /** Turns automatic analysis on a site on or off (asks for that site's permission when turning on). */
  setAutoAnalyse(origin: string, enabled: boolean): void;
  /** Opens the browser's page for changing extension shortcuts, where it allows an extension to. */
  openShortcutSettings?(): void;
}
