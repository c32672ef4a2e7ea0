import { readReply } from '#/lib/reply/read.ts';
const texts = [
`Dear Alex,

Thank you for attending the interview. Please find the panel's feedback below.

Strengths:
- Clear understanding of safeguarding procedures
- Good examples of working with families
- Calm and professional manner

Areas for development:
- Limited experience of supervising staff
- Answers on budget management lacked detail

Overall score: 58/100 (appointable score 65).

Kind regards,
Recruitment Team`,
`Hi Alex,

What went well: your portfolio review, your questions for us, your energy.
What could be better: the whiteboard exercise, where you struggled to explain your trade-offs.

Cheers,
Sam`,
`Hello Alex,

Thanks for your patience while we finished the process. We interviewed eight people over two days and the standard was very high.

The panel liked a lot about your interview. You were well prepared, your examples were relevant and you clearly understood the role. In the end, another candidate had more direct experience of leading audits, and that tipped the balance.

We'll keep your details and may be in touch if a similar role comes up. Thanks again, and good luck.

Sam Price
Head of Quality | Norfield Foods
T: 01632 960 123 | www.norfield.example
Norfield Foods Ltd, registered in England No. 0123456`,
`Hi Alex -- quick one as I'm between meetings. Team really liked you!! honestly it was close. we went w someone who'd done more B2B SaaS. if you can get some B2B under your belt you'd be a shoo-in next time. ping me anytime :)`,
];
for (const t of texts) { const r = readReply(t); console.log(r.kind, JSON.stringify(r.points.map((p) => [p.area, p.text]), null, 0)); }
