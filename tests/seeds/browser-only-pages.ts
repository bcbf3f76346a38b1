/**
 * Blind hand pages that only a browser can read (comments built by the page's own script, a
 * declarative shadow root, an `<iframe srcdoc>`): jsdom runs no page script and builds neither
 * shadow root nor frame. `tests/seeds/blind-pages.test.ts` leaves them to
 * `tests/e2e/blind-browser-pages.spec.ts`, which reads them with the built extension in Chromium
 * and Firefox. Floors: comments matched at least, extras at most.
 */
export interface BrowserFloor {
  matched: number;
  extra: number;
  /** Browsers that do not read the page, and why (a known gap, listed rather than floored at 0). */
  notIn?: { browser: 'chromium' | 'firefox'; why: string };
}

export const BROWSER_ONLY_PAGES: Readonly<Record<string, Readonly<Record<string, BrowserFloor>>>> = {
  'pages-blind2': {
    // A thread in a shadow root; a thread rendered by the page's script.
    'bp2-a3-fab-yields': { matched: 12, extra: 0 },
    'bp2-b1-stadtbibliothek-nachts': {
      matched: 13,
      extra: 0,
      // Not yet explained: the other srcdoc frames are read in Firefox; this one is sandboxed and
      // loading="lazy" below the fold, so likely never loaded in the headless window.
      notIn: { browser: 'firefox', why: 'Firefox reads nothing in its sandboxed, lazy srcdoc iframe (a known gap, not yet explained)' },
    },
  },
  'pages-blind3': {
    // Rendered from inline JSON by a script inside an `<iframe srcdoc>`; an `<iframe srcdoc>`.
    'bp3-a3-night-market-storm': { matched: 11, extra: 1 },
    'bp3-b3-freibad-lindenhain': { matched: 11, extra: 0 },
  },
  'pages-blind4': {
    // Inside an `<iframe srcdoc>`.
    'bp4-b2-schoolstart': { matched: 15, extra: 0 },
  },
  'pages-blind8': {
    'bp8-a2-ebike-voucher-program': { matched: 13, extra: 0 },
    'bp8-a4-night-trains-comeback': { matched: 14, extra: 0 },
    'bp8-b4-perm-naberezhnaya': { matched: 13, extra: 0 },
  },
};
