import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
const name = process.argv[2];
const dom = new JSDOM(readFileSync(`/work/shared/corpus-dragnet/pages/${name}.html`), { virtualConsole: new VirtualConsole() });
const doc = dom.window.document;
const re = /comment|kommentar|disqus|dsq|talk|discussion|reaction|response|leserbrief|feedback/i;
for (const el of Array.from(doc.querySelectorAll('*'))) {
  const a = `${el.id} ${el.getAttribute('class') ?? ''}`;
  if (!re.test(a)) continue;
  const kids = Array.from(el.children).map((c) => c.localName + (c.getAttribute('class') ? '.' + c.getAttribute('class')!.split(/\s+/)[0] : '') + (c.id ? '#' + c.id : '')).slice(0, 6).join(' ');
  console.log(`${el.localName}#${el.id}.${el.getAttribute('class')} n=${el.children.length} txt=${(el.textContent ?? '').length} :: ${kids}`);
}
const t = JSON.parse(readFileSync(`/work/shared/corpus-dragnet/truth/${name}.json`, 'utf8'));
console.log('GOLD:', t.commentsText.slice(0, 400).replace(/\n/g, ' / '));
