import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { slash } from '../../../utils/extract/platforms/slash';
import { parse } from './dom';

/** One comment as the Slash engine's dispComment prints it (Slash.pm), replies nested inside. */
const comment = (cid: string, subject: string, by: string, details: string, body: string, replies = ''): string => `
<li id="tree_${cid}" class="comment oneline"><span class="ind"></span>
<div id="comment_status_${cid}" class="commentstatus"></div>
<div id="comment_${cid}" class="cw">
  <div id="comment_top_${cid}" class="commentTop newcomment">
    <div class="title">
      <h4><a id="comment_link_${cid}" href="//news.slashdot.org/comments.pl?sid=1&amp;cid=${cid}">${subject}</a>
      <span id="comment_score_${cid}" class="score"> (<a href="#"><span class=opt>Score:</span>5</a>, Insightful)</span></h4>
    </div>
    <div class="details">
      <span class="by"><span class="byby">by </span>${by}</span><span class="writes" style="display:none"> writes:</span>
      <span class="otherdetails" id="comment_otherdetails_${cid}">${details}</span>
    </div>
  </div>
  <div class="commentBody"><div id="comment_body_${cid}">${body}</div></div>
  <div class="commentSub" id="comment_sub_${cid}"></div>
</div>
<div id="replyto_${cid}"></div>
<ul id="group_${cid}"><li id="hiddens_${cid}" class="hide"></li></ul>
<ul id="commtree_${cid}">${replies}</ul>
</li>`;

describe('slash (Slashdot)', () => {
  it('reads the nickname without "by" and the uid, the date without the comment number and links, the body without the subject and score, and nesting', () => {
    const reply = comment(
      '102', 'Re:Not me!', 'Anonymous Coward',
      ' on Tuesday July 24, @11:40AM (<span class="ind"></span><a href="//news.slashdot.org/comments.pl?sid=1&amp;cid=102">#102</a>) <small> </small> ',
      '<p>I make my own silicon wafers!</p>',
    );
    const doc = parse(`<ul id="commentlisting" class="d2">${comment(
      '101', 'Not me!', '<a href="//slashdot.org/~garaged">garaged <span class="uid">(579941)</span></a>',
      ' &lt;<a href="mailto:g%40example.com">g@example.com</a>&gt; on Tuesday July 24, @11:35AM (<a href="//news.slashdot.org/comments.pl?sid=1&amp;cid=101">#101</a>) <small><a href="//slashdot.org/~garaged/journal/" class="user_journal_display">Journal</a></small> ',
      '<p>I can build a computer !</p><p>Of course, Im 38</p>',
      reply,
    )}${comment('103', 'Kids today', '<a href="//slashdot.org/~vlm">vlm <span class="uid">(69642)</span></a>', '', '<p>Real CPUs use relays.</p>')}</ul>`, 'https://news.slashdot.org/story/12/07/24/1/kids');
    const found = findComments(doc);
    expect(found.platform).toBe('slash');
    expect(found.replySource).toBe('nesting');
    expect(found.comments.map((c) => [c.id, c.parentId, c.author, c.time, c.text])).toEqual([
      ['tree_101', null, 'garaged', 'Tuesday July 24, @11:35AM', 'I can build a computer !\nOf course, Im 38'],
      ['tree_102', 'tree_101', 'Anonymous Coward', 'Tuesday July 24, @11:40AM', 'I make my own silicon wafers!'],
      // A collapsed ("oneline") comment's details are loaded later: no time yet.
      ['tree_103', null, 'vlm', null, 'Real CPUs use relays.'],
    ]);
  });

  it('is not on a page without the engine\'s comment items', () => {
    expect(slash.detect(parse('<ul><li class="comment" id="comment-1"><p>A WordPress comment.</p></li></ul>'))).toBeNull();
  });
});
