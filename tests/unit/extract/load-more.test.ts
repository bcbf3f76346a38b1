import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hasLoadMoreControl } from '../../../utils/extract/load-more';

const doc = (body: string) => new JSDOM(`<!doctype html><body>${body}</body>`).window.document;

describe('hasLoadMoreControl', () => {
  it('finds load-more and show-replies controls in several languages', () => {
    expect(hasLoadMoreControl(doc('<button>Load more comments</button>'))).toBe(true);
    expect(hasLoadMoreControl(doc('<a href="#">Show 12 replies</a>'))).toBe(true);
    expect(hasLoadMoreControl(doc('<button>Weitere Kommentare laden</button>'))).toBe(true);
    expect(hasLoadMoreControl(doc('<span role="button">Voir les réponses</span>'))).toBe(true);
    expect(hasLoadMoreControl(doc('<button>Показать ещё комментарии</button>'))).toBe(true);
  });

  it('ignores prose, hidden and disabled controls, and pages without such controls', () => {
    expect(hasLoadMoreControl(doc('<p>I wish we could load more comments here</p>'))).toBe(false);
    expect(hasLoadMoreControl(doc('<button disabled>Load more comments</button>'))).toBe(false);
    expect(hasLoadMoreControl(doc('<div hidden><button>Load more comments</button></div>'))).toBe(false);
    expect(hasLoadMoreControl(doc('<button>Reply</button><a href="/">Home</a>'))).toBe(false);
  });
});
