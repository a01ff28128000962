import { describe, expect, it } from 'vitest';
import { toJsonText } from './write-output.js';

describe('toJsonText', () => {
  it('is the same data as JSON.stringify, NaN as null, with flat arrays on one line', () => {
    const value = { a: [1, 2, Number.NaN], b: { c: 'x,y', d: [{ e: [] }], f: {} }, g: null };
    const text = toJsonText(value);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(text).toContain('"a": [1, 2, null]');
    expect(text).toContain('"c": "x,y"');
    expect(text.endsWith('}\n')).toBe(true);
  });
});
