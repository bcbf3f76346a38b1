/**
 * `npm run bench`: prints speed figures and ratios against named references run in the same
 * process or browser. Not a pass/fail test: it prints the goals beside the figures.
 *
 * 1. Analysis (Node): tree + marks for 1,000 / 10,000 / 100,000 generated comments.
 * 2. Extraction (headless Chromium): the content script's whole pass (readPage + the clone that
 *    sending costs) against Mozilla Readability's parse() on the same page, on a generated
 *    2,000-comment page and on every corpus page.
 * 3. Popup (headless Chromium, real extension): time to the first tree on screen, 2,000 comments.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ensureAutomationBuild } from './lib/build';
import { keepPlaywrightPageOn, launchExtensionBrowser } from './lib/extension-browser';
import { generateCommentPage } from './lib/generate-page';
import { browserExecutable, CORPUS_DIR, ROOT } from './lib/paths';
import { serveDirectory } from './lib/serve';
import type { PageBench } from './bench/page-harness';

const GENERATED_COMMENTS = 2_000;
const EXTRACTION_GOAL_MS = 100;
const EXTRACTION_GOAL_RATIO = 1.5;
const POPUP_GOAL_MS = 200;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function benchAnalysisSection(): Promise<void> {
  console.log('\n## Analysis (Node): tree + marks');
  const module = resolve(ROOT, 'scripts/bench-analysis.ts');
  if (!existsSync(module)) {
    console.log('  (scripts/bench-analysis.ts not present)');
    return;
  }
  const { benchAnalysis } = (await import(module)) as { benchAnalysis: () => Promise<unknown> };
  await benchAnalysis();
}

async function benchExtractionSection(runs: number, dir: string, pagesDir: string): Promise<void> {
  console.log(`\n## Extraction (headless Chromium): content script pass vs Readability parse(), median of ${runs}`);
  const bundle = await build({
    entryPoints: [resolve(ROOT, 'scripts/bench/page-harness.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    logLevel: 'error',
  });
  const harness = bundle.outputFiles[0]!.text;
  const pages: Array<{ name: string; dir: string; file: string }> = [{ name: `generated ${GENERATED_COMMENTS} comments`, dir, file: 'generated.html' }];
  if (existsSync(pagesDir)) {
    for (const file of readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort()) pages.push({ name: file.replace(/\.html$/, ''), dir: pagesDir, file });
  }
  const browser = await chromium.launch({
    executablePath: browserExecutable('chromium'),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--proxy-server=http://127.0.0.1:9'],
  });
  const servers = new Map<string, Awaited<ReturnType<typeof serveDirectory>>>();
  const ratios: number[] = [];
  const skipped: string[] = [];
  console.log(`  ${'page'.padEnd(40)} ${'comments'.padStart(8)} ${'threadwise'.padStart(11)} ${'readability'.padStart(12)} ${'ratio'.padStart(6)}`);
  try {
    for (const page of pages) {
      let server = servers.get(page.dir);
      if (!server) {
        server = await serveDirectory(page.dir);
        servers.set(page.dir, server);
      }
      const tab = await browser.newPage();
      const url = server.url(page.file);
      let result: PageBench;
      try {
        // The page is measured where it was saved: navigations its scripts start (an http→https
        // upgrade, a redirect) are cancelled, as in the command line.
        await keepPlaywrightPageOn(tab, url);
        // Network blocked as everywhere; a page that never loads fully is measured as far as it got.
        await tab.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
        await tab.addScriptTag({ content: harness });
        result = (await tab.evaluate((n) => (globalThis as unknown as { __threadwiseBench: (n: number) => PageBench }).__threadwiseBench(n), runs)) as PageBench;
      } catch (error) {
        // A page that cannot be measured (it navigated away regardless, crashed, hung) is
        // reported and skipped: one page never stops the benchmark.
        const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        skipped.push(page.name);
        console.log(`  ${page.name.slice(0, 40).padEnd(40)} skipped: ${reason.slice(0, 160)}`);
        continue;
      } finally {
        await tab.close().catch(() => undefined);
      }
      const ratio = result.threadwiseMs / Math.max(result.readabilityMs, 0.01);
      ratios.push(ratio);
      console.log(
        `  ${page.name.slice(0, 40).padEnd(40)} ${String(result.comments).padStart(8)} ${`${result.threadwiseMs.toFixed(1)} ms`.padStart(11)} ${`${result.readabilityMs.toFixed(1)} ms`.padStart(12)} ${ratio.toFixed(2).padStart(6)}${result.partial ? '  (partial)' : ''}`,
      );
    }
  } finally {
    await browser.close();
    await Promise.all([...servers.values()].map((s) => s.close()));
  }
  console.log(`  median ratio over ${ratios.length} pages: ${median(ratios).toFixed(2)} (goal: at most ${EXTRACTION_GOAL_RATIO}); generated page goal: at most ${EXTRACTION_GOAL_MS} ms`);
  if (skipped.length > 0) console.log(`  skipped ${skipped.length} page(s), not in the median: ${skipped.join(', ')}`);
}

async function benchPopupSection(runs: number, dir: string): Promise<void> {
  console.log(`\n## Popup (headless Chromium, real extension): first tree on screen, ${GENERATED_COMMENTS} comments`);
  await ensureAutomationBuild('chromium', (...a: unknown[]) => console.error(...a));
  const server = await serveDirectory(dir);
  const browser = await launchExtensionBrowser('chromium');
  try {
    const page = await browser.openPage(server.url('generated.html'));
    const tabId = await browser.tabIdOf(page.url());
    const times: number[] = [];
    let first = 0;
    for (let i = 0; i <= runs; i++) {
      const popup = await browser.openPopup(tabId);
      await popup.waitFor(() => performance.getEntriesByName('threadwise:first-render').length > 0, null, 60_000);
      const ms = await popup.evaluate(() => performance.getEntriesByName('threadwise:first-render')[0]!.startTime, null);
      if (i === 0) first = ms;
      else times.push(ms);
      await popup.close();
    }
    console.log(`  first opening (reads and analyses the page): ${first.toFixed(0)} ms`);
    console.log(`  later openings (result kept per tab), median of ${runs}: ${median(times).toFixed(0)} ms (goal: at most ${POPUP_GOAL_MS} ms)`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  // --pages DIR: the saved pages the extraction section measures (default: the corpus's pages).
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, only: { type: 'string' }, pages: { type: 'string' } } });
  const pagesDir = resolve(values.pages ?? resolve(CORPUS_DIR, 'pages'));
  const runs = Math.max(1, Number(values.runs) || 7);
  const dir = mkdtempSync(join(tmpdir(), 'threadwise-bench-'));
  writeFileSync(join(dir, 'generated.html'), generateCommentPage(GENERATED_COMMENTS).html);
  try {
    if (!values.only || values.only === 'analysis') await benchAnalysisSection();
    if (!values.only || values.only === 'extraction') await benchExtractionSection(runs, dir, pagesDir);
    if (!values.only || values.only === 'popup') {
      // A popup that cannot be measured (a machine too loaded to render in time) is reported, not a crash.
      await benchPopupSection(runs, dir).catch((error: unknown) => {
        console.log(`  skipped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
