/**
 * Labels on the page sit on the marked comment's own byline (beside its author), or at the
 * start of its own body, never in a reply nested inside it and never above it. Checked on every
 * seed page with comments, whatever detector reads it, and on small pages for the fallbacks.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../utils/extract/extract-page';
import { createPageAnnotations, LABEL_TAG } from '../../../utils/page/annotations';
import { i18nFor } from '../i18n/messages';
import { findLabelPlace } from '../../../utils/page/label-place';
import { parse } from '../extract/dom';

const SEEDS = resolve(import.meta.dirname, '../../../seeds');
const seedPages = readdirSync(SEEDS).filter((name) => existsSync(resolve(SEEDS, name, 'page.html')) && existsSync(resolve(SEEDS, name, 'expected.json')));

/** Is `node` inside `comment` and inside no other comment element that sits within `comment`? */
function inOwnPart(node: Node, comment: Element, all: Set<Element>): boolean {
  if (!comment.contains(node)) return false;
  for (let up = node.nodeType === 1 ? (node as Element) : node.parentElement; up && up !== comment; up = up.parentElement) {
    if (all.has(up)) return false;
  }
  return true;
}

describe('label place on the seed pages', () => {
  for (const name of seedPages) {
    const expected = JSON.parse(readFileSync(resolve(SEEDS, name, 'expected.json'), 'utf8')) as { comments: Array<{ author: string | null }> };
    if (!expected.comments?.length) continue;
    it(`${name}: every comment's label place is in its own part, on its byline when it names an author`, () => {
      const doc = parse(readFileSync(resolve(SEEDS, name, 'page.html'), 'utf8'), 'http://127.0.0.1/page.html');
      const { extraction, elements } = readPage(doc);
      const all = new Set(elements.values());
      expect(extraction.comments.length).toBeGreaterThan(0);
      for (const comment of extraction.comments) {
        const element = elements.get(comment.id)!;
        const place = findLabelPlace(element, comment, all, LABEL_TAG);
        expect(inOwnPart(place.parent, element, all), `${name} ${comment.id}`).toBe(true);
        if (comment.author) {
          expect(place.place, `${name} ${comment.id}`).toBe('byline');
          // Right after the author's name (or the link around it), inside the same line.
          const before = place.before?.previousSibling ?? place.parent.lastChild;
          expect(before?.textContent?.includes(comment.author), `${name} ${comment.id}`).toBe(true);
        }
      }
    });
  }
});

describe('label place on small pages', () => {
  const page = (body: string) => parse(`<!doctype html><html><body>${body}</body></html>`);

  it('goes beside the author, outside the profile link, not in the nested reply with the same author', () => {
    const doc = page(`
      <div class="c" id="a"><div class="head"><a href="/u/ann">ann</a> · <time datetime="2024-01-01">1 Jan</time></div><p>Parent text.</p>
        <div class="c" id="b"><div class="head"><a href="/u/ann">ann</a></div><p>Reply text.</p></div>
      </div>`);
    const a = doc.getElementById('a')!;
    const b = doc.getElementById('b')!;
    const place = findLabelPlace(a, { author: 'ann', time: null }, new Set([a, b]), LABEL_TAG);
    expect(place.place).toBe('byline');
    expect(place.parent).toBe(a.querySelector('.head'));
    expect(place.before?.textContent).toBe(' · ');
    const reply = findLabelPlace(b, { author: 'ann', time: null }, new Set([a, b]), LABEL_TAG);
    expect(reply.parent).toBe(b.querySelector('.head'));
  });

  it('uses the time when no author is shown, outside the permalink around it', () => {
    const doc = page(`<div id="a"><span class="meta"><a href="#a"><time datetime="2024-01-01">1 Jan</time></a></span><p>Text.</p></div>`);
    const a = doc.getElementById('a')!;
    const place = findLabelPlace(a, { author: null, time: '1 Jan' }, new Set([a]), LABEL_TAG);
    expect(place).toMatchObject({ place: 'byline', parent: a.querySelector('.meta'), before: null });
  });

  it('goes right after a name printed as plain text at the end of the comment\'s own line', () => {
    // A byline whose name is a link only when the writer gave a site (Dotclear's dt).
    const doc = parse(`<dl id="comments"><dt id="c1"><a href="#c1" class="comment-number">1.</a>
      Le mardi 6 avril 2010, 09:15 par Hortense</dt><dd><p>Merci pour les photos.</p></dd></dl>`);
    const dt = doc.getElementById('c1')!;
    const place = findLabelPlace(dt, { author: 'Hortense', time: 'Le mardi 6 avril 2010, 09:15' }, new Set([dt]), LABEL_TAG);
    expect(place.place).toBe('byline');
    expect(place.parent).toBe(dt);
    expect(place.before).toBeNull();
    expect(dt.lastChild?.textContent?.trim().endsWith('par Hortense')).toBe(true);
  });

  it('falls back to the start of the own body, skipping replies that come first', () => {
    const doc = page(`<div id="a"><div class="replies"><div id="b"><p>Reply first.</p></div></div><div class="text"><p>Own <a href="#">words</a>.</p></div></div>`);
    const a = doc.getElementById('a')!;
    const b = doc.getElementById('b')!;
    const place = findLabelPlace(a, { author: 'nobody shown', time: null }, new Set([a, b]), LABEL_TAG);
    expect(place.place).toBe('body');
    expect(place.parent).toBe(a.querySelector('.text p'));
    expect(place.before).toBe(a.querySelector('.text p')!.firstChild);
  });

  it('showMarks puts the label there, inline on the byline; with collapsing it stays in front of the hidden parts', () => {
    const doc = page(`<ol><li id="c1"><article><footer><b class="fn">ann</b> <time>1 Jan</time></footer><p>Text.</p></article>
      <ol class="children"><li id="c2"><article><footer><b class="fn">bob</b></footer><p>Reply.</p></article></li></ol></li></ol>`);
    const elements = new Map([['c1', doc.getElementById('c1')!], ['c2', doc.getElementById('c2')!]]);
    const bylines = new Map([['c1', { author: 'ann', time: '1 Jan' }], ['c2', { author: 'bob', time: null }]]);
    const marks = [{ id: 'c1', marks: [{ kind: 'link-only' as const, reason: 'only a link', code: 'linkonly_link', params: [], score: 1 }] }];
    const annotations = createPageAnnotations(doc, { setTimeout: () => 0 }, i18nFor('en'));
    annotations.showMarks(elements, marks, { showLabels: true, markedDisplay: 'normal' }, bylines);
    const label = doc.querySelector<HTMLElement>(LABEL_TAG)!;
    expect(label.parentElement).toBe(doc.querySelector('#c1 footer'));
    expect(label.previousElementSibling).toBe(doc.querySelector('#c1 .fn'));
    expect(label.dataset.place).toBe('byline');
    annotations.showMarks(elements, marks, { showLabels: true, markedDisplay: 'collapse' }, bylines);
    const collapsed = doc.querySelector<HTMLElement>(LABEL_TAG)!;
    expect(collapsed.parentElement).toBe(doc.getElementById('c1'));
    expect(collapsed.nextElementSibling?.localName).toBe('article');
    annotations.clear();
    expect(doc.querySelector(LABEL_TAG)).toBeNull();
  });
});
