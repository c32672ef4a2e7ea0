// The tone check's figures on the labelled set (tests/fixtures/tone-check), held to thresholds: what was measured
// when the rules were written, less a small margin (about one case of an unseen split). `npm run -s email:eval`
// prints the same figures. The unseen splits are measured, never tuned on: see the GUIDE.md there.
import { describe, expect, it } from 'vitest';
import { evaluate, overall, presentSplits, type Split } from '../../scripts/email-evaluation.ts';

interface Thresholds {
  /** All sentence kinds together (micro-averaged); null for a split of whole emails only. */
  sentencePrecision: number | null;
  sentenceRecall: number | null;
  /** Labelled-clean sentences with no flag. */
  cleanSentences: number | null;
  /** Flawed emails flagged with a fitting kind; clean emails with no flag at all. */
  flawedEmails: number;
  cleanEmails: number;
  /** The least the split holds: single sentences and whole emails. */
  size: { sentences: number; emails: number };
  /** How many of the 14 sentence kinds the split has labelled cases of. */
  kinds: number;
}

// Measured after round 4, with the learned model (dev, now with the r4 batches / unseen / unseen2 / unseen3): precision
// 98.3 / 90.8 / – / –, recall 99.6 / 88.6 / – / –, clean sentences 99.9 / 95.5 / – / –, flawed emails flagged
// 92.5 / 88.9 / 92.0 / 83.3, clean emails clean 97.3 / 100.0 / 92.0 / 93.3. After round 3 (rules alone) they were
// flawed 98.5 / 88.9 / 84.0 / 76.7 and clean 100.0 / 100.0 / 96.0 / 90.0 (dev without r4). unseen2 (50 emails) was
// first measured once after round 2 (76.0 / 96.0); unseen3 (60 emails, written blind) once after round 3.
// unseen4 (60 emails, written blind during round 4) was measured once, after round 4's model was final: flawed emails
// flagged 96.7, clean emails clean 93.3 (flags: precision 90.2, recall 90.2).
// Round 5 (the model's veto, r5 in training; dev now with r5): dev 93.0 / 95.9, unseen 88.9 / 95.0 (sentences:
// precision 91.7, recall 90.2, clean 95.5), unseen2 92.0 / 92.0, unseen3 83.3 / 93.3, unseen4 96.7 / 93.3.
// unseen5 (60 emails, written blind during round 5) was measured once, after round 5 was final: flawed emails
// flagged 90.0, clean emails clean 80.0 (flags: precision 78.9, recall 64.4).
// Round 6 (the model's gate, a few structural rules, r6a in training): dev 92.7 / 97.5, unseen 88.9 / 100.0
// (sentences: precision 94.0, recall 88.6, clean 98.2), unseen2 88.0 / 96.0, unseen3 83.3 / 93.3, unseen4 100.0 /
// 96.7, unseen5 86.7 / 80.0. unseen6 (60 emails, written blind during round 6) was measured once, after round 6 was
// final: flawed emails flagged 93.3, clean emails clean 96.7 (flags: precision 92.1, recall 79.5).
// Round 7 (features for how a dig is wrapped, regressions that choose the kind among flawed sentences, r7a in
// training): dev 91.8 / 97.4 (sentences: precision 98.3, recall 99.6, clean 99.9), unseen 88.9 / 100.0 (sentences:
// precision 90.9, recall 89.4, clean 97.3), unseen2 96.0 / 92.0, unseen3 80.0 / 96.7, unseen4 100.0 / 93.3, unseen5
// 93.3 / 80.0, unseen6 100.0 / 96.7; grouped CV over the 23 groups of dev 88.0 / 96.7
// (round 6's check on the same groups: 86.4 / 96.4). unseen7 (60 emails, written blind during round 7) was measured
// once, after round 7 was final: flawed emails flagged 86.7, clean emails clean 93.3 (flags: precision 79.5, recall
// 79.5); round 6's check read it at 83.3 / 93.3.
// A later unseen split gets its thresholds once it has been measured, once, after the round it was written for.
const thresholds: Partial<Record<Split, Thresholds>> = {
  dev: {
    sentencePrecision: 0.97,
    sentenceRecall: 0.97,
    cleanSentences: 0.98,
    flawedEmails: 0.91,
    cleanEmails: 0.96,
    size: { sentences: 400, emails: 60 },
    kinds: 14,
  },
  unseen: {
    sentencePrecision: 0.9,
    sentenceRecall: 0.88,
    cleanSentences: 0.96,
    flawedEmails: 0.83,
    cleanEmails: 0.95,
    size: { sentences: 200, emails: 30 },
    kinds: 14,
  },
  unseen2: {
    sentencePrecision: null,
    sentenceRecall: null,
    cleanSentences: null,
    flawedEmails: 0.92,
    cleanEmails: 0.88,
    size: { sentences: 0, emails: 50 },
    kinds: 14,
  },
  unseen3: {
    sentencePrecision: null,
    sentenceRecall: null,
    cleanSentences: null,
    flawedEmails: 0.76,
    cleanEmails: 0.93,
    size: { sentences: 0, emails: 60 },
    kinds: 14,
  },
  unseen4: {
    sentencePrecision: null,
    sentenceRecall: null,
    cleanSentences: null,
    flawedEmails: 0.96,
    cleanEmails: 0.9,
    size: { sentences: 0, emails: 60 },
    kinds: 14,
  },
  unseen5: {
    sentencePrecision: null,
    sentenceRecall: null,
    cleanSentences: null,
    flawedEmails: 0.9,
    cleanEmails: 0.76,
    size: { sentences: 0, emails: 60 },
    kinds: 14,
  },
  unseen6: {
    sentencePrecision: null,
    sentenceRecall: null,
    cleanSentences: null,
    flawedEmails: 0.96,
    cleanEmails: 0.93,
    size: { sentences: 0, emails: 60 },
    kinds: 14,
  },
  unseen7: {
    sentencePrecision: null,
    sentenceRecall: null,
    cleanSentences: null,
    flawedEmails: 0.86,
    cleanEmails: 0.93,
    size: { sentences: 0, emails: 60 },
    kinds: 14,
  },
};

