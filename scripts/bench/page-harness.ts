/**
 * Bundled into the page by `npm run bench` (main world, not the extension): times the content
 * script's whole pass (readPage: article + comments, then the structured clone that sending a
 * message costs) against Mozilla Readability's parse() on a clone of the same document.
 */
import { Readability } from '@mozilla/readability';
import { readPage } from '../../utils/extract/extract-page';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface PageBench {
  comments: number;
  platform: string | null;
  partial: boolean;
  threadwiseMs: number;
  readabilityMs: number;
}

function run(runs: number): PageBench {
  const ours: number[] = [];
  const theirs: number[] = [];
  let comments = 0;
  let platform: string | null = null;
  let partial = false;
  for (let i = 0; i < runs; i++) {
    // Alternate the order so neither side always runs on a warmer cache.
    const order = i % 2 ? ['readability', 'threadwise'] : ['threadwise', 'readability'];
    for (const which of order) {
      const started = performance.now();
      if (which === 'threadwise') {
        const { extraction } = readPage(document);
        structuredClone(extraction);
        ours.push(performance.now() - started);
        comments = extraction.comments.length;
        platform = extraction.platform;
        partial = extraction.partial;
      } else {
        new Readability(document.cloneNode(true) as Document).parse();
        theirs.push(performance.now() - started);
      }
    }
  }
  return { comments, platform, partial, threadwiseMs: median(ours), readabilityMs: median(theirs) };
}

(globalThis as unknown as { __threadwiseBench: typeof run }).__threadwiseBench = run;
