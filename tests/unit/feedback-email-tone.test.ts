import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  calmVersion,
  checkTone,
  flagKinds,
  kindTexts,
  LONG_EMAIL_WORDS,
  type FlagKind,
  type ToneFlag,
} from '#/lib/feedback-email/tone-check.ts';
import { checkEmail } from '../../scripts/email-evaluation.ts';

// A polite email the problem sentences are dropped into, so each case tests one sentence.
const polite = (middle: string) =>
  `Hi Sam,\n\nThank you for letting me know, and for the chance to interview for the Designer role. ${middle}\n\n` +
  'If you have a few minutes, could you share 2 or 3 tips on how I could interview better? ' +
  'I would love to be considered for future openings.\n\nBest wishes,\nJo';

const sentenceFlags = (text: string) => checkTone(text).flags.filter((f) => f.sentence !== null);
const kindsOf = (text: string) => [...new Set(sentenceFlags(text).map((f) => f.kind))].sort();

/** Applies a flag's "Use this wording" the way the page does. */
const use = (text: string, f: ToneFlag) => text.slice(0, f.start) + f.suggestion + text.slice(f.end);

/** Sentences that ask for tips, read one by one. */
const tipsRequests = (text: string) =>
  text
    .split(/\n+|(?<=[.!?])\s+/)
    .filter(
      (s) =>
        !checkTone(s, { expect: { thanks: false, 'future-interest': false } }).flags.some(
          (f) => f.kind === 'missing-tips-request',
        ),
    );

const examples: [FlagKind, string][] = [
  ['blame', 'The process was disorganised from start to finish.'],
  ['blame', 'You didn’t even read my cover letter.'],
  ['insult', 'Your recruiter is an idiot.'],
  ['insult', 'This decision is laughable.'],
  ['sarcasm', 'Good luck with your choice.'],
  ['sarcasm', 'Well, I’m sure you know best.'],
  ['comparison', 'I’m sure I’m more qualified than whoever you picked.'],
  ['comparison', 'The successful applicant is younger and far less experienced than I am.'],
  ['asking-who-was-hired', 'Who got the job in the end?'],
  ['asking-who-was-hired', 'Was the successful candidate an internal hire?'],
  ['asking-why', 'Why wasn’t I good enough?'],
  ['asking-why', 'Can you tell me what the deciding factor was?'],
  ['asking-to-reconsider', 'Is there any way you could reconsider your decision?'],
  ['asking-to-reconsider', 'Would you put me back in the process?'],
  ['pressure', 'Please reply by Friday.'],
  ['pressure', 'I will follow up daily until I get a response.'],
  ['asking-for-a-call', 'Would you be free for a coffee next week?'],
  ['asking-for-a-call', 'Please give me a ring when you’re free.'],
  ['threat', 'I will be leaving a review about how this process was handled.'],
  ['threat', 'I’ve already contacted an employment lawyer.'],
  ['begging', 'I really need this job, I have kids to feed.'],
  ['begging', 'Please, I’m desperate.'],
  ['negotiating', 'I’d accept a lower salary if that helps.'],
  ['negotiating', 'Could I interview for the assistant role instead?'],
  ['entitlement', 'I deserved this job.'],
  ['entitlement', 'I was clearly the best fit.'],
  ['shouting', 'I am EXTREMELY disappointed.'],
  ['shouting', 'I can’t believe this!!! 😡'],
];

