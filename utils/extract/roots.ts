/**
 * The places comment markup can live in one page: the document itself, the shadow roots of its
 * elements (Coral and OpenWeb render their streams there) and the documents of same-origin
 * iframes. `collectSearchRoots` lists them, outermost first, in one walk of each tree.
 *
 * Closed shadow roots are invisible to page scripts; an extension can reach them through
 * `chrome.dom.openOrClosedShadowRoot(el)` (Chromium) or `el.openOrClosedShadowRoot()` (Firefox).
 * Readers stay free of extension APIs: the content script passes that as `openShadowRoot`.
 * Cross-origin iframes (the disqus.com embed) are not reachable here at all: the content script
 * runs inside them and reports on its own.
 */

/** Gives an element's shadow root, open or closed, or null; the content script's way in. */
export type OpenShadowRoot = (el: Element) => ShadowRoot | null;

/** Separates the steps of a locator that enters a shadow root or a frame: `host >>> inner`. */
export const LOCATOR_ROOT_SEPARATOR = ' >>> ';

/**
 * Built-in elements that may host a shadow root (the DOM standard's list for `attachShadow`);
 * custom elements (a hyphen in the name) may too. Only these are offered to `openShadowRoot`,
 * so an extension API is not called on every `<a>` and `<img>` of the page.
 */
const SHADOW_HOST_TAGS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
]);

/** Frames whose document may be ours to read. */
const FRAME_TAGS = new Set(['iframe', 'frame']);

/** A page with thousands of shadow roots (every widget a web component) is searched this far. */
export const MAX_SEARCH_ROOTS = 400;

/** How deep frames may nest before we stop following them. */
const MAX_FRAME_DEPTH = 4;

export interface SearchRoot {
  /** What detectors search: a document or a shadow root. */
  node: Document | ShadowRoot;
  kind: 'document' | 'shadow' | 'frame';
  /** The shadow host or the iframe element; null for the starting root. */
  host: Element | null;
  /**
   * Locator steps (joined by `LOCATOR_ROOT_SEPARATOR`) from the starting document to the frame
   * this root is in; empty for the starting document and its shadow roots. Locators of
   * elements found in a frame get this prefix (shadow steps are added by `locatorFor` itself).
   */
  framePrefix: string;
}

export interface SearchRootOptions {
  /** Reach closed shadow roots too; default: open ones only (`el.shadowRoot`). */
  openShadowRoot?: OpenShadowRoot;
  /** Also search the documents of same-origin iframes (default true). */
  frames?: boolean;
  /** Stop after this many roots (default `MAX_SEARCH_ROOTS`). */
  maxRoots?: number;
  /**
   * Stop looking for more roots at this time (of `now()`): on a page of a million elements the
   * walk itself would use up the time the detectors need. Roots found by then are searched.
   */
  deadline?: number;
  now?: () => number;
}

/** How many elements are walked between two looks at the clock. */
const CLOCK_EVERY = 512;

function isShadowHostCandidate(el: Element): boolean {
  return el.localName.includes('-') || SHADOW_HOST_TAGS.has(el.localName);
}

/** The shadow root of `el` if it has one we may read; never throws. */
export function shadowRootOf(el: Element, openShadowRoot?: OpenShadowRoot): ShadowRoot | null {
  try {
    const open = el.shadowRoot;
    if (open) return open;
    if (openShadowRoot && isShadowHostCandidate(el)) return openShadowRoot(el) ?? null;
  } catch {
    // A hostile element or a hook that throws: treat as no root.
  }
  return null;
}

/** The document of a same-origin frame, or null (cross-origin frames give null or throw). */
export function frameDocumentOf(el: Element): Document | null {
  if (!FRAME_TAGS.has(el.localName)) return null;
  try {
    const doc = (el as HTMLIFrameElement).contentDocument;
    return doc && doc.documentElement ? doc : null;
  } catch {
    return null;
  }
}

function ownerWindowOf(node: Node): (Window & typeof globalThis) | null {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  return (doc?.defaultView as (Window & typeof globalThis) | null) ?? null;
}

/**
 * Every root to search under `start`: `start` itself, then the shadow roots and same-origin
 * frame documents found in its tree (in document order), then those nested inside them.
 * One TreeWalker pass per tree.
 */
export function collectSearchRoots(
  start: Document | ShadowRoot | ParentNode,
  opts: SearchRootOptions = {},
  locatorOf?: (el: Element) => string,
): SearchRoot[] {
  const max = opts.maxRoots ?? MAX_SEARCH_ROOTS;
  const frames = opts.frames ?? true;
  const startNode = start as Document | ShadowRoot;
  const out: SearchRoot[] = [
    { node: startNode, kind: startNode.nodeType === 9 ? 'document' : 'shadow', host: null, framePrefix: '' },
  ];
  const seen = new Set<Node>([startNode]);
  try {
    // A work list instead of recursion, so deep nesting cannot overflow the stack.
    const queue: Array<{ root: Node; prefix: string; frameDepth: number }> = [{ root: startNode, prefix: '', frameDepth: 0 }];
    while (queue.length > 0 && out.length < max) {
      const { root, prefix, frameDepth } = queue.shift() as { root: Node; prefix: string; frameDepth: number };
      const win = ownerWindowOf(root);
      const filter = win?.NodeFilter?.SHOW_ELEMENT ?? 1;
      const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
      if (!doc) continue;
      const walker = doc.createTreeWalker(root, filter);
      const found: Array<{ root: Node; prefix: string; frameDepth: number }> = [];
      let walked = 0;
      for (let node = walker.nextNode(); node && out.length < max; node = walker.nextNode()) {
        if (opts.deadline !== undefined && ++walked % CLOCK_EVERY === 0 && (opts.now ?? performance.now.bind(performance))() > opts.deadline) {
          queue.length = 0;
          break;
        }
        const el = node as Element;
        const shadow = shadowRootOf(el, opts.openShadowRoot);
        if (shadow && !seen.has(shadow)) {
          seen.add(shadow);
          out.push({ node: shadow, kind: 'shadow', host: el, framePrefix: prefix });
          found.push({ root: shadow, prefix, frameDepth });
        }
        if (frames && frameDepth < MAX_FRAME_DEPTH) {
          const frameDoc = frameDocumentOf(el);
          if (frameDoc && !seen.has(frameDoc)) {
            seen.add(frameDoc);
            const step = locatorOf ? locatorOf(el) : '';
            const framePrefix = prefix ? `${prefix}${LOCATOR_ROOT_SEPARATOR}${step}` : step;
            out.push({ node: frameDoc, kind: 'frame', host: el, framePrefix });
            found.push({ root: frameDoc, prefix: framePrefix, frameDepth: frameDepth + 1 });
          }
        }
      }
      queue.push(...found);
    }
  } catch {
    // A tree that cannot be walked is left out; what was found so far is still searched.
  }
  return out;
}
