/**
 * OpenWeb (formerly Spot.IM). The conversation renders into a shadow root under
 * `[data-spotim-module="conversation"]` (reached through `roots.ts`). Its class names are
 * hashed per build (`spcv_*`, `components-MessageLayout-index__*`), but the `data-spot-im-class`
 * attributes it sets for site styling are stable: `message-text`, `message-username`,
 * `message-timestamp`. Each message is a list item (`ul.spcv_messages-list > li`), replies are
 * list items of a `ul` nested inside it.
 */
import { platformFromSignature, type PlatformSignature } from './signature';

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

export const OPENWEB: PlatformSignature = {
  name: 'openweb',
  replySource: 'nesting',
  seenOn: ['https://www.openweb.com (the conversation widget sets data-spot-im-class for site CSS)'],
  // Only list items that own a message text are messages (a `li` of a menu is not).
  items: ITEM_SELECTOR,
  itemOf: TEXT_SELECTOR,
  // The id sits on the text or on an element between it and the list item.
  id: [{ attr: ID_ATTRIBUTES, upFromBody: true }],
  author: { selectors: [AUTHOR_SELECTOR] },
  time: { selectors: [TIME_SELECTOR] },
  body: [TEXT_SELECTOR],
  notText: NOT_TEXT_SELECTOR,
};

export const openweb = platformFromSignature(OPENWEB);
