/** Properties of the pure text functions over arbitrary text in any script (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonRank, specificity } from '../../../utils/text/commonness';
import { SUPPORTED_LANGUAGES, detectLanguageCode, normalizeLanguageTag, resolveLanguage, toTextLanguage, type TextLanguage } from '../../../utils/text/language';
import { distinctDomains, domainOf, findLinks, isBareUrl } from '../../../utils/text/links';
import { contentStems, forEachWordRange, isStopWord, segmentWords, startsSentence, stemWord, tokenize } from '../../../utils/text/tokens';
import { RUNS, textArb } from './arbitraries';

const LANGUAGES: TextLanguage[] = [...SUPPORTED_LANGUAGES, 'other'];
const langArb = fc.constantFrom(...LANGUAGES);

describe('text functions (properties)', () => {
  it('segmenting and tokenizing never throw and give offsets inside the text', () => {
    fc.assert(
      fc.property(textArb, langArb, (text, lang) => {
        for (const { segment, index } of segmentWords(text, lang)) {
          expect(text.slice(index, index + segment.length)).toBe(segment);
        }
        forEachWordRange(text, lang, (start, end) => {
          expect(0 <= start && start <= end && end <= text.length).toBe(true);
        });
        for (const token of tokenize(text, lang)) {
          expect(token.index).toBeGreaterThanOrEqual(0);
          expect(token.index).toBeLessThanOrEqual(text.length);
          expect(typeof token.stem).toBe('string');
        }
        for (const stem of contentStems(text, lang)) expect(typeof stem).toBe('string');
        for (let i = 0; i <= Math.min(text.length, 20); i++) expect(typeof startsSentence(text, i)).toBe('boolean');
      }),
      { numRuns: RUNS },
    );
  });

  it('stemming, stop words and commonness are total; scores stay in 0..1', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), langArb, (word, lang) => {
        expect(typeof stemWord(word, lang)).toBe('string');
        expect(typeof isStopWord(word, lang)).toBe('boolean');
        const rank = commonRank(word, lang);
        expect(rank === null || (Number.isFinite(rank) && rank >= 0)).toBe(true);
        const s = specificity(word, lang);
        expect(s >= 0 && s <= 1).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('language functions are total and give a supported language or "other"', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ maxLength: 40 }), { nil: null }), textArb, (tag, sample) => {
        const normalized = normalizeLanguageTag(tag);
        expect(normalized === null || typeof normalized === 'string').toBe(true);
        expect(LANGUAGES).toContain(toTextLanguage(tag));
        const code = detectLanguageCode(sample);
        expect(code === null || typeof code === 'string').toBe(true);
        expect(LANGUAGES).toContain(resolveLanguage(tag, sample));
      }),
      { numRuns: RUNS },
    );
  });

  it('links are found inside the text, with domains or null; never a throw', () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.string({ maxLength: 60 }), { maxLength: 5 }), (text, urls) => {
        for (const link of findLinks(text)) {
          expect(text.slice(link.index, link.lastIndex)).toBe(link.raw);
          expect(link.domain === null || typeof link.domain === 'string').toBe(true);
        }
        expect(typeof isBareUrl(text)).toBe('boolean');
        for (const url of urls) {
          const domain = domainOf(url);
          expect(domain === null || domain === domain.toLowerCase()).toBe(true);
        }
        const domains = distinctDomains(urls);
        expect(new Set(domains).size).toBe(domains.length);
      }),
      { numRuns: RUNS },
    );
  });
});
