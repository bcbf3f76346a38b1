/**
 * The privacy promise, held in real Chromium and Firefox: while Threadwise analyses saved seed
 * pages and corpus pages (re-analyse, jump to a comment, export), the extension itself makes no
 * network request. Every request that leaves 127.0.0.1 goes to a recording proxy of ours
 * instead of a dead port, and every local one to our server, which logs it; the same pages are
 * also loaded in the same browser without the extension, and whatever the extension run asks
 * for beyond that baseline is a request the extension made.
 * Chromium also names the requests its extension contexts (worker, popup) made; those may only
 * be the extension's own files. Firefox's background page is invisible to BiDi request events,
 * which is why the proxy and the server log are the evidence there.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { CORPUS_DIR, ROOT, type BrowserName } from '../../scripts/lib/paths';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import { openAndAnalyse, SEEDS_DIR } from './support';

const CORPUS_PAGES = join(CORPUS_DIR, 'pages');
/** How many corpus pages (the first, by name) are analysed: enough to vary, quick enough to run. */
const CORPUS_SAMPLE = 4;

interface RecordingProxy {
  port: number;
  /** `host` of every request the proxy received (CONNECT target or absolute URL), in order. */
  hosts: string[];
  /** Requests that carried an Origin or Referer of an extension. */
  fromExtension: string[];
  close(): Promise<void>;
}

