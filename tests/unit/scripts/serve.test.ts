/**
 * The static server that the command line, the corpus evaluation and the end-to-end tests open
 * pages from: it sends the charset a page declares for itself, never a forced UTF-8.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredCharset, serveDirectory, type StaticServer } from '../../../scripts/lib/serve';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('declaredCharset', () => {
  it('reads <meta charset> and <meta http-equiv> in any attribute order', () => {
    expect(declaredCharset(latin1('<!doctype html><html><head><meta charset="ISO-8859-1"><title>t</title>'))).toBe('iso-8859-1');
    expect(declaredCharset(latin1(`<head><meta content='text/html; charset=windows-1252' http-equiv='Content-Type'>`))).toBe('windows-1252');
    expect(declaredCharset(latin1('<head><META HTTP-EQUIV="Content-Type" CONTENT="text/html;charset=utf-8"></head>'))).toBe('utf-8');
  });

  it('takes a byte-order mark first, and ignores metas in comments or after the head', () => {
    expect(declaredCharset(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), latin1('<meta charset="iso-8859-1">')]))).toBe('utf-8');
    expect(declaredCharset(latin1('<head><!-- <meta charset="utf-8"> --><meta charset="koi8-r"></head>'))).toBe('koi8-r');
    expect(declaredCharset(latin1('<head><title>t</title></head><body><p>charset=utf-8</p><meta charset="big5">'))).toBeNull();
    expect(declaredCharset(latin1('<head><meta name="viewport" content="width=device-width"></head>'))).toBeNull();
  });
});

describe('serveDirectory', () => {
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'threadwise-serve-'));
    writeFileSync(join(dir, 'latin1.html'), latin1('<html><head><meta charset="iso-8859-1"></head><body>caf\u00e9</body></html>'));
    writeFileSync(join(dir, 'plain-utf8.html'), Buffer.from('<html><body>M\u00fcller</body></html>', 'utf8'));
    writeFileSync(join(dir, 'plain-legacy.html'), latin1('<html><body>M\u00fcller</body></html>'));
    server = await serveDirectory(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends the page's own charset, UTF-8 for undeclared UTF-8, and none for undeclared legacy bytes", async () => {
    const type = async (name: string) => (await fetch(server.url(name))).headers.get('content-type');
    expect(await type('latin1.html')).toBe('text/html; charset=iso-8859-1');
    expect(await type('plain-utf8.html')).toBe('text/html; charset=utf-8');
    expect(await type('plain-legacy.html')).toBe('text/html');
  });
});
