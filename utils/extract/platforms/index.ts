/**
 * Every comment platform, in the order they are tried: specific platforms first, the generic
 * structural detector last. A new platform is a signature (`signature.ts`: data, read by one
 * shared reader) listed here, plus its seed page.
 */
import type { CommentPlatform } from '../found-comment';
import { blogger } from './blogger';
import { commento } from './commento';
import { coral } from './coral';
import { discourse } from './discourse';
import { giscus } from './giscus';
import { disqus, isDisqusEmbed } from './disqus';
import { hackernews } from './hackernews';
import { intensedebate } from './intensedebate';
import { openweb } from './openweb';
import { reddit } from './reddit';
import { remark42 } from './remark42';
import { schemaOrg } from './schema-org';
import { sbnation } from './sbnation';
import { slash } from './slash';
import { viafoura } from './viafoura';
import { tumblr } from './tumblr';
import { dotclear } from './dotclear';
import { drupal } from './drupal';
import { forum } from './forum';
import { sections } from './sections';
import { structural } from './structural';
import { wordpress } from './wordpress';

// Hosted widgets and sites with unmistakable markup first; schema.org last, since CMS themes
// add Comment microdata to markup their own module reads better (with nesting). Blogger and the
// forums come before WordPress: Blogger's `li.comment` items and XenForo's Comment microdata
// would otherwise be read by the generic CMS modules.
export const PLATFORMS: readonly CommentPlatform[] = [
  reddit, hackernews, slash, discourse, disqus, coral, openweb, viafoura, remark42, intensedebate, giscus, commento, tumblr, sbnation,
  blogger, forum,
  dotclear, wordpress, drupal,
  schemaOrg,
];

export const FALLBACK: CommentPlatform = structural;

/**
 * Every detector that proposes a candidate section; `comments.ts` scores them all and keeps the
 * best. The order only breaks ties (earlier wins).
 */
export const DETECTORS: readonly CommentPlatform[] = [...PLATFORMS, FALLBACK, sections];

/** True for a comment widget's own frame document (e.g. the disqus.com embed): it has no article. */
export function isCommentEmbed(doc: Document): boolean {
  return isDisqusEmbed(doc);
}
