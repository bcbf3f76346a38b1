import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../utils/extract/platforms';
import { platformFromSignature, type PlatformSignature } from '../../../utils/extract/platforms/signature';
import { parse } from './dom';

/**
 * A made-up platform, "Quillpad", defined only as data: the shared reader must read it with no
 * code of its own. Comments are `div.qp-item` with `data-qp-id`; a reply states its parent in
 * `data-qp-parent` and its level in a `qp-level-N` class; the byline has the name and a
 * `<time>`; a "Reply" button and an "edited" note sit inside the body; a reply form holds a
 * preview item that is not a comment.
 */
const QUILLPAD: PlatformSignature = {
  name: 'quillpad',
  replySource: 'parent-attribute',
  seenOn: ['https://quillpad.example/docs/markup'],
  items: '.qp-item',
  notInside: '.qp-form',
  id: [{ attr: 'data-qp-id', format: 'qp-$0' }],
  parent: { attr: 'data-qp-parent', pattern: /^\d+$/, format: 'qp-$0' },
  level: [{ classPattern: /\bqp-level-(\d+)\b/ }],
  author: { selectors: ['.qp-name', '.qp-byline'] },
  time: { selectors: ['.qp-byline time'] },
  body: ['.qp-words'],
  notText: '.qp-edited, button',
};

function item(id: number, parent: number | null, level: number, name: string, words: string, replies = ''): string {
  return `<div class="qp-item qp-level-${level}" data-qp-id="${id}"${parent === null ? '' : ` data-qp-parent="${parent}"`}>
    <div class="qp-byline"><span class="qp-name">${name}</span> <time datetime="2026-01-0${id}T10:00:00Z">${id} days ago</time></div>
    <div class="qp-words"><p>${words}</p><span class="qp-edited">(edited)</span><button>Reply</button></div>
    <div class="qp-replies">${replies}</div>
  </div>`;
}

const PAGE = `<body><article><h1>Story</h1><p>${'The story itself. '.repeat(20)}</p></article>
  <section class="qp-thread">
    ${item(1, null, 0, 'Ada', 'The first comment on the story.', item(2, 1, 1, 'Bob', 'A reply to Ada, with a <a href="https://example.org/x">link</a>.', item(3, 2, 2, 'Cyd', 'A reply to Bob.')))}
    ${item(4, null, 0, 'Dee', 'A second thread.')}
  </section>
  <form class="qp-form">${item(9, null, 0, 'Preview', 'Not a comment yet.')}</form></body>`;

describe('a platform defined only as a signature', () => {
  const quillpad = platformFromSignature(QUILLPAD);

  it('reads items, stated parents, level classes, bylines and times, without chrome or nested replies', () => {
    const found = quillpad.detect(parse(PAGE));
    expect(found?.map((c) => ({ id: c.id, parentId: c.parentId, level: c.level, author: c.author, time: c.time, text: c.text }))).toEqual([
      { id: 'qp-1', parentId: null, level: 0, author: 'Ada', time: '2026-01-01T10:00:00Z', text: 'The first comment on the story.' },
      { id: 'qp-2', parentId: 'qp-1', level: 1, author: 'Bob', time: '2026-01-02T10:00:00Z', text: 'A reply to Ada, with a link.' },
      { id: 'qp-3', parentId: 'qp-2', level: 2, author: 'Cyd', time: '2026-01-03T10:00:00Z', text: 'A reply to Bob.' },
      { id: 'qp-4', parentId: null, level: 0, author: 'Dee', time: '2026-01-04T10:00:00Z', text: 'A second thread.' },
    ]);
    expect(found?.[1]?.links.map((l) => l.href)).toEqual(['https://example.org/x']);
  });

  it('follows nesting when the signature states no parent attribute, and finds nothing on a page without its markup', () => {
    const nested = platformFromSignature({ ...QUILLPAD, parent: undefined, level: undefined });
    const found = nested.detect(parse(PAGE));
    expect(found?.map((c) => [c.id, c.parentId, c.level])).toEqual([
      ['qp-1', null, 0],
      ['qp-2', 'qp-1', 1],
      ['qp-3', 'qp-2', 2],
      ['qp-4', null, 0],
    ]);
    expect(quillpad.detect(parse('<body><p>No comments here.</p></body>'))).toBeNull();
  });

  it('reads replies listed after their parent (repliesIn) and several signatures as one platform', () => {
    const flat = `<body><div class="qp-list">
      <div class="qp-item" data-qp-id="1"><div class="qp-words">Parent words.</div></div>
      <div class="qp-children"><div class="qp-item" data-qp-id="2"><div class="qp-words">Child words.</div></div></div>
    </div></body>`;
    const other: PlatformSignature = { ...QUILLPAD, items: '.qp-other' };
    const beside = platformFromSignature(other, { ...QUILLPAD, parent: undefined, level: undefined, repliesIn: { selector: '.qp-children' } });
    expect(beside.detect(parse(flat))?.map((c) => [c.id, c.parentId, c.level])).toEqual([
      ['qp-1', null, 0],
      ['qp-2', 'qp-1', 1],
    ]);
  });
});

describe('every platform says where its markup was seen', () => {
  it.each(PLATFORMS.map((p) => [p.name, p] as const))('%s: three sites or a documentation URL', (_name, platform) => {
    const seenOn = platform.seenOn ?? [];
    expect(seenOn.length).toBeGreaterThan(0);
    expect(seenOn.every((s) => s.trim().length > 0)).toBe(true);
    expect(seenOn.length >= 3 || seenOn.some((s) => /^https?:\/\/\S+/.test(s))).toBe(true);
  });
});
