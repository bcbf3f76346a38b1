import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

export function parse(html: string, url = 'https://news.example/2024/03/story/'): Document {
  return new JSDOM(html, { url }).window.document;
}

export function fixture(name: string, url?: string): Document {
  return parse(readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8'), url);
}

/** Serialized page, to check that readers leave it exactly as they found it. */
export function snapshot(doc: Document): string {
  return doc.documentElement.outerHTML;
}
