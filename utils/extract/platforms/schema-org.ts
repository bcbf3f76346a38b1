/**
 * schema.org `Comment` markup, which CMSs and SEO plugins add to otherwise unknown comment
 * sections: microdata (`itemscope itemtype=".../Comment"` with `itemprop="text|author|
 * dateCreated"`, replies as nested `itemprop="comment"` items) or JSON-LD (`"@type":"Comment"`
 * objects with `text`, `author`, `dateCreated`, replies in a nested `comment` array).
 *
 * Microdata is read from the elements themselves. JSON-LD is only data: those comments usually
 * also exist in the page, so each is matched to its element by id (`@id`/`url` fragment) or by
 * where its text starts; one that cannot be matched points at the comment section (or the
 * script) so it can still be shown in the popup.
 */
import type { CommentPlatform, DetectContext, FoundComment, RawComment } from '../found-comment';
import { pastDeadline, toFoundComments } from '../found-comment';
import { foldSpace } from '../text';
import { fieldText, readNestedItems } from './nested-items';

/** A microdata comment: `Comment`, or `Answer` (a Comment subtype used by Q&A pages). */
export const MICRODATA_SELECTOR = '[itemscope][itemtype*="schema.org/Comment" i], [itemscope][itemtype*="schema.org/Answer" i]';

/** The exact types, since `itemtype*=` also matches `CommentAction` and the like. */
export const COMMENT_TYPE = /schema\.org\/(Comment|Answer)$/i;

export const TEXT_SELECTOR = '[itemprop~="text"], [itemprop~="commentText"]';
export const AUTHOR_SELECTOR = '[itemprop~="author"], [itemprop~="creator"]';
export const TIME_SELECTOR = '[itemprop~="dateCreated"], [itemprop~="datePublished"], [itemprop~="commentTime"]';

/** Comment sections by their common names: where an unmatched JSON-LD comment is pointed at. */
export const SECTION_SELECTOR = '#comments, .comments, .comment-section, .comments-area, [data-comments], section[aria-label*="comment" i]';

/** Block elements a JSON-LD comment's text may start in. */
const TEXT_BLOCKS = 'p, div, li, blockquote, article, section, td, dd';

/** JSON-LD with more comments than this is matched to the section, not element by element. */
const MAX_TEXT_MATCHES = 500;

/** The characters of a comment's text used to find its element. */
const SNIPPET_CHARS = 60;

// --------------------------------------------------------------------------------------------
// Microdata

/** An itemprop value: `content` (meta), `datetime` (time), `href`, else the text. */
function propValue(el: Element | null): string | null {
  if (!el) return null;
  // The author is often a nested Person item: its `name` property is the name.
  if (el.hasAttribute('itemscope')) {
    const name = el.querySelector('[itemprop~="name"]');
    if (name) return propValue(name);
  }
  return fieldText(el, ['content', 'datetime']);
}

function microdataSiteId(item: Element): string | null {
  if (item.id && /\d/.test(item.id)) return item.id;
  const idProp = item.querySelector(':scope > [itemprop~="identifier"], :scope > meta[itemprop~="identifier"]');
  const id = idProp ? propValue(idProp) : null;
  if (id) return id;
  const url = item.querySelector('[itemprop~="url"]')?.getAttribute('href') ?? '';
  const hash = url.indexOf('#');
  return hash >= 0 && hash < url.length - 1 ? url.slice(hash + 1) : null;
}

function readMicrodata(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
  return readNestedItems(root, MICRODATA_SELECTOR, (item, own) => ({
    siteId: microdataSiteId(item),
    author: propValue(own(AUTHOR_SELECTOR)),
    time: propValue(own(TIME_SELECTOR)),
    body: own(TEXT_SELECTOR),
  }), ctx, { only: (el) => (el.getAttribute('itemtype') ?? '').trim().split(/\s+/).some((t) => COMMENT_TYPE.test(t)) });
}

// --------------------------------------------------------------------------------------------
// JSON-LD

