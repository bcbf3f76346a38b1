/**
 * DOM reader: comment frames this document cannot see into. A click on the toolbar button
 * grants access to the page's own site only, so a comment embed served from another site
 * (Disqus, Coral, OpenWeb, …) stays closed until the reader allows that site; the popup offers it.
 */

/** Words that name a comment embed in a frame's id, name, title, class or address. */
const COMMENT_FRAME_HINT = /disqus|comment|coral|spot\.?im|openweb|viafoura|discussion|discourse|kommentar|commentaire|comentario|коммент/i;
const MAX_FRAMES = 20;

export function findUnreadCommentFrames(doc: Document): string[] {
  const origins = new Set<string>();
  let own = '';
  try {
    own = new URL(doc.URL).origin;
  } catch {
    own = '';
  }
  for (const frame of Array.from(doc.querySelectorAll('iframe[src]'))) {
    let url: URL;
    try {
      url = new URL(frame.getAttribute('src') ?? '', doc.baseURI);
    } catch {
      continue;
    }
    // Same-site frames are read with the page; only frames from other sites stay closed.
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin === own) continue;
    const hint = [frame.id, frame.getAttribute('name'), frame.getAttribute('title'), frame.getAttribute('class'), url.hostname, url.pathname].join(' ');
    if (COMMENT_FRAME_HINT.test(hint)) origins.add(url.origin);
    if (origins.size >= MAX_FRAMES) break;
  }
  return [...origins];
}
