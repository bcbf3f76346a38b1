/** Pure: the words a reader sees for each kind of mark, in the popup and on the page alike. */
import type { MarkKind } from '../schema';

export const MARK_LABELS: Record<MarkKind, string> = { 'off-topic': 'Off-topic', 'link-only': 'Link only' };
