/**
 * The one schema module: every message that crosses a context boundary and every result
 * type is defined here once, as a zod schema with its inferred type beside it.
 * Receivers `safeParse` what they get; payloads stay JSON-shaped.
 */
// zod/mini: the same validation with a fraction of the code in every bundle.
import * as z from 'zod/mini';

// zod's feature test for `new Function` would otherwise trip the default extension CSP and
// make `web-ext lint` warn; jitless validation is fast enough for our payloads.
z.config({ jitless: true });

/** Bounds that keep one hostile page from exhausting memory or storage. */
export const LIMITS = {
  idLength: 200,
  textLength: 200_000,
  fieldLength: 1_000,
  urlLength: 8_000,
  comments: 100_000,
  /**
   * Comments one page report carries: beyond this the report is cut and marked partial, so that
   * validating, analysing and keeping it stays within a couple of seconds.
   */
  commentsPerReport: 10_000,
  linksPerComment: 200,
  articleTextLength: 500_000,
} as const;

const Id = z.string().check(z.minLength(1), z.maxLength(LIMITS.idLength));
const Field = z.string().check(z.maxLength(LIMITS.fieldLength));

// ---------------------------------------------------------------------------------------------
// What the content script reads from a page (DOM readers produce these; plain data only).

export const ExtractedLink = z.object({
  href: z.string().check(z.maxLength(LIMITS.urlLength)),
  text: z.string().check(z.maxLength(LIMITS.urlLength)),
});
export type ExtractedLink = z.infer<typeof ExtractedLink>;

/** How the page itself said who answers whom. */
export const ReplySource = z.enum(['nesting', 'parent-attribute', 'depth', 'indent', 'schema-org', 'none']);
export type ReplySource = z.infer<typeof ReplySource>;

export const ExtractedComment = z.object({
  /** Stable id: the site's own comment id when it has one, else derived from content. */
  id: Id,
  /** The comment it answers, as the page encodes it; null for top level or unknown. */
  parentId: z.nullable(Id),
  /** Nesting level as the page encodes it (0 = top level) when it gives a level but no parent. */
  level: z.nullable(z.int().check(z.gte(0), z.lte(100_000))),
  author: z.nullable(Field),
  time: z.nullable(Field),
  /** Body text: paragraphs joined by newlines; author, time and buttons excluded. */
  text: z.string().check(z.maxLength(LIMITS.textLength)),
  links: z.array(ExtractedLink).check(z.maxLength(LIMITS.linksPerComment)),
  /** A CSS selector that finds the comment's element again (in its frame). */
  locator: z.string().check(z.maxLength(LIMITS.urlLength)),
});
export type ExtractedComment = z.infer<typeof ExtractedComment>;

