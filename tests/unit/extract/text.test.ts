import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockText, collectLinks, fnv1a, foldSpace, shortFoldedText } from '../../../utils/extract/text';
import { parse } from './dom';

describe('text', () => {
  it('joins paragraphs with newlines and folds whitespace', () => {
    const doc = parse('<div id="c"><p>  One\n  two </p><p>Three<br>four</p><script>x()</script><span style="display:none">hid</span></div>');
    expect(blockText(doc.getElementById('c')!)).toBe('One two\nThree\nfour');
  });

  it('skips what the caller excludes, and collects absolute links', () => {
    const doc = parse('<div id="c"><p>See <a href="/x">this</a> <a href="#top">top</a></p><div class="reply"><a href="/r">Reply</a></div></div>');
    const root = doc.getElementById('c')!;
    const skip = (el: Element): boolean => el.classList.contains('reply');
    expect(blockText(root, skip)).toBe('See this top');
    expect(collectLinks(root, skip)).toEqual([{ href: 'https://news.example/x', text: 'this' }]);
  });

  it('hashes stably', () => {
    expect(fnv1a('abc')).toBe(fnv1a('abc'));
    expect(fnv1a('abc')).not.toBe(fnv1a('abd'));
  });

  it('gives the folded text of a short element, and null for a long one, as foldSpace(textContent) would', () => {
    const doc = parse('<div id="c">  <a> Reply </a>\n<span>to   <b>Anna</b></span><script>x()</script></div>');
    const el = doc.getElementById('c')!;
    expect(shortFoldedText(el, 40)).toBe(foldSpace(el.textContent ?? ''));
    expect(shortFoldedText(el, 5)).toBeNull();
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('a', ' ', '\n', 'é', '\t'), { maxLength: 60 }).map((cs) => cs.join('')), { maxLength: 8 }), fc.nat(120), (parts, max) => {
        const root = parse(`<div id="r">${parts.map((p, i) => (i % 2 ? `<span>${p}</span>` : p)).join('')}</div>`).getElementById('r')!;
        const whole = foldSpace(root.textContent ?? '');
        expect(shortFoldedText(root, max)).toBe(whole.length <= max ? whole : null);
      }),
    );
  });
});
