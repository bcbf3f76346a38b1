/** Bundled into a page by scripts/dev/profile/cpu-profile.ts (main world): the comment pass, for the profiler. */
import { findComments } from '../../../utils/extract/comments';

(globalThis as unknown as { __find: () => unknown }).__find = () => findComments(document);
