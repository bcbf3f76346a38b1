/**
 * Real browsers with the built extension loaded, behind one small interface so that the command
 * line and the end-to-end tests drive Chromium (Playwright) and Firefox (puppeteer-core over
 * WebDriver BiDi) with the same code.
 *
 * Every request that leaves 127.0.0.1 goes to a dead proxy: saved pages carry third-party
 * scripts, and nothing here may reach the network.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import { automationBuildDir, browserExecutable, type BrowserName } from './paths';

/** A port nothing listens on: the proxy every non-local request is sent to, and fails at. */
const DEAD_PROXY_PORT = 9;
/** Fixed moz-extension UUID so Firefox extension URLs are known in advance. */
const FIREFOX_EXTENSION_UUID = '5f1d0c2e-7a4b-4c4e-9d2b-3e6a1b7c8d90';
/** How often a condition is checked while waiting on it. */
const POLL_MS = 50;
export const POPUP_SIZE = { width: 420, height: 600 };

export interface PageHandle {
  url(): string;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits until `fn(arg)` is truthy in the page. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Replaces an input's value by typing, as a person would. */
  fill(selector: string, text: string): Promise<void>;
  /** Chooses an option of a <select>. */
  select(selector: string, value: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Reloads the page and waits for it to load. */
  reload(): Promise<void>;
  /** Chromium: errors the page reported (uncaught exceptions, console.error), from any world. */
  errors?: string[];
  close(): Promise<void>;
}

export interface OpenPageOptions {
  /**
   * `load` (default) waits for the load event; `started` only until the tab shows the URL, for
   * pages that never finish loading.
   */
  waitUntil?: 'load' | 'started';
  /**
   * With `waitUntil: 'load'`: wait for the load event at most this long, then go on with the
   * document as far as it got (a page whose last resource never arrives is still read). Without
   * it, a page that does not load in 30 s fails. Either way a page that never shows up fails.
   */
  loadTimeoutMs?: number;
  /**
   * Keep the tab on this URL, as a saved copy is meant to be read: navigations of the top frame
   * to any other address (an http→https upgrade, a consent or paywall redirect, `location.href =
   * …` from the page's scripts) are cancelled, and the page stays where it is. Frames may still
   * navigate. The command line, the corpus evaluation and the benchmark open pages this way.
   */
  stayOnPage?: boolean;
}

/** Default bound on a page's load event. */
const LOAD_TIMEOUT_MS = 30_000;

/** Same document address, whatever the fragment: a hash change is not leaving the page. */
export function isSameAddress(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    x.hash = '';
    y.hash = '';
    return x.href === y.href;
  } catch {
    return a === b;
  }
}

/**
 * Runs in the page's main world before its own scripts: cancels, through the Navigation API's
 * `navigate` event, every navigation of the top document at `home` to another address. It must
 * be cancelled before it starts: once a navigation has begun, the browser stops parsing the
 * current document (a redirect in the head leaves a page without a body), even if the request is
 * then refused. Reloads, history steps and same-document changes (hash, pushState) go through.
 */
function cancelNavigationsAway(home: string): void {
  // Serialised into the page: no named inner functions (tsx would wrap them in a helper the
  // page does not have).
  const nav = (globalThis as unknown as { navigation?: EventTarget }).navigation;
  const address = home.split('#')[0];
  if (window.top !== window || !nav || location.href.split('#')[0] !== address) return;
  nav.addEventListener('navigate', (event) => {
    const e = event as Event & { destination: { url: string; sameDocument: boolean }; navigationType: string };
    if (e.destination.sameDocument || e.navigationType === 'reload' || e.navigationType === 'traverse') return;
    if (e.destination.url.split('#')[0] !== address && e.cancelable) e.preventDefault();
  });
}

/**
 * Playwright (Chromium): keeps the page's top frame on `url`: navigations its scripts start are
 * cancelled before they begin, and any that still leave (a browser without the Navigation API, a
 * form post) are aborted as `aborted` (net::ERR_ABORTED), a cancelled navigation rather than a
 * failed one, so no error page replaces the document.
 */
export async function keepPlaywrightPageOn(page: PlaywrightPage, url: string): Promise<void> {
  await page.addInitScript(cancelNavigationsAway, url);
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (
      request.isNavigationRequest() &&
      request.frame() === page.mainFrame() &&
      !request.redirectedFrom() &&
      !isSameAddress(request.url(), url)
    ) {
      await route.abort('aborted');
      return;
    }
    await route.fallback();
  });
}

