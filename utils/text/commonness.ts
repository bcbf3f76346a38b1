/**
 * How general a word is: its rank among the most frequent words of its language, and
 * from that a weight for how much it says about what a text is about ("people" little,
 * "sanctions" a lot). Ranks are looked up by stem, so "says", "said" and "saying" share
 * the rank of the most frequent of them.
 */
import { COMMON_WORDS } from './common-words';
import type { SupportedLanguage, TextLanguage } from './language';
import { stemWord } from './tokens';

/**
 * Words ranked at or above this are as general as words get (the stop-word layer of the
 * frequency list): they keep only the minimum weight.
 */
const RANK_FULLY_GENERAL = 50;
/** Words ranked beyond this (and words not in the list) count in full. */
const RANK_FULLY_SPECIFIC = 2_000;
/**
 * The least weight a content word keeps: even "people" or "world" can carry a thread when
 * nothing else does, it just must not outweigh a real key term.
 */
export const MIN_SPECIFICITY = 0.15;

const rankCaches = new Map<SupportedLanguage, Map<string, number>>();

function ranksFor(lang: SupportedLanguage): Map<string, number> {
  let ranks = rankCaches.get(lang);
  if (!ranks) {
    ranks = new Map();
    COMMON_WORDS[lang].split(' ').forEach((word, i) => {
      const stem = stemWord(word, lang);
      if (!ranks?.has(stem)) ranks?.set(stem, i + 1);
    });
    rankCaches.set(lang, ranks);
  }
  return ranks;
}

/** 1-based frequency rank of a stem in its language, or null when it is not a common word. */
export function commonRank(stem: string, lang: TextLanguage): number | null {
  if (lang === 'other') return null;
  return ranksFor(lang).get(stem) ?? null;
}

/**
 * 0..1, how specific a stem is: log-linear in its frequency rank between the two bounds,
 * so rank 100 ("people") ≈ 0.2, rank 600 ≈ 0.6, rank 2,000+ = 1. Languages without a list
 * get 1 for every word.
 */
export function specificity(stem: string, lang: TextLanguage): number {
  const rank = commonRank(stem, lang);
  if (rank === null) return 1;
  const t =
    (Math.log(rank) - Math.log(RANK_FULLY_GENERAL)) /
    (Math.log(RANK_FULLY_SPECIFIC) - Math.log(RANK_FULLY_GENERAL));
  return Math.min(1, Math.max(MIN_SPECIFICITY, t));
}
