/**
 * Every comment platform, in the order they are tried: specific platforms first, the generic
 * structural detector last. A new platform is one module here plus its seed page.
 */
import type { CommentPlatform } from '../found-comment';
import { coral } from './coral';
import { discourse } from './discourse';
import { disqus, isDisqusEmbed } from './disqus';
import { hackernews } from './hackernews';
import { openweb } from './openweb';
import { reddit } from './reddit';
import { schemaOrg } from './schema-org';
import { viafoura } from './viafoura';
import { drupal } from './drupal';
import { structural } from './structural';
import { wordpress } from './wordpress';

// Hosted widgets and sites with unmistakable markup first; schema.org last, since CMS themes
// add Comment microdata to markup their own module reads better (with nesting).
export const PLATFORMS: readonly CommentPlatform[] = [
  reddit, hackernews, discourse, disqus, coral, openweb, viafoura,
  wordpress, drupal,
  schemaOrg,
];

export const FALLBACK: CommentPlatform = structural;

/** True for a comment widget's own frame document (e.g. the disqus.com embed): it has no article. */
export function isCommentEmbed(doc: Document): boolean {
  return isDisqusEmbed(doc);
}
