/**
 * From an extraction to the analysis result: reply tree, link-only and off-topic marks,
 * article summary, timings. Pure (no DOM, no browser APIs) and total: odd input gives a
 * result, never an exception.
 *
 * The tree comes from the page (parent ids, levels); only when the page gave no structure at
 * all (`replySource: 'none'`, no parent, no level) are reply links inferred from text cues.
 * Empty comments (whitespace or invisible characters only) stay in the tree, in their place,
 * with the note EMPTY_COMMENT_NOTE, and are never marked.
 */
import type {
  AnalysisOptions,
  AnalysisResult,
  AnalyzedComment,
  ArticleSummary,
  Coverage,
  Extraction,
  Mark,
} from '../schema';
import { coverageWarning } from '../view/summary';
import { dominantScript, languageEvidence, resolveLanguage, writtenIn } from '../text/language';
import { findLinks } from '../text/links';
import { segmentWords } from '../text/tokens';
import { inferReplies, isOrdinaryWord, nameParts } from './infer-replies';
import { isEmptyComment, markLinkOnly } from './link-only';
import { copiedComments, postedHosts, repeatedLinks, SPAM_THRESHOLD, spamEvidence, type SpamEvidence } from './cues';
import { judgeOffTopic, readPageTerms } from './off-topic';
import { attachInferredReplies, buildReplyTree } from './reply-tree';

/** Characters of article text in the summary's excerpt. */
const EXCERPT_LENGTH = 200;
/** Characters of text used to detect a language the page does not declare. */
const LANGUAGE_SAMPLE_LENGTH = 4_000;
/** Note on a comment with no visible text: kept in its place in the tree, never marked. */
export const EMPTY_COMMENT_NOTE = 'empty comment: nothing to judge';
export const OTHER_SCRIPT_NOTE = 'written in another script than the article: not judged for topic';
export const OTHER_LANGUAGE_NOTE = 'written in another language than the article: not judged for topic';

/**
 * Whether a comment is clearly in another language than the article (both long enough for the
 * function-word detector to decide, and the comment's own language at least twice as present in it
 * as the article's): then its words cannot be compared with the article's. A rule of method,
 * not of a site: word overlap says nothing across languages. Seen on dragnet 119 of the tune half
 * (Spanish and Portuguese replies under an English blog post); issue 10's held-back pages mix
 * English and Russian.
 */
function inOtherLanguage(text: string, articleCode: string | null): boolean {
  if (!articleCode || text.length < OTHER_LANGUAGE_MIN_CHARS) return false;
  const own = languageEvidence(text);
  if (!own.code || own.code === articleCode) return false;
  return (own.hits.get(own.code) ?? 0) >= 2 * (own.hits.get(articleCode) ?? 0);
}
/** Shorter comments are not tested for their language: a few words decide nothing. */
const OTHER_LANGUAGE_MIN_CHARS = 40;

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

function languageSample(extraction: Extraction): string {
  let sample = extraction.article?.text.slice(0, LANGUAGE_SAMPLE_LENGTH) ?? '';
  for (const c of extraction.comments) {
    if (sample.length >= LANGUAGE_SAMPLE_LENGTH) break;
    sample += `\n${c.text.slice(0, LANGUAGE_SAMPLE_LENGTH - sample.length)}`;
  }
  return sample;
}

