// The HTML another site pastes to embed the quiz: an iframe with a title and a fixed height that works on its own,
// and an optional script that resizes the frame to its content.

/** Tall enough for one step on a phone-width frame; the frame scrolls inside when the resize script is not used. */
export const EMBED_HEIGHT = 760;
/** The message the embed sends to its parent page, and the one the resize script sends to ask for it. */
export const HEIGHT_MESSAGE = 'jst-quiz:height';
export const MEASURE_MESSAGE = 'jst-quiz:measure';

export function embedSnippet(site: string | URL, embedPath: string, resizeScriptPath: string): string {
  const src = new URL(embedPath, site).href;
  return [
    `<iframe src="${src}?source=your-site" title="Self-assessment quiz: why didn’t I get the offer? (Job Seeker Toolkit)"`,
    `  width="100%" height="${EMBED_HEIGHT}" style="border: 0" loading="lazy" allow="clipboard-write" data-jst-quiz></iframe>`,
    `<script src="${new URL(resizeScriptPath, site).href}" async></script>`,
  ].join('\n');
}