export const ExtractedArticle = z.object({
  title: Field,
  /** Body text, paragraphs joined by newlines. */
  text: z.string().check(z.maxLength(LIMITS.articleTextLength)),
  /** Language from the page (`<html lang>`, meta), BCP 47 primary subtag, or null. */
  lang: z.nullable(z.string().check(z.maxLength(35))),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticle>;

/**
 * How sure the comment reading is, from what the page itself says. The popup and the JSON say so
 * in plain words when the page states a count far from what was read, or names a comment section
 * from which nothing was read (issue 9), instead of a bare "No comments found".
 */
export const Coverage = z.object({
  /** The number of comments the page states (a heading "38 Comments", JSON-LD or microdata `commentCount`), or null. */
  statedCount: z.nullable(z.int().check(z.gte(0))),
  /** True when the page has a section named as comments (id/class/heading) from which no comment was read. */
  emptySection: z.boolean(),
});
export type Coverage = z.infer<typeof Coverage>;

export const Extraction = z.object({
  url: z.string().check(z.maxLength(LIMITS.urlLength)),
  article: z.nullable(ExtractedArticle),
  comments: z.array(ExtractedComment).check(z.maxLength(LIMITS.comments)),
  /** Which detector found the comments (e.g. "wordpress", "structural"), or null. */
  platform: z.nullable(z.string().check(z.maxLength(100))),
  replySource: ReplySource,
  /** True when the reader stopped early (time budget, size cap) and more comments exist. */
  partial: z.boolean(),
  detectMs: z.number().check(z.gte(0)),
  /** True while the page shows a "load more" / "show replies" control or is still adding comments. */
  moreLoading: z.optional(z.boolean()),
  /** Origins of comment frames this frame could not read (cross-origin, not injected). */
  unreadFrames: z.optional(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(20))),
  /** What this frame's page says of its own comments (stated count, a named section without items). */
  coverage: z.optional(Coverage),
});
export type Extraction = z.infer<typeof Extraction>;

// ---------------------------------------------------------------------------------------------
// The analysis result: what the popup shows and what `npm run annotate -- --json` prints.

export const MarkKind = z.enum(['off-topic', 'link-only']);
export type MarkKind = z.infer<typeof MarkKind>;

export const Mark = z.object({
  kind: MarkKind,
  /** One line a reader understands, naming the evidence (English; the UI localises from `code`). */
  reason: z.string().check(z.maxLength(500)),
  /**
   * Stable, language-independent reason code (letters, digits and `_` only, so it is also the
   * message name in `_locales/<lang>/messages.json`), e.g. `offtopic_no_shared_terms`.
   */
  code: z.string().check(z.regex(/^[a-z][a-z0-9_]{0,63}$/)),
  /** The values the reason names, in order ($1, $2, … in the localised message): terms, domains. */
  params: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(9)),
  /** 0..1, how confident the mark is. */
  score: z.number().check(z.gte(0), z.lte(1)),
});
export type Mark = z.infer<typeof Mark>;

export const ReplyLink = z.object({
  /** How the parent was found: from the page, or inferred from a cue in the text. */
  source: z.enum(['page', 'inferred']),
  /** For inferred links: the cue, e.g. "addresses @anna" (English). */
  cue: z.nullable(z.string().check(z.maxLength(300))),
  /** For inferred links: the cue's stable code (also its i18n message name), e.g. `reply_cue_addresses`. */
  code: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9_]{0,63}$/))),
  /** The values the cue names, in order ($1, $2, … in the localised message): names, words. */
  params: z.optional(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(9))),
});
export type ReplyLink = z.infer<typeof ReplyLink>;

export const AnalyzedComment = z.object({
  id: Id,
  parentId: z.nullable(Id),
  depth: z.int().check(z.gte(0)),
  author: z.nullable(Field),
  time: z.nullable(Field),
  text: z.string().check(z.maxLength(LIMITS.textLength)),
  marks: z.array(Mark),
  reply: z.optional(ReplyLink),
  /** Notes from tree building, e.g. "parent not found on the page; shown at top level". */
  notes: z.optional(z.array(z.string().check(z.maxLength(300)))),
});
export type AnalyzedComment = z.infer<typeof AnalyzedComment>;

export const ArticleSummary = z.object({
  title: Field,
  excerpt: z.string().check(z.maxLength(LIMITS.fieldLength)),
  wordCount: z.int().check(z.gte(0)),
  lang: z.nullable(z.string().check(z.maxLength(35))),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;


export const AnalysisResult = z.object({
  url: z.string().check(z.maxLength(LIMITS.urlLength)),
  article: z.nullable(ArticleSummary),
  /** In page order. */
  comments: z.array(AnalyzedComment),
  timings: z.object({ detectMs: z.number().check(z.gte(0)), analyzeMs: z.number().check(z.gte(0)) }),
  platform: z.optional(z.nullable(z.string().check(z.maxLength(100)))),
  partial: z.optional(z.boolean()),
  /** True while the page shows a "load more" control or is still adding comments. */
  moreLoading: z.optional(z.boolean()),
  /** Origins of comment frames on the page that Threadwise was not allowed to read. */
  unreadFrames: z.optional(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(20))),
  analyzedAt: z.optional(z.string().check(z.maxLength(40))),
  error: z.optional(z.string().check(z.maxLength(1_000))),
  /**
   * What the result leaves out and why, in words for a reader: e.g. comment texts shortened
   * because the whole result did not fit the browser's session storage. Absent when complete.
   */
  notices: z.optional(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(20))),
  /** What the page says about its own comments, to judge how complete the reading is. */
  coverage: z.optional(Coverage),
});
export type AnalysisResult = z.infer<typeof AnalysisResult>;