/** An HTTP proxy that records what it is asked for and answers nothing useful (502, or a closed tunnel). */
async function startRecordingProxy(): Promise<RecordingProxy> {
  const hosts: string[] = [];
  const fromExtension: string[] = [];
  const server: Server = createServer((req, res) => {
    let host = req.headers.host ?? '';
    try {
      host = new URL(req.url ?? '').host || host;
    } catch {
      // keep the Host header
    }
    hosts.push(host);
    const origin = `${req.headers.origin ?? ''} ${req.headers.referer ?? ''}`;
    if (/(chrome|moz)-extension:/.test(origin)) fromExtension.push(`${req.method} ${req.url} (${origin.trim()})`);
    res.writeHead(502, { 'content-type': 'text/plain' }).end('the test proxy forwards nothing');
  });
  server.on('connect', (req, socket) => {
    hosts.push(req.url ?? '');
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    hosts,
    fromExtension,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A page to analyse: its URL on our server, and whether it is ours (then it requests nothing else). */
interface Target {
  url: (seeds: StaticServer, corpus: StaticServer | null) => string;
  own: boolean;
  name: string;
}

function targets(): Target[] {
  const list: Target[] = [
    { name: 'seed russia-belarus-union', own: true, url: (s) => s.url('russia-belarus-union/page.html') },
    { name: 'seed hostile-sea-wall', own: true, url: (s) => s.url('hostile-sea-wall/page.html') },
  ];
  if (existsSync(CORPUS_PAGES)) {
    const files = readdirSync(CORPUS_PAGES).filter((f) => f.endsWith('.html')).sort().slice(0, CORPUS_SAMPLE);
    for (const file of files) list.push({ name: `corpus ${file}`, own: false, url: (_s, c) => c!.url(file) });
  }
  return list;
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** Every file below a folder, relative paths. */
function filesBelow(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

/** What may never be in the shipped code: ways to run code from strings or to reach the network. */
const FORBIDDEN_CODE: Array<[string, RegExp]> = [
  ['eval', /\beval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['sendBeacon', /sendBeacon/],
  ['EventSource', /EventSource/],
  ['importScripts', /importScripts/],
  ['remote script', /<script[^>]+src=["']?https?:/i],
];

for (const [build, dir] of [['chrome-mv3', 'chromium'], ['firefox-mv2', 'firefox']] as const) {
  test.describe(`${dir}: shipped build`, () => {
    test('no remote code, no eval, the default CSP, minimal permissions', () => {
      const root = join(ROOT, '.output', build);
      test.skip(!existsSync(join(root, 'manifest.json')), `no shipped build in ${root}: run \`npm run build\``);
      const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      expect(manifest.content_security_policy).toBeUndefined();
      expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.content_scripts).toBeUndefined();
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
      const found: string[] = [];
      for (const file of filesBelow(root).filter((f) => /\.(js|html)$/.test(f))) {
        const text = readFileSync(join(root, file), 'utf8');
        for (const [name, pattern] of FORBIDDEN_CODE) if (pattern.test(text)) found.push(`${file}: ${name}`);
        // fetch() appears once, in Vite's module-preload helper, which loads the popup's own files.
        for (const match of text.matchAll(/fetch\(/g)) {
          const around = text.slice(Math.max(0, match.index - 200), match.index);
          if (!/modulepreload|credentials/.test(around)) found.push(`${file}: fetch`);
        }
      }
      expect(found).toEqual([]);
    });
  });
}

for (const browserName of ['chromium', 'firefox'] as BrowserName[]) {
  test.describe(`${browserName}: privacy`, () => {
    test('analysing pages makes no network request of its own', async () => {
      test.setTimeout(300_000);
      if (!existsSync(CORPUS_PAGES)) {
        test.info().annotations.push({ type: 'skipped part', description: `corpus pages not found at ${CORPUS_PAGES}: only seed pages analysed` });
      }
      const seeds = await serveDirectory(SEEDS_DIR);
      const corpus = existsSync(CORPUS_PAGES) ? await serveDirectory(CORPUS_PAGES) : null;
      const pages = targets();
      const baselineProxy = await startRecordingProxy();
      const extensionProxy = await startRecordingProxy();
      let baseline: ExtensionBrowser | null = null;
      let withExtension: ExtensionBrowser | null = null;
      try {
        // The baseline: the same pages in the same browser without the extension.
        baseline = await launchExtensionBrowser(browserName, { extension: false, proxyPort: baselineProxy.port });
        const baselineServed = { seeds: seeds.requests.length, corpus: corpus?.requests.length ?? 0 };
        for (const target of pages) {
          const page = await baseline.openPage(target.url(seeds, corpus));
          await page.close();
        }
        const baselinePaths = new Set([...seeds.requests.slice(baselineServed.seeds), ...(corpus?.requests.slice(baselineServed.corpus) ?? [])]);
        const baselineHosts = new Set([...baselineProxy.hosts, ...baseline.requests.map(hostOf)]);
        await baseline.close();
        baseline = null;

        // With the extension: analyse, re-analyse, jump to a comment, export.
        withExtension = await launchExtensionBrowser(browserName, { proxyPort: extensionProxy.port });
        const served = { seeds: seeds.requests.length, corpus: corpus?.requests.length ?? 0 };
        const analysed: string[] = [];
        for (const target of pages) {
          const { page, popup, phase } = await openAndAnalyse(withExtension, target.url(seeds, corpus));
          analysed.push(`${target.name}: ${phase}`);
          if (phase === 'ready') {
            const first = await popup.evaluate(() => document.querySelector<HTMLElement>('.tree .node')?.dataset.commentId ?? null, null);
            if (first) await popup.click(`.node[data-comment-id="${first}"] > .row`);
            await popup.click('[data-action="export"]');
            await popup.click('[data-action="reanalyse"]');
            // Privacy is the point here, not the second result: note how it ended and go on.
            const settled = await popup
              .waitFor(() => ['ready', 'error', 'unsupported'].includes(document.body.dataset.phase ?? ''), null, 30_000)
              .then(() => popup.evaluate(() => document.body.dataset.phase ?? '', null))
              .catch(() => popup.evaluate(() => `not settled: ${document.body.dataset.phase}: ${document.body.innerText.slice(0, 120)}`, null));
            analysed.push(`${target.name} re-analysed: ${settled}`);
          }
          await popup.close();
          await page.close();
        }
        test.info().annotations.push({ type: 'analysed', description: analysed.join('; ') });

        const paths = [...seeds.requests.slice(served.seeds), ...(corpus?.requests.slice(served.corpus) ?? [])];
        // The local server saw nothing the pages themselves did not ask for without the extension.
        // (Except tab icons: the browser fetches a page's icon some time after load, so the short
        // baseline visit may end first; they are the browser's requests for the page, not ours.)
        const tabIcon = /(favicon|apple-touch-icon)[^/]*$/i;
        expect(paths.filter((path) => !baselinePaths.has(path) && !tabIcon.test(path))).toEqual([]);
        // Nothing left 127.0.0.1 that the pages themselves did not send out without the extension,
        // and nothing at all carried an extension's origin.
        expect(extensionProxy.hosts.filter((host) => !baselineHosts.has(host))).toEqual([]);
        expect(extensionProxy.fromExtension).toEqual([]);
        // Our own seed pages request nothing outside 127.0.0.1; with the extension that stays so.
        const seedHosts = withExtension.requests.filter((url) => /^https?:/.test(url)).map(hostOf);
        expect(seedHosts.filter((host) => !host.startsWith('127.0.0.1') && !baselineHosts.has(host))).toEqual([]);
        if (withExtension.extensionRequests) {
          // Chromium names the requests of extension contexts: only the extension's own files.
          const outside = withExtension.extensionRequests.filter((r) => !/^(chrome-extension|blob|data):/.test(r.url));
          expect(outside).toEqual([]);
        }
      } finally {
        await baseline?.close();
        await withExtension?.close();
        await baselineProxy.close();
        await extensionProxy.close();
        await seeds.close();
        await corpus?.close();
      }
    });
  });
}
