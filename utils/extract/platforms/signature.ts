/**
 * A comment platform as data. A signature says how a platform's markup marks one comment (its
 * selector), where the comment's author, time and words are, where its id, parent and level are
 * written, and which sites or documents the markup was seen on. One reader,
 * `platformFromSignature`, turns any signature into a `CommentPlatform` on top of the shared loop
 * in `nested-items.ts` (items, own parts apart from nested replies, parents, depths, time budget).
 * Adding a platform is adding a signature (and its seed page); a hook (a function for one field)
 * is for what the markup states in a way selectors and patterns cannot say.
 */
import type { ReplySource } from '../../schema';
import type { CommentPlatform, DetectContext, FoundComment } from '../found-comment';
import { isControlText } from '../chrome';
import { inlineText } from '../text';
import { fieldText, readItemElements, timeText, type ItemFields, type OwnQuery } from './nested-items';

/**
 * A value written in an attribute: of the item itself, of an element inside it (`on`, a selector
 * searched in the item's own parts), of the element just before it (`before`, e.g. Drupal's
 * anchor), of the wrapper just around it (`wrapper`: the item's parent when the item is the first
 * item inside it), or of the elements from the body up to the item (`upFromBody`).
 */
export interface AttrRule {
  /** The attribute, or several tried in order on each element. */
  attr: string | readonly string[];
  on?: string;
  /** The element just before the item, when it matches this selector. */
  before?: string;
  /** The item's parent, when the item is the first match of the signature's `items` in it. */
  wrapper?: boolean;
  upFromBody?: boolean;
  /** The value must match; `format` builds the result from its groups ($0 = whole match, $1 …). */
  pattern?: RegExp;
  format?: string;
}

/** Where a level is written; the first rule that yields a number wins, nesting depth otherwise. */
export interface LevelRule {
  /** A number in an attribute (of the item, or of `on` inside it), `^\d+$`. */
  attr?: string;
  on?: string;
  /** A class holding the number, e.g. `depth-(\d+)`, `coral-indent-(\d+)`. */
  classPattern?: RegExp;
  /** With `classPattern`: look on the item and its ancestors, stopping after one matching this. */
  climbUpTo?: string;
  /** Pixels (or any unit) per level: the number is divided by this and rounded. */
  per?: number;
  /** Added to the number (WordPress's `depth-1` is level 0). Results below 0 become 0. */
  offset?: number;
  /** Count the item's ancestors matching this selector (Viafoura's reply lists). */
  countAncestors?: string;
}

/** A name or a date: attributes of the item first, then selectors tried in order. */
export interface TextRule {
  /** Attributes of the item itself, tried first (Reddit's `author`, XenForo's `data-author`). */
  itemAttrs?: readonly string[];
  /** Selectors tried in order in the item's own parts; the first giving text wins. */
  selectors?: readonly string[];
  /** For names: parts of the element that are not the name (avatars, "says"). */
  skip?: string;
  /** Removed from the end of a name ("says:"). */
  strip?: RegExp;
  /** Values that name no one ("[deleted]"). */
  reject?: RegExp;
  /**
   * For times: attributes read before the element's text. Without it a time is the element's
   * `datetime` (or a `<time datetime>` inside it), then its `title`, then its text.
   */
  attrs?: readonly string[];
}

/** Functions for a field the markup states in a way the data above cannot say. */
export interface SignatureHooks {
  /** Replaces the item selection (after `items`, `within`, `notInside`, `only`); gets the root. */
  selectItems?: (items: Element[], root: ParentNode) => Element[];
  /** `undefined`: nesting says who answers whom; `null`: the page says it answers nothing. */
  parentId?: (item: Element, own: OwnQuery) => string | null | undefined;
  author?: (item: Element, own: OwnQuery, fromData: string | null) => string | null;
  time?: (item: Element, own: OwnQuery, fromData: string | null) => string | null;
}

export interface PlatformSignature {
  /** Short id reported as `Extraction.platform`. */
  name: string;
  replySource: ReplySource;
  /**
   * Where this markup was seen: at least three sites, or the platform's documentation (a URL).
   * Required: a signature seen once is a rule for one page.
   */
  seenOn: readonly string[];
  /** One comment. */
  items: string;
  /** Items are the nearest `items` element around each match of this (OpenWeb's message text). */
  itemOf?: string;
  /** Only items inside a list matching `selector` that is not inside `notInside` (WordPress). */
  within?: { selector: string; notInside?: string };
  /** Items inside any of these are not comments (reply forms, previews, featured copies). */
  notInside?: string;
  /** Keep only the matches this accepts (what a selector cannot say cheaply). */
  only?: (el: Element) => boolean;
  /** Keep only the outermost match (an RDFa-typed author card inside a comment is not one). */
  outermost?: boolean;
  /** An item inside another item with the same site id is the same comment (wrapper and inner). */
  mergeSameId?: boolean;
  /** The comment's own id: the first rule that yields. */
  id?: readonly AttrRule[];
  /**
   * The parent stated by the page, as an attribute of the item (`pattern` must match or the page
   * says it answers nothing). Without it, nesting (or `repliesIn`) says who answers whom.
   */
  parent?: AttrRule;
  /**
   * Replies sit in a list of this class right after their parent, not inside it: the parent is
   * the item just before the list (skipping elements matching `skip`, e.g. Drupal's anchors).
   */
  repliesIn?: { selector: string; skip?: string };
  level?: readonly LevelRule[];
  author?: TextRule;
  time?: TextRule;
  /** Where the comment's words are, most specific first. */
  body?: readonly string[];
  /** With no body found, the item itself holds the words. */
  bodyIsItem?: boolean;
  /** Inside the body: what is not the commenter's words (buttons, "edited", quoted parent). */
  notText?: string;
  /** Drop items without words even when they have an author. */
  needsText?: boolean;
  /**
   * A stated parent counts only when it was read before on the page (a forum post quoting an
   * earlier post of the page); else the comment answers the article.
   */
  parentsOnPage?: boolean;
  hooks?: SignatureHooks;
}

