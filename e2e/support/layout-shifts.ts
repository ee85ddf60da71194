// A page's layout shifts (Cumulative Layout Shift; good is 0.1 or less), from the browser's own
// layout-shift entries from the start of the document, as Lighthouse and web-vitals count them
// (shifts right after a person's input do not count): a layout measure, not a timing one.
import { expect, type Page } from '@playwright/test';

/** What the page records about its own layout shifts, on `window`. */
type Shifts = { layoutShifts: { total: number; shifted: string[] } };

/** Starts recording on every document the page opens: call before page.goto. */
export async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const record = { total: 0, shifted: [] as string[] };
    (window as unknown as Shifts).layoutShifts = record;
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: Array<{ node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        record.total += entry.value;
        // What moved, so a failure says where to reserve space.
        for (const source of entry.sources) {
          const node = source.node instanceof Element ? source.node : source.node?.parentElement;
          record.shifted.push(
            `${entry.value.toFixed(3)} <${node?.tagName.toLowerCase() ?? '?'} class="${node?.className.toString() ?? ''}"> "${node?.textContent?.trim().slice(0, 30) ?? ''}" y ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}`,
          );
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Once the page has settled (call after its content is visible): the shift so far is at most `atMost`. */
export async function expectLittleLayoutShift(page: Page, atMost = 0.1) {
  await expect(page.getByLabel('Loading')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready);
  // Entries are delivered to the observer as frames are drawn: wait for two more frames.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const { total: shift, shifted } = await page.evaluate(() => (window as unknown as Shifts).layoutShifts);
  expect(shift, `cumulative layout shift ${shift.toFixed(3)}; what moved:\n${shifted.join('\n')}`).toBeLessThanOrEqual(
    atMost,
  );
}
