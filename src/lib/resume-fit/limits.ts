/** Longest text accepted per field: far above any real job description or resume (about 10,000 words). */
export const MAX_CHARS = 60_000;
