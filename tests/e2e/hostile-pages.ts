/**
 * Generated pages for the hostile-input and fault tests: too big or too deep to keep as seed
 * pages. Deterministic: the same call gives the same page.
 */

/** Characters of the very long comment: bigger than any real comment, under the schema's 200,000. */
export const LONG_COMMENT_CHARS = 150_000;
/** Length of the generated reply chain. */
export const CHAIN_DEPTH = 1_000;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One Hacker News comment row: the level is the `indent`, as on the real site. */
function hnRow(id: number, indent: number, author: string, html: string): string {
  return `<tr class="athing comtr" id="${id}"><td><table border="0"><tr><td class="ind" indent="${indent}"><img src="data:," height="1" width="${indent * 40}"></td><td class="default"><div><span class="comhead"><a href="user?id=${author}" class="hnuser">${author}</a> <span class="age" title="2024-03-15T09:20:45"><a href="item?id=${id}">5 hours ago</a></span></span></div><br><div class="comment"><div class="commtext c00">${html}</div></div></td></tr></table></td></tr>`;
}

/** The long comment's text: sentences about the story, in paragraphs, exactly `LONG_COMMENT_CHARS` long. */
export function longCommentText(): string {
  const sentence = 'Incremental backups of the SQLite database keep the write-ahead log small and restores quick. ';
  const paragraph = sentence.repeat(20).trim();
  const paragraphs: string[] = [];
  let length = 0;
  while (length < LONG_COMMENT_CHARS) {
    paragraphs.push(paragraph);
    length += paragraph.length + 1;
  }
  return paragraphs.join('\n').slice(0, LONG_COMMENT_CHARS).trimEnd();
}

/**
 * A Hacker News-style thread: one 150,000-character comment, then a reply chain
 * `CHAIN_DEPTH` deep (flat rows with indents, as HN renders them: the HTML parser flattens
 * nesting past 512 levels, so a nested chain could not be this deep).
 */
export function deepAndLongPage(): string {
  const rows = [hnRow(1, 0, 'long_writer', longCommentText().split('\n').map((p, i) => (i === 0 ? escapeHtml(p) : `<p>${escapeHtml(p)}</p>`)).join(''))];
  for (let level = 0; level < CHAIN_DEPTH; level++) {
    rows.push(hnRow(1000 + level, level, `chain_${level % 7}`, `Level ${level}: restoring the SQLite backup every week is the only real test.`));
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ask HN: How do you back up SQLite databases? | Hacker News</title></head>
<body><center><table id="hnmain" width="85%"><tr><td><table class="fatitem"><tr class="athing submission" id="100"><td class="title"><span class="titleline"><a href="item?id=100">Ask HN: How do you back up SQLite databases?</a></span></td></tr>
<tr><td colspan="2"></td><td><div class="toptext">We write to a SQLite database all day. How do you take backups that are consistent, and how do you test restores?</div></td></tr></table>
<table border="0" class="comment-tree">${rows.join('\n')}</table></td></tr></table></center></body></html>`;
}

/**
 * A single-page site: `go(n)` pushes `?story=n` onto the history and renders that story's
 * comments in place of the previous one's, as a client-side router does.
 */
export function singlePageSite(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Single Page Times</title></head>
<body><main id="app"></main>
<script>
  const STORIES = {
    1: { title: 'Library extends opening hours on weekends', comments: [
      ['comment-101', 'reader_a', 'Longer library hours on weekends help students who work during the week.'],
      ['comment-102', 'reader_b', 'https://example.org/library-hours'],
    ] },
    2: { title: 'Ferry timetable changes for the winter', comments: [
      ['comment-201', 'sailor_c', 'The winter ferry timetable drops the early crossing, which commuters need.'],
      ['comment-202', 'sailor_d', 'Did anyone see the football match last night? What a goal.'],
      ['comment-203', 'sailor_e', 'The ferry company should keep the early crossing at least on weekdays.'],
    ] },
  };
  function render(n) {
    const story = STORIES[n];
    const app = document.getElementById('app');
    app.innerHTML = '<article class="post"><h1 class="entry-title"></h1><div class="entry-content"><p></p><p></p></div></article>'
      + '<section id="comments" class="comments-area"><ol class="comment-list"></ol></section>';
    app.querySelector('h1').textContent = story.title;
    const paragraphs = app.querySelectorAll('.entry-content p');
    paragraphs[0].textContent = story.title + '. The council announced the change on Monday after a public consultation with residents.';
    paragraphs[1].textContent = 'Officials said the change follows requests from residents and will be reviewed next year.';
    document.title = story.title + ' | The Single Page Times';
    const list = app.querySelector('.comment-list');
    for (const [id, author, text] of story.comments) {
      const li = document.createElement('li');
      li.id = id;
      li.className = 'comment depth-1';
      li.innerHTML = '<article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn"></b></div></footer><div class="comment-content"><p></p></div></article>';
      li.querySelector('.fn').textContent = author;
      const p = li.querySelector('.comment-content p');
      if (text.startsWith('http')) p.innerHTML = '<a href="' + text + '">' + text + '</a>';
      else p.textContent = text;
      list.append(li);
    }
  }
  window.go = (n) => { history.pushState({}, '', '?story=' + n); render(n); };
  render(Number(new URLSearchParams(location.search).get('story') || 1));
</script></body></html>`;
}

/** The first part of a WordPress page whose response never ends: three comments so far. */
export function streamedPageStart(neverFrameUrl: string): string {
  const comment = (id: number, author: string, text: string) =>
    `<li id="comment-${id}" class="comment depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${author}</b></div></footer><div class="comment-content"><p>${text}</p></div></article></li>\n`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Storm closes the coast road | The Slow Gazette</title></head><body>
<article class="post"><h1 class="entry-title">Storm closes the coast road</h1><div class="entry-content">
<p>The coast road was closed on Sunday after the storm washed away part of the embankment near the harbour.</p>
<p>Engineers expect repairs to the embankment to take three weeks; buses use the inland route until then.</p></div></article>
<iframe src="${neverFrameUrl}" title="comments widget" width="400" height="100"></iframe>
<section id="comments" class="comments-area"><ol class="comment-list">
${comment(501, 'coast_walker', 'The embankment near the harbour has been crumbling for years, the storm only finished it.')}${comment(502, 'bus_rider', 'The inland bus route adds twenty minutes, three weeks of that is painful.')}${comment(503, 'harbour_cafe', 'Our cafe on the coast road is closed until the repairs are done.')}`;
}
