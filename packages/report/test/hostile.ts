import { actionPlan2023 } from '@mirps/core/data';
import type { ActionPlan } from '@mirps/core';
import type { ReportDocument } from '@mirps/report';

// Hostile text for the escaping tests: markup, scripts, links and Markdown syntax in every field.

export const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '[click](javascript:window.__pwned=3)',
  '# not a heading | a | table | pipe \\| escaped',
  '- not a list *not emphasis* _nor this_ `nor code` ~~nor this~~ &amp; &lt;',
  '1. not a numbered list > not a quote',
];

/** The 2023 plan with hostile text in its titles, vision, actions, results and calendar. */
export function hostilePlan(): ActionPlan {
  const plan = structuredClone(actionPlan2023) as ActionPlan;
  plan.title = { en: HOSTILE[0]! };
  plan.vision = { en: HOSTILE.join(' ') };
  plan.actions.forEach((action, i) => (action.text = { en: HOSTILE[i % HOSTILE.length]! }));
  plan.expectedResults.forEach((result, i) => (result.text = { en: HOSTILE[(i + 2) % HOSTILE.length]! }));
  plan.calendar.forEach((activity, i) => (activity.title = { en: HOSTILE[(i + 4) % HOSTILE.length]! }));
  return plan;
}

/** A document with a javascript: link and hostile link text, which only a renderer sees. */
export const hostileLinks: ReportDocument = {
  title: 'Links',
  language: 'en',
  sections: [
    {
      id: 'links',
      title: 'Links',
      blocks: [
        { kind: 'paragraph', content: [{ kind: 'link', text: 'javascript link', href: 'javascript:window.__pwned=4' }] },
        { kind: 'paragraph', content: [{ kind: 'link', text: '<b>bold</b>', href: 'https://example.org/"onmouseover="x' }] },
        { kind: 'paragraph', content: [{ kind: 'link', text: 'a safe link', href: 'https://example.org/page?x=1&y=2' }] },
      ],
      sections: [],
    },
  ],
};

