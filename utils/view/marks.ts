/** Pure: the words a reader sees for each kind of mark, in the popup and on the page alike. */
import type { MarkKind } from '../schema';
import type { MessageKey } from './i18n';

/** The message naming each kind of mark (English: "Off-topic", "Link only"). */
export const MARK_LABEL_KEYS: Record<MarkKind, MessageKey> = { 'off-topic': 'mark_off_topic', 'link-only': 'mark_link_only' };
