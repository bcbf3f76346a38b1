import { describe, expect, it } from 'vitest';
import { Extraction } from '../../../utils/schema';
import { readPage } from '../../../utils/extract/extract-page';
import { locatorFor, resolveLocator } from '../../../utils/extract/locator';
import { collectSearchRoots, MAX_SEARCH_ROOTS } from '../../../utils/extract/roots';
import { parse, snapshot } from './dom';

const DISQUS_POSTS = `<div id="posts"><ul class="post-list">
  <li class="post" id="post-1"><div class="post-byline"><span class="author"><a>ana</a></span></div><div class="post-message"><p>In a frame.</p></div>
    <ul class="children"><li class="post" id="post-2"><div class="post-byline"><span class="author"><a>bo</a></span></div><div class="post-message"><p>Reply in a frame.</p></div></li></ul></li>
</ul></div>`;

describe('collectSearchRoots', () => {
  it('lists the document, open shadow roots (nested too) and same-origin frame documents', () => {
    const doc = parse('<div id="a"></div><section><span id="b"></span></section><iframe id="f"></iframe>');
    const a = doc.getElementById('a') as Element;
    const shadowA = a.attachShadow({ mode: 'open' });
    shadowA.innerHTML = '<p>in a</p><div id="inner"></div>';
    const innerShadow = (shadowA.getElementById('inner') as Element).attachShadow({ mode: 'open' });
    const b = (doc.getElementById('b') as Element).attachShadow({ mode: 'open' });
    const frameDoc = (doc.getElementById('f') as HTMLIFrameElement).contentDocument as Document;
    frameDoc.body.innerHTML = '<div id="deep"></div>';
    const frameShadow = (frameDoc.getElementById('deep') as Element).attachShadow({ mode: 'open' });

    const roots = collectSearchRoots(doc, {}, locatorFor);
    expect(roots.map((r) => r.node)).toEqual([doc, shadowA, b, frameDoc, innerShadow, frameShadow]);
    expect(roots.map((r) => r.kind)).toEqual(['document', 'shadow', 'shadow', 'frame', 'shadow', 'shadow']);
    expect(roots[3]?.framePrefix).toBe('#f');
    expect(roots[5]?.framePrefix).toBe('#f');
    expect(collectSearchRoots(doc, { frames: false }).map((r) => r.kind)).toEqual(['document', 'shadow', 'shadow', 'shadow']);
  });

  it('reaches closed shadow roots only through the hook, and only on elements that can host one', () => {
    const doc = parse('<div id="host"></div><a id="link"></a><my-widget id="w"></my-widget>');
    const closed = (doc.getElementById('host') as Element).attachShadow({ mode: 'closed' });
    const closedWidget = (doc.getElementById('w') as Element).attachShadow({ mode: 'closed' });
    const hidden = new Map<Element, ShadowRoot>([
      [doc.getElementById('host') as Element, closed],
      [doc.getElementById('w') as Element, closedWidget],
    ]);
    expect(collectSearchRoots(doc)).toHaveLength(1);
    const asked: string[] = [];
    const roots = collectSearchRoots(doc, {
      openShadowRoot: (el) => {
        asked.push(el.localName);
        return hidden.get(el) ?? null;
      },
    });
    expect(roots.map((r) => r.node)).toEqual([doc, closed, closedWidget]);
    expect(asked).not.toContain('a');
    expect(asked).not.toContain('html');
  });

  it('survives a hook that throws and stops at the root limit', () => {
    const doc = parse(`${'<div class="h"></div>'.repeat(MAX_SEARCH_ROOTS + 20)}`);
    for (const el of Array.from(doc.querySelectorAll('.h'))) el.attachShadow({ mode: 'open' });
    expect(collectSearchRoots(doc)).toHaveLength(MAX_SEARCH_ROOTS);
    const roots = collectSearchRoots(parse('<div></div>'), {
      openShadowRoot: () => {
        throw new Error('no');
      },
    });
    expect(roots).toHaveLength(1);
  });
});