describe('checkTone: the kinds of problem', () => {
  it.each(examples)('finds %s in “%s”, where it is, why it hurts, and a better wording', (kind, sentence) => {
    const text = polite(sentence);
    const flags = sentenceFlags(text);
    expect(flags.map((f) => f.kind)).toEqual([kind]);
    const [flag] = flags as [ToneFlag];
    expect(flag.sentence).toBe(sentence);
    expect(text.slice(flag.start, flag.end)).toBe(sentence);
    expect(flag.label).toBe(kindTexts[kind].label);
    expect(flag.why.length).toBeGreaterThan(40);
    // The better wording leaves a clean email with one request for tips.
    const fixed = use(text, flag);
    expect(checkTone(fixed).flags, fixed).toEqual([]);
    expect(tipsRequests(fixed)).toHaveLength(1);
  });

  it('reports every kind a sentence has, not only the first', () => {
    expect(kindsOf(polite('You owe me an explanation.'))).toEqual(['asking-why', 'entitlement']);
    expect(kindsOf(polite('Can we jump on a quick call so you can explain?'))).toEqual([
      'asking-for-a-call',
      'asking-why',
    ]);
    expect(kindsOf(polite('This is a JOKE.'))).toEqual(['insult', 'shouting']);
    const both = checkTone(polite('Thanks SO much for wasting my afternoon.')).flags;
    // Flags on one sentence share its wording: using either replaces the sentence once.
    expect(new Set(both.map((f) => f.suggestion)).size).toBe(1);
  });

  it('flags each bad sentence in order', () => {
    const text = polite('Why wasn’t I chosen? I deserved it. The process was unfair.');
    expect(sentenceFlags(text).map((f) => f.kind)).toEqual(['asking-why', 'entitlement', 'blame']);
  });

  it('leaves polite sentences alone, even with words that can be rude elsewhere', () => {
    for (const sentence of [
      'I was disappointed, of course, but I appreciate your time.',
      'I know you can’t share details about the other candidates, and I respect that.',
      'As we discussed on the call last week, I’ve started a course in phlebotomy.',
      'I’ve given myself a deadline of the end of next month to finish the online training.',
      'I understand why you needed someone who speaks Welsh.',
      'I’m not asking why you decided as you did, only how I can get better.',
      'Please don’t feel obliged to call, an email is ideal.',
      'I’ll follow the company on LinkedIn so I see new openings.',
      'I’m sure whoever you picked will do a great job.',
      'I’ve registered for the CSCS card course so I’ll be site-ready next time.',
      'Good luck with the launch next month!',
      'I was frustrated with myself for freezing on the last question.',
      'Thank you for getting back to me by Friday as promised.',
    ])
      expect(sentenceFlags(polite(sentence)), sentence).toEqual([]);
  });
});

describe('checkTone: never two requests for tips after a swap', () => {
  it('offers a request in place of “why” only when the email has none', () => {
    const withRequest = polite('Why wasn’t I chosen?');
    const flag = sentenceFlags(withRequest)[0]!;
    expect(flag.suggestion).not.toMatch(/tips/);
    expect(tipsRequests(use(withRequest, flag))).toHaveLength(1);

    const without =
      'Hi Sam,\n\nThank you for the interview. Why wasn’t I chosen? Please keep me in mind for future roles.\n\nJo';
    const only = sentenceFlags(without)[0]!;
    expect(only.suggestion).toMatch(/2 or 3 tips/);
    const fixed = use(without, only);
    expect(tipsRequests(fixed)).toHaveLength(1);
    expect(checkTone(fixed).flags).toEqual([]);
  });

  it('keeps the request when the flagged sentence was the only one asking for tips', () => {
    const text =
      'Hi Sam,\n\nThank you for the interview. Send me your tips by Friday!!! Please keep me in mind for future roles.\n\nJo';
    const flags = sentenceFlags(text);
    expect(flags.map((f) => f.kind).sort()).toEqual(['pressure', 'shouting']);
    const fixed = use(text, flags[0]!);
    expect(tipsRequests(fixed)).toHaveLength(1);
    expect(checkTone(fixed).flags).toEqual([]);
  });
});

