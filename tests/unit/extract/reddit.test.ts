import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { reddit } from '../../../utils/extract/platforms/reddit';
import { parse } from './dom';

describe('reddit (shreddit)', () => {
  it('takes thingid, parentid, depth and author from the attributes; body from the comment slot; drops a removed placeholder', () => {
    const doc = parse(`<shreddit-comment-tree>
      <shreddit-comment thingid="t1_aa1" depth="0" parentid="t3_post" author="ana">
        <div slot="commentMeta"><a href="/user/ana/">ana</a> <faceplate-timeago><time datetime="2024-03-10T09:00:00.000Z">5h ago</time></faceplate-timeago></div>
        <div slot="comment"><p>Top level.</p></div>
        <shreddit-comment-action-row slot="actionRow"><button>Reply</button></shreddit-comment-action-row>
        <shreddit-comment thingid="t1_bb2" depth="1" parentid="t1_aa1" author="bo">
          <div slot="commentMeta"><faceplate-timeago><time datetime="2024-03-10T10:00:00.000Z">4h ago</time></faceplate-timeago></div>
          <div slot="comment"><p>Answer with <a href="https://example.org/">a link</a>.</p></div>
        </shreddit-comment>
      </shreddit-comment>
      <shreddit-comment thingid="t1_cc3" depth="0" author="[removed]"><div slot="comment"><p>[removed]</p></div></shreddit-comment>
    </shreddit-comment-tree>`);
    const found = findComments(doc);
    expect(found.platform).toBe('reddit');
    expect(found.replySource).toBe('parent-attribute');
    expect(found.comments.map((c) => [c.id, c.parentId, c.level, c.author, c.time, c.text])).toEqual([
      ['t1_aa1', null, 0, 'ana', '2024-03-10T09:00:00.000Z', 'Top level.'],
      ['t1_bb2', 't1_aa1', 1, 'bo', '2024-03-10T10:00:00.000Z', 'Answer with a link.'],
    ]);
  });
});

describe('reddit (old)', () => {
  const thing = (id: string, author: string, text: string, children = ''): string =>
    `<div class="thing id-${id} comment" id="thing_${id}" data-fullname="${id}" data-author="${author}" data-type="comment">
      <p class="parent"><a name="${id.slice(3)}"></a></p>
      <div class="midcol unvoted"><div class="arrow up" role="button" aria-label="upvote"></div></div>
      <div class="entry unvoted"><p class="tagline"><a href="https://old.reddit.example/user/${author}" class="author">${author}</a>
        <span class="score unvoted">5 points</span> <time title="Sun Mar 10 09:00:00 2024 UTC" datetime="2024-03-10T09:00:00+00:00" class="live-timestamp">5 hours ago</time></p>
        <form class="usertext"><div class="usertext-body"><div class="md">${text}</div></div></form>
        <ul class="flat-list buttons"><li class="first"><a class="bylink">permalink</a></li><li><a class="reply-button">reply</a></li></ul></div>
      <div class="child">${children ? `<div class="sitetable listing">${children}</div>` : ''}</div></div>`;

  it('nests replies in .child .sitetable and reads data-fullname and data-author', () => {
    const doc = parse(`<div class="commentarea"><div class="sitetable nestedlisting">
      ${thing('t1_x1', 'ana', '<p>Old style top.</p>', thing('t1_x2', 'bo', '<p>Old style reply.</p>'))}
      <div class="thing morechildren"><span class="morecomments"><a>load more comments (3 replies)</a></span></div>
      ${thing('t1_x3', 'cy', '<p>Second.</p>')}
    </div></div>`);
    const comments = reddit.detect(doc) ?? [];
    expect(comments.map((c) => [c.id, c.parentId, c.level, c.author, c.time, c.text])).toEqual([
      ['t1_x1', null, 0, 'ana', '2024-03-10T09:00:00+00:00', 'Old style top.'],
      ['t1_x2', 't1_x1', 1, 'bo', '2024-03-10T09:00:00+00:00', 'Old style reply.'],
      ['t1_x3', null, 0, 'cy', '2024-03-10T09:00:00+00:00', 'Second.'],
    ]);
  });
});
