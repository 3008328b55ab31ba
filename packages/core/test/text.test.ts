import { escapeMarkdown, textIn } from '@mirps/core';
import { describe, expect, it } from 'vitest';

describe('textIn: the one way to pick a language from the data', () => {
  it('gives the language asked for, else the other one as it is, else nothing', () => {
    expect(textIn({ en: 'Panama', es: 'Panamá' }, 'es')).toBe('Panamá');
    expect(textIn({ en: 'Panama', es: 'Panamá' })).toBe('Panama');
    expect(textIn({ es: 'Belice' }, 'en')).toBe('Belice');
    expect(textIn({ en: 'Belize' }, 'es')).toBe('Belize');
    expect(textIn(undefined)).toBeUndefined();
  });
});

describe('escapeMarkdown: the one escaper of every Markdown writer', () => {
  it('escapes inline markup, table borders and HTML, and joins lines', () => {
    expect(escapeMarkdown('a | b *c* _d_ `e` [f](g) <h> ~i~ &j; #k \\l')).toBe(
      'a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> \\~i\\~ \\&j; \\#k \\\\l',
    );
    expect(escapeMarkdown('one\ntwo\r\nthree')).toBe('one two three');
  });

  it('escapes what would open a block, only where the text starts a line', () => {
    expect(escapeMarkdown('1. not a list', true)).toBe('1\\. not a list');
    expect(escapeMarkdown('- not a list', true)).toBe('\\- not a list');
    expect(escapeMarkdown('- inline', false)).toBe('- inline');
  });
});
