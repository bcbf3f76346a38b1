/**
 * fast-check arbitraries for the property tests: comment sections as pages produce them, and
 * worse (duplicate ids, parents that are missing, self-replies, cycles, level jumps, text in
 * any script, markup-like text, invisible characters).
 */
import fc from 'fast-check';
import type { ExtractedComment, Extraction } from '../../../utils/schema';

/** Ids from a small pool, so duplicates, self-replies and cycles are common. */
export const idArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 12 }).map((n) => `c${n}`) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
);

const WORDS = ['council', 'budget', 'tram', 'football', 'https://example.org/a', 'www.x.org/b', 'Москва', '東京', 'جدار', '😀', '<img src=x onerror=alert(1)>', '@anna', '\u200B', '\u00AD', '\n', '  ', 'ﬁ', 'İ', 'ß'];

/** Text: arbitrary unicode, or words from many scripts and kinds (links, markup, invisible). */
export const textArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((words) => words.join(' ')),
  fc.constantFrom('', ' ', '\u200B\u200B', '\uFEFF \u00A0', '\t\n'),
);

export const commentArb: fc.Arbitrary<ExtractedComment> = fc.record({
  id: idArb,
  parentId: fc.option(idArb, { nil: null }),
  level: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  author: fc.option(fc.constantFrom('anna', 'bob', 'Anna', '', 'мария'), { nil: null }),
  time: fc.option(fc.constantFrom('2026-01-01T10:00', 'yesterday', ''), { nil: null }),
  text: textArb,
  links: fc.array(
    fc.record({
      href: fc.constantFrom('https://example.org/a', 'http://x.org', 'javascript:alert(1)', 'mailto:a@b.c', '', 'data:,x'),
      text: fc.constantFrom('https://example.org/a', 'here', ''),
    }),
    { maxLength: 3 },
  ),
  locator: fc.constant('#x'),
});

export const commentsArb = fc.array(commentArb, { maxLength: 40 });

export const extractionArb: fc.Arbitrary<Extraction> = fc.record({
  url: fc.constant('https://news.example/story'),
  article: fc.option(
    fc.record({
      title: fc.string({ maxLength: 80 }),
      text: fc.oneof(textArb, fc.constant('The council approved the tram budget on Monday after a long debate about the city budget.')),
      lang: fc.option(fc.constantFrom('en', 'de', 'fr', 'es', 'ru', 'ar', 'xx', ''), { nil: null }),
    }),
    { nil: null },
  ),
  comments: commentsArb,
  platform: fc.option(fc.constantFrom('wordpress', 'structural'), { nil: null }),
  replySource: fc.constantFrom('nesting', 'parent-attribute', 'depth', 'indent', 'schema-org', 'none'),
  partial: fc.boolean(),
  detectMs: fc.double({ min: 0, max: 1e6, noNaN: true }),
});

/** Runs per property: enough to find the odd cases, quick enough for every `npm test`. */
export const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
