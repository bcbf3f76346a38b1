import type { TabState } from '../utils/schema';

/** What the popup is showing, decided by the popup's wiring and passed to the components. */
export type PopupPhase =
  | { kind: 'starting' }
  | { kind: 'analysing'; slow: boolean }
  | { kind: 'ready'; state: TabState }
  | { kind: 'unsupported'; reason: string }
  | { kind: 'error'; reason: string };
