import { JSDOM } from 'jsdom';
import { hackernews } from './utils/extract/platforms/hackernews';
import { reddit } from './utils/extract/platforms/reddit';
import { locatorFor } from './utils/extract/locator';
const n = 2000;
const hn = `<table>${Array.from({ length: n }, (_, i) => `<tr class="athing comtr" id="${i}"><td><table><tr><td class="ind" indent="${i % 4}"><img width="${(i % 4) * 40}"></td><td><span class="comhead"><a class="hnuser">u${i}</a> <span class="age" title="2024-01-01T00:00:00 1">1h</span></span><div class="comment"><div class="commtext c00">Text ${i} of a comment.</div><div class="reply">reply</div></div></td></tr></table></td></tr>`).join('')}</table>`;
const doc = new JSDOM(`<html><body>${hn}</body></html>`).window.document;
const rows = Array.from(doc.querySelectorAll('tr.athing'));
let t = performance.now();
for (const r of rows) locatorFor(r);
console.log('locators', (performance.now() - t).toFixed(0));
t = performance.now();
hackernews.detect(doc);
console.log('hn detect', (performance.now() - t).toFixed(0));
const rd = `<div>${Array.from({ length: n }, (_, i) => `<shreddit-comment thingid="t1_${i}" depth="0" author="u${i}"><div slot="commentMeta"><time datetime="2024">1h</time></div><div slot="comment"><p>Body ${i}.</p></div></shreddit-comment>`).join('')}</div>`;
const doc2 = new JSDOM(`<html><body>${rd}</body></html>`).window.document;
t = performance.now();
try { const r = reddit.detect(doc2); console.log('reddit detect', r?.length, (performance.now() - t).toFixed(0)); } catch (e) { console.log('ERR', e); }