/** Puppeteer (Firefox over BiDi): the same guard, with request interception as the backstop. */
async function keepPuppeteerPageOn(page: PuppeteerPage, url: string): Promise<void> {
  await page.evaluateOnNewDocument(cancelNavigationsAway, url);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const leaving =
      request.isNavigationRequest() &&
      request.frame() === page.mainFrame() &&
      request.redirectChain().length === 0 &&
      !isSameAddress(request.url(), url);
    (leaving ? request.abort('aborted') : request.continue()).catch(() => undefined);
  });
}

/** Where a tab's top document is and how far it has loaded. */
interface DocumentState {
  href: string;
  documentURI: string;
  readyState: string;
}
function documentState(): DocumentState {
  return { href: location.href, documentURI: document.documentURI, readyState: document.readyState };
}
/** Firefox and Chromium show failed navigations as error documents of their own. */
const ERROR_DOCUMENT = /^(about:(neterror|certerror|blocked)|chrome-error:)/;

export interface ExtensionBrowser {
  name: BrowserName;
  /** Opens a web page in a new tab and waits for it to load. */
  openPage(url: string, options?: OpenPageOptions): Promise<PageHandle>;
  /** The extension's tab id for the tab showing `url`. */
  tabIdOf(url: string): Promise<number>;
  /** Opens the popup as a page of its own, about the given tab. */
  openPopup(tabId: number): Promise<PageHandle>;
  /** Every URL the browser requested (pages and extension alike), for privacy checks. */
  requests: string[];
  /**
   * Chromium: requests made by the extension itself (its service worker and its own pages), as
   * far as the browser reports them; each with the URL and who made it.
   */
  extensionRequests?: Array<{ url: string; by: string }>;
  /** Chromium only: stops the extension's service worker, as the browser does when it is idle. */
  stopBackground?(): Promise<void>;
  /** The extension's origin (`chrome-extension://<id>` or `moz-extension://<uuid>`); null without the extension. */
  extensionOrigin: string | null;
  close(): Promise<void>;
}

/**
 * Removes a temporary profile or build copy. A browser that has just exited may still be writing
 * into its profile (Firefox: "directory not empty"): retried, and never allowed to fail a run.
 */
