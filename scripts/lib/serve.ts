/**
 * A static file server on 127.0.0.1 for the pages the browsers open. It serves only files
 * below its root, and logs every request so tests can check what was asked for.
 *
 * HTML is served with the charset the page itself declares (a byte-order mark, or a
 * `<meta charset>` / `<meta http-equiv="Content-Type">` near the top), as the site that served
 * it would have done: a charset in the header wins over the page's own, so forcing UTF-8 garbles
 * every legacy ISO-8859-1 or windows-1252 page. A page that declares nothing gets UTF-8 when its
 * bytes are valid UTF-8, and no charset otherwise (the browser then decides, as it would).
 */
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * How far into an HTML file a charset declaration is looked for. The HTML standard's prescan
 * reads 1024 bytes; browsers look further when the head is long (Chromium reads until the end
 * of the head), and saved pages often carry kilobytes of inline script before their meta.
 */
export const CHARSET_SCAN_BYTES = 64 * 1024;

/** `<meta charset=X>` or `<meta http-equiv="Content-Type" content="…; charset=X">`, any attribute order. */
const META_TAG = /<meta\b[^>]*>/gi;
const META_CHARSET = /\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/**
 * The charset an HTML file declares for itself, from its first bytes: a byte-order mark, then the
 * first meta element that names one before `</head>`; null when it declares none.
 */
export function declaredCharset(head: Buffer): string | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  // Latin-1 maps every byte to one character, so offsets and ASCII markup survive any encoding.
  let text = head.toString('latin1');
  const headEnd = text.search(/<\/head\s*>|<body\b/i);
  if (headEnd >= 0) text = text.slice(0, headEnd);
  // Declarations inside comments do not count (pages comment out old metas).
  text = text.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of text.matchAll(META_TAG)) {
    const match = META_CHARSET.exec(tag);
    if (match?.[1]) return match[1].toLowerCase();
  }
  return null;
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The Content-Type header for an HTML file, from what its bytes say about themselves. */
export function htmlContentType(file: string): string {
  const size = statSync(file).size;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, CHARSET_SCAN_BYTES));
    readSync(fd, head, 0, head.length, 0);
    const declared = declaredCharset(head);
    if (declared) return `text/html; charset=${declared}`;
    // Nothing declared: valid UTF-8 is UTF-8 (what the browser's own detection concludes too);
    // anything else is left to the browser, as it would be on a server that declares nothing.
    const whole = size <= CHARSET_SCAN_BYTES ? head : Buffer.alloc(size);
    if (whole !== head) readSync(fd, whole, 0, size, 0);
    return isValidUtf8(whole) ? 'text/html; charset=utf-8' : 'text/html';
  } finally {
    closeSync(fd);
  }
}

export interface StaticServer {
  origin: string;
  /** URL of a file below the root. */
  url(relativePath: string): string;
  requests: string[];
  close(): Promise<void>;
}

export async function serveDirectory(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const file = resolve(base, `.${path}`);
    let isFile = false;
    try {
      isFile = (file === base || file.startsWith(base + sep)) && statSync(file).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    let contentType = type;
    if (type === 'text/html') {
      try {
        contentType = htmlContentType(file);
      } catch {
        contentType = type;
      }
    }
    res.writeHead(200, { 'content-type': contentType });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (relativePath) => `${origin}/${relativePath.split(sep).map(encodeURIComponent).join('/')}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
