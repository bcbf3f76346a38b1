import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeExtraction } from '../../../utils/analysis/analyze';
import { findComments } from '../../../utils/extract/comments';
import { readPage } from '../../../utils/extract/extract-page';
import { sbnation } from '../../../utils/extract/platforms/sbnation';
import { parse } from './dom';

const SEED = fileURLToPath(new URL('../../../seeds/sbnation-ballpark-lights/page.html', import.meta.url));

/** One comment as SB Nation's team blogs printed it (2012-2013), replies nested after its form container. */
const item = (cid: string, title: string, body: string, by: string, extra = '', replies = ''): string => `
<a name="${cid}"></a>
<div class="citem" id="comment_item_${cid}">
  <div id="comment_inner_${cid}" class="comment not-new clearfix">
    <h5 class="comment_title" id="comment_title_${cid}"><a href="#" onclick="return false">${title}</a></h5>
    <div id="comment_body_${cid}" class="cbody">${body}</div>
    <p class="by">by <a href="http://www.sbnation.com/users/${by}">${by}</a> on
      <span class="time"><a class="tz-convert" href="#${cid}">Aug 9, 2012 10:40 AM EDT</a></span>${extra}
      <a href="#" class="reply_link" onclick="return false">reply</a>
      <span class="cactions"><span class="tools"><a href="#" class="actions_link">actions</a></span><span>&nbsp; 4  recs</span></span></p>
  </div>
  <div id="comment_form_container_${cid}"></div>${replies}
</div>`;

describe('sbnation (SB Nation team blogs)', () => {
  it('reads the title line with the words, leaves the signature and the "by … on … up reply actions" line out, and nests replies', () => {
    const reply = item('2', 'Pretty amazing', '<p>and just as crisp on the far field.</p><div class="sig"><p><a href="https://twitter.com/x">Follow @x</a></p></div>', 'idontwan',
      ' via mobile <a class="up_link" href="#" onclick="SBN.Comments.scrollTo(\'comment_item_1\'); return false">up</a>');
    const doc = parse(`<h3 class="comments-subtitle">Comments</h3><div class="comment_master_list" id="node_9_comments_list">${item('1', 'Seminoles.com', '<p>Love their clear videos daily.</p>', 'bsosna', '', reply)}${item('3', 'And swag.', '', 'zone3')}</div>`, 'http://www.tomahawknation.example/2012/8/9/1/practice-report');
    const found = findComments(doc);
    expect(found.platform).toBe('sbnation');
    expect(found.replySource).toBe('nesting');
    expect(found.comments.map((c) => [c.id, c.parentId, c.author, c.time, c.text])).toEqual([
      ['comment_item_1', null, 'bsosna', 'Aug 9, 2012 10:40 AM EDT', 'Seminoles.com\nLove their clear videos daily.'],
      ['comment_item_2', 'comment_item_1', 'idontwan', 'Aug 9, 2012 10:40 AM EDT', 'Pretty amazing\nand just as crisp on the far field.'],
      // A comment that is all title keeps its title as its words.
      ['comment_item_3', null, 'zone3', 'Aug 9, 2012 10:40 AM EDT', 'And swag.'],
    ]);
    expect(found.comments[1]?.links ?? []).toEqual([]);
  });

  it('names no one when the byline has no link to a writer\'s page (the time\'s permalink is not a name)', () => {
    const doc = parse(`<div class="comment_master_list">${item('7', 'Gone', '<p>Deleted account.</p>', 'x')
      .replace('<a href="http://www.sbnation.com/users/x">x</a>', '')}${item('8', 'Still here', '<p>Me too.</p>', 'y')}</div>`);
    const found = findComments(doc);
    expect(found.platform).toBe('sbnation');
    expect(found.comments.map((c) => [c.id, c.author])).toEqual([['comment_item_7', null], ['comment_item_8', 'y']]);
  });

  it('does not read a writer\'s signature, repeated under each of their comments, as a link posted three times', () => {
    const html = readFileSync(SEED, 'utf8');
    const doc = parse(html, 'https://seed.example/sbnation-ballpark-lights/');
    const { extraction } = readPage(doc);
    expect(extraction.platform).toBe('sbnation');
    // The page repeats one writer's signature link under three comments.
    expect(doc.querySelectorAll('.sig a[href="http://www.example.org/dugout-diaries"]')).toHaveLength(3);
    expect(extraction.comments.flatMap((c) => c.links ?? []).map((l) => l.href)).not.toContain('http://www.example.org/dugout-diaries');
    const result = analyzeExtraction(extraction, { sensitivity: 'normal' });
    expect(result.comments.map((c) => [c.id, c.marks.map((m) => m.code)])).toEqual(extraction.comments.map((c) => [c.id, []]));
  });

  it('is not on a page without the engine\'s comment items', () => {
    expect(sbnation.detect(parse('<ul><li class="comment" id="comment-1"><p>A WordPress comment.</p></li></ul>'))).toBeNull();
  });
});
