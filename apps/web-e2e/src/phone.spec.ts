/** On a phone (390×800, touch) the worker signs in and the people list turns into a stack of cards. */
import type { Browser } from 'playwright-core';
import { pathOf, residentTotal, signIn, waitForList } from './support/app';
import { launchBrowser, openPage, type OpenedPage, PHONE, saveScreenshot } from './support/browser';
import { DEMO, DEMO_RESIDENTS } from './support/state';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

describe('phone', () => {
  let browser: Browser;
  let tab: OpenedPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    tab = await openPage(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
  });
  afterAll(async () => {
    await tab?.close();
    await browser?.close();
  });

  it('signs in at phone size and shows residents as cards', async () => {
    const { page } = tab;
    await signIn(page, DEMO.worker);
    expect(pathOf(page)).toBe('/people');
    await waitForList(page, DEMO_RESIDENTS);
    expect(await residentTotal(page)).toBe(DEMO_RESIDENTS);

    const layout = await page.evaluate(() => {
      const box = (el: Element): { x: number; y: number; width: number; height: number } => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const rows = Array.from(document.querySelectorAll('table tbody tr')).slice(0, 3);
      const street = document.querySelector('table tbody tr td');
      return {
        pageWidth: document.documentElement.scrollWidth,
        head: box(document.querySelector('table thead') as Element),
        rows: rows.map((row) => ({ ...box(row), display: getComputedStyle(row).display })),
        streetLabel: street ? getComputedStyle(street, '::before').content : null,
      };
    });

    // nothing wider than the phone: no sideways scrolling
    expect(layout.pageWidth).toBeLessThanOrEqual(PHONE.width);
    // the column headers are there for screen readers only
    expect(layout.head.width).toBeLessThanOrEqual(1);
    expect(layout.head.height).toBeLessThanOrEqual(1);
    // each resident a card: a block nearly as wide as the screen, one below the other
    expect(layout.rows).toHaveLength(3);
    for (const row of layout.rows) {
      expect(row.display).toBe('block');
      expect(row.width).toBeGreaterThan(PHONE.width * 0.8);
      expect(row.x + row.width).toBeLessThanOrEqual(PHONE.width);
    }
    const [a, b] = layout.rows as Box[];
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
    // each value says what it is, since there is no header row to read it from
    expect(layout.streetLabel).toBe('"Straat"');

    await saveScreenshot(page, 'people-phone');
  });
});
