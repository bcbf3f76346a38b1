import { readFileSync, writeFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { readPage } from '/work/main/utils/extract/extract-page';
const slug = process.argv[2];
const html = readFileSync(`/work/main/seeds/${slug}/page.html`, 'utf8');
const doc = new JSDOM(html, { url: `https://seed.example/${slug}/` }).window.document;
const { extraction } = readPage(doc);
const out = {
  title: extraction.article?.title, lang: extraction.article?.lang, platform: extraction.platform,
  comments: extraction.comments.map((c, i) => ({ id: c.id, label: `C${i + 1}`, parentId: c.parentId, author: c.author, text: c.text, marks: [] })),
};
writeFileSync(`/work/main/seeds/${slug}/expected.json`, JSON.stringify(out, null, 2) + '\n');
console.log(`${slug}: ${out.comments.length} comments, platform ${out.platform}`);
