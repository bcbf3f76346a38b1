import { Readability } from '@mozilla/readability';
import { describe, expect, it, vi } from 'vitest';
import { readArticle, readLang, readTitle } from '../../../utils/extract/article';
import { generateCommentPage } from '../../../scripts/lib/generate-page';
import { fixture, parse, snapshot } from './dom';

describe('readArticle', () => {
  it('reads a page too big for Readability from its article element, without the comments', () => {
    const doc = parse(generateCommentPage(30).html);
    const found = Array.from(doc.querySelectorAll('li.comment'));
    const readability = vi.spyOn(Readability.prototype, 'parse');
    const article = readArticle(doc, { exclude: found, maxElements: 50 });
    expect(readability).not.toHaveBeenCalled();
    expect(article?.title).toBe('Council raises transport budget by twelve percent');
    const lines = article?.text.split('\n') ?? [];
    expect(lines[0]).toMatch(/^The regional council approved a new budget/);
    expect(lines).toHaveLength(6);
    expect(article?.text).not.toMatch(/federal grants do not arrive/);
    expect(article?.lang).toBe('en');
    // Below the limit the same page goes through Readability and gives the same paragraphs.
    expect(readArticle(doc, { exclude: found })?.text).toBe(article?.text);
    expect(readability).toHaveBeenCalledTimes(1);
    readability.mockRestore();
  });

  it('prefers og:title over a <title> with the site name', () => {
    const doc = fixture('no-comments.html');
    const article = readArticle(doc);
    expect(article?.title).toBe('Le tramway prolongé jusqu’à la gare');
    expect(article?.lang).toBe('fr');
    expect(article?.text).toContain('La ligne de tramway sera prolongée');
    expect(article?.text).not.toContain('Accueil');
  });

  it('prefers the schema.org headline the reader sees over a social-sharing og:title', () => {
    const doc = parse(`<html><head><title>Tubeless for beginners | Trail Weekly</title><meta property="og:title" content="Tubeless for beginners">
      </head><body><h1 itemprop="headline">How to set up tubeless tyres, step by step</h1><p>Body.</p></body></html>`);
    expect(readTitle(doc, null)).toBe('How to set up tubeless tyres, step by step');
  });

  it('finds the headline when <title> puts the site name first, and skips a logo h1', () => {
    const doc = parse(`<html><head><title>Law Notes » Are pseudonyms allowed?</title></head><body>
      <h1 id="header"><a href="https://lawnotes.example/">Law Notes</a></h1><h3 class="storytitle"><a href="/2011/07/pseudonyms">Are pseudonyms allowed?</a></h3>
      <p>Body.</p></body></html>`);
    expect(readTitle(doc, null)).toBe('Are pseudonyms allowed?');
    const logoOnly = parse(`<html><head><title>Different share title</title></head><body><h1><a href="/">Site Logo</a></h1>
      <article><header><h2>The article's own headline</h2></header><p>Body.</p></article></body></html>`);
    expect(readTitle(logoOnly, null)).toBe("The article's own headline");
  });

  it('keeps a separator of the headline\'s own when matching it to <title> (French " : "; Dotclear\'s "Entry - Blog")', () => {
    // Dotclear's default theme: <title>{{tpl:EntryTitle}} - {{tpl:BlogName}}</title>, the blog's
    // name in h1 (linked to "index.php?"), the entry's in h2.post-title. Joined by spaces, the
    // parts "travaux … - Carnet" half-matched the blog's name first.
    const doc = parse(`<html><head><title>Le vieux pont : travaux jusqu'en mai - Carnet de Berlancourt</title></head><body>
      <div id="top"><h1><span><a href="http://carnet.example/index.php?">Carnet de Berlancourt</a></span></h1></div>
      <div class="post"><h2 class="post-title">Le vieux pont : travaux jusqu'en mai</h2><div class="post-content"><p>Body.</p></div></div></body></html>`);
    expect(readTitle(doc, null)).toBe("Le vieux pont : travaux jusqu'en mai");
  });

  it('finds a headline with a dash of its own among the separators of <title> (phpBB: "Site • View topic - Topic")', () => {
    const doc = parse(`<html><head><title>Soupapes du Finistère &bull; Afficher le sujet - Rassemblement à Landerneau – 15 juin 2014</title></head><body>
      <h1>Soupapes du Finistère</h1><h2><a href="./viewtopic.php?t=2841">Rassemblement à Landerneau – 15 juin 2014</a></h2><p>Body.</p></body></html>`);
    expect(readTitle(doc, null)).toBe('Rassemblement à Landerneau – 15 juin 2014');
    // A single part that is a heading (the site's name) is not taken for the headline that way.
    const site = parse(`<html><head><title>VMworld - a look at storage - Virtual Geek</title></head><body>
      <h1><a href="https://geek.example/virtual_geek/">Virtual Geek</a></h1><p>Body.</p></body></html>`);
    expect(readTitle(site, null)).not.toBe('Virtual Geek');
    // A hostile <title> of 20,000 parts is read as a title, not cut into every run of its parts.
    const hostile = parse(`<html><head><title>${'a - '.repeat(20_000)}end</title></head><body><h2>a - a</h2><p>Body.</p></body></html>`);
    expect(typeof readTitle(hostile, null)).toBe('string');
  });

  it('takes the headline, not an h1 that holds the site name', () => {
    const doc = fixture('wordpress-classic.html');
    const article = readArticle(doc);
    expect(article?.title).toBe('Grundrezept für Muffins');
    expect(article?.lang).toBe('de');
  });

  it('keeps comments out of the article text and leaves the page unchanged', () => {
    const doc = fixture('wordpress-classic.html');
    const before = snapshot(doc);
    const article = readArticle(doc);
    expect(article?.text.split('\n')).toHaveLength(3);
    expect(article?.text).not.toMatch(/Himbeeren|Butter auch Öl|Pingback/);
    expect(snapshot(doc)).toBe(before);
  });

  it('leaves out elements it is told are comments', () => {
    const doc = fixture('hashed-classes.html');
    const comments = Array.from(doc.querySelectorAll('[data-comment-id]'));
    const article = readArticle(doc, { exclude: comments });
    expect(article?.title).toBe('City approves bike lanes on Elm Street');
    expect(article?.text).not.toMatch(/Oak Avenue is a state road|Forty parking spaces/);
  });

  it('reads the language as a lowercase primary subtag', () => {
    expect(readLang(parse('<html lang="EN-us"><body></body></html>'))).toBe('en');
    expect(readLang(parse('<html><head><meta http-equiv="content-language" content="de-AT, en"></head></html>'))).toBe('de');
    expect(readLang(parse('<html><body><p>x</p></body></html>'))).toBeNull();
  });

  it('strips a site suffix from og:title', () => {
    const doc = parse(
      '<html><head><meta property="og:site_name" content="Daily"><meta property="og:title" content="Big news | Daily"><title>x</title></head></html>',
    );
    expect(readTitle(doc, null)).toBe('Big news');
  });
});
