import { describe, expect, it } from 'vitest';
import { ISLAND_STYLE, islandStyleInHead } from '#/integrations/island-styles.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('moving the islands’ style into the head', () => {
  it('takes the style from before the first island and puts it at the end of <head>, text unchanged', () => {
    const island = '<astro-island uid="1"></astro-island>';
    expect(islandStyleInHead(page('', `<main>${ISLAND_STYLE}<script>x</script>${island}</main>`))).toBe(
      page(ISLAND_STYLE, `<main><script>x</script>${island}</main>`),
    );
  });

  it('leaves a page without islands, or one already moved, as it is', () => {
    const plain = page('', '<main>text</main>');
    expect(islandStyleInHead(plain)).toBe(plain);
    const moved = page(ISLAND_STYLE, '<astro-island></astro-island>');
    expect(islandStyleInHead(moved)).toBe(moved);
  });

  it('stops the build when a page has islands but Astro wrote some other style', () => {
    expect(() =>
      islandStyleInHead(page('', '<style>astro-island{display:block}</style><astro-island></astro-island>'), 'x.html'),
    ).toThrow(/x\.html has islands but not Astro's island style/);
  });
});
