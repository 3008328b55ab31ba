// Rotation engine: projecting many terms over a large membership, and how the cost grows with the count.
import { createRotation } from '@mirps/core';
import { medianMs, ms } from './harness.mjs';

/** 200 members with names in no particular order, some joining late, some suspended for a while. */
function largeSetup(memberCount) {
  const members = Array.from({ length: memberCount }, (_, i) => {
    const id = `M${String(i).padStart(3, '0')}`;
    const member = { id, names: { en: `Member ${String((i * 7919) % memberCount).padStart(3, '0')}` }, memberships: [{ from: i % 10 === 0 ? '2010' : '2000' }] };
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

export function run() {
  const setup = largeSetup(200);
  const rotation = createRotation(setup);
  const counts = [1_000, 2_000, 5_000, 10_000];
  const rows = counts.map((count) => {
    const time = medianMs(() => rotation.projectPresidencies({ count }));
    return { count, time, perTerm: (time / count) * 1000 };
  });
  const setupTime = medianMs(() => createRotation(setup));
  const base = rows[0];
  const last = rows[rows.length - 1];
  const growth = last.time / base.time / (last.count / base.count);
  const lines = [
    `Projecting terms over 200 members (once per cycle, monthly terms, alphabetical order; some late joiners and suspensions). \`createRotation\` (validation and setup) takes ${ms(setupTime)} ms.`,
    '',
    '| terms projected | median time (ms) | per term (µs) |',
    '|---:|---:|---:|',
    ...rows.map((row) => `| ${row.count.toLocaleString('en')} | ${ms(row.time)} | ${row.perTerm.toFixed(1)} |`),
    '',
    `Growth from ${base.count.toLocaleString('en')} to ${last.count.toLocaleString('en')} terms: ${(last.time / base.time).toFixed(1)}× the time for ${last.count / base.count}× the terms (${growth.toFixed(2)} of linear). Each term makes a fixed number of passes over the 200 members, so the cost per term does not grow with the count.`,
  ];
  return lines.join('\n');
}
