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

describe('mergeFrameExtractions: one thread, once', () => {
  const thread = (prefix: string) => [
    { ...comment(`${prefix}1`), author: 'ana', text: 'The footbridge saves ten minutes.' },
    { ...comment(`${prefix}2`, `${prefix}1`), author: 'ben', text: 'And keeps  cyclists\noff the lock.' },
    { ...comment(`${prefix}3`), author: 'cy', text: 'Lighting at night is better.' },
  ];

  it('keeps a same-origin frame thread once when the page and the frame both read it (srcdoc embed)', () => {
    // The top frame reached into the frame's document; the frame's own script read the same thread.
    const merged = mergeFrameExtractions('http://x/', {
      '0': extraction('http://x/', thread('top-'), true),
      '3': extraction('about:srcdoc', thread('post-').map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ') })), false),
    });
    expect(merged.comments.map((c) => [c.id, c.parentId])).toEqual([
      ['top-1', null],
      ['top-2', 'top-1'],
      ['top-3', null],
    ]);
  });

  it('adds only what a frame read beyond its parent, replies attached to the kept copies', () => {
    const more = [...thread('post-'), { ...comment('post-4', 'post-3'), author: 'dee', text: 'Not past the old lock.' }];
    const merged = mergeFrameExtractions('http://x/', {
      '0': extraction('http://x/', thread('top-'), true),
      '5': extraction('about:srcdoc', more, false),
    });
    expect(merged.comments.map((c) => [c.id, c.parentId])).toEqual([
      ['top-1', null],
      ['top-2', 'top-1'],
      ['top-3', null],
      ['f5:post-4', 'top-3'],
    ]);
  });

  it('keeps comments that repeat within one frame, and the same words by different people', () => {
    const plusOne = (id: string, author: string) => ({ ...comment(id), author, text: '+1' });
    const merged = mergeFrameExtractions('http://x/', {
      '0': extraction('http://x/', [plusOne('a', 'ana'), plusOne('b', 'ana'), plusOne('c', 'ben')], true),
      '2': extraction('http://comments/', [plusOne('d', 'ana'), plusOne('e', 'cy')], false),
    });
    expect(merged.comments.map((c) => c.id)).toEqual(['a', 'b', 'c', 'f2:e']);
  });
});
