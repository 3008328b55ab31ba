import { formatIssues, formatPath } from '@mirps/core';
import { describe, expect, it } from 'vitest';

describe('formatIssues', () => {
  it('writes paths the way a person reads them', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['actions', 3, 'workingGroup'])).toBe('actions[3].workingGroup');
    expect(formatPath(['name', 'en'])).toBe('name.en');
    expect(formatPath(['a key', 0])).toBe('["a key"][0]');
  });

  it('writes one line per issue with its path, message and code', () => {
    const text = formatIssues([
      { code: 'ref.unknown-working-group', path: ['actions', 0, 'workingGroup'], message: 'Unknown working group "x"' },
      { code: 'shape.missing', path: ['vision'], message: 'Required field is missing: expected an object' },
    ]);
    expect(text).toBe(
      '- actions[0].workingGroup: Unknown working group "x" (ref.unknown-working-group)\n' +
        '- vision: Required field is missing: expected an object (shape.missing)',
    );
  });
});
