/**
 * The light annotations Threadwise adds to a page: a label beside each marked comment and a
 * brief highlight on the comment a reader jumps to. This is the one module that writes to the
 * page, and it writes only its own elements, each behind its own shadow root, so the site's CSS
 * cannot reach inside and ours cannot leak out. Everything it adds is removed by `clear()`.
 */
import type { Mark, MarkedDisplay, PageMarks } from '../schema';
import { reasonText, type I18n } from '../view/i18n';
import { MARK_LABEL_KEYS } from '../view/marks';
import { commentHolders, findLabelPlace, type CommentByline } from './label-place';

/** Custom tag names: unknown to any site stylesheet, so no site rule targets them by name. */
export const LABEL_TAG = 'threadwise-label';
export const HIGHLIGHT_TAG = 'threadwise-highlight';
/** How long the highlight stays on a revealed comment. */
const HIGHLIGHT_MS = 2_400;


const LABEL_CSS = `
:host { all: initial; display: block !important; margin: 0 0 6px 0 !important; }
:host([data-place="byline"]) { display: inline-block !important; margin: 0 0 0 8px !important; vertical-align: middle !important;
  flex-shrink: 0 !important; }
.tw { display: inline-flex; gap: 6px; align-items: center; flex-wrap: wrap;
  font: 600 11px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.pill { position: relative; display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px;
  border-radius: 999px; border: 1px solid #d9b98a; background: #fff6e8; color: #6b3d00; cursor: help;
  letter-spacing: .01em; white-space: nowrap; }
.pill[data-kind="link-only"] { border-color: #a9c1de; background: #eef4fb; color: #1f4670; }
.pill:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.dot { width: 6px; height: 6px; border-radius: 50%; background: currentColor; opacity: .7; }
.tip { visibility: hidden; opacity: 0; position: absolute; left: 0; top: calc(100% + 6px); z-index: 2147483647;
  width: max-content; max-width: 320px; padding: 6px 9px; border-radius: 6px; background: #1f2328; color: #fff;
  font: 400 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; white-space: normal;
  box-shadow: 0 4px 14px rgba(0,0,0,.25); transition: opacity .12s; pointer-events: none; }
.pill:hover .tip, .pill:focus .tip { visibility: visible; opacity: 1; }
.undo { all: unset; cursor: pointer; font: 600 11px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  padding: 1px 8px; border-radius: 999px; border: 1px solid #c9d1d9; background: #fff; color: #24292f; }
.undo:hover { background: #f3f4f6; }
.undo:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.note { font: 400 11px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #57606a; }
@media (prefers-color-scheme: dark) {
  .pill { background: #3a2a12; color: #ffd9a3; border-color: #7a5a2a; }
  .pill[data-kind="link-only"] { background: #16283d; color: #b9d4f3; border-color: #35557a; }
  .undo { background: #22272e; color: #e6edf3; border-color: #444c56; }
  .note { color: #9aa4ae; }
}`;

const HIGHLIGHT_CSS = `
:host { all: initial; position: absolute !important; pointer-events: none !important; z-index: 2147483646 !important; }
.ring { position: absolute; inset: -4px; border-radius: 8px; border: 3px solid #f59e0b;
  background: rgba(245, 158, 11, .10); animation: tw-fade ${HIGHLIGHT_MS}ms ease-out forwards; }
@keyframes tw-fade { 0%, 60% { opacity: 1; } 100% { opacity: 0; } }
@media (prefers-reduced-motion: reduce) { .ring { animation: none; } }`;

function shadowHost(doc: Document, tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}

export interface DisplayOptions {
  showLabels: boolean;
  markedDisplay: MarkedDisplay;
}

export interface PageAnnotations {
  /**
   * Replaces all labels and dimming with those for these marks. `bylines` (author and time as
   * read from the page, by comment id) lets each label sit on its comment's own byline.
   */
  showMarks(
    elements: ReadonlyMap<string, Element>,
    marks: PageMarks,
    options: DisplayOptions,
    bylines?: ReadonlyMap<string, CommentByline>,
  ): void;
  /** Scrolls a comment into view and highlights it briefly. */
  reveal(element: Element): void;
  /** Removes everything Threadwise added or changed on the page. */
  clear(): void;
}

type SavedStyle = { value: string; priority: string };

/**
 * The parts of a comment's element that are its own (body, byline), not the replies nested in
 * it: dimming or collapsing a comment must leave its replies alone.
 */
function ownParts(element: Element, containsComments: ReadonlySet<Element>): HTMLElement[] {
  const parts: HTMLElement[] = [];
  for (const child of element.children) {
    if (child.localName === LABEL_TAG || containsComments.has(child)) continue;
    if ('style' in child) parts.push(child as HTMLElement);
  }
  return parts;
}

/** Every element that holds another comment inside it (comment elements' ancestors). */
function ancestorsOfComments(elements: Iterable<Element>): Set<Element> {
  const holders = new Set<Element>();
  for (const element of elements) {
    for (let up = element.parentElement; up && !holders.has(up); up = up.parentElement) holders.add(up);
  }
  return holders;
}

