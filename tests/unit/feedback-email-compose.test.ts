import { describe, expect, it } from 'vitest';
import {
  composeFeedbackEmail,
  composeFollowUp,
  composeThankYouReply,
  defaultWording,
  wordingCount,
} from '#/lib/feedback-email/compose.ts';
import {
  emptyFields,
  feedbackAreas,
  fieldLimits,
  senderKinds,
  tones,
  validateFields,
  type ComposeInput,
  type FeedbackFields,
  type GreetForm,
} from '#/lib/feedback-email/fields.ts';
import { checkTone, LONG_EMAIL_WORDS } from '#/lib/feedback-email/tone-check.ts';
import { countWords } from '#/lib/text/words.ts';

const filled: FeedbackFields = {
  ...emptyFields,
  yourName: 'Jordan Lee',
  interviewerName: 'Sam Patel',
  recruiterName: 'Alex Kim',
  company: 'Northwind',
  role: 'Marketing Assistant',
};

function input(overrides: Partial<FeedbackFields> = {}): ComposeInput {
  const result = validateFields({ ...filled, ...overrides });
  if (!result.input) throw new Error(`invalid test input: ${JSON.stringify(result.errors)}`);
  return result.input;
}

const ignoreFor = (i: ComposeInput) => [
  i.yourName,
  i.greetName,
  i.interviewerName,
  i.interviewerTitle,
  i.company,
  i.role,
  i.when,
];

