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

/** A warning about how complete the reading is: a stable code (also the i18n message name), its values, English text. */
export interface CoverageWarning {
  code: 'warn_stated_count_far' | 'warn_section_without_items';
  params: string[];
  text: string;
}

/**
 * Far from the stated count: fewer than half of it read (and at least two missing). Pages count
 * replies or not, and hide some behind "load more", so a near miss is no reason to warn.
 */
export function isFarFromStated(stated: number, read: number): boolean {
  return read < stated / 2 && stated - read >= 2;
}

/**
 * Pure: what to tell the reader when the page's own statements disagree with what was read, or
 * null when they agree (or the page says nothing).
 */
export function coverageWarning(result: Pick<AnalysisResult, 'comments' | 'coverage'>): CoverageWarning | null {
  const coverage = result.coverage;
  if (!coverage) return null;
  const read = result.comments.length;
  const stated = coverage.statedCount;
  if (stated !== null && isFarFromStated(stated, read)) {
    return {
      code: 'warn_stated_count_far',
      params: [String(stated), String(read)],
      text: `the page says ${stated} comment${stated === 1 ? '' : 's'}; ${read} ${read === 1 ? 'was' : 'were'} read`,
    };
  }
  if (coverage.emptySection && read === 0) {
    return {
      code: 'warn_section_without_items',
      params: [],
      text: 'the page has a comment section, but no comments could be read from it',
    };
  }
  return null;
}
