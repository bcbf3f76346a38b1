/**
 * A locator finds an element again: a CSS selector in its tree, `#id` when that id finds it
 * (it is the first element with the id), else a short `tag:nth-of-type(n)` path from the
 * nearest ancestor whose id finds it (or from the root). An element inside a shadow root (or a same-origin frame) gets its host's (frame's)
 * locator first, then ` >>> `, then its selector inside that root: `#coral_thread >>> #comment-7`.
 * `resolveLocator` follows those steps back.
 */
import { LOCATOR_ROOT_SEPARATOR, frameDocumentOf, shadowRootOf, type OpenShadowRoot } from './roots';

/** CSS.escape where the platform has it (browsers), a faithful fallback elsewhere (jsdom). */
export function cssEscape(value: string): string {
  const native = (globalThis as { CSS?: { escape?: (s: string) => string } }).CSS?.escape;
  if (native) return native(value);
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    const code = value.charCodeAt(i);
    if (code === 0) out += '\uFFFD';
    else if ((code >= 1 && code <= 0x1f) || code === 0x7f) out += `\\${code.toString(16)} `;
    else if (i === 0 && code >= 48 && code <= 57) out += `\\${code.toString(16)} `;
    else if (i === 1 && code >= 48 && code <= 57 && value.charAt(0) === '-') out += `\\${code.toString(16)} `;
    else if (i === 0 && ch === '-' && value.length === 1) out += '\\-';
    else if (code >= 0x80 || ch === '-' || ch === '_' || /[0-9A-Za-z]/.test(ch)) out += ch;
    else out += `\\${ch}`;
  }
  return out;
}

type QueryRoot = Document | DocumentFragment | Element;

function queryRootOf(el: Element): QueryRoot {
  const root = el.getRootNode();
  return root.nodeType === 9 || root.nodeType === 11 ? (root as Document | DocumentFragment) : (root as Element);
}

/**
 * True when `#id` finds `el` in `root`: `el` is the first element there with that id (what
 * `querySelector` returns). Looked up by id, not by selector: jsdom compiles and runs every new
 * selector over the whole tree, which made locators for thousands of comments take seconds.
 */
function idFinds(root: QueryRoot, id: string, el: Element): boolean {
  const byId = (root as Partial<Document>).getElementById;
  if (typeof byId === 'function') return byId.call(root, id) === el;
  return matchesOnly(root, `#${cssEscape(id)}`, el);
}

function matchesOnly(root: QueryRoot, selector: string, el: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** Shadow hosts nested deeper than this are not chained (no real page comes close). */
const MAX_SHADOW_DEPTH = 32;

/** Steps of every sibling group seen so far, while a `withLocatorCache` batch runs. */
let stepCache: Map<Element, string> | null = null;

/**
 * Run `fn` with path steps cached: a batch of locators for 2,000 sibling comments then counts
 * each sibling group once instead of once per comment. Only for synchronous work that does
 * not change the page (the cache is dropped when `fn` returns).
 */
export function withLocatorCache<T>(fn: () => T): T {
  if (stepCache) return fn();
  stepCache = new Map();
  try {
    return fn();
  } finally {
    stepCache = null;
  }
}

/** Steps for every child of `first`'s sibling group, counted in one pass. */
function stepsOfSiblings(first: Element, cache: Map<Element, string>): void {
  const total = new Map<string, number>();
  for (let sib: Element | null = first; sib; sib = sib.nextElementSibling) total.set(sib.localName, (total.get(sib.localName) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (let sib: Element | null = first; sib; sib = sib.nextElementSibling) {
    const index = (seen.get(sib.localName) ?? 0) + 1;
    seen.set(sib.localName, index);
    const tag = cssEscape(sib.localName);
    cache.set(sib, (total.get(sib.localName) ?? 0) > 1 ? `${tag}:nth-of-type(${index})` : tag);
  }
}

/**
 * One path step: the tag, with `:nth-of-type(n)` when siblings share it (also at the top of a
 * shadow root, whose children have no parent element). Counted by walking siblings, not by
 * copying `parent.children` for every step.
 */
function step(el: Element): string {
  const cache = stepCache;
  if (cache) {
    let cached = cache.get(el);
    if (cached === undefined) {
      let first = el;
      while (first.previousElementSibling) first = first.previousElementSibling;
      stepsOfSiblings(first, cache);
      cached = cache.get(el);
    }
    if (cached !== undefined) return cached;
  }
  const tag = cssEscape(el.localName);
  let index = 1;
  for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) if (sib.localName === el.localName) index++;
  let shared = index > 1;
  for (let sib = el.nextElementSibling; !shared && sib; sib = sib.nextElementSibling) if (sib.localName === el.localName) shared = true;
  return shared ? `${tag}:nth-of-type(${index})` : tag;
}

/** The locator of `el`, through every shadow root it is in (up to its document). */
export function locatorFor(el: Element): string {
  const steps = [locatorInRoot(el)];
  let cur: Element = el;
  for (let depth = 0; depth < MAX_SHADOW_DEPTH; depth++) {
    const root = cur.getRootNode();
    const host = root.nodeType === 11 ? (root as ShadowRoot).host : null;
    if (!host) break;
    steps.unshift(locatorInRoot(host));
    cur = host;
  }
  return steps.join(LOCATOR_ROOT_SEPARATOR);
}

/** The selector of `el` inside its own tree (document or shadow root). */
export function locatorInRoot(el: Element): string {
  const root = queryRootOf(el);
  if (el.id && idFinds(root, el.id, el)) return `#${cssEscape(el.id)}`;
  const steps: string[] = [];
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur !== el && cur.id && idFinds(root, cur.id, cur)) {
      steps.unshift(`#${cssEscape(cur.id)}`);
      break;
    }
    steps.unshift(step(cur));
    // A path rooted at <html>, or at the top of a shadow root, is complete.
    if (!cur.parentElement) break;
  }
  return steps.join(' > ');
}

/**
 * The element a locator names, or null: each ` >>> ` step enters the shadow root of the
 * element found so far (through `openShadowRoot` for closed roots) or, for a frame, its
 * document. Never throws.
 */
export function resolveLocator(doc: Document, locator: string, openShadowRoot?: OpenShadowRoot): Element | null {
  try {
    const steps = locator.split(LOCATOR_ROOT_SEPARATOR);
    let scope: Document | ShadowRoot = doc;
    for (let i = 0; i < steps.length; i++) {
      const el: Element | null = scope.querySelector(steps[i] ?? '');
      if (!el || i === steps.length - 1) return el;
      const inner: Document | ShadowRoot | null = frameDocumentOf(el) ?? shadowRootOf(el, openShadowRoot);
      if (!inner) return null;
      scope = inner;
    }
    return null;
  } catch {
    return null;
  }
}
