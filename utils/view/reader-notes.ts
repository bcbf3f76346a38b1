/**
 * Pure: the notes the background worker writes into a tab's state or result for the reader
 * (why a page is not analysed, what a very large result leaves out). They are stored in English,
 * so the stored state and the JSON export stay language-independent; the popup shows each in the
 * reader's language through the message named beside it.
 */
import type { I18n, MessageKey } from './i18n';

/** Comment texts of a result over the storage budget are shortened to this many characters for keeping. */
export const TRIMMED_TEXT_CHARS = 2_000;

export const SILENT_PAGE_REASON =
  'The page did not answer in time. It may still be loading or be blocking scripts; try Re-analyse in a moment.';
export const FRAMES_NOT_KEPT_NOTICE =
  'This page is very large: a comment frame that reports later replaces this result instead of adding to it.';
export const TEXTS_SHORTENED_NOTICE = `This page is very large: comment texts are kept shortened to ${TRIMMED_TEXT_CHARS} characters (also in the export).`;
export const COMMENTS_DROPPED_NOTICE = 'This page is very large: only the first comments could be kept.';
export const NOT_KEPT_REASON = 'The analysis of this page was too large for the browser to keep. Try Re-analyse.';
export const UNSUPPORTED_REASON =
  'Threadwise cannot read this page. Browsers keep their own pages (settings, new tab, add-on stores, the PDF viewer) closed to extensions.';

const NOTES = new Map<string, { key: MessageKey; params: string[] }>([
  [SILENT_PAGE_REASON, { key: 'reason_silent_page', params: [] }],
  [FRAMES_NOT_KEPT_NOTICE, { key: 'notice_frames_not_kept', params: [] }],
  [TEXTS_SHORTENED_NOTICE, { key: 'notice_texts_shortened', params: [String(TRIMMED_TEXT_CHARS)] }],
  [COMMENTS_DROPPED_NOTICE, { key: 'notice_comments_dropped', params: [] }],
  [NOT_KEPT_REASON, { key: 'reason_not_kept', params: [] }],
  [UNSUPPORTED_REASON, { key: 'reason_unsupported', params: [] }],
]);

/** A stored note in the reader's language; a note without a message (e.g. an error's own words) as it is. */
export function noteText(note: string, i18n: I18n): string {
  const known = NOTES.get(note);
  return (known && i18n.t(known.key, known.params)) || note;
}
