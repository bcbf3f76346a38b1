import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import type { FoundComment } from '../../../utils/extract/found-comment';
import { withoutRepeatBoxes } from '../../../utils/extract/repeats';
import { parse, snapshot } from './dom';

/** One schema.org Comment; `inner` is extra markup (a "go to the thread" link, replies). */
const item = (id: string, author: string, words: string, inner = ''): string => `
  <li class="c" itemscope itemtype="https://schema.org/Comment"><meta itemprop="identifier" content="${id}">
    <span itemprop="author">${author}</span> <time itemprop="dateCreated" datetime="2024-03-0${id.length % 9}T10:00:00Z">10:00</time>
    <div itemprop="text"><p>${words}</p></div>${inner}</li>`;

const replies = (items: string): string => `<ul class="replies">${items}</ul>`;

const section = (box: string, thread: string): string => `<article><h1>Story</h1><p>Article words.</p></article>
  <section id="comments"><h2>Comments</h2>${box}<div class="thread"><ul>${thread}</ul></div></section>`;

const ANNA = 'The clinic closed its maternity ward after twenty years, and nobody asked the midwives.';
const BEN = 'We drove seventy kilometres at night in January, I would not wish it on anyone.';
const SPAM = 'Cheap loans today, no questions asked, see my profile for the link.';

const rows = (found: ReturnType<typeof findComments>): (string | null)[][] => found.comments.map((c) => [c.id, c.parentId, c.author, c.text]);

describe('a box repeating comments of the thread', () => {
  it('keeps the copies in the thread, not those in an editors\' picks box (same writer, same words)', () => {
    const doc = parse(section(
      `<div class="picks"><h3>Editors' picks</h3><ul>${item('p1', 'Anna', ANNA, '<a href="#comment-1">Jump to comment</a>')}${item('p2', 'Ben', BEN)}</ul></div>`,
      item('1', 'Anna', ANNA, replies(item('2', 'Carl', 'Who pays for a ward with four hundred births a year?'))) +
        item('3', 'Dora', 'My granddaughter was born there in 2019.') +
        item('4', 'Ben', BEN, replies(item('5', 'Eva', 'Same here, forty minutes in the dark.'))),
    ));
    const before = snapshot(doc);
    const found = findComments(doc);
    expect(rows(found)).toEqual([
      ['1', null, 'Anna', ANNA],
      ['2', '1', 'Carl', 'Who pays for a ward with four hundred births a year?'],
      ['3', null, 'Dora', 'My granddaughter was born there in 2019.'],
      ['4', null, 'Ben', BEN],
      ['5', '4', 'Eva', 'Same here, forty minutes in the dark.'],
    ]);
    expect(snapshot(doc)).toBe(before);
  });

  it('keeps the thread copy\'s id and replies when the box shows the same id and a "go to the discussion" line', () => {
    // The box comes first, so the site's id went to its copy and the thread's became "7~2".
    const doc = parse(section(
      `<div class="best"><h3>Best opinions</h3><ul>${item('7', 'Greta', ANNA, '<p><a href="#opinion-7">Go to the discussion</a></p>')}</ul></div>`,
      item('7', 'Greta', ANNA, replies(item('8', 'Hugo', 'Signed the petition, fingers crossed.'))) +
        item('9', 'Ivo', 'Leave politics out of it, this is about one village.') +
        item('10', 'Jana', 'Exactly. A train has no party colours.'),
    ));
    expect(rows(findComments(doc))).toEqual([
      ['7', null, 'Greta', ANNA],
      ['8', '7', 'Hugo', 'Signed the petition, fingers crossed.'],
      ['9', null, 'Ivo', 'Leave politics out of it, this is about one village.'],
      ['10', null, 'Jana', 'Exactly. A train has no party colours.'],
    ]);
  });

  it('keeps copy-spam by other writers and a writer\'s double post: those are comments of the thread', () => {
    const doc = parse(section(
      '',
      item('1', 'Anna', ANNA) +
        item('2', 'spammer1', SPAM) +
        item('3', 'spammer2', SPAM) +
        item('4', 'Ben', BEN) +
        item('5', 'Ben', BEN) +
        item('6', 'Dora', 'A reply with a copy below.', replies(item('7', 'spammer1', SPAM))),
    ));
    expect(findComments(doc).comments.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  // Dragnet R216 (a Guardian page): a double post read by the section reader, whose comment element
  // is the first item inside each comment's own list ("ul.comment > li.comment-author"), so that
  // each list looked like a box holding one copy.
  it("keeps a writer's double post when each comment's element is an inner item of its own list", () => {
    const doc = parse(`<div id="comments">${[['1', 'Anna', ANNA], ['2', 'Ben', BEN], ['3', 'Carl', 'Who pays for it?'], ['4', 'Ben', BEN], ['5', 'Dora', 'Born there in 2019.']]
      .map(([id, author, words]) => `<ul class="comment" id="c${id}"><li class="comment-author"><a>${author}</a><div class="comment-body"><p>${words}</p></div></li><li class="comment-tools">Recommend</li></ul>`)
      .join('')}</div>`);
    const found = Array.from(doc.querySelectorAll('li.comment-author'), (element, k): FoundComment => ({
      id: `c${k + 1}`, parentId: null, level: null, author: element.querySelector('a')?.textContent ?? null, time: null,
      text: element.querySelector('.comment-body')?.textContent ?? '', links: [], locator: `#c${k + 1}`, element,
    }));
    expect(withoutRepeatBoxes(found).map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });

  it('keeps a box whose copies are by other writers, or whose comments are not all in the thread', () => {
    // A "readers' letters" box: same words as the thread, another name: not the same comment.
    const other = parse(section(
      `<div class="picks"><ul>${item('p1', 'Anna K.', ANNA)}</ul></div>`,
      item('1', 'Anna', ANNA) + item('2', 'Ben', BEN) + item('3', 'Dora', 'My granddaughter was born there in 2019.'),
    ));
    expect(findComments(other).comments.map((c) => c.id)).toEqual(['p1', '1', '2', '3']);
    // A box holding one repeat and one comment found nowhere else is not a box of repeats.
    const mixed = parse(section(
      `<div class="picks"><ul>${item('p1', 'Anna', ANNA)}${item('p2', 'Fritz', 'Only here, in the box.')}</ul></div>`,
      item('1', 'Anna', ANNA) + item('2', 'Ben', BEN) + item('3', 'Dora', 'My granddaughter was born there in 2019.'),
    ));
    expect(findComments(mixed).comments.map((c) => c.id)).toEqual(['p1', 'p2', '1', '2', '3']);
  });
});
