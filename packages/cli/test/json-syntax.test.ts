import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../src/json-syntax.js';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

// The line and column of a syntax error come from our own reading of the JSON grammar: it must agree with JSON.parse on what is JSON.
describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonSyntaxError(text)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with JSON.parse on texts made of JSON pieces', () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"a"',
      '"',
      '\\',
      '\\u00e9',
      '\\x',
      '1',
      '-',
      '0',
      '01',
      '.5',
      '1e',
      '1e5',
      'true',
      'tru',
      'null',
      ' ',
      '\n',
      '\t',
      '\r',
      '\u0000',
      '\u00a0',
      '\uFEFF',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')),
        (text) => {
          expect(findJsonSyntaxError(text) === undefined, JSON.stringify(text)).toBe(parses(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('names the line and the column, counting from 1', () => {
    expect(findJsonSyntaxError('{\n  "a": [1,\n    2 3]\n}')).toEqual({
      line: 3,
      column: 7,
      problem: "expected ',' or ']' after an array element, found '3'",
    });
    expect(findJsonSyntaxError('\r\n\r\nx')).toMatchObject({ line: 3, column: 1 });
  });
});
