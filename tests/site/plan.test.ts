// "My plan" as built: the path is in the HTML itself (relative days, links), "Where am I?" is plain links on the home
// page and the plan, no link on the site hands an area on in a query string, and the pages of this work fit the first
// round trip (14 KB of brotli HTML and CSS; the CSS is inlined, and any linked stylesheet is counted).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brotliSize } from '../../scripts/lib/brotli.ts';
import { builtPages, clientDir, type BuiltPage } from '../support/site.ts';
import { planSteps } from '#/lib/plan/steps.ts';
import { situations } from '#/lib/plan/situations.ts';

const pages = builtPages();
const page = (url: string) => pages.find((p) => p.url === url)!;
const text = (el: { textContent: string } | null) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';

function htmlAndCss(p: BuiltPage): number {
  const sheets = p.root.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!);
  return brotliSize(p.html) + sheets.reduce((sum, href) => sum + brotliSize(readFileSync(join(clientDir, href))), 0);
}

describe('the built plan', () => {
  it('lays out every step in order with its relative day and its links, before any script runs', () => {
    const plan = page('/plan/');
    const items = plan.root.querySelectorAll('.plan-steps > li');
    expect(items.map((li) => li.id)).toEqual(planSteps.map((s) => `step-${s.id}`));
    expect(items.map((li) => text(li.querySelector('h3')))).toEqual(planSteps.map((s) => s.title));
    expect(plan.root.querySelectorAll('.plan-when').map(text)).toEqual(planSteps.map((s) => s.relative));
    const review = plan.root.querySelector('#step-review')!;
    for (const href of ['/tools/quiz/', '/guides/when-you-could-have-done-better/', '/guides/when-you-did-your-best/'])
      expect(review.querySelector(`a[href="${href}"]`), href).not.toBeNull();
  });

  it('starts the home page and the plan from the person’s situation, with plain links to the right step', () => {
    for (const url of ['/', '/plan/']) {
      const links = page(url).root.querySelectorAll('.where a');
      expect(
        links.map((a) => [text(a), a.getAttribute('href')]),
        url,
      ).toEqual(situations.map((s) => [s.label, s.href]));
    }
    // Every answer that leads to a step of the plan leads to one that exists.
    const ids = new Set(
      page('/plan/')
        .root.querySelectorAll('.plan-steps > li')
        .map((li) => li.id),
    );
    for (const s of situations.filter((s) => s.step)) expect(ids.has(`step-${s.step}`), s.label).toBe(true);
  });

  it('never hands an area on in a query string, which reaches the server and its logs', () => {
    const offending = pages.flatMap((p) =>
      p.root
        .querySelectorAll('a[href]')
        .map((a) => a.getAttribute('href')!)
        .filter((href) => /\?([^#]*&)?area=/.test(href) && !href.startsWith('/embed/'))
        .map((href) => `${p.url} → ${href}`),
    );
    expect(offending).toEqual([]);
  });

  it.each(['/', '/plan/', '/guides/when-you-could-have-done-better/', '/guides/when-you-did-your-best/'])(
    '%s fits 14 KB of brotli HTML and CSS',
    (url) => {
      expect(htmlAndCss(page(url))).toBeLessThanOrEqual(14 * 1024);
    },
  );
});