describe('composeFeedbackEmail', () => {
  const combos = tones.flatMap((tone) =>
    senderKinds.flatMap((toldBy) =>
      (['', ...feedbackAreas] as const).flatMap((area) =>
        [true, false].map((futureOpenings) => ({ tone, toldBy, area, futureOpenings })),
      ),
    ),
  );

  it.each(combos)('writes a complete, clean email for %o in every wording', (combo) => {
    for (const extras of [
      {},
      { when: 'second round', appreciated: 'The tour of the design studio.', interviewerTitle: 'Head of Marketing' },
    ]) {
      const i = input({ ...combo, ...extras });
      for (let variant = 0; variant < wordingCount(combo.tone); variant++) {
        const email = composeFeedbackEmail(i, variant);
        const where = `${JSON.stringify({ ...combo, ...extras })} wording ${email.wording}\n${email.body}`;
        expect(
          email.body.startsWith(`${['Hi', 'Dear', 'Hello'].find((g) => email.body.startsWith(g))} ${i.greetName},`),
          where,
        ).toBe(true);
        expect(email.body.endsWith(`\n${i.yourName}`), where).toBe(true);
        expect(email.body, where).toContain(i.role);
        expect(email.body, where).toContain(i.company);
        expect(email.body, where).toMatch(/\b2 or 3\b/);
        expect(email.body, where).toMatch(/\b(Thank you|Thanks)\b/);
        expect(/future/.test(email.body), where).toBe(combo.futureOpenings);
        expect(email.words, where).toBeGreaterThanOrEqual(80);
        expect(email.words, where).toBeLessThanOrEqual(180);
        expect(email.subject.length, where).toBeGreaterThan(5);
        expect(email.subject, where).not.toMatch(/\n/);
        const report = checkTone(email.body, {
          expect: { 'future-interest': combo.futureOpenings },
          ignore: ignoreFor(i),
        });
        expect(report.flags, where).toEqual([]);
      }
    }
  });

  it('asks the interviewer directly, and asks a recruiter to pass the request on', () => {
    const direct = composeFeedbackEmail(input({ toldBy: 'interviewer' })).body;
    expect(direct).toMatch(/^(Hi|Dear|Hello) Sam,/);
    expect(direct).not.toContain('Alex Kim');
    const inHouse = composeFeedbackEmail(input({ toldBy: 'recruiter', interviewerTitle: 'Head of Marketing' })).body;
    expect(inHouse).toMatch(/^(Hi|Dear|Hello) Alex,/);
    expect(inHouse).toMatch(/ask Sam Patel \(Head of Marketing\) (whether|if) they/);
    expect(inHouse).toContain('pass on any notes');
  });

  it('asks a staffing-agency recruiter to share what the client said, and mentions their other roles', () => {
    const agency = composeFeedbackEmail(input({ toldBy: 'agency', interviewerName: '' })).body;
    expect(agency).toMatch(/^(Hi|Dear|Hello) Alex,/);
    expect(agency).toContain('putting me forward');
    expect(agency).toMatch(
      /(comments|feedback|observations|points) Northwind (shared|gave|made)|Northwind (shared|gave)/,
    );
    expect(agency).toContain('the hiring manager');
    expect(agency).toMatch(/other roles you(’re| are) recruiting for/);
  });

  it('names the area the person wants feedback on', () => {
    for (const tone of tones) {
      expect(composeFeedbackEmail(input({ tone, area: 'resume' })).body).toMatch(/resume/);
      expect(composeFeedbackEmail(input({ tone, area: 'attitude' })).body).toMatch(/came across/);
      expect(composeFeedbackEmail(input({ tone, area: 'appearance' })).body).toMatch(/dress/);
      expect(composeFeedbackEmail(input({ tone, area: '' })).body).not.toMatch(/resume|came across|dress/);
    }
  });

  it('puts the interview date or stage in brackets once, even when the person typed brackets', () => {
    expect(composeFeedbackEmail(input({ when: '(second round).' })).body).toContain(
      'Marketing Assistant role at Northwind (second round).',
    );
  });

  it('uses the appreciated detail mid-sentence, without a stray capital or full stop', () => {
    const body = composeFeedbackEmail(input({ appreciated: '  The tour of the studio!  ' })).body;
    expect(body).toMatch(/ the tour of the studio\./);
  });

  it('picks the same wording for the same person and company, and cycles through all of them', () => {
    const i = input();
    expect(composeFeedbackEmail(i)).toEqual(composeFeedbackEmail({ ...i }));
    const seen = new Set<string>();
    for (let v = 0; v < wordingCount(i.tone); v++) seen.add(composeFeedbackEmail(i, v).body);
    expect(seen.size).toBe(wordingCount(i.tone));
    expect(composeFeedbackEmail(i, wordingCount(i.tone)).body).toBe(composeFeedbackEmail(i, 0).body);
    expect(composeFeedbackEmail(i, 0).wording).toBe(defaultWording(i));
  });

  it('starts different candidates for the same job on different wordings', () => {
    const names = [
      'Jordan Lee',
      'Priya Shah',
      'Tom Baker',
      'Ana Silva',
      'Chen Wei',
      'Fatima Khan',
      'Liam Murphy',
      'Olga Novak',
    ];
    const firsts = new Set(names.map((yourName) => composeFeedbackEmail(input({ yourName })).wording));
    expect(firsts.size).toBeGreaterThan(1);
  });

  it('stays under the length limit and clean with every field as long as real people make them', () => {
    const long = {
      yourName: 'Alexandra Montgomery-Fitzgerald',
      interviewerName: 'Dr Samantha Oyelaran-Whitfield',
      recruiterName: 'Christopher Vandenberg',
      interviewerTitle: 'Vice President of Product Design, Europe',
      company: 'Northwind Traders International',
      role: 'Senior Product Designer, Payments',
      when: 'the second round on 3 March 2026',
      appreciated: 'hearing about the plans for the new product line and how the design team is organised',
    };
    for (const tone of tones)
      for (const toldBy of senderKinds)
        for (let v = 0; v < 3; v++) {
          const i = input({ ...long, tone, toldBy, area: 'appearance' });
          const email = composeFeedbackEmail(i, v);
          expect(email.words, email.body).toBeLessThanOrEqual(LONG_EMAIL_WORDS);
          expect(checkTone(email.body, { ignore: ignoreFor(i) }).flags, email.body).toEqual([]);
        }
  });
});

