import { type Presidency, presidencyOfTerm } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { assemblePresidencyMemoir, type ReportDocument, type RotationCircleChart, renderMarkdown } from '@mirps/report';
import { describe, expect, it } from 'vitest';
import { exampleProgress } from './helpers.js';

/** The rotation circle pictured in a memoir's section on the incoming presidency. */
function circleOf(memoir: ReportDocument): RotationCircleChart {
  const figure = memoir.sections.find((s) => s.id === 'incoming')?.blocks.find((b) => b.kind === 'figure');
  if (figure?.kind !== 'figure' || figure.chart.kind !== 'rotation-circle')
    throw new Error('The memoir pictures no rotation circle');
  return figure.chart;
}

const heldOf = (circle: RotationCircleChart): Array<[string, boolean, string | undefined]> =>
  circle.members.map((m) => [m.id, m.held, m.heldIn]);

/** The engine's incoming presidency after the 2023 plan (2024, Belize), with its explanation's words and data replaced. */
function incomingWith(
  text: (lines: readonly string[]) => string[],
  heldThisCycle: Presidency['explanation']['heldThisCycle'],
): Presidency {
  const real = presidencyOfTerm('2024');
  return { ...real, explanation: { ...real.explanation, text: text(real.explanation.text), heldThisCycle } };
}

describe('the memoir rotation circle', () => {
  it('marks the holders of the current cycle on the embedded data, with the term each held', () => {
    expect(heldOf(circleOf(assemblePresidencyMemoir(actionPlan2023, exampleProgress())))).toEqual([
      ['BZ', false, undefined],
      ['CR', false, undefined],
      ['SV', true, '2020'],
      ['GT', true, '2021'],
      ['HN', true, '2022'],
      ['MX', true, '2019'],
      ['PA', true, '2023'],
    ]);
  });

  it('reads the holders from the explanation data, not from its sentences', () => {
    const incoming = incomingWith(
      (lines) => lines.filter((line) => !line.startsWith('Held so far')),
      [
        { member: 'CR', term: '2021' },
        { member: 'MX', term: '2019' },
      ],
    );
    expect(incoming.explanation.text.join('\n')).not.toContain('Held so far');
    const memoir = assemblePresidencyMemoir(actionPlan2023, exampleProgress(), { incoming });
    expect(heldOf(circleOf(memoir))).toEqual([
      ['BZ', false, undefined],
      ['CR', true, '2021'],
      ['SV', false, undefined],
      ['GT', false, undefined],
      ['HN', false, undefined],
      ['MX', true, '2019'],
      ['PA', false, undefined],
    ]);
    expect(renderMarkdown(memoir)).toContain(
      'The rotation circle in order: 1. Belice (next holder), 2. Costa Rica (held it in 2021), 3. El Salvador, 4. Guatemala, 5. Honduras, 6. México (held it in 2019), 7. Panamá (outgoing holder).',
    );
  });

  it('marks nobody when the data lists nobody, whatever the sentences say', () => {
    const incoming = incomingWith((lines) => [...lines], []);
    expect(incoming.explanation.text.some((line) => line.startsWith('Held so far in cycle 1: México (2019)'))).toBe(
      true,
    );
    const circle = circleOf(assemblePresidencyMemoir(actionPlan2023, exampleProgress(), { incoming }));
    expect(circle.members.some((m) => m.held || m.heldIn !== undefined)).toBe(false);
  });
});
