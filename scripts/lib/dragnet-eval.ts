/**
 * The dragnet set (../shared/corpus-dragnet): 295 real pages of 2012 blogs and news with gold
 * comment text, scored by Dragnet's token measure (utils/eval/token-score.ts). Pages are split in
 * two halves by id (`splitOf`): "tune" is the half detection rules are developed on, "held-out"
 * the half only reported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { AnalysisResult } from '../../utils/schema';
import { splitOf, summariseTokenScores, tokenScore, type TokenScore } from '../../utils/eval/token-score';
import { analyseUrl } from './analyse-url';
import type { ExtensionBrowser } from './extension-browser';
import type { StaticServer } from './serve';

export interface DragnetRow extends TokenScore {
  name: string;
  split: 'tune' | 'held-out';
  comments: number;
  platform: string | null;
  error: string | undefined;
}

/** Everything the extension reports for a page's comments, as one text (the gold has bylines). */
export function reportedCommentText(result: AnalysisResult): string {
  return result.comments.map((c) => [c.author ?? '', c.time ?? '', c.text].join('\n')).join('\n\n');
}

export function dragnetPageNames(dir: string, only?: string, split?: string): string[] {
  return readdirSync(resolve(dir, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => basename(f, '.html'))
    .filter((n) => !only || n === only || n.includes(only))
    .filter((n) => !split || split === 'all' || splitOf(n) === split)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

export async function evaluateDragnetPage(
  browser: ExtensionBrowser,
  server: StaticServer,
  dir: string,
  name: string,
): Promise<DragnetRow> {
  const truth = JSON.parse(readFileSync(resolve(dir, 'truth', `${name}.json`), 'utf8')) as { commentsText: string };
  const result = await analyseUrl(browser, server.url(`${name}.html`), { clicks: [], waitMs: 0, timeoutMs: 30_000 });
  return {
    name,
    split: splitOf(name),
    comments: result.comments.length,
    platform: result.platform ?? null,
    error: result.error,
    ...tokenScore(reportedCommentText(result), truth.commentsText),
  };
}

const f2 = (n: number): string => n.toFixed(2);

export function printDragnetTable(rows: DragnetRow[]): void {
  console.log(`${'page'.padEnd(8)} ${'split'.padEnd(8)} ${'found'.padStart(5)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}  platform`);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(8)} ${r.split.padEnd(8)} ${String(r.comments).padStart(5)} ${f2(r.precision).padStart(5)} ${f2(r.recall).padStart(5)} ${f2(r.f1).padStart(5)}  ${r.platform ?? '-'}${r.error ? `  (${r.error})` : ''}`,
    );
  }
  for (const split of ['tune', 'held-out', 'all'] as const) {
    const part = split === 'all' ? rows : rows.filter((r) => r.split === split);
    if (part.length === 0) continue;
    const s = summariseTokenScores(part);
    console.log(
      `${split.padEnd(8)}: ${s.pages} pages; token micro P ${f2(s.micro.precision)} R ${f2(s.micro.recall)} F1 ${f2(s.micro.f1)}; macro F1 ${f2(s.macroF1)}; ` +
        `nothing found on ${s.nothingFound} (${((100 * s.nothingFound) / s.pages).toFixed(1)}%); F1 >= 0.8 on ${s.atLeast08}`,
    );
  }
}

/**
 * A page may lose up to DRAGNET_PAGE_TOLERANCE of its last achieved token F1 (the browser's
 * timing varies on a loaded machine), but a page where comments were found may never drop to
 * nothing found.
 */
export const DRAGNET_PAGE_TOLERANCE = 0.15;

export function dragnetPageFloorFailures(rows: DragnetRow[], floors: Record<string, number>): string[] {
  const failures: string[] = [];
  for (const row of rows) {
    const achieved = floors[row.name];
    if (achieved === undefined) continue;
    if (achieved > 0 && row.f1 === 0) failures.push(`${row.name}: nothing found (was F1 ${achieved.toFixed(2)})`);
    else if (row.f1 < achieved - DRAGNET_PAGE_TOLERANCE) failures.push(`${row.name}: F1 ${row.f1.toFixed(2)} < ${achieved.toFixed(2)} - ${DRAGNET_PAGE_TOLERANCE}`);
  }
  return failures;
}