describe('no slips from what people type (issue 13)', () => {
  const sentencesOf = (body: string) => body.split(/\n+|(?<=[.!?])\s+/).filter(Boolean);
  // Words a sentence may repeat: the little ones English cannot do without. Pairs of words may never repeat.
  const FUNCTION_WORDS = new Set(
    (
      'a an the and or but of to for in on at by with i you me my your it is be if so as we they their them that ' +
      'this any could would can might will have has do not what how'
    ).split(' '),
  );

  it('gives no double full stop after a company ending in "Inc." or "Ltd."', () => {
    for (const tone of tones)
      for (let v = 0; v < 3; v++) {
        for (const company of ['Acme Inc.', 'Smith & Co. Ltd.']) {
          const email = composeFeedbackEmail(input({ tone, company }), v);
          expect(email.body, email.body).not.toMatch(/\.\./);
          expect(email.subject).not.toMatch(/\.\./);
        }
      }
  });

  it('does not double the job noun when the role already has one', () => {
    for (const tone of tones)
      for (let v = 0; v < 3; v++) {
        const { body, subject } = composeFeedbackEmail(input({ tone, role: 'Store Manager position' }), v);
        expect(body + subject).not.toMatch(/\b(position|role) (position|role)\b/);
        expect(body).toContain('the Store Manager position at Northwind');
        const job = composeFeedbackEmail(input({ tone, role: 'Graduate Trainee role' }), v).body;
        expect(job).not.toMatch(/role (role|position)/);
      }
  });

  it('capitalises names typed in lower case, in the greeting and the sign-off', () => {
    const i = input({ yourName: 'jordan lee', interviewerName: "siobhán o'brien-murphy", greetAs: 'full' });
    const { body } = composeFeedbackEmail(i);
    expect(body.startsWith("Dear Siobhán O'Brien-Murphy,")).toBe(true);
    expect(body.endsWith('\nJordan Lee')).toBe(true);
    expect(input({ interviewerName: 'thandi van der merwe', greetAs: 'ms' }).greetName).toBe('Ms van der Merwe');
    // Capitals the person typed on purpose stay.
    expect(input({ yourName: 'Jean DUPONT' }).yourName).toBe('Jean DUPONT');
  });

  it('greets a full name by the form the person chose, never "Hi Sam Patel,"', () => {
    const forms: [GreetForm, RegExp][] = [
      ['first', /^(Hi|Dear|Hello) Sam,/],
      ['ms', /^Dear Ms Patel,/],
      ['mr', /^Dear Mr Patel,/],
      ['dr', /^Dear Dr Patel,/],
      ['mx', /^Dear Mx Patel,/],
      ['full', /^Dear Sam Patel,/],
    ];
    for (const tone of tones)
      for (let v = 0; v < 3; v++)
        for (const [greetAs, expected] of forms) {
          const body = composeFeedbackEmail(input({ tone, greetAs }), v).body;
          expect(body, `${tone} ${v} ${greetAs}`).toMatch(expected);
          expect(body).not.toMatch(/^(Hi|Hello) Sam Patel/);
        }
    // A name typed with its title, or one name only, is used as typed.
    expect(input({ interviewerName: 'Dr Patel', greetAs: 'first' }).greetName).toBe('Dr Patel');
    expect(composeFeedbackEmail(input({ interviewerName: 'Dr Patel' })).body).toMatch(/^Dear Dr Patel,/);
    expect(input({ interviewerName: 'Sam', greetAs: 'ms' }).greetName).toBe('Sam');
  });

  it('reads naturally when "one thing you appreciated" is a whole sentence', () => {
    for (const tone of tones)
      for (let v = 0; v < 3; v++) {
        const sentence = composeFeedbackEmail(
          input({ tone, appreciated: 'the team made me feel very welcome' }),
          v,
        ).body;
        expect(sentence).toContain(' The team made me feel very welcome.');
        expect(sentence).not.toMatch(/(enjoyed|appreciated|liked|valued|grateful for) the team made/);
        const own = composeFeedbackEmail(input({ tone, appreciated: 'You were really kind!' }), v).body;
        expect(own).toContain(' You were really kind!');
        const phrase = composeFeedbackEmail(input({ tone, appreciated: 'enjoyed the tour of the lab' }), v).body;
        expect(phrase).toMatch(/ the tour of the lab\./);
        expect(phrase).not.toMatch(/(enjoyed|appreciated|liked|valued) enjoyed/);
      }
  });

  it('repeats no word within a sentence, in any tone, wording, sender and area', () => {
    for (const tone of tones)
      for (const toldBy of senderKinds)
        for (const area of ['', ...feedbackAreas] as const)
          for (let v = 0; v < 3; v++) {
            const i = input({ tone, toldBy, area, interviewerTitle: 'Head of Marketing' });
            for (const sentence of sentencesOf(composeFeedbackEmail(i, v).body)) {
              const words = sentence
                .toLowerCase()
                .replace(/northwind|marketing assistant|sam patel|alex kim|head of marketing/g, ' ')
                .match(/[a-z’']+/g)!
                .filter((w) => !FUNCTION_WORDS.has(w));
              const repeated = words.filter((w, k) => words.indexOf(w) !== k);
              expect(repeated, `${tone} ${toldBy} ${area} ${v}: ${sentence}`).toEqual([]);
              const all = sentence.toLowerCase().match(/[a-z’']+/g)!;
              const pairs = all.slice(1).map((w, k) => `${all[k]} ${w}`);
              expect(
                pairs.filter((p, k) => pairs.indexOf(p) !== k),
                sentence,
              ).toEqual([]);
            }
          }
  });

  it('asks for tips in different words in each wording', () => {
    for (const tone of tones)
      for (const toldBy of senderKinds) {
        const requests = [0, 1, 2].map((v) =>
          sentencesOf(composeFeedbackEmail(input({ tone, toldBy }), v).body).find((s) => /2 or 3/.test(s)),
        );
        expect(new Set(requests).size, `${tone} ${toldBy}`).toBe(3);
      }
  });
});

describe('validateFields', () => {
  it('asks only for what the email needs, with one clear message per missing field', () => {
    const { errors, input: none } = validateFields(emptyFields);
    expect(none).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['company', 'interviewerName', 'role', 'yourName']);
    for (const message of Object.values(errors)) expect(message).toMatch(/^Enter /);
    const viaAgency = validateFields({ ...emptyFields, toldBy: 'agency' }).errors;
    expect(Object.keys(viaAgency).sort()).toEqual(['company', 'recruiterName', 'role', 'yourName']);
  });

  it('treats a field of spaces and line breaks as empty', () => {
    expect(validateFields({ ...filled, company: ' \n\t ' }).errors.company).toMatch(/^Enter /);
  });

  it('says how long a too-long field is and what the limit is', () => {
    const errors = validateFields({ ...filled, company: 'x'.repeat(500), appreciated: 'y'.repeat(101) }).errors;
    expect(errors.company).toBe(`Shorten this to ${fieldLimits.company} characters or fewer (it has 500).`);
    expect(errors.appreciated).toMatch(/100 characters or fewer \(it has 101\)/);
  });

  it('counts an emoji as one character and keeps it in the email', () => {
    const name = '🙂'.repeat(fieldLimits.yourName);
    const i = validateFields({ ...filled, yourName: name }).input!;
    expect(i.yourName).toBe(name);
    expect(composeFeedbackEmail(i).body.endsWith(name)).toBe(true);
  });

  it('keeps markup as plain text and never joins lines into the email', () => {
    const i = validateFields({
      ...filled,
      company: '<script>alert(1)</script>',
      role: 'Designer\n\nBcc: x@example.com',
    }).input!;
    const email = composeFeedbackEmail(i);
    expect(email.body).toContain('<script>alert(1)</script>');
    expect(email.subject + email.body).not.toContain('Designer\n');
    expect(i.role).toBe('Designer Bcc: x@example.com');
  });

  it('repairs half an emoji (a lone surrogate) instead of passing it on', () => {
    const i = validateFields({ ...filled, yourName: 'Jo \uD83D' }).input!;
    expect(i.yourName).toBe('Jo \uFFFD');
  });

  it('accepts one email address and refuses lists or display names', () => {
    expect(validateFields({ ...filled, toAddress: 'sam@example.com' }).errors.toAddress).toBeUndefined();
    for (const bad of ['sam@example.com, boss@example.com', 'Sam <sam@example.com>', 'sam', 'sam@example']) {
      expect(validateFields({ ...filled, toAddress: bad }).errors.toAddress, bad).toMatch(/one email address/);
    }
  });
});

describe('the replies after sending', () => {
  it('thanks them briefly when they answer, in the chosen tone, without a flag', () => {
    for (const tone of tones)
      for (const futureOpenings of [true, false]) {
        const i = input({ tone, futureOpenings });
        const reply = composeThankYouReply(i);
        expect(reply).toMatch(/^(Hi|Dear) Sam,/);
        expect(reply.endsWith('Jordan Lee')).toBe(true);
        expect(countWords(reply)).toBeLessThan(80);
        const flags = checkTone(reply, {
          expect: { 'tips-request': false, 'future-interest': futureOpenings },
          ignore: ignoreFor(i),
        }).flags;
        expect(flags).toEqual([]);
      }
  });

  it('writes one gentle follow-up for when nobody replies, with no pressure', () => {
    for (const tone of tones) {
      const i = input({ tone });
      const nudge = composeFollowUp(i);
      expect(nudge).toMatch(/2 or 3 tips/);
      expect(nudge).toMatch(/if not/);
      expect(checkTone(nudge, { expect: { 'future-interest': false }, ignore: ignoreFor(i) }).flags).toEqual([]);
    }
  });
});
