import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { hackernews } from '../../../utils/extract/platforms/hackernews';
import { parse } from './dom';

const row = (id: string, indent: string, author: string, body: string): string =>
  `<tr class="athing comtr" id="${id}"><td><table border="0"><tr>${indent}
    <td class="default"><div><span class="comhead"><a href="user?id=${author}" class="hnuser">${author}</a>
      <span class="age" title="2024-03-15T09:20:45 1710494445"><a href="item?id=${id}">5 hours ago</a></span>
      <span class="navs"> | <a href="#x" class="clicky">next</a> <a class="togg clicky" id="${id}" n="1">[–]</a></span></span></div><br>
    <div class="comment">${body}<div class="reply"><p><font size="1"><u><a href="reply?id=${id}">reply</a></u></font></p></div></div></td></tr></table></td></tr>`;

describe('hackernews', () => {
  it('gives levels from the indent attribute, ids from the row, the ISO part of the age title', () => {
    const doc = parse(`<table class="comment-tree">
      ${row('1', '<td class="ind" indent="0"><img src="s.gif" height="1" width="0"></td>', 'ana', '<div class="commtext c00">Top.<p>Second paragraph with <a href="https://example.org/">https://example.org/</a></p></div>')}
      ${row('2', '<td class="ind" indent="1"><img src="s.gif" height="1" width="40"></td>', 'bo', '<div class="commtext c00">Reply.</div>')}
      ${row('3', '<td class="ind" indent="0"><img src="s.gif" height="1" width="0"></td>', '', '<div class="commtext c00"></div>')}
    </table>`, 'https://news.example.com/item?id=99');
    const found = findComments(doc);
    expect(found.platform).toBe('hackernews');
    expect(found.replySource).toBe('indent');
    expect(found.comments.map((c) => [c.id, c.parentId, c.level, c.author, c.time, c.text])).toEqual([
      ['1', null, 0, 'ana', '2024-03-15T09:20:45', 'Top.\nSecond paragraph with https://example.org/'],
      ['2', null, 1, 'bo', '2024-03-15T09:20:45', 'Reply.'],
    ]);
    expect(found.comments[0]?.links).toEqual([{ href: 'https://example.org/', text: 'https://example.org/' }]);
  });

  it('reads the level from the spacer image width in older markup', () => {
    const doc = parse(`<table>
      ${row('7', '<td><img src="s.gif" height="1" width="0"></td>'.replace('<td>', '<td class="ind">'), 'ana', '<span class="commtext c00">Old top.</span>')}
      ${row('8', '<td class="ind"><img src="s.gif" height="1" width="80"></td>', 'bo', '<span class="commtext c00">Old deep reply.</span>')}
    </table>`);
    expect((hackernews.detect(doc) ?? []).map((c) => [c.id, c.level, c.text])).toEqual([
      ['7', 0, 'Old top.'],
      ['8', 2, 'Old deep reply.'],
    ]);
  });
});
