/**
 * Every comment platform, in the order they are tried: specific platforms first, the generic
 * structural detector last. A new platform is one module here plus its seed page.
 */
import type { CommentPlatform } from '../found-comment';
import { structural } from './structural';
import { wordpress } from './wordpress';

export const PLATFORMS: readonly CommentPlatform[] = [wordpress];

export const FALLBACK: CommentPlatform = structural;
