// What an embed link (or any quiz link) may ask for in its query: one area to focus on, and a label naming the site
// that embeds the quiz. Both come from strangers, so they are checked here and never echoed back as markup.

export interface QuizParams {
  /** A known area id the quiz is limited to. */
  area?: string;
  /** The link named an area that does not exist (the value is deliberately not kept: it is not shown). */
  unknownArea: boolean;
  /** A short, plain label for the embedding site, passed on to links into the full site. */
  source?: string;
}

const SOURCE_PATTERN = /^[\p{L}\p{N} ._-]{1,60}$/u;

export function readQuizParams(search: string, areaIds: readonly string[]): QuizParams {
  const params = new URLSearchParams(search);
  const rawArea = params.get('area');
  const area = rawArea?.trim().toLowerCase();
  const rawSource = params.get('source')?.trim();
  return {
    area: area && areaIds.includes(area) ? area : undefined,
    unknownArea: rawArea !== null && !(area && areaIds.includes(area)),
    source: rawSource && SOURCE_PATTERN.test(rawSource) ? rawSource : undefined,
  };
}

/** A site path with the embedding site's label added, so the full site can tell where a visit came from. */
export function withSource(href: string, source: string | undefined): string {
  if (!source) return href;
  const url = new URL(href, 'http://x');
  url.searchParams.set('source', source);
  return url.pathname + url.search + url.hash;
}