export function createPageAnnotations(
  doc: Document,
  timers: { setTimeout: (fn: () => void, ms: number) => unknown },
  /** The reader's language (the content script makes it from browser.i18n). */
  i18n: I18n,
): PageAnnotations {
  const kindLabel = (mark: Mark) => i18n.t(MARK_LABEL_KEYS[mark.kind]);
  const labels = new Set<Element>();
  /** Inline styles we changed, with what they were, so every change can be undone exactly. */
  const changed = new Map<HTMLElement, { display?: SavedStyle; opacity?: SavedStyle }>();
  let highlight: Element | null = null;

  function setStyle(element: HTMLElement, property: 'display' | 'opacity', value: string): void {
    const saved = changed.get(element) ?? {};
    if (!saved[property]) {
      saved[property] = { value: element.style.getPropertyValue(property), priority: element.style.getPropertyPriority(property) };
    }
    changed.set(element, saved);
    element.style.setProperty(property, value, 'important');
  }

  function restore(elements: Iterable<HTMLElement>): void {
    for (const element of elements) {
      const saved = changed.get(element);
      if (!saved) continue;
      for (const property of ['display', 'opacity'] as const) {
        const was = saved[property];
        if (!was) continue;
        if (was.value) element.style.setProperty(property, was.value, was.priority);
        else element.style.removeProperty(property);
      }
      changed.delete(element);
    }
  }

  function buildLabel(marks: Mark[], showPills: boolean, hidden: MarkedDisplay, onUndo: () => void): HTMLElement {
    const { host, root } = shadowHost(doc, LABEL_TAG, LABEL_CSS);
    const row = doc.createElement('span');
    row.className = 'tw';
    for (const mark of showPills ? marks : []) {
      const pill = doc.createElement('span');
      pill.className = 'pill';
      pill.dataset.kind = mark.kind;
      pill.tabIndex = 0;
      pill.setAttribute('role', 'note');
      // Page-derived words reach the page only as text, never as markup.
      const reason = reasonText(mark, i18n);
      pill.setAttribute('aria-label', i18n.t('label_aria', [kindLabel(mark), reason]));
      const dot = doc.createElement('span');
      dot.className = 'dot';
      const text = doc.createElement('span');
      text.textContent = kindLabel(mark);
      const tip = doc.createElement('span');
      tip.className = 'tip';
      tip.textContent = reason;
      pill.append(dot, text, tip);
      row.append(pill);
    }
    if (hidden !== 'normal') {
      if (hidden === 'collapse') {
        const note = doc.createElement('span');
        note.className = 'note';
        note.textContent = i18n.t('label_collapsed', [marks.map(kindLabel).join(', ')]);
        row.append(note);
      }
      const undo = doc.createElement('button');
      undo.type = 'button';
      undo.className = 'undo';
      undo.textContent = hidden === 'collapse' ? i18n.t('label_show') : i18n.t('label_undim');
      undo.addEventListener('click', () => {
        onUndo();
        undo.remove();
        row.querySelector('.note')?.remove();
        host.dataset.display = 'normal';
      });
      row.append(undo);
    }
    root.append(row);
    host.dataset.kinds = marks.map((m) => m.kind).join(' ');
    host.dataset.display = hidden;
    return host;
  }

  function clearAll(): void {
    for (const label of labels) label.remove();
    labels.clear();
    restore([...changed.keys()]);
  }

  return {
    showMarks(elements, marks, options, bylines = new Map()) {
      clearAll();
      const commentElements = new Set(elements.values());
      let commentHolderSet: Set<Element> | undefined;
      if (!options.showLabels && options.markedDisplay === 'normal') return;
      const holders = options.markedDisplay === 'normal' ? new Set<Element>() : ancestorsOfComments(elements.values());
      for (const { id, marks: commentMarks } of marks) {
        const element = elements.get(id);
        if (!element || !element.isConnected) continue;
        const parts = options.markedDisplay === 'normal' ? [] : ownParts(element, holders);
        for (const part of parts) {
          if (options.markedDisplay === 'dim') setStyle(part, 'opacity', '0.45');
          else setStyle(part, 'display', 'none');
        }
        const label = buildLabel(commentMarks, options.showLabels, parts.length ? options.markedDisplay : 'normal', () => restore(parts));
        label.dataset.commentId = id;
        if (parts.length) {
          // The comment's own parts are dimmed or hidden: its label (with the button that undoes
          // that) stays in front of them, where it remains visible and usable.
          element.prepend(label);
        } else {
          commentHolderSet ??= commentHolders(commentElements);
          const at = findLabelPlace(element, bylines.get(id) ?? { author: null, time: null }, commentElements, LABEL_TAG, commentHolderSet);
          label.dataset.place = at.place;
          at.parent.insertBefore(label, at.before);
        }
        labels.add(label);
      }
    },
    reveal(element) {
      highlight?.remove();
      // Smooth scrolling waits on animation frames, which a hidden tab never gets.
      const smooth = doc.visibilityState === 'visible' && !doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
      const view = doc.defaultView;
      const rect = element.getBoundingClientRect();
      const { host, root } = shadowHost(doc, HIGHLIGHT_TAG, HIGHLIGHT_CSS);
      const ring = doc.createElement('div');
      ring.className = 'ring';
      root.append(ring);
      const scrollX = view?.scrollX ?? 0;
      const scrollY = view?.scrollY ?? 0;
      host.style.setProperty('left', `${rect.left + scrollX}px`, 'important');
      host.style.setProperty('top', `${rect.top + scrollY}px`, 'important');
      host.style.setProperty('width', `${rect.width}px`, 'important');
      host.style.setProperty('height', `${rect.height}px`, 'important');
      // On <html>, not <body>: a positioned body would shift document coordinates.
      doc.documentElement.append(host);
      highlight = host;
      timers.setTimeout(() => {
        if (highlight === host) highlight = null;
        host.remove();
      }, HIGHLIGHT_MS);
    },
    clear() {
      clearAll();
      highlight?.remove();
      highlight = null;
    },
  };
}
