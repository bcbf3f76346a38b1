import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeExtraction, EMPTY_COMMENT_NOTE, OTHER_SCRIPT_NOTE } from '../../../utils/analysis/analyze';
import { AnalysisResult, type ExtractedComment, type Extraction } from '../../../utils/schema';
import { SEED_PATH, seedExtraction } from './seed-fixture';

function comment(id: string, text: string, parentId: string | null = null): ExtractedComment {
  return { id, parentId, level: null, author: null, time: null, text, links: [], locator: `#${id}` };
}

function extraction(partial: Partial<Extraction>): Extraction {
  return {
    url: 'https://news.example/a',
    article: null,
    comments: [],
    platform: null,
    replySource: 'none',
    partial: false,
    detectMs: 3,
    ...partial,
  };
}

describe('analyzeExtraction', () => {
  it('produces a valid result for the seed page, comments in page order', () => {
    let clock = 100;
    const result = analyzeExtraction(seedExtraction(), { sensitivity: 'normal' }, () => (clock += 7));
    expect(AnalysisResult.safeParse(result).success).toBe(true);
    expect(result.comments.map((c) => c.id)).toEqual(seedExtraction().comments.map((c) => c.id));
    expect(result.timings).toEqual({ detectMs: 12, analyzeMs: 7 });
    expect(result.platform).toBe('structural');
    expect(result.partial).toBe(false);
    expect(Number.isNaN(Date.parse(result.analyzedAt ?? ''))).toBe(false);
    expect(result.article?.lang).toBe('en');
    expect(result.article?.excerpt.length).toBeLessThanOrEqual(201);
    expect(result.article?.excerpt.startsWith('Russian President Vladimir Putin said Friday')).toBe(true);
    expect(result.article?.wordCount).toBeGreaterThan(200);
    const c7 = result.comments.find((c) => c.id === 'C7');
    expect(c7).toMatchObject({ parentId: 'C6', depth: 6, author: 'F', reply: { source: 'page', cue: null } });
    expect(c7?.text).toBe(readFileSync(SEED_PATH, 'utf8').split('\n').slice(17, 19).join('\n'));
  });

  it('never marks a link-only comment off-topic too', () => {
    const result = analyzeExtraction(seedExtraction(), { sensitivity: 'strict' });
    expect(result.comments.find((c) => c.id === 'C9')?.marks.map((m) => m.kind)).toEqual(['link-only']);
  });

  it('marks a shop advertising itself with a link as spam, naming the evidence', () => {
    const result = analyzeExtraction(
      extraction({
        article: { title: 'Supermarket recalls peanut butter', text: 'Fenmore’s recalled two peanut butter lines after metal fragments were found at the factory.', lang: 'en' },
        comments: [
          comment('a', 'Checked our cupboard, both jars are from the recalled batch.'),
          comment('b', 'Great post! We sell small-batch nut butters with free delivery over £20 at nuttyshop.co.uk'),
        ],
      }),
      { sensitivity: 'normal' },
    );
    const mark = result.comments[1]?.marks.find((m) => m.kind === 'off-topic');
    expect(mark?.code).toBe('offtopic_spam');
    expect(mark?.reason).toContain('a business speaking “We sell”');
    expect(mark?.reason).toContain('with a link to “nuttyshop.co.uk”');
    expect(result.comments[0]?.marks).toEqual([]);
  });

  it('does not give whom a comment addresses (a part of a commenter’s name) as what it is about', () => {
    const by = (c: ExtractedComment, author: string): ExtractedComment => ({ ...c, author });
    const result = analyzeExtraction(
      extraction({
        article: { title: 'Council approves new cycle lane on Market Street', text: 'The council approved a protected cycle lane on Market Street. Parking spaces will be removed and the lane opens in spring.', lang: 'en' },
        replySource: 'parent-attribute',
        comments: [
          by(comment('a', 'About time, the cycle lane on Market Street is overdue.'), 'Jefferson Luiz'),
          by(comment('b', 'Jefferson, did you see the snooker final last night? Unbelievable comeback from the underdog.', 'a'), 'Marta_K'),
        ],
      }),
      { sensitivity: 'normal' },
    );
    const mark = result.comments[1]?.marks.find((m) => m.kind === 'off-topic');
    expect(mark?.reason).toMatch(/about: /);
    expect(mark?.reason).toMatch(/snooker|underdog|comeback/);
    expect(mark?.reason).not.toMatch(/jefferson/i);
  });

  it('handles an empty page', () => {
    const result = analyzeExtraction(extraction({}), { sensitivity: 'normal' });
    expect(result.comments).toEqual([]);
    expect(result.article).toBeNull();
    expect(AnalysisResult.safeParse(result).success).toBe(true);
  });

  it('marks nothing off-topic when there is no article, but still finds link-only comments', () => {
    const result = analyzeExtraction(
      extraction({
        comments: [
          comment('a', 'My favourite football team lost again on Sunday, terrible goalkeeper.'),
          comment('b', 'Completely unrelated thoughts about gardening tomatoes in spring.', 'a'),
          comment('c', 'https://example.com/x'),
        ],
      }),
      { sensitivity: 'strict' },
    );
    expect(result.comments.map((c) => c.marks.map((m) => m.kind))).toEqual([[], [], ['link-only']]);
  });

  it('copes with odd input: empty texts, missing parents, an empty article', () => {
    const result = analyzeExtraction(
      extraction({
        article: { title: '', text: '', lang: null },
        comments: [comment('a', ''), comment('b', '\u200B', 'zzz'), comment('a', '   ')],
      }),
      { sensitivity: 'normal' },
    );
    expect(result.comments.map((c) => [c.id, c.parentId, c.marks.length])).toEqual([
      ['a', null, 0],
      ['b', null, 0],
      ['a~2', null, 0],
    ]);
    expect(result.comments[1]?.notes?.[0]).toMatch(/not found/);
    // Empty comments stay in the tree, with a note, and are never marked.
    expect(result.comments.map((c) => c.notes?.includes(EMPTY_COMMENT_NOTE))).toEqual([true, true, true]);
    expect(AnalysisResult.safeParse(result).success).toBe(true);
  });

  it('never throws, even on input that breaks the contract', () => {
    const broken = { url: 'x', article: null, comments: [null], detectMs: -1 } as unknown as Extraction;
    const result = analyzeExtraction(broken, { sensitivity: 'normal' });
    expect(result.error).toMatch(/analysis failed/);
    expect(() => analyzeExtraction(undefined as unknown as Extraction, { sensitivity: 'normal' })).not.toThrow();
  });
});

