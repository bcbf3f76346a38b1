/**
 * Text helpers shared by the DOM readers: turn an element into paragraph lines and links
 * without touching the page. Readers pass a `skip` predicate instead of cloning and deleting,
 * so a page's DOM is only ever read.
 */
import type { ExtractedLink } from '../schema';
import { foldSpace } from '../text/fold';

export { foldSpace };

/** Elements that start a new line of text (a paragraph break in the output). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);

/** Never text a reader sees as prose: code, controls, embedded media. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'button', 'select', 'textarea', 'input', 'option', 'svg', 'iframe',
  'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title', 'meta', 'link',
]);

/** WordPress and others replace emoji with <img alt="😉">; the alt is the text the author typed. */
const EMOJI_IMG_CLASS = /\b(emoji|wp-smiley|smiley)\b/i;

/** Inline styles that hide an element (computed style needs layout; this is the cheap part). */
const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;


/**
 * `foldSpace(el.textContent)` when that is at most `max` characters, else null, reading no more
 * of the element than it takes to know: checks for short texts (a Reply control, a name, a date)
 * run on every element of a section, and a container's whole text would be read each time.
 */
export function shortFoldedText(el: Node, max: number): string | null {
  let raw = '';
  let checkAt = max * 2 + 16;
  // Folding a prefix never gives more characters than folding the whole, so a prefix that is
  // already too long settles it.
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) {
        raw += child.nodeValue ?? '';
        if (raw.length > checkAt) {
          if (foldSpace(raw).length > max) return false;
          checkAt = raw.length * 2;
        }
      } else if (child.nodeType === 1 && !walk(child)) return false;
    }
    return true;
  };
  if (!walk(el)) return null;
  const text = foldSpace(raw);
  return text.length > max ? null : text;
}

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

export type SkipElement = (el: Element) => boolean;

/** The visible text of `root` as lines, one per paragraph/block, whitespace folded, empty lines dropped. */
export function textLines(root: Node, skip?: SkipElement): string[] {
  const lines: string[] = [];
  let buf = '';
  const flush = (): void => {
    const line = foldSpace(buf);
    if (line) lines.push(line);
    buf = '';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) {
        buf += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.localName;
      if (SKIP_TAGS.has(tag) || isHidden(el) || skip?.(el)) continue;
      if (tag === 'br') {
        flush();
        continue;
      }
      if (tag === 'img') {
        if (EMOJI_IMG_CLASS.test(el.getAttribute('class') ?? '')) buf += el.getAttribute('alt') ?? '';
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) flush();
      walk(el);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return lines;
}

/** Text of `root` as one string: lines joined by "\n". */
export function blockText(root: Node, skip?: SkipElement): string {
  return textLines(root, skip).join('\n');
}

/** Text of `root` on one line (for names, dates). */
export function inlineText(root: Node, skip?: SkipElement): string {
  return textLines(root, skip).join(' ');
}

/** Links a reader can follow inside `root` (page-internal anchors and script links left out). */
export function collectLinks(root: Element, skip?: SkipElement, max = 200): ExtractedLink[] {
  const links: ExtractedLink[] = [];
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    if (links.length >= max) break;
    if (skip && isInsideSkipped(a, root, skip)) continue;
    const raw = (a.getAttribute('href') ?? '').trim();
    if (!raw || raw.startsWith('#') || /^javascript:/i.test(raw)) continue;
    let href = raw;
    try {
      href = new URL(raw, a.baseURI).href;
    } catch {
      // Keep the raw value: a reader can still see it.
    }
    links.push({ href, text: inlineText(a) });
  }
  return links;
}

function isInsideSkipped(el: Element, root: Element, skip: SkipElement): boolean {
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    if (skip(cur) || isHidden(cur)) return true;
  }
  return false;
}

/** FNV-1a, 32 bit: a short stable digest for ids derived from content (not for security). */
export function fnv1a(s: string, seed = 0x811c9dc5): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
