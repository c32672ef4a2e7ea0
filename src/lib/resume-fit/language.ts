// Is a text written in English? The check reads English only, and says so rather than marking everything "not found"
// in a resume written in French or Spanish. Counted from the commonest short words of each language.

const ENGLISH = new Set(
  'the and of to in for with a on at by from is are was were be this that my our your as an or have has will'.split(
    ' ',
  ),
);
const OTHERS = new Set(
  `de la le les des du et en un une pour avec dans sur au aux est sont par qui que je mon ma mes
el los las del y con por para una es son al como mi su lo
der die das und mit für von zu im ist sind ein eine auf bei ich mein
il di e che per con nel della sono
o os as do da dos das em com para um uma na no é`.split(/\s+/),
);

export function looksEnglish(text: string): boolean {
  let english = 0;
  let other = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (ENGLISH.has(word)) english++;
    else if (OTHERS.has(word)) other++;
  }
  return !(other >= 6 && other > english * 1.5);
}
