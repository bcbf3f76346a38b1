import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { dotclear } from '../../../utils/extract/platforms/dotclear';
import { parse, snapshot } from './dom';

/** One comment as Dotclear's default post.html prints it; `name` may be a link (CommentAuthorLink with a site). */
const comment = (id: number, n: number, when: string, name: string, words: string): string => `
  <dt id="c${id}" class="odd"><a href="#c${id}" class="comment-number">${n}.</a>
  ${when} par ${name}</dt>
  <dd class="odd">${words}</dd>`;

const ping = (id: number, n: number): string => `
  <dt id="c${id}" class="even"><a href="#c${id}" class="ping-number">${n}.</a>
  Le mardi 6 avril 2010, 10:02 par <a href="http://other.example/" rel="nofollow">La Gazette</a></dt>
  <dd class="even"><!-- TB --><p><strong>Le pont rouvre en mai</strong></p><p>[...] des travaux jusqu'en mai [...]</p></dd>`;

const page = (items: string): string => `<div id="page"><div class="post"><h2 class="post-title">Le vieux pont</h2><div class="post-content"><p>Billet.</p></div></div>
  <div id="comments"><h3>Commentaires</h3><dl>${items}</dl></div>
  <form action="#pr" method="post" id="comment-form"><div id="pr"><h3>Votre commentaire</h3>
    <dl><dd class="comment-preview"><p>Mon commentaire pas encore envoyé, visible de moi seule.</p></dd></dl></div>
    <h3>Ajouter un commentaire</h3><p class="field"><label for="c_name">Nom ou pseudo :</label><input name="c_name" id="c_name" type="text" value="Bernadette" /></p>
    <p class="field"><textarea name="c_content" id="c_content">Mon commentaire pas encore envoyé, visible de moi seule.</textarea></p></form></div>`;

describe('dotclear', () => {
  it('reads the default theme\'s dt/dd comments: name (plain or linked), date, words as written; no pings, no preview', () => {
    const doc = parse(page(
      comment(411, 1, 'Le mardi  6 avril 2010, 09:15', 'Hortense', '<p>Merci pour les photos du chantier !</p>') +
      comment(412, 2, 'Le mardi  6 avril 2010, 11:40', '<a href="http://amis-du-pont.example/" rel="nofollow">Gaston Ferrier</a>', '<p>Une précision : la passerelle reste ouverte.</p><p>Réunion le 20 avril.</p>') +
      ping(413, 3) +
      // A comment of only "+1": the generic readers drop such a line as a vote count.
      comment(415, 4, 'Le mercredi  7 avril 2010, 07:55', 'Titou', '<p>+1</p>') +
      comment(418, 5, 'Le mercredi  7 avril 2010, 13:14', 'Agnès (quai des Mariniers)', '<p>J\'habite juste à côté du pont.</p>'),
    ), 'http://carnet.example/index.php?post/2010/04/05/Le-vieux-pont');
    const before = snapshot(doc);
    const found = findComments(doc);
    expect(found.platform).toBe('dotclear');
    expect(found.comments.map((c) => [c.id, c.parentId, c.author, c.time, c.text])).toEqual([
      ['c411', null, 'Hortense', 'Le mardi 6 avril 2010, 09:15', 'Merci pour les photos du chantier !'],
      ['c412', null, 'Gaston Ferrier', 'Le mardi 6 avril 2010, 11:40', 'Une précision : la passerelle reste ouverte.\nRéunion le 20 avril.'],
      ['c415', null, 'Titou', 'Le mercredi 7 avril 2010, 07:55', '+1'],
      ['c418', null, 'Agnès (quai des Mariniers)', 'Le mercredi 7 avril 2010, 13:14', "J'habite juste à côté du pont."],
    ]);
    expect(snapshot(doc)).toBe(before);
  });

  it('is not on other definition lists of comments (Blogger\'s classic template, a plain dl)', () => {
    expect(dotclear.detect(parse(`<div id="comments"><dl id="comments-block">
      <dt class="comment-author" id="c301"><a name="c301"></a>Marta said...</dt><dd class="comment-body"><p>Words.</p></dd></dl></div>`))).toBeNull();
    expect(dotclear.detect(parse('<div id="comments"><dl><dt id="c1">Ana, 12:00</dt><dd>Words.</dd></dl></div>'))).toBeNull();
  });
});
