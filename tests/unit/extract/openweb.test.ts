import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { resolveLocator } from '../../../utils/extract/locator';
import { openweb } from '../../../utils/extract/platforms/openweb';
import { parse } from './dom';

const message = (id: string, author: string, iso: string, text: string, replies = ''): string =>
  `<li class="spcv_list-item"><article data-message-id="${id}"><div class="spcv_threadingLine"><div class="spcv_root-message">
    <div data-spot-im-class="message-view">
      <span data-spot-im-class="message-username">${author}</span>
      <time data-spot-im-class="message-timestamp" datetime="${iso}">2 h</time>
      <div data-spot-im-class="message-text">${text}</div>
      <button aria-label="Reply">Reply</button><button aria-label="Like">4</button>
    </div>
    <ul class="spcv_children-list">${replies}</ul></div></div></article></li>`;

const CONVERSATION = `<div data-spotim-module="conversation"><ul class="spcv_messages-list">
  ${message('m1', 'Ana', '2024-04-02T09:00:00Z', '<p>First.</p><span data-edited-text="(Edited)">(Edited)</span>',
    message('m1r1', 'Bo', '2024-04-02T09:10:00Z', '<p>Reply.</p>'))}
  ${message('m2', 'Cy', '2024-04-02T10:00:00Z', '<p>Second <a href="https://example.org/p">source</a>.</p>')}
</ul><ul class="spcv_sort-menu"><li>Best</li><li>Newest</li></ul></div>`;

describe('openweb', () => {
  it('reads messages by their stable data-spot-im-class attributes, replies by nesting', () => {
    const comments = openweb.detect(parse(CONVERSATION)) ?? [];
    expect(comments.map((c) => [c.id, c.parentId, c.author, c.time, c.text])).toEqual([
      ['m1', null, 'Ana', '2024-04-02T09:00:00Z', 'First.'],
      ['m1r1', 'm1', 'Bo', '2024-04-02T09:10:00Z', 'Reply.'],
      ['m2', null, 'Cy', '2024-04-02T10:00:00Z', 'Second source.'],
    ]);
    expect(comments[2]?.links).toEqual([{ href: 'https://example.org/p', text: 'source' }]);
  });

  it('reads the conversation inside a shadow root under the OpenWeb host', () => {
    const doc = parse('<div data-spotim-module="conversation"><div class="host"></div></div>');
    const host = doc.querySelector('.host') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = CONVERSATION;
    const found = findComments(doc);
    expect(found.platform).toBe('openweb');
    expect(found.comments.map((c) => c.id)).toEqual(['m1', 'm1r1', 'm2']);
    for (const c of found.comments) {
      expect(c.locator).toContain(' >>> ');
      expect(resolveLocator(doc, c.locator)).toBe(c.element);
    }
  });

  it('is not on a page without message texts', () => {
    expect(openweb.detect(parse('<ul><li>Menu</li></ul>'))).toBeNull();
  });
});
