/**
 * Long comment lists stay linear. jsdom runs every selector far slower than a browser (a
 * 2,000-comment page takes ~20-45 ms of detection in Chromium, seconds here), so these bounds
 * only catch the quadratic mistakes that once made such a page take 40 s here.
 */
import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { locatorFor, withLocatorCache } from '../../../utils/extract/locator';
import { parse } from './dom';

describe('long comment lists', () => {
  it('gives the same locators with the batch cache', () => {
    const doc = parse(`<div>${'<p>x</p><span>y</span>'.repeat(1_000)}</div><section><b>one</b></section>`);
    const els = Array.from(doc.querySelectorAll('p, span, b'));
    const plain = els.filter((_, i) => i % 97 === 0).map((el) => locatorFor(el));
    const started = performance.now();
    const batched = withLocatorCache(() => els.map((el) => locatorFor(el)));
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(batched.filter((_, i) => i % 97 === 0)).toEqual(plain);
    // (Not resolved here: jsdom evaluates :nth-of-type in quadratic time on long lists.)
    expect(batched[els.length - 1]).toBe('html > body > section > b');
  });

  it('reads 1,000 id-less shadow-hosting comments in one pass', () => {
    const n = 1_000;
    const doc = parse(`<div>${Array.from({ length: n }, (_, i) =>
      `<shreddit-comment thingid="t1_${i}" depth="0" author="u${i}"><div slot="comment"><p>Body ${i}.</p></div></shreddit-comment>`).join('')}</div>`);
    for (const el of Array.from(doc.querySelectorAll('shreddit-comment'))) el.attachShadow({ mode: 'open' }).innerHTML = '<slot name="comment"></slot>';
    const started = performance.now();
    const found = findComments(doc, { budgetMs: 120_000 });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(found.comments).toHaveLength(n);
    expect(found.partial).toBe(false);
    expect(found.comments[n - 1]?.locator).toBe(`html > body > div > shreddit-comment:nth-of-type(${n})`);
  });
});
