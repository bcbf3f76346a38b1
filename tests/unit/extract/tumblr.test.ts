import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { tumblr } from '../../../utils/extract/platforms/tumblr';
import { parse } from './dom';

/** One note as Tumblr's `{PostNotes}` prints it. */
function note(kind: 'like' | 'reblog' | 'reply', blog: string, words: string | null): string {
  const link = `<a rel="nofollow" href="http://${blog}.tumblr.example/" class="tumblelog">${blog}</a>`;
  const action = kind === 'like' ? `${link} likes this` : kind === 'reply' ? `${link} said: <span class="answer_content">${words}</span>` : `${link} reblogged this from <a href="http://origin.tumblr.example/">origin</a>${words ? ' and added:' : ''}`;
  return `<li class="note ${kind} tumblelog_${blog} ${words && kind === 'reblog' ? 'with_commentary' : 'without_commentary'}">
    <a href="http://${blog}.tumblr.example/"><img class="avatar" src="a.png" alt=""></a><span class="action">${action}</span><div class="clear"></div>
    ${words && kind === 'reblog' ? `<blockquote><a href="http://${blog}.tumblr.example/post/1">${words}</a></blockquote>` : ''}</li>`;
}

describe('Tumblr notes', () => {
  const page = `<body><article><h1>A post</h1><p>${'The post itself, with a picture and a caption. '.repeat(8)}</p></article>
    <ol class="notes">
      ${note('like', 'alpha', null)}${note('reblog', 'bravo', 'Well, this changes everything for the series.')}
      ${note('reblog', 'charlie', null)}${note('reply', 'delta', 'disappointing, to be honest')}
      ${note('like', 'echo', null)}${note('reblog', 'foxtrot', 'I will wait for the next issue anyway.')}
    </ol></body>`;

  it('reads replies and reblogs with commentary as comments; likes and bare reblogs are not', () => {
    const found = tumblr.detect(parse(page));
    expect(found?.map((c) => [c.author, c.text])).toEqual([
      ['bravo', 'Well, this changes everything for the series.'],
      ['delta', 'disappointing, to be honest'],
      ['foxtrot', 'I will wait for the next issue anyway.'],
    ]);
  });

  it('is the candidate kept for the page', () => {
    const found = findComments(parse(page));
    expect(found.platform).toBe('tumblr');
    expect(found.comments).toHaveLength(3);
  });
});