export const Sensitivity = z.enum(['lenient', 'normal', 'strict']);
export type Sensitivity = z.infer<typeof Sensitivity>;

export const AnalysisOptions = z.object({ sensitivity: Sensitivity });
export type AnalysisOptions = z.infer<typeof AnalysisOptions>;

// ---------------------------------------------------------------------------------------------
// Per-tab state kept by the background worker (in `storage.session`, so it survives the MV3
// worker being stopped) and read by the popup.

export const TabStatus = z.enum(['analysing', 'ready', 'unsupported', 'error']);
export type TabStatus = z.infer<typeof TabStatus>;

export const TabState = z.object({
  tabId: z.int(),
  status: TabStatus,
  /** Why the tab is unsupported or failed, in words for a reader. */
  reason: z.nullable(z.string().check(z.maxLength(1_000))),
  result: z.nullable(AnalysisResult),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabState>;
/** A tab's state, or null where the tab has none yet. */
export const MaybeTabState = z.nullable(TabState);

/**
 * A tab's state as `storage.session` keeps it: the result as one JSON text. The browser copies a
 * single string between the worker, the storage and the popup several times faster than the same
 * data as thousands of objects (2,000 comments, Chromium: about 25 ms against 90-380 ms).
 */
export const StoredTabState = z.object({
  tabId: z.int(),
  status: TabStatus,
  reason: z.nullable(z.string().check(z.maxLength(1_000))),
  result: z.nullable(z.string()),
  updatedAt: z.number(),
});
export type StoredTabState = z.infer<typeof StoredTabState>;

export function toStoredTabState(state: TabState): StoredTabState {
  return { ...state, result: state.result ? JSON.stringify(state.result) : null };
}

/** The tab state kept in storage, validated; null for anything else (missing, old or broken). */
export function tabStateFromStored(raw: unknown): TabState | null {
  const stored = StoredTabState.safeParse(raw);
  if (!stored.success) return null;
  let result: unknown = null;
  if (stored.data.result !== null) {
    try {
      result = JSON.parse(stored.data.result);
    } catch {
      return null;
    }
  }
  const parsed = TabState.safeParse({ ...stored.data, result });
  return parsed.success ? parsed.data : null;
}

// ---------------------------------------------------------------------------------------------
// Messages. Each receiver safeParses with the schema for its direction.

const TabId = z.int().check(z.gte(0));

/** Content script → background: what the page holds. */
export const PageExtractedMessage = z.object({ type: z.literal('page-extracted'), extraction: Extraction });
/**
 * Content script → background: it is running and has started reading the page. A huge page may
 * take longer to read than the background waits for a silent one; a page that said this gets
 * the longer wait.
 */
export const PageReadingMessage = z.object({ type: z.literal('page-reading') });
/** Popup → background. */
export const AnalyzeTabMessage = z.object({
  type: z.literal('analyze-tab'),
  tabId: TabId,
  /** Re-read the page even if a result exists. */
  force: z.optional(z.boolean()),
});
export const GetTabStateMessage = z.object({ type: z.literal('get-tab-state'), tabId: TabId });

export const ToBackgroundMessage = z.discriminatedUnion('type', [
  PageExtractedMessage,
  PageReadingMessage,
  AnalyzeTabMessage,
  GetTabStateMessage,
]);
export type ToBackgroundMessage = z.infer<typeof ToBackgroundMessage>;

/** Marks for the in-page labels, as sent back to the content script. */
export const PageMarks = z.array(z.object({ id: Id, marks: z.array(Mark).check(z.minLength(1)) })).check(z.maxLength(LIMITS.comments));
export type PageMarks = z.infer<typeof PageMarks>;

/** Background's answer to `page-extracted`. */
export const PageExtractedReply = z.object({ ok: z.boolean(), marks: PageMarks, reason: z.nullable(z.string().check(z.maxLength(1_000))) });
export type PageExtractedReply = z.infer<typeof PageExtractedReply>;

/** Popup or background → content script. */
export const RevealCommentMessage = z.object({ type: z.literal('reveal-comment'), commentId: Id });
export const ShowMarksMessage = z.object({ type: z.literal('show-marks'), marks: PageMarks });
export const ToContentMessage = z.discriminatedUnion('type', [RevealCommentMessage, ShowMarksMessage]);
export type ToContentMessage = z.infer<typeof ToContentMessage>;

export const RevealReply = z.object({ found: z.boolean() });
export type RevealReply = z.infer<typeof RevealReply>;

// ---------------------------------------------------------------------------------------------
// Fitting a reading to the limits before it is sent: one oversized field must not make the whole
// report fail validation, and the message must stay well under the browsers' message size caps.

/** Messages larger than this (as JSON) are refused before parsing; browsers cap a message near 64 MiB. */
export const MAX_MESSAGE_CHARS = 60_000_000;

/** Characters of comment text one report carries at most, well under `MAX_MESSAGE_CHARS`. */
export const MAX_EXTRACTION_TEXT_CHARS = 24_000_000;

const clip = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);
const clipNullable = (text: string | null, max: number): string | null => (text === null ? null : clip(text, max));

/**
 * Pure: the same reading, cut to fit `Extraction`'s bounds. Fields are clipped to their limits;
 * comments past the count limit or the text budget are dropped and the reading is marked
 * `partial`. A comment whose id is too long or empty is dropped (its replies go to top level).
 */
export function fitExtraction(extraction: Extraction, maxTextChars = MAX_EXTRACTION_TEXT_CHARS): Extraction {
  let partial = extraction.partial;
  let budget = maxTextChars;
  const comments: ExtractedComment[] = [];
  for (const c of extraction.comments) {
    if (comments.length >= LIMITS.commentsPerReport) {
      partial = true;
      break;
    }
    if (!c.id || c.id.length > LIMITS.idLength) continue;
    const text = clip(c.text, LIMITS.textLength);
    if (text.length > budget) {
      partial = true;
      break;
    }
    budget -= text.length;
    comments.push({
      id: c.id,
      // A parent that was dropped is left for the tree builder, which puts the reply at top level.
      parentId: c.parentId && c.parentId.length <= LIMITS.idLength ? c.parentId : null,
      level: c.level === null || !Number.isInteger(c.level) ? null : Math.min(Math.max(c.level, 0), 100_000),
      author: clipNullable(c.author, LIMITS.fieldLength),
      time: clipNullable(c.time, LIMITS.fieldLength),
      text,
      links: c.links
        .slice(0, LIMITS.linksPerComment)
        .map((l) => ({ href: clip(l.href, LIMITS.urlLength), text: clip(l.text, LIMITS.urlLength) })),
      locator: c.locator.length > LIMITS.urlLength ? '' : c.locator,
    });
  }
  const article = extraction.article
    ? {
        title: clip(extraction.article.title, LIMITS.fieldLength),
        text: clip(extraction.article.text, LIMITS.articleTextLength),
        lang: clipNullable(extraction.article.lang, 35),
      }
    : null;
  return {
    ...extraction,
    url: clip(extraction.url, LIMITS.urlLength),
    article,
    comments,
    platform: clipNullable(extraction.platform, 100),
    partial,
    detectMs: Number.isFinite(extraction.detectMs) && extraction.detectMs >= 0 ? extraction.detectMs : 0,
  };
}

/** Storage key of a tab's state in `storage.session`. */
export const tabStateKey = (tabId: number): string => `tab:${tabId}`;

// ---------------------------------------------------------------------------------------------
// User settings (saved in `storage.local`).

export const MarkedDisplay = z.enum(['normal', 'dim', 'collapse']);
export type MarkedDisplay = z.infer<typeof MarkedDisplay>;

export const Settings = z.object({
  sensitivity: Sensitivity,
  /** Show a label beside each marked comment on the page. */
  showLabels: z.boolean(),
  /** How marked comments look on the page. */
  markedDisplay: MarkedDisplay,
  /** Origins (e.g. "https://news.example") where analysis runs on load; each one granted by the user. */
  autoSites: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(500)),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { sensitivity: 'normal', showLabels: true, markedDisplay: 'normal', autoSites: [] };
