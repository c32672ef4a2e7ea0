import { crossValidate } from './lib/reply-train.ts';
import { loadReplies } from './lib/reply-cases.ts';
import { figuresLine } from './lib/reply-figures.ts';
const old = (['dev', 'extra', 'dev3', 'dev4', 'dev5', 'dev6'] as const).flatMap(loadReplies);
console.log(figuresLine('cv 454', crossValidate(old)));