/** `$0`, `$1`… in `format` replaced by the groups of `m`. */
function formatMatch(m: ArrayLike<string | undefined>, format: string | undefined): string {
  return format === undefined ? (m[0] ?? '') : format.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? '');
}

function applyPattern(value: string | null | undefined, rule: AttrRule): string | null {
  const v = value?.trim();
  if (!v) return null;
  if (!rule.pattern) return formatMatch([v], rule.format);
  const m = rule.pattern.exec(v);
  return m ? formatMatch(m, rule.format) : null;
}

function valueOn(el: Element, rule: AttrRule): string | null {
  for (const attr of typeof rule.attr === 'string' ? [rule.attr] : rule.attr) {
    const v = applyPattern(el.getAttribute(attr), rule);
    if (v) return v;
  }
  return null;
}

function attrValue(item: Element, own: OwnQuery, rule: AttrRule, body: Element | null, itemSelector: string): string | null {
  if (rule.upFromBody) {
    for (let cur: Element | null = body; cur; cur = cur.parentElement) {
      const v = valueOn(cur, rule);
      if (v) return v;
      if (cur === item) break;
    }
    return null;
  }
  let el: Element | null = item;
  if (rule.on) el = own(rule.on);
  else if (rule.before) {
    const prev = item.previousElementSibling;
    el = prev && prev.matches(rule.before) ? prev : null;
  } else if (rule.wrapper) {
    const wrapper = item.parentElement;
    el = wrapper && wrapper.querySelector(itemSelector) === item ? wrapper : null;
  }
  return el ? valueOn(el, rule) : null;
}

function levelOf(item: Element, own: OwnQuery, rules: readonly LevelRule[]): number | null {
  for (const rule of rules) {
    let n: number | null = null;
    if (rule.countAncestors) {
      n = 0;
      for (let cur = item.parentElement; cur; cur = cur.parentElement) if (cur.matches(rule.countAncestors)) n++;
    } else if (rule.classPattern) {
      for (let cur: Element | null = item; cur; cur = rule.climbUpTo ? cur.parentElement : null) {
        const m = rule.classPattern.exec(cur.getAttribute('class') ?? '');
        if (m) {
          n = Number(m[1]);
          break;
        }
        if (rule.climbUpTo && cur.matches(rule.climbUpTo)) break;
      }
    } else if (rule.attr) {
      const el = rule.on ? own(rule.on) : item;
      const v = el?.getAttribute(rule.attr)?.trim();
      if (v && /^\d+$/.test(v)) n = Number(v);
    }
    if (n === null) continue;
    if (rule.per) n = Math.round(n / rule.per);
    return Math.max(0, n + (rule.offset ?? 0));
  }
  return null;
}

function readText(item: Element, own: OwnQuery, rule: TextRule | undefined, kind: 'name' | 'time'): string | null {
  if (!rule) return null;
  let value: string | null = null;
  for (const attr of rule.itemAttrs ?? []) {
    value = item.getAttribute(attr)?.trim() || null;
    if (value) break;
  }
  for (const sel of value ? [] : (rule.selectors ?? [])) {
    const el = own(sel);
    if (!el) continue;
    if (kind === 'time') value = rule.attrs ? fieldText(el, rule.attrs) : timeText(el);
    else if (rule.skip) {
      const skip = rule.skip;
      value = inlineText(el, (e) => e.matches(skip)) || null;
    } else value = fieldText(el);
    if (!value) continue;
    if (rule.strip) value = value.replace(rule.strip, '') || null;
    // "Profile" in the author box (Uproxx's WordPress): the name is further down the list.
    if (kind === 'name' && value && isControlText(value)) {
      value = null;
      continue;
    }
    break;
  }
  return value && rule.reject?.test(value) ? null : value;
}

