import { readReply } from '#/lib/reply/read.ts';
const notAdvice = [
  'You should receive your travel expenses within two weeks.',
  'You will need to return your visitor badge to reception if you still have it.',
  'You came across really well and the panel enjoyed meeting you.',
  'You should be really proud of how far you got in the process.',
  'Your answers were detailed and well thought through.',
  'We had well over two hundred people apply, which made this incredibly hard.',
  'The decision was made by the whole committee after a lot of discussion.',
  'Our team is growing quickly and we expect to hire again in the spring.',
  'I really hope you find something that suits you soon.',
  'It was clear you had done your homework on us.',
  'Please accept my apologies for the delay in getting back to you.',
  'I am afraid we will not be taking your application further.',
  'The role attracted a very high calibre of applicants this year.',
  'You were one of six people we interviewed.',
  'If you have any questions about this process you can email me directly.',
  'You might like to look at our graduate scheme, which opens in September.',
  'Honestly, there was very little between the final two.',
  'The successful candidate starts next month.',
  'We are a small team and every hire matters a lot to us.',
  'You have a great deal to offer the right employer.',
  'Your references were not needed at this stage.',
  'I could not have asked for more from the interview itself.',
  'We were all struck by how calm you were under pressure.',
  'Any hiring manager would be lucky to have you.',
  'I do hope this does not put you off applying to us again.',
  'We could not offer you the role this time.',
  'You were very easy to talk to and the team warmed to you.',
  'I know this is not the answer you were hoping for.',
  'The interview panel was made up of three senior managers.',
  'Your enthusiasm for the brand really shone through.',
];
const advice = [
  'You could make your CV shorter by cutting the older roles.',
  'Consider getting your forklift licence before applying again.',
  'The person we hired had led a team of ten, and that was the difference.',
  'If you want to move into management, get some experience leading projects first.',
  'Your answers were quite long and sometimes lost the question.',
  'Try to make more eye contact with the whole panel, not just the chair.',
  'I would have liked to hear more about why you want to work here.',
  'Your portfolio had no process work, only final images.',
  'A suit would have been more appropriate for a client-facing role.',
  'We felt you were not yet ready for a supervisory role.',
];
const wrap = (s: string) => `Dear Alex,\n\nThank you for your email.\n\n${s}\n\nBest wishes,\nSam`;
let fp = 0, fn = 0;
for (const s of notAdvice) { const r = readReply(wrap(s)); if (r.points.length) { fp++; console.log('FALSE', r.kind, s); } }
for (const s of advice) { const r = readReply(wrap(s)); if (!r.points.length) { fn++; console.log('MISS ', s); } else console.log('ok', r.kind, r.points[0]!.area, s) }
console.log({ fp, of: notAdvice.length, fn, ofA: advice.length });
