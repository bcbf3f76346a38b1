/**
 * Generates a large, realistic comment page (WordPress-style nested markup) for the benchmarks
 * and the large-page end-to-end tests. Deterministic: the same arguments give the same page.
 */

const ARTICLE_SENTENCES = [
  'The regional council approved a new budget for public transport on Tuesday, raising spending on buses and trams by twelve percent.',
  'The plan adds night buses on six routes, extends tram lines to two suburbs and freezes ticket prices for another year.',
  'Opposition councillors argued that the budget relies on optimistic forecasts of ticket revenue and federal grants.',
  'The transport authority said that passenger numbers have recovered to ninety percent of their level before the pandemic.',
  'Construction of the tram extension is expected to begin next spring and to take about three years.',
  'Residents of the eastern suburbs have campaigned for better connections for more than a decade.',
];
const ON_TOPIC = [
  'Night buses on my route would change everything, I work late shifts and the last tram leaves at eleven.',
  'Twelve percent more for transport sounds good until you see how much of it goes to consultants.',
  'The tram extension to the eastern suburbs is long overdue, we have waited for years.',
  'Freezing ticket prices is nice but the trams are already overcrowded at rush hour.',
  'Who will pay when the federal grants do not arrive? The council budget is a gamble.',
  'Passenger numbers recovered because fuel got expensive, not because the service improved.',
  'Three years of construction on the main road will be a nightmare for the shops there.',
  'Better bus connections would help the suburbs more than another tram line.',
];
const REPLIES = [
  'Exactly this. The night buses are the best part of the plan.',
  'I disagree, the budget is realistic if ticket revenue keeps growing like last year.',
  'The consultants point is fair, the last tram project went over budget twice.',
  'Overcrowding is a scheduling problem, more trams at rush hour would fix it.',
  'The federal grants were confirmed last month according to the transport authority.',
];
const OFF_TOPIC = [
  'Did anyone watch the football final last night? What a goal in the last minute.',
  'My cat knocked my coffee over the keyboard again, sorry for the typos.',
  'Best pizza in town is still that little place near the harbour, fight me.',
];
const AUTHORS = ['tram_fan', 'eastside_resident', 'budget_hawk', 'nightshift_nurse', 'commuter42', 'urbanist', 'old_timer', 'cyclist_kim'];

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface GeneratedPage {
  html: string;
  commentCount: number;
}

/** A news page with `count` comments: threads of nested replies, some off-topic, some link-only. */
export function generateCommentPage(count: number, seed = 7): GeneratedPage {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let made = 0;
  const parts: string[] = [];

  function comment(depth: number): string {
    made += 1;
    const id = 100000 + made;
    const roll = random();
    let body: string;
    if (roll < 0.04) {
      body = `<p><a href="https://example.org/report-${id}">https://example.org/report-${id}</a></p>`;
    } else if (roll < 0.1 && depth > 0) {
      body = `<p>${escapeHtml(pick(OFF_TOPIC))}</p>`;
    } else {
      const paragraphs = 1 + Math.floor(random() * 2);
      body = Array.from({ length: paragraphs }, () => `<p>${escapeHtml(depth === 0 ? pick(ON_TOPIC) : pick(REPLIES))}</p>`).join('');
    }
    const minutes = made % 60;
    const replies: string[] = [];
    // Fewer replies the deeper a thread goes, as on real sites.
    while (made < count && depth < 8 && random() < 0.55 / (depth + 1)) replies.push(comment(depth + 1));
    return `<li id="comment-${id}" class="comment depth-${depth + 1}">
  <article id="div-comment-${id}" class="comment-body">
    <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${pick(AUTHORS)}</b> <span class="says">says:</span></div>
      <div class="comment-metadata"><a href="#comment-${id}"><time datetime="2026-03-14T10:${String(minutes).padStart(2, '0')}:00+00:00">14 March 2026 at 10:${String(minutes).padStart(2, '0')}</time></a></div></footer>
    <div class="comment-content">${body}</div>
    <div class="reply"><a class="comment-reply-link" href="#respond">Reply</a> <span class="votes">▲ ${Math.floor(random() * 40)}</span></div>
  </article>${replies.length ? `\n  <ol class="children">${replies.join('\n')}</ol>` : ''}
</li>`;
  }

  while (made < count) parts.push(comment(0));
  const article = ARTICLE_SENTENCES.map((s) => `<p>${s}</p>`).join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Council raises transport budget by twelve percent | The Generated Gazette</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:760px;margin:0 auto;padding:0 16px}.children{list-style:none;padding-left:24px}.comment-list{list-style:none;padding:0}.comment-body{border-top:1px solid #ddd;padding:8px 0}</style>
</head><body>
<header><strong>The Generated Gazette</strong><nav><a href="#">News</a> <a href="#">Local</a> <a href="#">Sport</a></nav></header>
<main><article class="post"><h1 class="entry-title">Council raises transport budget by twelve percent</h1>
<div class="entry-content">${article}</div></article>
<section id="comments" class="comments-area"><h2 class="comments-title">${count} comments</h2>
<ol class="comment-list">
${parts.join('\n')}
</ol>
<div id="respond"><form id="commentform"><textarea name="comment"></textarea><button>Post comment</button></form></div>
</section></main>
<footer><p>© 2026 The Generated Gazette</p></footer>
</body></html>`;
  return { html, commentCount: made };
}
