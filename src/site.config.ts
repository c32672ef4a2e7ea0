// One typed site configuration: names, credits and navigation. Editors change words here, not in components.

export interface Credit {
  /** What the person or organisation did. */
  role: string;
  name: string;
  url?: string;
}

export interface NavItem {
  label: string;
  href: string;
}

/** An interactive tool: its page reads its title and budget here, and so do the tests and the bench. */
export interface Tool {
  /** The tool's page, with its trailing slash. */
  href: string;
  /** The page's title and heading; the home page links to the tool with these words. */
  title: string;
  /** Its short name in the site navigation. */
  navLabel: string;
  /** One sentence: what the tool does for the reader. */
  summary: string;
  /** Brotli bytes of JavaScript its page may load before any interaction (`npm test` and `npm run bench` check). */
  jsBudget: number;
  /**
   * Search: situations the tool answers, in a reader's own words, like a guide's frontmatter `situations` (see the
   * README's search section). Indexed with the page and weighted; its `navLabel` is indexed as a keyword too.
   */
  situations?: readonly string[];
}

const tools = [
  {
    href: '/plan/',
    title: 'My plan',
    navLabel: 'My plan',
    summary: 'What to do and when, from the day of the news to your next interview, kept on your device.',
    jsBudget: 15_360,
  },
  {
    href: '/tools/quiz/',
    title: 'Why didn’t I get the offer? A self-check',
    navLabel: 'Quiz',
    summary: 'A few quick questions about your resume, attitude and appearance, and what to check first.',
    jsBudget: 15_360,
    situations: [
      'I want to find out what went wrong',
      'Was it my resume, my attitude or the way I looked?',
      'A test to check myself honestly before I ask for feedback',
    ],
  },
  {
    href: '/tools/resume-fit/',
    title: 'Resume fit check',
    navLabel: 'Resume check',
    summary: 'See which qualifications from a job description your resume shows, privately in your browser.',
    jsBudget: 30_720,
    situations: ['Does my resume match the job description?', 'Which skills from the job ad did my resume leave out?'],
  },
  {
    href: '/tools/feedback-email/',
    title: 'Write a feedback request email',
    navLabel: 'Feedback email',
    summary:
      'Write a polite email asking the interviewer for 2 or 3 tips, with a tone check that catches what could burn the bridge.',
    jsBudget: 20_480,
    situations: [
      'What should I write to the interviewer?',
      'They have not answered my email: should I send a follow-up?',
      'Does my email sound pushy or rude? Check its tone before I send it',
    ],
  },
  {
    href: '/tools/reply/',
    title: 'They replied: read the feedback',
    navLabel: 'Their reply',
    summary: 'Paste the interviewer’s reply: each piece of advice in their words, with one thing to practise.',
    jsBudget: 20_480,
    situations: ['The interviewer wrote back with feedback', 'I got a reply and I am not sure what it means'],
  },
  {
    href: '/course/',
    title: 'Free email course: after the rejection',
    navLabel: 'Course',
    summary: 'Seven short lessons by email over two weeks, from the first hard days to your next interview.',
    jsBudget: 2_500,
    situations: [
      "I'm thinking about a career change",
      'I want to move into a new field',
      'Can I get this help by email?',
    ],
  },
] as const satisfies readonly Tool[];

export const siteConfig = {
  name: 'Job Seeker Toolkit',
  tagline: 'Someone else got the job. Here is what to do next.',
  locale: 'en',
  publisher: { name: 'CRA Resources', url: 'https://www.craresources.com/' },
  /** The article the guides grow out of. */
  source: {
    title: 'Someone else was chosen for the job you felt you were perfect for. Why?',
    path: '/article/',
    author: 'Betty Crisp',
  },
  credits: [
    { role: 'Written by', name: 'Betty Crisp' },
    { role: 'Published by', name: 'CRA Resources', url: 'https://www.craresources.com/' },
    { role: 'Investing in a Lifetime of Success', name: 'Angela Roberts' },
  ] satisfies Credit[],
  nav: [
    { label: 'Guides', href: '/guides/' },
    ...tools.map(({ navLabel, href }) => ({ label: navLabel, href })),
  ] satisfies NavItem[],
  /**
   * The search page (it feeds the WebSite SearchAction) and the brotli bytes of script it loads before interaction:
   * the search UI (9 KB, with spelling, readers' words and ranking; their data is a separate JSON file) and
   * Pagefind's library and worker (23 KB).
   */
  search: { href: '/search/', jsBudget: 36_000 },
  /** The quiz for other sites' iframes: the quiz tool's island, under the same budget. */
  quizEmbedHref: '/embed/quiz/',
  /**
   * The page for site owners with the code that embeds the quiz (linked from the quiz page's foot, not the navigation)
   * and the brotli bytes of its one script, the "Copy the code" button.
   */
  quizEmbedCode: { href: '/tools/quiz/embed-code/', jsBudget: 1_024 },
  /** The interactive tools, in the order the home page and the navigation show them. */
  tools,
  /** The default image for link previews (1200 × 630, in public/). */
  shareImage: {
    path: '/share.png',
    width: 1200,
    height: 630,
    alt: 'Job Seeker Toolkit: someone else got the job, here is what to do next.',
  },
} as const;

export type SiteConfig = typeof siteConfig;

/** The tool whose page is at `href`; a page asking for one that is not listed fails the build. */
export function toolAt(href: string): Tool {
  const tool = siteConfig.tools.find((t) => t.href === href);
  if (!tool) throw new Error(`No tool at ${href} in siteConfig.tools (src/site.config.ts)`);
  return tool;
}

/**
 * Every page that may load JavaScript before any interaction, with its budget in brotli bytes: the tools, the quiz
 * embed and its code page, and search. Every other page loads none. Tests and the bench read this list.
 */
export function scriptBudgets(): ReadonlyMap<string, number> {
  return new Map([
    ...siteConfig.tools.map((tool): [string, number] => [tool.href, tool.jsBudget]),
    [siteConfig.quizEmbedHref, toolAt('/tools/quiz/').jsBudget],
    [siteConfig.quizEmbedCode.href, siteConfig.quizEmbedCode.jsBudget],
    [siteConfig.search.href, siteConfig.search.jsBudget],
  ]);
}
