/**
 * Every saved seed page (`seeds/<slug>/page.html`) must give exactly the comments in its
 * `expected.json`: ids, parents, authors and texts, in page order; and its article, with no
 * comment text in it.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Extraction } from '../../utils/schema';
import { readPage } from '../../utils/extract/extract-page';
import { structural } from '../../utils/extract/platforms/structural';

interface ExpectedComment {
  id: string;
  label: string;
  parentId: string | null;
  author: string;
  text: string;
  marks: string[];
  mayMark?: string[];
}
interface Expected {
  title: string;
  lang: string;
  /**
   * The platform module that must read this page (e.g. "disqus"). Pages of a known platform
   * carry the site's own ids (`thingid`, `data-fullname`, `post-<n>`), which the structural
   * detector is not meant to know, so they are not also checked against it.
   */
  platform?: string;
  comments: ExpectedComment[];
}

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const allSlugs = readdirSync(SEEDS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${SEEDS}${d.name}/page.html`))
  .map((d) => d.name);

/**
 * Pages whose comments a script of the page builds (lazy threads, shadow roots, frames) cannot be
 * read by jsdom, which runs no page scripts: their expected.json names the end-to-end spec that
 * checks them in real browsers instead, and that spec must exist and use the page.
 */
const scripted = new Map<string, string>();
for (const slug of allSlugs) {
  const path = `${SEEDS}${slug}/expected.json`;
  const spec = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { checkedBy?: string }).checkedBy : undefined;
  if (spec) scripted.set(slug, spec);
}
const slugs = allSlugs.filter((slug) => !scripted.has(slug));

describe.each([...scripted])('scripted seed page %s', (slug, spec) => {
  it(`is checked end to end by ${spec}`, () => {
    expect(existsSync(`${SEEDS}../${spec}`)).toBe(true);
    expect(readFileSync(`${SEEDS}../${spec}`, 'utf8')).toContain(`${slug}/page.html`);
  });
});

function load(slug: string): { doc: Document; expected: Expected } {
  const html = readFileSync(`${SEEDS}${slug}/page.html`, 'utf8');
  const expectedPath = `${SEEDS}${slug}/expected.json`;
  if (!existsSync(expectedPath)) throw new Error(`seeds/${slug} has a page.html but no expected.json`);
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
  return { doc: new JSDOM(html, { url: `https://seed.example/${slug}/` }).window.document, expected };
}

const shape = (c: { id: string; parentId: string | null; author: string | null; text: string }) => ({
  id: c.id,
  parentId: c.parentId,
  author: c.author,
  text: c.text,
});

describe.each(slugs)('seed page %s', (slug) => {
  const { doc, expected } = load(slug);
  const before = doc.documentElement.outerHTML;
  const { extraction, elements } = readPage(doc);

  it('gives exactly the expected comments', () => {
    expect(extraction.comments.map(shape)).toEqual(expected.comments.map(shape));
  });

  it('gives the article title, language and a schema-valid extraction', () => {
    expect(extraction.article?.title).toBe(expected.title);
    expect(extraction.article?.lang).toBe(expected.lang);
    expect(Extraction.safeParse(extraction).success).toBe(true);
    expect(extraction.partial).toBe(false);
  });

  it('keeps comment text out of the article', () => {
    const article = extraction.article?.text ?? '';
    expect(article.length).toBeGreaterThan(0);
    expect(article).not.toContain(expected.title);
    for (const c of expected.comments) {
      for (const line of c.text.split('\n')) expect(article).not.toContain(line);
    }
  });

  it('finds each comment element again by its locator, and leaves the page unchanged', () => {
    for (const c of extraction.comments) expect(doc.querySelector(c.locator)).toBe(elements.get(c.id));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  // A page of a known platform must be read by that platform's module; any other page must be
  // readable by the structural detector alone (it is the fallback for unknown markup).
  if (expected.platform) {
    it(`is read by its platform module (${expected.platform})`, () => {
      expect(extraction.platform).toBe(expected.platform);
    });
  }
  if (!expected.platform || expected.platform === 'structural') {
    it('gives the same comments from the structural detector alone', () => {
      const found = structural.detect(doc) ?? [];
      expect(found.map(shape)).toEqual(expected.comments.map(shape));
    });
  }

  it('has well-formed expectations (unique ids, parents that exist, marks from the schema)', () => {
    const ids = new Set(expected.comments.map((c) => c.id));
    expect(ids.size).toBe(expected.comments.length);
    for (const c of expected.comments) {
      if (c.parentId !== null) expect(ids.has(c.parentId)).toBe(true);
      for (const m of [...c.marks, ...(c.mayMark ?? [])]) expect(['off-topic', 'link-only']).toContain(m);
    }
  });
});

describe('seed page russia-belarus-union', () => {
  const { doc, expected } = load('russia-belarus-union');
  const { extraction } = readPage(doc);

  it('has 14 comments in 4 threads', () => {
    expect(extraction.comments).toHaveLength(14);
    expect(extraction.comments.filter((c) => c.parentId === null)).toHaveLength(4);
    expect(expected.comments.map((c) => c.label)).toEqual(Array.from({ length: 14 }, (_, i) => `C${i + 1}`));
  });

  it('gives the seven article paragraphs exactly', () => {
    const paragraphs = Array.from(doc.querySelectorAll('.entry-content p')).map((p) => p.textContent ?? '');
    expect(paragraphs).toHaveLength(7);
    expect(extraction.article?.text).toBe(paragraphs.join('\n'));
  });

  it('does not take related stories or most-read items for comments', () => {
    const sideTitles = Array.from(doc.querySelectorAll('.sidebar li a')).map((a) => a.textContent ?? '');
    expect(sideTitles.length).toBeGreaterThan(5);
    const texts = extraction.comments.map((c) => c.text).join('\n');
    for (const t of sideTitles) expect(texts).not.toContain(t);
  });

  it('keeps the link of the link-only comment', () => {
    const c9 = extraction.comments[8];
    expect(c9?.links).toEqual([{ href: c9?.text, text: c9?.text }]);
  });
});
