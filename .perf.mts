import { JSDOM } from 'jsdom';
import { findComments } from './utils/extract/comments';
import { collectSearchRoots } from './utils/extract/roots';
const n = 2000;
const pages: Record<string, string> = {
  disqus: `<div id="posts"><ul class="post-list">${Array.from({ length: n }, (_, i) => `<li class="post" id="post-${i}"><div class="post-body"><span class="post-byline"><span class="author"><a>user${i}</a></span></span><a class="time-ago" title="March ${i % 28 + 1}">x</a><div class="post-message"><p>Comment ${i} says something about the story.</p></div><menu><li class="reply"><a>Reply</a></li></menu></div>${i % 3 === 0 ? '<ul class="children">' : ''}${i % 3 === 2 ? '</ul>' : ''}</li>`).join('')}</ul></div>`,
  hn: `<table>${Array.from({ length: n }, (_, i) => `<tr class="athing comtr" id="${i}"><td><table><tr><td class="ind" indent="${i % 4}"><img width="${(i % 4) * 40}"></td><td><span class="comhead"><a class="hnuser">u${i}</a> <span class="age" title="2024-01-01T00:00:00 1">1h</span></span><div class="comment"><div class="commtext c00">Text ${i} of a comment.</div><div class="reply">reply</div></div></td></tr></table></td></tr>`).join('')}</table>`,
  reddit: `<div>${Array.from({ length: n }, (_, i) => `<shreddit-comment thingid="t1_${i}" depth="0" author="u${i}"><div slot="commentMeta"><time datetime="2024">1h</time></div><div slot="comment"><p>Body ${i}.</p></div></shreddit-comment>`).join('')}</div>`,
};
for (const [name, body] of Object.entries(pages)) {
  const doc = new JSDOM(`<html><body><article><p>story</p></article>${body}</body></html>`).window.document;
  if (name === 'reddit') for (const el of Array.from(doc.querySelectorAll('shreddit-comment'))) el.attachShadow({ mode: 'open' }).innerHTML = '<slot name="comment"></slot><slot></slot>';
  let t = performance.now();
  const roots = collectSearchRoots(doc);
  const tr = performance.now() - t;
  t = performance.now();
  const f = findComments(doc);
  console.log(name, f.platform, f.comments.length, 'roots', roots.length, tr.toFixed(1), 'ms; findComments', (performance.now() - t).toFixed(1), 'ms');
}