/** The elements a signature names as comments under `root`, in page order. */
export function signatureItems(root: ParentNode, sig: PlatformSignature): Element[] {
  let items: Element[];
  if (sig.itemOf) {
    const found = new Set<Element>();
    for (const el of Array.from(root.querySelectorAll(sig.itemOf))) {
      const item = el.closest(sig.items);
      if (item) found.add(item);
    }
    items = found.size > 0 ? Array.from(root.querySelectorAll(sig.items)).filter((el) => found.has(el)) : [];
  } else items = Array.from(root.querySelectorAll(sig.items));
  if (sig.within) {
    const { selector, notInside } = sig.within;
    const lists = new Set(Array.from(root.querySelectorAll(selector)).filter((l) => !notInside || !l.closest(notInside)));
    items = items.filter((el) => {
      for (let up = el.parentElement; up; up = up.parentElement) if (lists.has(up)) return true;
      return false;
    });
  }
  if (sig.notInside) {
    const notInside = sig.notInside;
    items = items.filter((el) => !el.closest(notInside));
  }
  if (sig.only) items = items.filter(sig.only);
  if (sig.outermost) {
    const set = new Set(items);
    items = items.filter((el) => {
      for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
      return true;
    });
  }
  if (sig.hooks?.selectItems) items = sig.hooks.selectItems(items, root);
  return items;
}

/** The comment's own id: the first of the signature's rules that yields. */
function siteIdOf(sig: PlatformSignature, item: Element, own: OwnQuery, body: Element | null): string | null {
  for (const rule of sig.id ?? []) {
    const id = attrValue(item, own, rule, body, sig.items);
    if (id) return id;
  }
  return null;
}

/** Of the item's own body candidates, one inside `body` (not itself), or null. */
function innerBody(body: Element, selectors: readonly string[], own: (sel: string) => Element | null): Element | null {
  for (const sel of selectors) {
    const el = own(sel);
    if (el && el !== body && body.contains(el)) return el;
  }
  return null;
}

/** Reads the comments a signature describes under `root`. */
export function readSignature(root: ParentNode, sig: PlatformSignature, ctx?: DetectContext): FoundComment[] | null {
  let items = signatureItems(root, sig);
  if (items.length === 0) return null;
  if (sig.mergeSameId) {
    const all = new Set(items);
    const idOf = (el: Element): string | null => siteIdOf(sig, el, (s) => el.querySelector(s), null);
    items = items.filter((item) => {
      for (let up = item.parentElement; up; up = up.parentElement) {
        if (!all.has(up)) continue;
        const id = idOf(up);
        return id === null || id !== idOf(item);
      }
      return true;
    });
  }
  const notTextSel = sig.notText;
  const notText = notTextSel ? (el: Element): boolean => el.matches(notTextSel) : undefined;
  const hooks = sig.hooks ?? {};
  const repliesIn = sig.repliesIn;
  return readItemElements(items, (item, own): ItemFields => {
    let body: Element | null = null;
    for (const sel of sig.body ?? []) {
      body = own(sel);
      if (body) break;
    }
    // A body candidate holding another is a wrapper (Uproxx's `.comment_text` around the date, the
    // name and `.comment-body`): the innermost one is the text.
    for (let inner = body ? innerBody(body, sig.body ?? [], own) : null; inner; inner = innerBody(inner, sig.body ?? [], own)) body = inner;
    if (!body && sig.bodyIsItem) body = item;
    const author = readText(item, own, sig.author, 'name');
    const time = readText(item, own, sig.time, 'time');
    const parentId = hooks.parentId
      ? hooks.parentId(item, own)
      : sig.parent
        ? attrValue(item, own, sig.parent, body, sig.items)
        : undefined;
    const level = sig.level ? levelOf(item, own, sig.level) : undefined;
    return {
      siteId: siteIdOf(sig, item, own, body),
      parentId,
      level,
      author: hooks.author ? hooks.author(item, own, author) : author,
      time: hooks.time ? hooks.time(item, own, time) : time,
      body,
      notText,
    };
  }, ctx, {
    needsText: sig.needsText,
    parentsOnPage: sig.parentsOnPage,
    parentBeside: repliesIn
      ? (item, isItem) => {
          const list = item.parentElement?.closest(repliesIn.selector);
          for (let prev = list?.previousElementSibling ?? null; prev; prev = prev.previousElementSibling) {
            if (isItem(prev)) return prev;
            if (!repliesIn.skip || !prev.matches(repliesIn.skip)) break;
          }
          return null;
        }
      : undefined,
  });
}

/** A platform is a signature read by the shared reader. */
export type SignedPlatform = CommentPlatform & { signatures: readonly PlatformSignature[]; seenOn: readonly string[] };

/**
 * The platform a signature describes. Several signatures (generations of one platform's markup,
 * e.g. new and old Reddit) make one platform: the first that finds comments wins.
 */
export function platformFromSignature(sig: PlatformSignature, ...more: PlatformSignature[]): SignedPlatform {
  const signatures = [sig, ...more];
  return {
    name: sig.name,
    replySource: sig.replySource,
    signatures,
    seenOn: signatures.flatMap((s) => s.seenOn),
    detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
      for (const s of signatures) {
        const found = readSignature(root, s, ctx);
        if (found) return found;
      }
      return null;
    },
  };
}
