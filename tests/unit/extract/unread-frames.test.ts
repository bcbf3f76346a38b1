import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findUnreadCommentFrames } from '../../../utils/extract/unread-frames';

function page(body: string): Document {
  return new JSDOM(`<!doctype html><body>${body}</body>`, { url: 'https://news.example/story' }).window.document;
}

describe('findUnreadCommentFrames', () => {
  it('names the sites of comment embeds in frames from other sites', () => {
    const doc = page(`
      <iframe id="dsq-app1" src="https://disqus.com/embed/comments/?f=news"></iframe>
      <iframe title="Comments" src="https://talk.example.net/embed/stream"></iframe>
      <iframe src="https://ads.example.org/banner"></iframe>
      <iframe src="javascript:void(0)" id="comments-js"></iframe>
      <iframe id="comments-same-site" src="/comments/embed"></iframe>`);
    expect(findUnreadCommentFrames(doc)).toEqual(['https://disqus.com', 'https://talk.example.net']);
  });

  it('finds nothing on a page without frames', () => {
    expect(findUnreadCommentFrames(page('<p>No frames</p>'))).toEqual([]);
  });
});
