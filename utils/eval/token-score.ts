/**
 * Pure: Dragnet's token measure (see ../shared/corpus-dragnet/README.md). Bag-of-words overlap
 * between a page's gold comment text and everything reported for its comments (text, author,
 * time: the gold text includes the bylines a reader sees). Lower-case, split on anything that is
 * not a Unicode letter, mark or digit; common tokens are the multiset intersection.
 */

export function dragnetTokens(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter((t) => t.length > 0);
}

export interface TokenScore {
  detected: number;
  gold: number;
  common: number;
  precision: number;
  recall: number;
  f1: number;
}

function counts(tokens: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of tokens) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
}

function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function tokenScore(detectedText: string, goldText: string): TokenScore {
  const detected = dragnetTokens(detectedText);
  const gold = dragnetTokens(goldText);
  const goldCounts = counts(gold);
  let common = 0;
  for (const [token, n] of counts(detected)) common += Math.min(n, goldCounts.get(token) ?? 0);
  const precision = detected.length ? common / detected.length : 0;
  const recall = gold.length ? common / gold.length : 0;
  return { detected: detected.length, gold: gold.length, common, precision, recall, f1: f1Of(precision, recall) };
}

/** Micro (summed over pages) and macro (mean of per-page F1) figures over many pages. */
export function summariseTokenScores(scores: TokenScore[]): {
  micro: { precision: number; recall: number; f1: number };
  macroF1: number;
  nothingFound: number;
  atLeast08: number;
  pages: number;
} {
  const detected = scores.reduce((n, s) => n + s.detected, 0);
  const gold = scores.reduce((n, s) => n + s.gold, 0);
  const common = scores.reduce((n, s) => n + s.common, 0);
  const precision = detected ? common / detected : 0;
  const recall = gold ? common / gold : 0;
  return {
    micro: { precision, recall, f1: f1Of(precision, recall) },
    macroF1: scores.length ? scores.reduce((n, s) => n + s.f1, 0) / scores.length : 0,
    nothingFound: scores.filter((s) => s.detected === 0).length,
    atLeast08: scores.filter((s) => s.f1 >= 0.8).length,
    pages: scores.length,
  };
}

/**
 * Which half of a labelled set a page belongs to, fixed by its id alone (FNV-1a), so the split
 * never depends on what is in the folder: "tune" is developed on, "held-out" is only reported.
 */
export function splitOf(id: string): 'tune' | 'held-out' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'tune' : 'held-out';
}
