/** Pure: the figures the popup's summary line and the command line show for a result. */
import type { AnalysisResult } from '../schema';

export interface ResultSummary {
  comments: number;
  threads: number;
  /** Depth of the deepest reply (0 when every comment is top level). */
  deepest: number;
  offTopic: number;
  linkOnly: number;
}

export function summarize(result: AnalysisResult): ResultSummary {
  let threads = 0;
  let deepest = 0;
  let offTopic = 0;
  let linkOnly = 0;
  for (const comment of result.comments) {
    if (comment.parentId === null) threads += 1;
    if (comment.depth > deepest) deepest = comment.depth;
    if (comment.marks.some((m) => m.kind === 'off-topic')) offTopic += 1;
    if (comment.marks.some((m) => m.kind === 'link-only')) linkOnly += 1;
  }
  return { comments: result.comments.length, threads, deepest, offTopic, linkOnly };
}
