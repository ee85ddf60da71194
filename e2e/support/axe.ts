// The accessibility gate of the browser suite: axe-core over the page as it stands, failing on any
// serious or critical violation (WCAG 2.2 AA rules and best practices), with each violation's
// rule, impact and first offending elements in the message so the failure says what to fix.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectNoSeriousA11yViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  const described = serious.map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.help}\n    ${violation.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `${node.target.join(' ')}  ${node.html.slice(0, 120)}  ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
        )
        .join('\n    ')}`,
  );
  expect(described, `axe-core on ${label}`).toEqual([]);
}
