import { describe, expect, it } from 'vitest';
import { blockText, collectLinks, fnv1a } from '../../../utils/extract/text';
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
});
