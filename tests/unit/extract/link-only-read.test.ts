/**
 * Issue 10's held-back pages had two link-only comments (an emoji then a URL; a scheme-less URL
 * then an emoji) that were not even read as comments, or read with the name in their text. Read
 * by the generic reader, each is a comment with its author, and the analysis marks it link-only.
 */
import { expect, it } from 'vitest';
import { analyzeExtraction } from '../../../utils/analysis/analyze';
import { readPage } from '../../../utils/extract/extract-page';
import { parse } from './dom';

const item = (i: number, who: string, body: string) =>
  `<div class="c-item" id="cm${i}"><div class="c-head"><span class="c-user">${who}</span> <time datetime="2024-05-0${i}T10:00:00Z">May ${i}</time></div>` +
  `<div class="c-body">${body}</div><button>Reply</button></div>`;

it('reads emoji + URL comments as comments with their author, and marks them link-only', () => {
  const page = parse(`<html lang="en"><body><article><h1>Tram line approved</h1><p>${'The council approved the tram line through the old town. '.repeat(12)}</p></article>
    <section class="talk"><h2>4 comments</h2>
    ${item(1, 'ann', '<p>The tram line will help the old town a lot, I think.</p>')}
    ${item(2, 'bob', '<p>🔥 <a href="https://news.example/tram">https://news.example/tram</a></p>')}
    ${item(3, 'cy', '<p>riverton-news.com/tram-map 👍</p>')}
    ${item(4, 'dee', '<p>Construction for two years is too long for the shops in the old town.</p>')}
    </section></body></html>`, 'https://news.example/a');
  const { extraction } = readPage(page);
  expect(extraction.comments.map((c) => [c.author, c.text])).toEqual([
    ['ann', 'The tram line will help the old town a lot, I think.'],
    ['bob', '🔥 https://news.example/tram'],
    ['cy', 'riverton-news.com/tram-map 👍'],
    ['dee', 'Construction for two years is too long for the shops in the old town.'],
  ]);
  const result = analyzeExtraction(extraction, { sensitivity: 'normal' });
  expect(result.comments.map((c) => c.marks.map((m) => m.kind))).toEqual([[], ['link-only'], ['link-only'], []]);
});
