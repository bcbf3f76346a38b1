/**
 * `npm run annotate -- [options] [INPUT...]`: runs the real built extension (automation build)
 * in a headless browser on each input and prints what the popup shows.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTextTree } from '../utils/view/text-tree';
import { analyseUrl, failure } from './lib/analyse-url';
import { ensureAutomationBuild } from './lib/build';
import { launchExtensionBrowser } from './lib/extension-browser';
import { SEED_PAGE, type BrowserName } from './lib/paths';
import { serveDirectory, type StaticServer } from './lib/serve';

const USAGE = `Usage: npm run annotate -- [options] [INPUT...]

Runs the Threadwise extension in a headless browser on each INPUT (a local HTML file, served
over 127.0.0.1, or an http(s) URL) and prints the comment tree with its marks.
With no INPUT it annotates the saved seed page.

Options:
  --json                     one JSON object per input, one per line, nothing else on stdout
  --browser chromium|firefox browser to run (default chromium)
  --screenshot FILE          save a PNG of the popup (FILE-2.png, ... for further inputs)
  --click SELECTOR           click this element before reading, once it is shown (waits up to 5 s
                             for it; repeatable, in order)
  --wait MS                  wait this long after loading (and clicking) before reading
  --timeout MS               give up on a page after this long (default 30000)
  -h, --help                 this text

Exit status: 0 when every input was analysed, 2 when any could not be, 1 on a usage error.`;

function screenshotPath(base: string, index: number): string {
  const full = resolve(base);
  if (index === 0) return full;
  return full.endsWith('.png') ? `${full.slice(0, -4)}-${index + 1}.png` : `${full}-${index + 1}`;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        browser: { type: 'string', default: 'chromium' },
        screenshot: { type: 'string' },
        click: { type: 'string', multiple: true, default: [] },
        wait: { type: 'string', default: '0' },
        timeout: { type: 'string', default: '30000' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const browserName = values.browser as BrowserName;
  const waitMs = Number(values.wait);
  const timeoutMs = Number(values.timeout);
  if (!['chromium', 'firefox'].includes(browserName) || !Number.isFinite(waitMs) || waitMs < 0 || !(timeoutMs > 0)) {
    console.error(`Invalid option.\n\n${USAGE}`);
    return 1;
  }
  const inputs = positionals.length > 0 ? positionals : [SEED_PAGE];
  // Progress goes to stderr so that stdout holds only the results.
  const log = (...args: unknown[]) => console.error(...args);

  await ensureAutomationBuild(browserName, log);
  const servers = new Map<string, StaticServer>();
  const browser = await launchExtensionBrowser(browserName);
  let failed = 0;
  try {
    for (const [index, input] of inputs.entries()) {
      let url: string;
      if (/^https?:\/\//i.test(input)) {
        url = input;
      } else {
        const file = resolve(input);
        if (!existsSync(file)) {
          const result = failure(input, 'no such file');
          failed += 1;
          console.log(values.json ? JSON.stringify(result) : formatTextTree(result));
          continue;
        }
        const dir = dirname(file);
        let server = servers.get(dir);
        if (!server) {
          server = await serveDirectory(dir);
          servers.set(dir, server);
        }
        url = server.url(basename(file));
      }
      const result = await analyseUrl(browser, url, {
        clicks: values.click ?? [],
        waitMs,
        timeoutMs,
        screenshot: values.screenshot ? screenshotPath(values.screenshot, index) : undefined,
      });
      if (result.error) failed += 1;
      console.log(values.json ? JSON.stringify(result) : `${formatTextTree(result)}\n`);
    }
  } finally {
    await browser.close();
    await Promise.all([...servers.values()].map((s) => s.close()));
  }
  return failed > 0 ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`annotate: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(2);
  },
);