// Every split whose files are on the branch (a later unseen split counts once merged).
describe.each(presentSplits())('the tone check on the %s split', (split) => {
  const result = evaluate(split);
  const t = thresholds[split];
  if (!t)
    throw new Error(`The ${split} split has no thresholds: measure it once (npm run -s email:eval) and set them.`);

  // A split of whole emails only has no single sentences to score.
  if (t.sentencePrecision !== null)
    it('finds the kinds of problem in single sentences', () => {
      const all = overall(result.sentences.perKind);
      expect(all.precision).toBeGreaterThanOrEqual(t.sentencePrecision!);
      expect(all.recall).toBeGreaterThanOrEqual(t.sentenceRecall!);
      expect(result.sentences.cleanKeptClean).toBeGreaterThanOrEqual(t.cleanSentences!);
    });

  it('flags flawed emails with a fitting kind and leaves clean ones alone', () => {
    expect(result.emails.flawedFittingFlag).toBeGreaterThanOrEqual(t.flawedEmails);
    expect(result.emails.cleanNoFlag).toBeGreaterThanOrEqual(t.cleanEmails);
  });

  it('measures a set large enough to mean something', () => {
    expect(result.sentences.cases).toBeGreaterThanOrEqual(t.size.sentences);
    expect(result.emails.flawed + result.emails.clean).toBeGreaterThanOrEqual(t.size.emails);
    // The kinds of problem in the set (every one, for the splits with single sentences).
    const perKind = result.sentences.cases > 0 ? result.sentences.perKind : result.emails.perKind;
    const kinds = new Set(
      perKind
        .filter((k) => k.labelled > 0 && k.kind !== 'too-long' && !k.kind.startsWith('missing'))
        .map((k) => k.kind),
    );
    expect(kinds.size).toBeGreaterThanOrEqual(t.kinds);
  });
});
