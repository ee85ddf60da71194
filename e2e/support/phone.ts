// Phone width: nothing may scroll sideways. The page's scroll width is compared with the viewport,
// and the widest offenders are named so a failure says which element overflows.
import { expect, type Page } from '@playwright/test';

export const phoneWidths = [360, 390] as const;

export async function expectNoSidewaysScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const offenders: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 1 || box.left < -1) && offenders.length < 5) {
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
        offenders.push(
          `<${element.tagName.toLowerCase()} class="${element.className}"> ${Math.round(box.left)}–${Math.round(box.right)} px "${name}"`,
        );
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, offenders };
  });
  expect(
    overflow.scrollWidth,
    `${label} scrolls sideways at ${overflow.width} px:\n${overflow.offenders.join('\n')}`,
  ).toBeLessThanOrEqual(overflow.width);
}
