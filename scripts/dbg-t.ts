import { checkTone } from '#/lib/feedback-email/tone-check.ts';
let t = performance.now(); checkTone('Hi Sam, thanks.'); console.log('first', (performance.now() - t).toFixed(1));
t = performance.now(); for (let i = 0; i < 100; i++) checkTone('Hi Sam,\n\nThank you for the interview. Could you share 2 or 3 tips? Please keep me in mind for future roles.\n\nJo'); console.log('per email', ((performance.now() - t) / 100).toFixed(2));
