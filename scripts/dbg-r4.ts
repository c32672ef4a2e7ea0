import * as C from '#/lib/reply/cues.ts';
import { AREA_CUES } from '#/lib/reply/areas.ts';
import { areaOf } from '#/lib/reply/read.ts';
for (const s of process.argv.slice(2)) {
  for (const [k, v] of Object.entries(C)) if (v instanceof RegExp) { const m = v.exec(s); if (m) console.log(k, JSON.stringify(m[0])); }
  for (const [k, v] of Object.entries(C.POLITENESS)) { const m = v.exec(s); if (m) console.log('polite', k, JSON.stringify(m[0])); }
  for (const c of AREA_CUES) { const m = s.match(new RegExp(c.words.source, 'gi')); if (m) console.log('area', c.area, c.weight, m); }
  console.log('areaOf', areaOf(s, s, 0));
}