describe('checkTone: what the email must contain', () => {
  const paraphrases = [
    'Hey Sam,\n\nCheers for the interview. Any pointers on what I could work on? If something else comes up, please think of me.\n\nAl',
    'Dear Sir,\n\nI want to appreciate you for the opportunity. Kindly share your suggestions. Should a similar role come up, please keep my details on file.\n\nYours faithfully,\nAde',
    'Hi Jo,\n\nThank you po for the interview. May I ask for 2-3 advices on how to improve? Please count with me for future openings.\n\nMark',
    'hi lisa thx for the interview and for letting me know. could u flick me a few things to tighten up on? id love a shot down the track. ta, jade',
    'Dear Ms Li,\n\nI am grateful for your time. I would value two or three feedbacks about what I can improve. I hope there is another possibility to work together in future.\n\nZhang',
  ];

  it.each(paraphrases)('recognises thanks, a request for tips and future interest in other words: %s', (text) => {
    expect(checkTone(text).flags).toEqual([]);
  });

  it('flags each missing part, and puts its wording where it belongs', () => {
    const text = 'Hi Sam,\n\nI got your message about the role.\n\nBest,\nJo';
    const flags = checkTone(text).flags;
    expect(flags.map((f) => f.kind)).toEqual(['missing-thanks', 'missing-tips-request', 'missing-future-interest']);
    // One at a time, as a person would, reading the email again after each.
    let fixed = text;
    for (let left = checkTone(fixed).flags; left.length > 0; left = checkTone(fixed).flags)
      fixed = use(fixed, left[0]!);
    expect(fixed).toBe(
      'Hi Sam,\n\n' +
        `${kindTexts['missing-thanks'].wording}\n\nI got your message about the role.\n\n` +
        `${kindTexts['missing-tips-request'].wording}\n\n${kindTexts['missing-future-interest'].wording}\n\nBest,\nJo`,
    );
    expect(checkTone(fixed).flags).toEqual([]);
  });

  it('does not count thanks in the sign-off or thanks in advance', () => {
    const body = 'Could you tell me 2 or 3 things I could improve? Please keep me in mind for future roles.';
    for (const close of ['Thanks,\nJosh', 'Thanks in advance,\nJosh', 'thx\ndan', 'Thanking you in anticipation,\nRaj'])
      expect(
        checkTone(`Hi Sam,\n\n${body}\n\n${close}`).flags.map((f) => f.kind),
        close,
      ).toEqual(['missing-thanks']);
    expect(checkTone(`Hi Sam,\n\nThanks for the interview. ${body}\n\nThanks,\nJosh`).flags).toEqual([]);
  });

  it('asks only for the parts it is told to expect', () => {
    const reply = 'Hi Sam,\n\nThank you for the helpful feedback; I will put it into practice.\n\nJo';
    expect(checkTone(reply).flags.map((f) => f.kind)).toEqual(['missing-tips-request', 'missing-future-interest']);
    expect(checkTone(reply, { expect: { 'tips-request': false, 'future-interest': false } }).flags).toEqual([]);
  });

  it('flags an email past the word limit as too long', () => {
    const long = polite('I enjoyed the day. '.repeat(60));
    expect(checkTone(long).words).toBeGreaterThan(LONG_EMAIL_WORDS);
    expect(checkTone(long).flags.map((f) => f.kind)).toEqual(['too-long']);
    expect(checkTone(polite('I enjoyed the day.')).flags).toEqual([]);
  });

  it('treats an empty email as missing everything, and never throws on odd input', () => {
    expect(checkTone('').flags.map((f) => f.kind)).toEqual([
      'missing-thanks',
      'missing-tips-request',
      'missing-future-interest',
    ]);
    for (const odd of ['\uD83D', '!!!???', '\n\n\n', '😡'.repeat(500), 'a'.repeat(10_000)])
      expect(() => checkTone(odd)).not.toThrow();
  });
});

describe('checkTone: names typed in the form', () => {
  it('never reads a company, role or name as shouting or as a rude phrase', () => {
    const text = polite('I loved the studio at UNFAIR ADVANTAGE GAMES and the why not branding work.');
    expect(sentenceFlags(text).length).toBeGreaterThan(0);
    expect(checkTone(text, { ignore: ['UNFAIR ADVANTAGE GAMES', 'why not branding'] }).flags).toEqual([]);
  });
});

describe('calmVersion', () => {
  it('writes a shouted sentence calmly, keeping real acronyms and names', () => {
    expect(calmVersion('I REALLY wanted this job!!!')).toBe('I really wanted this job!');
    expect(calmVersion('WHY DID NOBODY TELL ME?!')).toBe('Why did nobody tell me?');
    expect(calmVersion("I'M SO UPSET WITH HR")).toBe("I'm so upset with HR.");
    expect(calmVersion('i LOVED meeting everyone 😍😍😍')).toBe('I loved meeting everyone.');
  });
});

describe('email:check', () => {
  it('gives each flag its kind, and the sentence unless it is about the whole email', () => {
    const result = checkEmail('Hi Sam,\n\nWhy wasn’t I picked?\n\nJo');
    expect(result).toEqual({
      flags: [
        { kind: 'asking-why', sentence: 'Why wasn’t I picked?' },
        { kind: 'missing-thanks' },
        { kind: 'missing-tips-request' },
        { kind: 'missing-future-interest' },
      ],
    });
    for (const f of result.flags) expect(flagKinds).toContain(f.kind);
  });

  it('reads a JSON array of emails from a file and prints one result per email', () => {
    const dir = mkdtempSync(join(tmpdir(), 'email-check-'));
    const file = join(dir, 'emails.json');
    writeFileSync(file, JSON.stringify([polite(''), polite('Please reply by Friday.')]));
    const node = process.execPath;
    const out = JSON.parse(execFileSync(node, ['scripts/email-check.ts', file], { encoding: 'utf8' })) as unknown;
    expect(out).toEqual([{ flags: [] }, { flags: [{ kind: 'pressure', sentence: 'Please reply by Friday.' }] }]);
    writeFileSync(file, '{"not": "an array"}');
    expect(() => execFileSync(node, ['scripts/email-check.ts', file], { stdio: 'pipe' })).toThrow(/JSON array/);
  });
});