interface LdComment {
  id: string | null;
  parent: LdComment | null;
  author: string | null;
  time: string | null;
  text: string;
  /** The script it came from, for the fallback element. */
  script: Element;
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasType(node: Record<string, Json>, type: string): boolean {
  const t = node['@type'];
  return Array.isArray(t) ? t.includes(type) : t === type;
}

function str(v: Json): string | null {
  if (typeof v === 'string') return foldSpace(v) || null;
  if (typeof v === 'number') return String(v);
  return null;
}

function nameOf(v: Json): string | null {
  if (Array.isArray(v)) return nameOf(v[0]);
  if (isObject(v)) return str(v['name']) ?? str(v['alternateName']);
  return str(v);
}

function ldId(node: Record<string, Json>): string | null {
  for (const key of ['@id', 'identifier', 'url']) {
    const v = str(node[key]);
    if (!v) continue;
    const hash = v.indexOf('#');
    return hash >= 0 && hash < v.length - 1 ? v.slice(hash + 1) : v;
  }
  return null;
}

/** JSON-LD text is often HTML-escaped paragraphs: keep their breaks as lines, drop the tags. */
function ldText(v: Json): string {
  if (typeof v !== 'string') return '';
  return v
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map(foldSpace)
    .filter(Boolean)
    .join('\n');
}

/** Comments anywhere in one parsed JSON-LD value, replies after the comment they answer. */
function collectLd(value: Json, script: Element, parent: LdComment | null, out: LdComment[], depth = 0): void {
  if (depth > 50 || out.length >= 100_000) return;
  if (Array.isArray(value)) {
    for (const v of value) collectLd(v, script, parent, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  let nextParent = parent;
  if (hasType(value, 'Comment') || hasType(value, 'Answer')) {
    const c: LdComment = {
      id: ldId(value),
      parent,
      author: nameOf(value['author'] ?? value['creator']),
      time: str(value['dateCreated']) ?? str(value['datePublished']),
      text: ldText(value['text'] ?? value['commentText'] ?? ''),
      script,
    };
    out.push(c);
    nextParent = c;
  }
  // Comments hang off articles (`comment`), graphs (`@graph`), pages (`mainEntity`) and threads (`hasPart`).
  for (const key of ['@graph', 'comment', 'comments', 'mainEntity', 'hasPart', 'suggestedAnswer', 'acceptedAnswer']) {
    if (key in value) collectLd(value[key], script, nextParent, out, depth + 1);
  }
}

function readJsonLdComments(root: ParentNode): LdComment[] {
  const out: LdComment[] = [];
  for (const script of Array.from(root.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      collectLd(JSON.parse(script.textContent ?? ''), script, null, out);
    } catch {
      // Broken JSON-LD is common; it says nothing.
    }
  }
  return out;
}

/** Where a comment's text starts: its first line, folded, at most `SNIPPET_CHARS` long. */
function snippetOf(text: string): string {
  return foldSpace(text.split('\n')[0] ?? '').slice(0, SNIPPET_CHARS);
}

/** The element each JSON-LD comment is shown in: by id, else where its text starts, else the section. */
function elementsFor(root: ParentNode, comments: LdComment[]): Element[] {
  const section = root.querySelector(SECTION_SELECTOR);
  const byText = new Map<string, Element>();
  if (comments.length <= MAX_TEXT_MATCHES) {
    const wanted = new Set(comments.map((c) => snippetOf(c.text)).filter(Boolean));
    // Deepest block whose text starts with the snippet: inner blocks come later and overwrite.
    for (const el of Array.from(root.querySelectorAll(TEXT_BLOCKS))) {
      const text = foldSpace((el.textContent ?? '').slice(0, SNIPPET_CHARS * 4));
      // A short first line is the whole text of its paragraph; a long one is matched by its start.
      for (const key of [text, text.slice(0, SNIPPET_CHARS)]) if (wanted.has(key)) byText.set(key, el);
    }
  }
  return comments.map((c) => {
    const byId = c.id ? safeById(root, c.id) : null;
    return byId ?? byText.get(snippetOf(c.text)) ?? section ?? c.script.parentElement ?? c.script;
  });
}

function safeById(root: ParentNode, id: string): Element | null {
  try {
    return root.querySelector(`[id="${id.replace(/["\\]/g, '\\$&')}"]`);
  } catch {
    return null;
  }
}

function readJsonLd(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
  const comments = readJsonLdComments(root).filter((c) => c.text || c.author);
  if (comments.length === 0) return null;
  if (pastDeadline(ctx)) return null;
  const elements = elementsFor(root, comments);
  const rawOf = new Map<LdComment, RawComment>();
  const parentOf = new Map<RawComment, RawComment | null>();
  const raws = comments.map((c, i) => {
    let level = 0;
    for (let p = c.parent; p; p = p.parent) level++;
    const raw: RawComment = {
      element: elements[i] as Element,
      siteId: c.id,
      parentId: null,
      level,
      author: c.author,
      time: c.time,
      text: c.text,
      links: [],
    };
    rawOf.set(c, raw);
    parentOf.set(raw, c.parent ? (rawOf.get(c.parent) ?? null) : null);
    return raw;
  });
  return toFoundComments(raws, parentOf);
}

export const schemaOrg: CommentPlatform = {
  name: 'schema-org',
  replySource: 'schema-org',
  seenOn: ['https://schema.org/Comment', 'corpus en-blog-blisterreview-line-outline'],
  detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
    return readMicrodata(root, ctx) ?? readJsonLd(root, ctx);
  },
};