function removeTemporary(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch (error) {
    console.warn(`could not remove ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function wrapPlaywright(page: PlaywrightPage): PageHandle {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return {
    errors,
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 15_000) => {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs });
    },
    click: async (selector) => page.click(selector),
    fill: async (selector, text) => page.fill(selector, text),
    select: async (selector, value) => {
      await page.selectOption(selector, value);
    },
    press: async (key) => page.keyboard.press(key),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

function wrapPuppeteer(page: PuppeteerPage): PageHandle {
  return {
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    // puppeteer's waitForFunction fails on moz-extension pages over BiDi; poll with evaluate,
    // riding out the moments a navigation makes evaluation fail.
    waitFor: async (fn, arg, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      let lastError: unknown = null;
      for (;;) {
        try {
          if (await page.evaluate(fn as never, arg)) return;
          lastError = null;
        } catch (error) {
          lastError = error;
        }
        if (Date.now() > deadline) {
          throw new Error(`waitFor timed out after ${timeoutMs} ms${lastError ? `: ${String(lastError)}` : ''}`);
        }
        await new Promise((done) => setTimeout(done, POLL_MS));
      }
    },
    click: async (selector) => page.click(selector),
    fill: async (selector, text) => {
      await page.click(selector, { count: 3 });
      await page.keyboard.press('Backspace');
      if (text) await page.type(selector, text);
    },
    select: async (selector, value) => {
      await page.select(selector, value);
    },
    press: async (key) => page.keyboard.press(key as never),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}

/** In an extension page: the id of the tab showing `url` (Firefox cannot match ports in queries). */
function findTabId(url: string): Promise<number> {
  type Tab = { id?: number; url?: string };
  const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };
  const api = (scope.browser ?? scope.chrome) as { tabs: { query(q: object): Promise<Tab[]> } };
  return api.tabs.query({}).then((tabs) => {
    // Browser pages (chrome://, about:) hide their URL from extensions: then take the newest
    // tab whose URL is hidden, which is the one just opened.
    const tab =
      tabs.find((t) => t.url === url) ??
      tabs.filter((t) => t.url === undefined || t.url === '').sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0];
    if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
    return tab.id;
  });
}

/** Finding a tab and opening the popup for it go through an extension page, the same in both browsers. */
function popupAccess(openExtensionPage: (path: string) => Promise<PageHandle>): Pick<ExtensionBrowser, 'tabIdOf' | 'openPopup'> {
  return {
    async tabIdOf(url) {
      const probe = await openExtensionPage('/popup.html');
      try {
        return await probe.evaluate(findTabId, url);
      } finally {
        await probe.close();
      }
    },
    openPopup: (tabId) => openExtensionPage(`/popup.html?tab=${tabId}`),
  };
}

export interface LaunchOptions {
  /** The colour scheme pages see (prefers-color-scheme); light by default. */
  colorScheme?: 'light' | 'dark';
  /**
   * Port of a proxy on 127.0.0.1 that every non-local request is sent to; default a dead port.
   * The privacy tests pass a recording proxy of their own.
   */
  proxyPort?: number;
  /** Load the extension (default true); false gives the same browser without it, as a baseline. */
  extension?: boolean;
  /** The browser's UI language (e.g. `de`), which picks the extension's `_locales`; the system's by default. */
  locale?: string;
}

async function openPlaywrightPage(context: BrowserContext, url: string, options: OpenPageOptions): Promise<PageHandle> {
  const page = await context.newPage();
  try {
    if (options.stayOnPage) await keepPlaywrightPageOn(page, url);
    if (options.waitUntil === 'started') {
      await page.goto(url, { waitUntil: 'commit' });
    } else if (options.loadTimeoutMs === undefined) {
      await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    } else {
      // Bounded: the document must arrive in time; its load event is waited for while there is
      // time left, and then the page is read as far as it got.
      const deadline = Date.now() + options.loadTimeoutMs;
      await page.goto(url, { waitUntil: 'commit', timeout: options.loadTimeoutMs });
      await page.waitForLoadState('load', { timeout: Math.max(1, deadline - Date.now()) }).catch(() => undefined);
      const state = await page.evaluate(documentState).catch(() => null);
      if (!state || ERROR_DOCUMENT.test(state.documentURI)) throw new Error(`the page did not load (${page.url()})`);
    }
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
  return wrapPlaywright(page);
}

async function launchChromium(extension: string | null, options: LaunchOptions): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'threadwise-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: browserExecutable('chromium'),
    headless: true,
    viewport: { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    // Chromium on Linux takes its UI language from LANGUAGE; --lang covers the other platforms.
    ...(options.locale ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale } } : {}),
    args: [
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...CHROMIUM_FLAGS,
      `--proxy-server=http://127.0.0.1:${options.proxyPort ?? DEAD_PROXY_PORT}`,
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : ['--disable-extensions']),
    ],
  });
  const requests: string[] = [];
  const extensionRequests: Array<{ url: string; by: string }> = [];
  context.on('request', (request) => {
    requests.push(request.url());
    let by: string | null = null;
    try {
      by = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      by = null;
    }
    if (by && /^chrome-extension:/.test(by)) extensionRequests.push({ url: request.url(), by });
  });
  if (!extension) {
    return {
      name: 'chromium',
      requests,
      extensionRequests,
      extensionOrigin: null,
      openPage: (url, openOptions = {}) => openPlaywrightPage(context, url, openOptions),
      tabIdOf: () => Promise.reject(new Error('no extension loaded')),
      openPopup: () => Promise.reject(new Error('no extension loaded')),
      async close() {
        await context.close();
        removeTemporary(profile);
      },
    };
  }
  let worker = context.serviceWorkers()[0];
  if (!worker) {
    try {
      worker = await context.waitForEvent('serviceworker', { timeout: 20_000 });
    } catch (error) {
      await context.close();
      throw new Error(`the extension in ${extension} did not start (no background service worker)`, { cause: error });
    }
  }
  // Node's URL gives non-special schemes an opaque ("null") origin: cut the URL instead.
  const extensionOrigin = worker.url().split('/').slice(0, 3).join('/');

  async function extensionPage(path: string): Promise<PlaywrightPage> {
    const page = await context.newPage();
    await page.setViewportSize(POPUP_SIZE);
    await page.goto(`${extensionOrigin}${path}`);
    return page;
  }

  return {
    name: 'chromium',
    requests,
    extensionRequests,
    extensionOrigin,
    openPage: (url, openOptions = {}) => openPlaywrightPage(context, url, openOptions),
    async stopBackground() {
      // What the browser does to an idle MV3 worker: stop it. The next event starts it again.
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      try {
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
    ...popupAccess(async (path) => wrapPlaywright(await extensionPage(path))),
    async close() {
      await context.close();
      removeTemporary(profile);
    },
  };
}

/**
 * Firefox over BiDi: `browsingContext.navigate` fails the whole navigation when an error page
 * turns up while it waits for the load event (third-party frames and scripts refused by the dead
 * proxy: "Address rejected"), although the page itself is there and goes on loading. So the
 * navigation's own verdict is not taken: once the document is ours and not an error page, its
 * load event is waited for while the time allows.
 */
async function openPuppeteerPage(page: PuppeteerPage, url: string, loadTimeoutMs: number | undefined): Promise<void> {
  const budget = loadTimeoutMs ?? LOAD_TIMEOUT_MS;
  const deadline = Date.now() + budget;
  let failure: unknown = null;
  let settled = false;
  const navigation = page.goto(url, { waitUntil: 'load', timeout: budget }).then(
    () => {
      settled = true;
    },
    (error: unknown) => {
      settled = true;
      failure = error;
    },
  );
  const isOurs = (state: DocumentState | null): boolean =>
    !!state && isSameAddress(state.href, url) && !ERROR_DOCUMENT.test(state.documentURI);
  let state: DocumentState | null = null;
  for (;;) {
    if (settled && !failure) return;
    state = await page.evaluate(documentState).catch(() => null);
    if (isOurs(state) && state?.readyState === 'complete') return;
    // The navigation failed and what is shown is not our page (a refused address, an error page).
    if (settled && !isOurs(state) && state?.readyState === 'complete') break;
    if (Date.now() > deadline) break;
    await Promise.race([navigation, new Promise((done) => setTimeout(done, POLL_MS * 2))]);
  }
  // With a bound the page is read as far as it got; without one the load event must come.
  if (isOurs(state) && loadTimeoutMs !== undefined) return;
  const reason = failure instanceof Error ? failure.message.split('\n')[0] : `the page did not load (${state?.documentURI ?? 'nothing shown'})`;
  throw new Error(reason);
}

async function launchFirefox(extension: string | null, options: LaunchOptions): Promise<ExtensionBrowser> {
  const proxyPort = options.proxyPort ?? DEAD_PROXY_PORT;
  const profile = mkdtempSync(join(tmpdir(), 'threadwise-firefox-'));
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserExecutable('firefox'),
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
      // 0 = dark, 1 = light: what prefers-color-scheme reports to pages (BiDi cannot emulate it).
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  if (extension) await browser.installExtension(extension);
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const requests: string[] = [];

  async function newPage(): Promise<PuppeteerPage> {
    const page = await browser.newPage();
    page.on('request', (request) => {
      requests.push(request.url());
    });
    return page;
  }

  async function extensionPage(path: string): Promise<PuppeteerPage> {
    const page = await newPage();
    await page.setViewport(POPUP_SIZE);
    const target = `${extensionOrigin}${path}`;
    // `goto` on a moz-extension URL never resolves, although the page loads: start it, then wait.
    void page.goto(target).catch(() => undefined);
    const handle = wrapPuppeteer(page);
    await handle.waitFor((expected: string) => location.href === expected && document.readyState === 'complete', target);
    return page;
  }

  return {
    name: 'firefox',
    requests,
    extensionOrigin: extension ? extensionOrigin : null,
    async openPage(url, openOptions = {}) {
      const page = await newPage();
      if (/^https?:/.test(url) && openOptions.waitUntil !== 'started') {
        try {
          if (openOptions.stayOnPage) await keepPuppeteerPageOn(page, url);
          await openPuppeteerPage(page, url, openOptions.loadTimeoutMs);
        } catch (error) {
          await page.close().catch(() => undefined);
          throw error;
        }
        return wrapPuppeteer(page);
      }
      // Browser pages (about:) never report "load" over BiDi, and some pages never finish: start,
      // then wait for the URL (and, unless only the start is wanted, the end of loading).
      void page.goto(url).catch(() => undefined);
      const handle = wrapPuppeteer(page);
      await handle.waitFor(
        ([expected, started]: [string, boolean]) => location.href === expected && (started || document.readyState === 'complete'),
        [url, openOptions.waitUntil === 'started'] as [string, boolean],
      );
      return handle;
    },
    ...popupAccess(async (path) => wrapPuppeteer(await extensionPage(path))),
    async close() {
      await browser.close();
      removeTemporary(profile);
    },
  };
}

/**
 * A private copy of the automation build for one browser session: Firefox reads a temporary
 * add-on's files lazily from disk, so a rebuild during a run must not change what is loaded.
 */
function snapshotBuild(name: BrowserName): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `threadwise-ext-${name}-`));
  cpSync(automationBuildDir(name), dir, { recursive: true });
  return { dir, remove: () => removeTemporary(dir) };
}

export async function launchExtensionBrowser(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (options.extension === false) {
    return name === 'chromium' ? launchChromium(null, options) : launchFirefox(null, options);
  }
  const build = snapshotBuild(name);
  try {
    const browser = name === 'chromium' ? await launchChromium(build.dir, options) : await launchFirefox(build.dir, options);
    const close = browser.close.bind(browser);
    return {
      ...browser,
      close: async () => {
        await close();
        build.remove();
      },
    };
  } catch (error) {
    build.remove();
    throw error;
  }
}
