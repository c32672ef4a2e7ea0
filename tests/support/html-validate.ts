// HTML validation without Java: html-validate with its recommended rules, plus what it does not look at (anything
// after </html>, which browsers move into <body> and the Nu checker reports as a stray tag).
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Preact's server renderer writes <input/>; both forms are valid HTML.
    'void-style': 'off',
    // The article keeps its published title; the length guideline is for search snippets, not validity.
    'long-title': 'off',
    // Search results are an ARIA listbox of links with excerpts, which a native <select> cannot hold.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
});

/** Every problem in a page, one line each ("line:column rule: message"); empty when the page is valid. */
export async function htmlProblems(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  const problems = report.results.flatMap((result) =>
    result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
  if (!/<\/html>\s*$/.test(html)) problems.push('content after </html>');
  return problems;
}
