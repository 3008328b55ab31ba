// Rotation engine: projecting many terms over a large membership, and how the cost grows with the count.
import { createRotation } from '@mirps/core';
import { alternate, ms, times } from './harness.mjs';

/** 200 members with names in no particular order, some joining late, some suspended for a while. */
function largeSetup(memberCount) {
  const members = Array.from({ length: memberCount }, (_, i) => {
    const id = `M${String(i).padStart(3, '0')}`;
    const member = {
      id,
      names: { en: `Member ${String((i * 7919) % memberCount).padStart(3, '0')}` },
      memberships: [{ from: i % 10 === 0 ? '2010' : '2000' }],
    };
    if (i % 25 === 3) member.suspensions = [{ from: '2030', to: '2040' }];
    return member;
  });
  return {
    body: 'Benchmark presidency',
    members,
    order: { kind: 'alphabetical', locale: 'en' },
    strategy: 'once-per-cycle',
    termLength: 'month',
    ledger: [{ label: '2000-01', holder: 'M001' }],
  };
}

export const title = 'Presidency rotation';

const COUNTS = [1_000, 2_000, 5_000, 10_000];

export function run() {
  const setup = largeSetup(200);
  const rotation = createRotation(setup);
  // The counts take turns, with the setup alone, so that the growth compares like with like.
  const runs = alternate(
    {
      setup: () => createRotation(setup),
      ...Object.fromEntries(COUNTS.map((count) => [count, () => rotation.projectPresidencies({ count })])),
    },
    { warmup: 2, rounds: 5 },
  );
  const first = COUNTS[0];
  const last = COUNTS[COUNTS.length - 1];
  const growth = runs.ratio(String(last), String(first)).value;
  return {
    goals: [],
    detail: [
      `Projecting terms over 200 members (once per cycle, monthly terms, alphabetical order; some late joiners and suspensions). \`createRotation\` (validation and setup) takes ${ms(runs.setup.median)} ms.`,
      '',
      '| terms projected | median time (ms) | per term (µs) |',
      '|---:|---:|---:|',
      ...COUNTS.map(
        (count) =>
          `| ${count.toLocaleString('en')} | ${ms(runs[count].median)} | ${((runs[count].median / count) * 1000).toFixed(1)} |`,
      ),
      '',
      `Growth from ${first.toLocaleString('en')} to ${last.toLocaleString('en')} terms: ${times(growth)} the time for ${last / first}× the terms (${(growth / (last / first)).toFixed(2)} of linear). Each term makes a fixed number of passes over the 200 members, so the cost per term does not grow with the count.`,
    ].join('\n'),
  };
}