describe('locators through shadow roots and frames', () => {
  it('round-trips every element of nested open shadow roots', () => {
    const doc = parse('<main><div id="outer"></div><div class="x"></div></main>');
    const outer = (doc.getElementById('outer') as Element).attachShadow({ mode: 'open' });
    outer.innerHTML = '<style></style><div><p>one</p></div><div><p>two</p><x-card></x-card></div>';
    const card = outer.querySelector('x-card') as Element;
    card.attachShadow({ mode: 'open' }).innerHTML = '<article><p id="dup">a</p><p id="dup">b</p></article>';
    const all = [...Array.from(outer.querySelectorAll('*')), ...Array.from(card.shadowRoot?.querySelectorAll('*') ?? [])];
    for (const el of all) {
      const locator = locatorFor(el);
      expect(locator).toContain(' >>> ');
      expect(resolveLocator(doc, locator)).toBe(el);
    }
    expect(locatorFor(outer.querySelectorAll('p')[1] as Element)).toBe('#outer >>> div:nth-of-type(2) > p');
  });

  it('resolves closed roots only with the hook', () => {
    const doc = parse('<div id="host"></div>');
    const host = doc.getElementById('host') as Element;
    const closed = host.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p id="inside">hi</p>';
    const p = closed.getElementById('inside') as Element;
    expect(locatorFor(p)).toBe('#host >>> #inside');
    expect(resolveLocator(doc, '#host >>> #inside')).toBeNull();
    expect(resolveLocator(doc, '#host >>> #inside', (el) => (el === host ? closed : null))).toBe(p);
  });

  it('resolves into same-origin frames and gives null for anything broken', () => {
    const doc = parse('<iframe id="f"></iframe>');
    const frameDoc = (doc.getElementById('f') as HTMLIFrameElement).contentDocument as Document;
    frameDoc.body.innerHTML = '<p id="x">in frame</p>';
    expect(resolveLocator(doc, '#f >>> #x')).toBe(frameDoc.getElementById('x'));
    expect(resolveLocator(doc, '#nope >>> #x')).toBeNull();
    expect(resolveLocator(doc, '#f >>> #nope')).toBeNull();
    expect(resolveLocator(doc, '[[[')).toBeNull();
    expect(resolveLocator(doc, '#f >>> ###')).toBeNull();
  });
});

describe('readPage across roots', () => {
  it('reads comments in a closed shadow root when the content script passes the hook', () => {
    const doc = parse(`<html lang="en"><head><title>S</title></head><body><article><h1>S</h1><p>${'Text. '.repeat(40)}</p></article><div id="disqus_thread"></div></body></html>`);
    const host = doc.getElementById('disqus_thread') as Element;
    const closed = host.attachShadow({ mode: 'closed' });
    closed.innerHTML = DISQUS_POSTS;
    expect(readPage(doc).extraction.comments).toEqual([]);
    const before = snapshot(doc);
    const { extraction, elements } = readPage(doc, { openShadowRoot: (el) => (el === host ? closed : null) });
    expect(extraction.comments.map((c) => [c.id, c.parentId, c.locator])).toEqual([
      ['post-1', null, '#disqus_thread >>> #post-1'],
      ['post-2', 'post-1', '#disqus_thread >>> #post-2'],
    ]);
    expect(elements.get('post-2')).toBe(closed.getElementById('post-2'));
    expect(Extraction.safeParse(extraction).success).toBe(true);
    expect(snapshot(doc)).toBe(before);
  });

  it('reads a same-origin iframe and keeps the article of the top document whole', () => {
    const doc = parse(`<html lang="en"><head><title>S</title></head><body><article><h1>S</h1><p>${'Top words. '.repeat(40)}</p></article><iframe id="comments-frame"></iframe></body></html>`);
    const frame = doc.getElementById('comments-frame') as HTMLIFrameElement;
    (frame.contentDocument as Document).body.innerHTML = DISQUS_POSTS;
    const { extraction } = readPage(doc);
    expect(extraction.comments.map((c) => [c.id, c.locator])).toEqual([
      ['post-1', '#comments-frame >>> #post-1'],
      ['post-2', '#comments-frame >>> #post-2'],
    ]);
    for (const c of extraction.comments) expect(resolveLocator(doc, c.locator)?.id).toBe(c.id);
    expect(extraction.article?.text).toContain('Top words.');
    expect(readPage(doc, { frames: false }).extraction.comments).toEqual([]);
  });

  it('keeps ids unique when two roots repeat one, and replies follow their renamed parent', () => {
    const doc = parse('<div id="a"></div><div id="b"></div>');
    for (const id of ['a', 'b']) (doc.getElementById(id) as Element).attachShadow({ mode: 'open' }).innerHTML = DISQUS_POSTS;
    const { extraction } = readPage(doc);
    expect(extraction.comments.map((c) => [c.id, c.parentId])).toEqual([
      ['post-1', null],
      ['post-2', 'post-1'],
      ['post-1~2', null],
      ['post-2~2', 'post-1~2'],
    ]);
  });
});
