import type { CalendarActivity } from '@mirps/core';

/** A small activity for tests; fields override the defaults. */
export function activity(id: string, fields: Partial<CalendarActivity> = {}): CalendarActivity {
  return {
    id,
    category: 'technical-meeting',
    title: { en: id },
    schedule: { kind: 'dates', dates: ['2024-03-05'] },
    ...fields,
  };
}

/** The first issue of a thrown MIRPS error, as code and path. */
export function thrownIssue(act: () => unknown): { name: string; code: string; path: ReadonlyArray<string | number> } {
  try {
    act();
  } catch (error) {
    const { name, issues } = error as { name: string; issues: Array<{ code: string; path: Array<string | number> }> };
    return { name, code: issues[0]!.code, path: issues[0]!.path };
  }
  throw new Error('expected an error');
}
