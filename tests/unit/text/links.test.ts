import { describe, expect, it } from 'vitest';
import { distinctDomains, domainOf, findLinks, isBareUrl } from '../../../utils/text/links';

describe('findLinks', () => {
  it('finds links with and without a scheme, with their domains', () => {
    const links = findLinks('See https://us.yahoo.com/news/a.html and www.example.org/x, also bbc.co.uk/news/1.');
    expect(links.map((l) => l.domain)).toEqual(['us.yahoo.com', 'example.org', 'bbc.co.uk']);
    expect(links[1]?.url).toBe('http://www.example.org/x');
  });

  it('finds nothing in ordinary prose, typos with dots included', () => {
    expect(findLinks('Lukashenko accuses Ukraine of shelling Belarus,l. Wether or not true')).toEqual([]);
    expect(findLinks('It ended.Then it began. U.S. policy')).toEqual([]);
    expect(findLinks('')).toEqual([]);
  });
});

describe('domains', () => {
  it('lowercases and drops www', () => {
    expect(domainOf('https://WWW.Example.ORG/a')).toBe('example.org');
    expect(domainOf('example.org/a')).toBe('example.org');
    expect(domainOf('not a url at all ::')).toBeNull();
    expect(distinctDomains(['https://a.com/1', 'http://www.a.com/2', 'https://b.org'])).toEqual(['a.com', 'b.org']);
  });

  it('tells a bare URL from text with a URL', () => {
    expect(isBareUrl('  https://t.co/abc ')).toBe(true);
    expect(isBareUrl('example.com/path')).toBe(true);
    expect(isBareUrl('read example.com/path')).toBe(false);
  });
});
