/**
 * OpenWeb (formerly Spot.IM). The conversation renders into a shadow root under
 * `[data-spotim-module="conversation"]` (reached through `roots.ts`). Its class names are
 * hashed per build (`spcv_*`, `components-MessageLayout-index__*`), but the `data-spot-im-class`
 * attributes it sets for site styling are stable: `message-text`, `message-username`,
 * `message-timestamp`. Each message is a list item (`ul.spcv_messages-list > li`), replies are
 * list items of a `ul` nested inside it.
 */
import type { CommentPlatform, DetectContext, FoundComment } from '../found-comment';
import { fieldText, readNestedItems, timeText } from './nested-items';

/** The message text, one per message: every message list item has exactly one. */
export const TEXT_SELECTOR = '[data-spot-im-class="message-text"]';

/**
 * One message: a list item holding a message text. Items are narrowed to the innermost `li`
 * around each text (a thread's `li` holds its replies' texts too, but its own comes first).
 */
export const ITEM_SELECTOR = 'li';

export const AUTHOR_SELECTOR = '[data-spot-im-class="message-username"]';
export const TIME_SELECTOR = '[data-spot-im-class="message-timestamp"]';

/** Ids OpenWeb puts on a message (attribute names differ between versions). */
export const ID_ATTRIBUTES = ['data-message-id', 'data-spot-im-message-id', 'data-id'];

/** Inside the text: "(Edited)" labels and "Read more" toggles are not the commenter's words. */
export const NOT_TEXT_SELECTOR = '[data-edited-text], [data-spot-im-class="message-edited"], [data-spot-im-class="read-more"], button';

/** The part of a page OpenWeb owns; items outside it are not messages. */
export const CONVERSATION_SELECTOR = '[data-spotim-module="conversation"], [data-spot-im-module-default-area="conversation"], .spcv_conversation, .spcv_messages-list';

function siteIdOf(item: Element, text: Element | null): string | null {
  for (let cur: Element | null = text; cur; cur = cur.parentElement) {
    for (const attr of ID_ATTRIBUTES) {
      const v = cur.getAttribute(attr)?.trim();
      if (v) return v;
    }
    if (cur === item) break;
  }
  return null;
}

export const openweb: CommentPlatform = {
  name: 'openweb',
  replySource: 'nesting',
  detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
    const texts = Array.from(root.querySelectorAll(TEXT_SELECTOR));
    if (texts.length === 0) return null;
    // Only list items that own a message text are messages (a `li` of a menu is not).
    const items = new Set<Element>();
    for (const t of texts) {
      const li = t.closest(ITEM_SELECTOR);
      if (li) items.add(li);
    }
    if (items.size === 0) return null;
    const isItem = (el: Element): boolean => items.has(el);
    return readNestedItems(root, ITEM_SELECTOR, (item, own) => {
      const text = own(TEXT_SELECTOR);
      return {
        siteId: siteIdOf(item, text),
        author: fieldText(own(AUTHOR_SELECTOR)),
        time: timeText(own(TIME_SELECTOR)),
        body: text,
        notText: (el) => el.matches(NOT_TEXT_SELECTOR),
      };
    }, ctx, { only: isItem });
  },
};