function analyze(extraction: Extraction, options: AnalysisOptions, started: number, now: () => number): AnalysisResult {
  const comments = extraction.comments ?? [];
  const article = extraction.article ?? null;
  const lang = resolveLanguage(article?.lang, languageSample(extraction));

  // A link post or a forum thread may have a title and no body: the title is then the subject.
  const articleText = article && (article.text.trim() || article.title.trim()) ? { title: article.title, text: article.text } : null;
  const commenters = new Set<string>();
  // …and the parts of display names and handles a reader answers by ("obrigada Jefferson!" to
  // "Jefferson Luiz", "Gerd," to "Gerd_aus_WR"), as reply inference reads them.
  const nameWords = new Set<string>();
  for (const c of comments) {
    const key = c.author?.trim().toLowerCase();
    if (!c.author || !key || commenters.has(key)) continue;
    commenters.add(key);
    for (const part of nameParts(c.author)) if (!isOrdinaryWord(part, lang)) nameWords.add(part);
  }

  const tree = buildReplyTree(comments);
  // Only when the page showed no structure at all: then reply links come from text cues. The
  // page is read into terms once, for the inference and the off-topic judge.
  const flat =
    extraction.replySource === 'none' && comments.length > 1 && comments.every((c) => c.parentId === null && !c.level);
  const page = flat ? readPageTerms({ article: articleText, lang, comments, commenters }) : undefined;
  const commentLinks = comments.map((c) => ({
    author: c.author,
    links: [...(c.links ?? []), ...findLinks(c.text ?? '').map((l) => ({ href: l.url, text: l.url }))],
  }));
  const copiedFrom = copiedComments(comments);
  const repeated = repeatedLinks(commentLinks);
  const linkHosts = commentLinks.map((c) => postedHosts(c.author, c.links));
  let spam: (SpamEvidence | undefined)[] | undefined;
  if (page) {
    const articleWhole = articleText ? `${articleText.title}\n${articleText.text}` : '';
    const articleLower = articleWhole.toLowerCase();
    spam = comments.map((c, i) => spamEvidence(c.text ?? '', { articleLower, repeatedLinks: repeated[i] ?? null, linkHosts: linkHosts[i] }));
    const inferred = inferReplies(comments, page, articleWhole);
    // Spam and copies answer no one: the words they share with the comment above are borrowed
    // (two of two such links wrong on the blind tune threads).
    const answersNoOne = (i: number): boolean => (spam?.[i]?.weight ?? 0) >= SPAM_THRESHOLD || (copiedFrom[i] ?? -1) >= 0;
    attachInferredReplies(tree, inferred.map((r, i) => (answersNoOne(i) ? { parent: -1, reply: null } : r)));
  }
  const indexOfId = new Map<string, number>();
  tree.forEach((node, i) => indexOfId.set(node.id, i));
  const parentIndex = tree.map((node) => (node.parentId === null ? -1 : (indexOfId.get(node.parentId) ?? -1)));

  const linkOnly = comments.map((c) => markLinkOnly(c));
  // A comment in another writing system than the article shares no words with it by nature:
  // term overlap cannot judge it, so it is left unmarked rather than called off-topic.
  const articleScript = articleText ? dominantScript(`${articleText.title} ${articleText.text}`) : null;
  const otherScript = comments.map((c) => (articleScript ? writtenIn(c.text, articleScript) === false : false));
  // Asked by the judge only of comments it is about to mark by their words (see `comparable`).
  const articleCode = articleText ? languageEvidence(`${articleText.title}\n${articleText.text}`).code : null;
  const otherLanguage = new Set<number>();
  const comparable = (i: number): boolean => {
    if (!inOtherLanguage(comments[i]?.text ?? '', articleCode)) return true;
    otherLanguage.add(i);
    return false;
  };
  const offTopic = judgeOffTopic({
    article: articleText,
    lang,
    comments,
    parentIndex,
    skip: linkOnly.map((m, i) => m !== null || otherScript[i] === true),
    comparable,
    commenters,
    nameWords,
    sensitivity: options?.sensitivity ?? 'normal',
    authors: comments.map((c) => c.author),
    copiedFrom,
    repeatedLinks: repeated,
    linkHosts,
    spam,
  }, page);

  const analyzed: AnalyzedComment[] = comments.map((c, i) => {
    const node = tree[i];
    const marks: Mark[] = [];
    const empty = isEmptyComment(c.text);
    const lo = linkOnly[i];
    if (lo) marks.push(lo);
    // An empty comment has nothing to judge, whatever thread it sits in.
    const ot = empty ? null : offTopic[i]?.mark;
    if (ot) marks.push(ot);
    const out: AnalyzedComment = {
      id: node?.id ?? c.id,
      parentId: node?.parentId ?? null,
      depth: node?.depth ?? 0,
      author: c.author,
      time: c.time,
      text: c.text,
      marks,
    };
    if (node) out.reply = node.reply;
    const notes = [...(node?.notes ?? []), ...(empty ? [EMPTY_COMMENT_NOTE] : []), ...(otherScript[i] ? [OTHER_SCRIPT_NOTE] : []), ...(otherLanguage.has(i) ? [OTHER_LANGUAGE_NOTE] : [])];
    if (notes.length > 0) out.notes = notes;
    return out;
  });

  const summary: ArticleSummary | null = article
    ? {
        title: article.title,
        excerpt: excerptOf(article.text),
        wordCount: segmentWords(article.text, lang).length,
        lang: article.lang,
      }
    : null;

  return {
    url: extraction.url,
    article: summary,
    comments: analyzed,
    timings: { detectMs: extraction.detectMs, analyzeMs: Math.max(0, now() - started) },
    platform: extraction.platform,
    partial: extraction.partial,
    moreLoading: extraction.moreLoading ?? false,
    analyzedAt: new Date().toISOString(),
    ...coverageFields(extraction.coverage, analyzed),
  };
}

/** The page's own statements about its comments, and a notice in words when they disagree with what was read. */
function coverageFields(coverage: Coverage | undefined, comments: AnalyzedComment[]): Pick<AnalysisResult, 'coverage' | 'notices'> {
  if (!coverage) return {};
  const warning = coverageWarning({ comments, coverage });
  return warning ? { coverage, notices: [warning.text] } : { coverage };
}

/**
 * Analyses an extraction. `now` (milliseconds, default `performance.now`) times the work;
 * inject a fake one for deterministic tests. Never throws: on an internal failure it returns
 * the comments unmarked with `error` set.
 */
export function analyzeExtraction(
  extraction: Extraction,
  options: AnalysisOptions,
  now: () => number = () => performance.now(),
): AnalysisResult {
  const started = now();
  try {
    return analyze(extraction, options, started, now);
  } catch (e) {
    const comments = Array.isArray(extraction?.comments) ? extraction.comments : [];
    return {
      url: typeof extraction?.url === 'string' ? extraction.url : '',
      article: null,
      comments: comments.map((c) => ({
        id: String(c?.id ?? ''),
        parentId: null,
        depth: 0,
        author: c?.author ?? null,
        time: c?.time ?? null,
        text: String(c?.text ?? ''),
        marks: [],
      })),
      timings: { detectMs: Math.max(0, Number(extraction?.detectMs) || 0), analyzeMs: Math.max(0, now() - started) },
      analyzedAt: new Date().toISOString(),
      error: `analysis failed: ${e instanceof Error ? e.message : String(e)}`.slice(0, 1_000),
    };
  }
}
