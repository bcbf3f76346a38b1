/** Pure: what the frames of one tab say of their comments, as one `Coverage`. */
import type { Coverage, Extraction } from '../schema';

/**
 * The first stated count any frame found (the top frame's heading usually, a comment frame's
 * otherwise), and a named section without items only when no frame read any comment.
 */
export function mergeCoverage(frames: Extraction[]): Coverage | undefined {
  const stated = frames.map((f) => f.coverage).filter((c): c is Coverage => c !== undefined);
  if (stated.length === 0) return undefined;
  const anyRead = frames.some((f) => f.comments.length > 0);
  return {
    statedCount: stated.map((c) => c.statedCount).find((n) => n !== null) ?? null,
    emptySection: !anyRead && stated.some((c) => c.emptySection),
  };
}
