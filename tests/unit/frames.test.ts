import { describe, expect, it } from 'vitest';
import { frameCommentId, mergeFrameExtractions, splitCommentId } from '../../utils/frames';
import type { ExtractedComment, Extraction } from '../../utils/schema';

function comment(id: string, parentId: string | null = null): ExtractedComment {
  return { id, parentId, level: null, author: 'a', time: null, text: `text of ${id}`, links: [], locator: `#${id}` };
}
function extraction(url: string, comments: ExtractedComment[], withArticle: boolean): Extraction {
  return {
    url,
    article: withArticle ? { title: 'T', text: 'Body', lang: 'en' } : null,
    comments,
    platform: comments.length ? 'wordpress' : null,
    replySource: comments.length ? 'nesting' : 'none',
    partial: false,
    detectMs: 3,
  };
}

describe('frame ids', () => {
  it('leaves top-frame ids alone and prefixes others, reversibly', () => {
    expect(frameCommentId(0, 'comment-1')).toBe('comment-1');
    expect(frameCommentId(7, 'comment-1')).toBe('f7:comment-1');
    expect(splitCommentId('f7:comment-1')).toEqual({ frameId: 7, localId: 'comment-1' });
    expect(splitCommentId('comment-1')).toEqual({ frameId: 0, localId: 'comment-1' });
    expect(splitCommentId('f7:a:b')).toEqual({ frameId: 7, localId: 'a:b' });
  });
});

describe('mergeFrameExtractions', () => {
  it('takes the article from the top frame and comments from every frame, in frame order', () => {
    const merged = mergeFrameExtractions('http://x/', {
      '12': extraction('http://comments/', [comment('c1'), comment('c2', 'c1')], false),
      '0': extraction('http://x/', [], true),
    });
    expect(merged.article?.title).toBe('T');
    expect(merged.comments.map((c) => [c.id, c.parentId])).toEqual([
      ['f12:c1', null],
      ['f12:c2', 'f12:c1'],
    ]);
    expect(merged.platform).toBe('wordpress');
    expect(merged.replySource).toBe('nesting');
  });

  it('ignores keys that are not frame ids and copes with no frames at all', () => {
    const merged = mergeFrameExtractions('http://x/', { nope: extraction('http://x/', [comment('c')], true) });
    expect(merged.comments).toEqual([]);
    expect(merged.article).toBeNull();
    expect(merged.url).toBe('http://x/');
  });
});
