/**
 * Pure: scores found comments against ground truth by text overlap, as the corpus README asks
 * (a found comment may carry a little extra, e.g. a "Reply" label, so no exact equality).
 */

/** Overlap (F1 of shared words) at which a found comment counts as the truth comment. */
export const MATCH_THRESHOLD = 0.6;

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function counts(tokens: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of tokens) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
}

/** F1 of the word multisets of two texts: 1 for the same words, 0 for none shared. */
export function textOverlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return wa.length === wb.length && a.trim() === b.trim() ? 1 : 0;
  const cb = counts(wb);
  let shared = 0;
  for (const [token, n] of counts(wa)) shared += Math.min(n, cb.get(token) ?? 0);
  if (shared === 0) return 0;
  const precision = shared / wa.length;
  const recall = shared / wb.length;
  return (2 * precision * recall) / (precision + recall);
}

export interface MatchScore {
  found: number;
  expected: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * One-to-one matching: each truth comment takes the best unmatched found comment whose overlap
 * reaches the threshold. Both lists are in page order; ties go to the earliest.
 */
export function matchComments(found: string[], expected: string[]): MatchScore {
  const used = new Set<number>();
  let matched = 0;
  // Short texts are compared in full; longer ones via word sets computed once.
  for (const truth of expected) {
    let best = -1;
    let bestScore = MATCH_THRESHOLD;
    for (let i = 0; i < found.length; i++) {
      if (used.has(i)) continue;
      const score = textOverlap(found[i]!, truth);
      if (score >= bestScore && (best === -1 || score > bestScore)) {
        best = i;
        bestScore = score;
      }
    }
    if (best >= 0) {
      used.add(best);
      matched += 1;
    }
  }
  const precision = found.length === 0 ? (expected.length === 0 ? 1 : 0) : matched / found.length;
  const recall = expected.length === 0 ? 1 : matched / expected.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { found: found.length, expected: expected.length, matched, precision, recall, f1 };
}

/** Whether a found title names the same article as the truth title (site suffixes allowed). */
export function sameTitle(found: string | null | undefined, truth: string): boolean {
  if (!found) return false;
  const a = words(found).join(' ');
  const b = words(truth).join(' ');
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a) || textOverlap(found, truth) >= 0.8);
}
