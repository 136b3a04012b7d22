import { parseQuery } from './http.js';

describe('query string parser', () => {
  it('decodes UTF-8, plus signs, repeats and bare keys', () => {
    expect(parseQuery('q=%E5%8D%97%E6%B9%96+%E8%A1%97&page=2&tag=a&tag=b&tag=c&flag')).toEqual({
      q: '南湖 街',
      page: '2',
      tag: ['a', 'b', 'c'],
      flag: '',
    });
    expect(parseQuery('')).toEqual({});
  });

  it('turns an undecodable value into text the validation pipe refuses, and drops prototype keys', () => {
    const parsed = parseQuery('q=%FF&r=%ED%A0%80&__proto__=x&constructor=y');
    expect(parsed.q).toBe('\ud800');
    expect(parsed.r).toBe('\ud800');
    expect(Object.keys(parsed)).toEqual(['q', 'r']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
