import type { PlanProgress } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { assembleProgressReport, type BarChart, type ReportDocument, renderHTML, type Section } from '@mirps/report';
import { describe, expect, it } from 'vitest';
import { exampleProgress } from './helpers.js';

// Values beyond a chart's range are drawn at its edge, never outside the chart.

/** The `<rect>` bars and the target marks of an SVG bar chart, by their x coordinates. */
function drawn(html: string): { bars: Array<{ x: number; width: number }>; targets: number[] } {
  const bars = [...html.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="18" class="bar"\/>/g)].map(
    ([, x = '', width = '']) => ({ x: Number(x), width: Number(width) }),
  );
  const targets = [...html.matchAll(/<line x1="([\d.]+)" x2="[\d.]+" [^>]*class="target"\/>/g)].map(([, x = '']) =>
    Number(x),
  );
  return { bars, targets };
}

const chartDocument = (chart: BarChart): ReportDocument => ({
  title: 'Bounds',
  language: 'en',
  sections: [
    { id: 'chart', title: 'Chart', blocks: [{ kind: 'figure', caption: 'c', alt: 'a', chart }], sections: [] },
  ],
});

describe('a bar chart', () => {
  it('draws a value beyond its maximum as a full bar, one below zero as none, a target beyond them at the edge', () => {
    const { bars, targets } = drawn(
      renderHTML(
        chartDocument({
          kind: 'bar-chart',
          unit: '%',
          max: 100,
          bars: [
            { label: 'full', value: 100, target: 100 },
            { label: 'beyond', value: 250, target: 400 },
            { label: 'empty', value: 0, target: 0 },
            { label: 'below', value: -40, target: -5 },
          ],
        }),
      ),
    );
    const [full, beyond, empty, below] = bars;
    expect(full?.width).toBeGreaterThan(100);
    expect(beyond).toEqual(full);
    expect(below).toEqual(empty);
    expect(empty?.width).toBe(0);
    expect(targets).toEqual([targets[0], targets[0], empty?.x, empty?.x]);
    expect(targets[0]).toBe((full?.x ?? 0) + (full?.width ?? 0));
  });
});

describe('the indicators chart of a progress report', () => {
  /** The example progress with the latest value of two indicators moved: past its target, and behind its baseline. */
  function progressBeyond(): PlanProgress {
    const progress = exampleProgress();
    const moved = (id: string, value: number) => {
      const indicator = progress.indicators.find((i) => i.id === id);
      const latest = indicator?.actuals.at(-1);
      return indicator === undefined || latest === undefined
        ? indicator
        : { ...indicator, actuals: [...indicator.actuals.slice(0, -1), { ...latest, value }] };
    };
    // 1.3.3 goes from 1 to a target of 6 (9 is 160 % of the way); 1.1.1 from 210 days down to 150 (230 is behind).
    const changed = new Map([
      ['indicator-1.3.3', moved('indicator-1.3.3', 9)],
      ['indicator-1.1.1', moved('indicator-1.1.1', 230)],
    ]);
    return { ...progress, indicators: progress.indicators.map((i) => changed.get(i.id) ?? i) };
  }

  it('shows every indicator between 0 and 100 % of the way, whatever its latest value, in chart and text', () => {
    const doc = assembleProgressReport(actionPlan2023, progressBeyond(), { asOf: '2023-12-31' });
    const indicators = doc.sections.find((s: Section) => s.id === 'indicators');
    const figure = indicators?.blocks.find((b) => b.kind === 'figure');
    expect(
      figure?.kind === 'figure' && figure.chart.kind === 'bar-chart' ? figure.chart.bars.map((bar) => bar.value) : [],
    ).toEqual([0, 44.2, 100, 80]);
    expect(figure?.kind === 'figure' ? figure.alt : '').toContain(
      '9 against a target of 6 (100% of the way from the baseline)',
    );
    expect(figure?.kind === 'figure' ? figure.alt : '').toContain(
      '230 days against a target of 150 days (0% of the way from the baseline)',
    );
    const { bars, targets } = drawn(renderHTML({ ...doc, sections: [{ ...(indicators as Section), sections: [] }] }));
    expect(bars[0]?.width, 'behind its baseline: no bar').toBe(0);
    expect((bars[2]?.x ?? 0) + (bars[2]?.width ?? 0), 'past its target: a bar to the target').toBe(targets[2]);
  });
});
