/** Pure: a result as the indented text tree the command line prints. */
import type { AnalysisResult } from '../schema';
import { summarize } from './summary';

const SNIPPET_CHARS = 90;

/** Text with nothing visible in it: whitespace, zero-width characters, soft hyphens. */
const INVISIBLE_ONLY = /^[\s\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]*$/;

/** One line of a comment's text, folded and cut to fit a terminal line; '' when nothing in it is visible. */
export function snippet(text: string, max = SNIPPET_CHARS): string {
  if (INVISIBLE_ONLY.test(text)) return '';
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > max ? `${folded.slice(0, max - 1)}…` : folded;
}

export function formatTextTree(result: AnalysisResult): string {
  const lines: string[] = [];
  lines.push(`${result.url}`);
  if (result.error) {
    lines.push(`  error: ${result.error}`);
    return lines.join('\n');
  }
  lines.push(`  article: ${result.article ? `${result.article.title} (${result.article.wordCount} words, ${result.article.lang ?? 'language unknown'})` : 'none found'}`);
  const s = summarize(result);
  lines.push(
    `  ${s.comments} comments, ${s.threads} threads, deepest reply ${s.deepest}, ${s.offTopic} off-topic, ${s.linkOnly} link-only${result.partial ? ' (partial: more comments than could be read)' : ''}`,
  );
  if (s.comments === 0) lines.push('  no comments found on this page');
  for (const comment of result.comments) {
    const indent = '  '.repeat(comment.depth + 1);
    const who = comment.author ?? 'anonymous';
    const inferred = comment.reply?.source === 'inferred' ? ` [reply inferred: ${comment.reply.cue ?? 'cue'}]` : '';
    lines.push(`${indent}- ${who}: ${snippet(comment.text) || '(empty)'}${inferred}`);
    for (const mark of comment.marks) lines.push(`${indent}    [${mark.kind}] ${mark.reason}`);
  }
  return lines.join('\n');
}