describe('comments in another writing system than the article', () => {
  it('are left unmarked with a note, since term overlap cannot judge them', () => {
    const result = analyzeExtraction(
      extraction({
        article: { title: 'Sea wall repairs begin', text: 'The council began repairs to the sea wall on Monday. The sea wall protects the harbour from storms and high tides.', lang: 'en' },
        comments: [
          comment('c1', 'The sea wall repairs are overdue, the storms last winter damaged the harbour.', null),
          comment('c2', 'إصلاح الجدار البحري تأخر كثيرا والعواصف أضرت بالميناء', null),
          comment('c3', 'My favourite football team lost again on Sunday, terrible match.', null),
        ],
      }),
      { sensitivity: 'normal' },
    );
    expect(result.comments[1]!.marks).toEqual([]);
    expect(result.comments[1]!.notes).toContain(OTHER_SCRIPT_NOTE);
    expect(result.comments[2]!.marks.map((m) => m.kind)).toEqual(['off-topic']);
  });
});

describe('a page whose subject is only a title (a link post on an aggregator)', () => {
  it('judges comments against the story title', () => {
    const result = analyzeExtraction(
      extraction({
        article: { title: 'Rust compiler release speeds up incremental builds for large workspaces', text: '', lang: 'en' },
        comments: [
          comment('c1', 'Incremental builds in our large Rust workspace got noticeably faster with this compiler release.', null),
          comment('c2', 'Anyone know a good pizza place near the harbour? Asking for a friend visiting next week.', null),
        ],
      }),
      { sensitivity: 'normal' },
    );
    expect(result.comments[0]!.marks).toEqual([]);
    expect(result.comments[1]!.marks.map((m) => m.kind)).toEqual(['off-topic']);
  });
});
