/**
 * One scoring function for every candidate comment section (Readability's shape: evidence as
 * small named data, weights with a why each, the best candidate wins, a threshold under which
 * nothing is reported). Every detector (platform modules, schema.org, the structural detector,
 * the named-section reader) proposes a candidate; `comments.ts` keeps the best.
 */
import type { FoundComment } from './found-comment';
import { HEADING_WORD, NOT_A_SECTION, SECTION_NAME } from './platforms/sections';
import { foldSpace } from './text';

/** How much a detector's own recognition is worth: known platform markup is strong evidence. */
export const DETECTOR_STRENGTH: Readonly<Record<string, number>> = {
  // Hosted widgets and sites with markup nobody else uses: their match is rarely wrong.
  reddit: 4, hackernews: 4, slash: 4, discourse: 4, disqus: 4, coral: 4, openweb: 4, viafoura: 4, remark42: 4, intensedebate: 4, giscus: 4, commento: 4, tumblr: 4, sbnation: 4,
  // CMS markup: specific, but themes reuse `li.comment` for other lists now and then.
  blogger: 3, forum: 3, dotclear: 3, wordpress: 3, drupal: 3,
  // Microdata/JSON-LD: declared, yet a single stray Comment object is common (SEO plugins).
  'schema-org': 2,
  // Generic readers: only as good as the rest of the evidence.
  structural: 1, section: 1,
};

/** Weights of the evidence; each is small so that no single one decides alone. */
export const WEIGHTS = {
  /** Per doubling of the number of comments: a real thread has many items, a stray one few. */
  items: 1.5,
  /** A single item is weak (a pinned or quoted comment, one JSON-LD Comment) unless the page says 1. */
  single: -2,
  /** Share of items with an author or a time: comments have bylines, teasers and menus rarely do. */
  bylines: 1.5,
  /** The items sit in a section named as comments (id/class/aria/itemprop or its heading). */
  named: 1.5,
  /** How close the item count comes to the count the page states (1 when equal). */
  stated: 2,
  /**
   * Per doubling of the mean words per item: comments are prose, link lists and menus are not;
   * and of two readings of the same items, the one that keeps the words (not only the byline) wins.
   */
  prose: 0.6,
  /** Sidebars and widgets list other pages' comments ("Recent comments"). */
  sidebar: -3,
} as const;

/** Below this, a candidate is not reported: two bylined, named items pass; one bare item does not. */
export const MIN_SCORE = 3;

/** Where a "recent comments" list lives: never this page's own thread. */
export const SIDEBAR = 'aside, .widget, [class*="widget_"], .sidebar, #sidebar, [role="complementary"], [class*="recent-comments"], [class*="recentcomments"]';

/** Beyond about 250 words per item, more words say nothing more about being comments. */
const MAX_PROSE_DOUBLINGS = 8;

/** How far above the items their section's name or heading may be. */
const MAX_NAME_CLIMB = 6;

export interface Evidence {
  detector: number;
  items: number;
  single: number;
  bylines: number;
  named: number;
  stated: number;
  prose: number;
  sidebar: number;
}

function commonAncestor(els: Element[]): Element | null {
  let anc: Element | null = els[0]?.parentElement ?? null;
  for (const el of els) while (anc && !anc.contains(el)) anc = anc.parentElement;
  return anc;
}

/** True when an element at or above `el` is named as comments or opens with a heading that says so. */
function inNamedSection(el: Element | null): boolean {
  let cur: Element | null = el;
  for (let i = 0; cur && i < MAX_NAME_CLIMB; i++, cur = cur.parentElement) {
    const name = [cur.id, cur.getAttribute('class'), cur.getAttribute('aria-label'), cur.getAttribute('itemprop')].filter(Boolean).join(' ');
    if (SECTION_NAME.test(name) && !NOT_A_SECTION.test(name)) return true;
    for (const child of Array.from(cur.children).slice(0, 8)) {
      if (/^h[1-6]$/.test(child.localName) && HEADING_WORD.test(foldSpace(child.textContent ?? '').slice(0, 80))) return true;
    }
    // The heading just before the section ("Comments" then the list).
    const prev = cur.previousElementSibling;
    if (prev && /^h[1-6]$/.test(prev.localName) && HEADING_WORD.test(foldSpace(prev.textContent ?? '').slice(0, 80))) return true;
  }
  return false;
}

export function evidenceFor(detector: string, comments: FoundComment[], statedCount: number | null): Evidence {
  const n = comments.length;
  const inDoc = comments.map((c) => c.element).filter((el) => el.isConnected);
  const anc = commonAncestor(inDoc);
  const words = comments.reduce((sum, c) => sum + c.text.split(/\s+/).filter(Boolean).length, 0) / Math.max(1, n);
  const bylined = comments.filter((c) => c.author || c.time).length / Math.max(1, n);
  const first = inDoc[0] ?? null;
  return {
    detector: DETECTOR_STRENGTH[detector] ?? 1,
    items: WEIGHTS.items * Math.log2(1 + n),
    single: n === 1 && statedCount !== 1 ? WEIGHTS.single : 0,
    bylines: WEIGHTS.bylines * bylined,
    named: inNamedSection(n === 1 ? first : anc) || (first !== null && inNamedSection(first)) ? WEIGHTS.named : 0,
    stated: statedCount !== null && statedCount > 0 ? (WEIGHTS.stated * Math.min(n, statedCount)) / Math.max(n, statedCount) : 0,
    prose: WEIGHTS.prose * (Math.min(Math.log2(1 + words), MAX_PROSE_DOUBLINGS) - 2),
    sidebar: first?.closest(SIDEBAR) ? WEIGHTS.sidebar : 0,
  };
}

export function scoreOf(e: Evidence): number {
  return e.detector + e.items + e.single + e.bylines + e.named + e.stated + e.prose + e.sidebar;
}
