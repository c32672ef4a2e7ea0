import { readReply } from '#/lib/reply/read.ts';
const s = [
  "We'd encourage you to keep developing your skills and gaining experience.",
  "With a little more experience, I'm sure you'll be a great fit for a role like this.",
  'Keep building on your strengths and the right role will come.',
  'You may wish to consider our Graduate Scheme, which opens in September.',
  'I would encourage you to continue your professional development.',
  'You should be proud of the way you handled the day.',
  'Please use this as a learning experience.',
  'I think you have a bright future in the industry.',
  'We would recommend you take a look at our other vacancies.',
  'Make sure you sign up to our newsletter for updates.',
  'It might be worth keeping an eye on our website.',
  'You should hear from our HR team about expenses shortly.',
  'Try not to be too hard on yourself.',
  'Remember that every interview is practice for the next one.',
  'Perhaps a smaller company would suit you better at this stage of your career.',
  'You did nothing wrong; it simply came down to experience.',
  'It was your first interview in a while, so some nerves are natural.',
  'Your CV got you to the final round, so it is clearly doing its job.',
  'We were impressed, but in the end we went with someone more senior.',
  'Ultimately, the decision came down to fit with the existing team.',
];
const wrap = (x: string) => `Dear Alex,\n\nThank you for your email.\n\n${x}\n\nBest wishes,\nSam`;
for (const x of s) { const r = readReply(wrap(x)); console.log(r.points.length ? 'POINT ' + r.points[0]!.area : '-    ', x); }
