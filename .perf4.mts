import { JSDOM } from 'jsdom';
const n = 2000;
const hn = `<table>${Array.from({ length: n }, (_, i) => `<tr class="athing comtr" id="${i}"><td><table><tr><td class="ind" indent="${i % 4}"><img width="${(i % 4) * 40}"></td><td><span class="comhead"><a class="hnuser">u${i}</a> <span class="age" title="2024-01-01T00:00:00 1">1h</span></span><div class="comment"><div class="commtext c00">Text ${i} of a comment.</div><div class="reply">reply</div></div></td></tr></table></td></tr>`).join('')}</table>`;
const doc = new JSDOM(`<html><body>${hn}</body></html>`).window.document;
const rows = Array.from(doc.querySelectorAll('tr.athing'));
for (const sel of ['.commtext', '.comhead .hnuser, .hnuser', '.hnuser', '.comhead .age, .age', 'td.ind']) {
  const t = performance.now();
  for (const r of rows) r.querySelector(sel);
  console.log(JSON.stringify(sel), (performance.now() - t).toFixed(0));
}
let t = performance.now();
for (const r of rows) r.querySelector('.commtext')!.matches('.reply, .comhead, .togg');
console.log('matches', (performance.now() - t).toFixed(0));
