import { describe, expect, it } from 'vitest';
import { cssEscape, locatorFor } from '../../../utils/extract/locator';
import { parse } from './dom';

describe('locatorFor', () => {
  const doc = parse(`<div id="a"><p>1</p><p id="dup">2</p><p id="dup">3</p><section><span>x</span></section></div>
    <ul><li>one</li><li>two</li></ul><div id="9lives"><b>cat</b></div>`);

  it('uses a unique id', () => {
    const el = doc.querySelector('#a')!;
    expect(locatorFor(el)).toBe('#a');
  });

  it('falls back to a short path from the nearest unique id', () => {
    const dup = doc.querySelectorAll('p')[2]!;
    expect(locatorFor(dup)).toBe('#a > p:nth-of-type(3)');
    const span = doc.querySelector('span')!;
    expect(locatorFor(span)).toBe('#a > section > span');
  });

  it('finds every element again', () => {
    for (const el of Array.from(doc.querySelectorAll('*'))) expect(doc.querySelector(locatorFor(el))).toBe(el);
  });

  it('escapes ids that are not identifiers', () => {
    expect(cssEscape('9lives')).toBe('\\39 lives');
    expect(doc.querySelector(locatorFor(doc.querySelector('b')!))).toBe(doc.querySelector('b'));
  });
});
