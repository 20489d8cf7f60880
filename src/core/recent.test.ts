import { describe, expect, it } from 'vitest';
import { Recent, RecentPerTable } from './recent.js';

describe('recent values', () => {
  it('computes once per key and drops the oldest past the limit', () => {
    let calls = 0;
    const recent = new Recent<number>(2);
    const get = (key: string) => recent.get(key, () => ++calls);
    expect([get('a'), get('a'), get('b')]).toEqual([1, 1, 2]);
    get('c');
    expect(get('a')).toBe(4);
    expect(get('c')).toBe(3);
  });

  it('keeps each table apart', () => {
    const recent = new RecentPerTable<string>(4);
    const one = {};
    const two = {};
    expect(recent.get(one, 'q', () => 'one')).toBe('one');
    expect(recent.get(two, 'q', () => 'two')).toBe('two');
    expect(recent.get(undefined, 'q', () => 'none')).toBe('none');
    expect(recent.get(one, 'q', () => 'again')).toBe('one');
  });
});
