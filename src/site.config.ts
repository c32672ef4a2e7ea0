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

export interface ToolLink {
  title: string;
  href: string;
  /** One sentence: what the tool does for the reader. */
  summary: string;
}

export const siteConfig = {
  name: 'Job Seeker Toolkit',
  tagline: 'Someone else got the job. Here is what to do next.',
  /** The canonical origin; set SITE_URL at build time in production. */
  url: import.meta.env.SITE,
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
    { label: 'Quiz', href: '/tools/quiz/' },
    { label: 'Resume check', href: '/tools/resume-fit/' },
    { label: 'Feedback email', href: '/tools/feedback-email/' },
    { label: 'Course', href: '/course/' },
  ] satisfies NavItem[],
  /** The search page: feeds the WebSite SearchAction. */
  searchPath: '/search/' as string | undefined,
  /** Interactive tools, shown on the home page and in the navigation as they are built. */
  tools: [
    {
      title: 'Why didn’t I get the offer? A self-check',
      href: '/tools/quiz/',
      summary: 'A few quick questions about your resume, attitude and appearance, and what to check first.',
    },
    {
      title: 'Resume fit check',
      href: '/tools/resume-fit/',
      summary: 'See which qualifications from a job description your resume shows, privately in your browser.',
    },
    {
      title: 'Feedback email',
      href: '/tools/feedback-email/',
      summary:
        'Write a polite email asking the interviewer for 2 or 3 tips, with a tone check that catches what could burn the bridge.',
    },
    {
      title: 'Free email course',
      href: '/course/',
      summary: 'Seven short lessons by email over two weeks, from the first hard days to your next interview.',
    },
  ] as ToolLink[],
  /** The default image for link previews (1200 × 630, in public/). */
  shareImage: {
    path: '/share.png',
    width: 1200,
    height: 630,
    alt: 'Job Seeker Toolkit: someone else got the job, here is what to do next.',
  },
} as const;

export type SiteConfig = typeof siteConfig;
