// Which keys sit next to each other on a QWERTY keyboard (the layout of nearly every phone and laptop readers of an
// English site use): a slip onto a neighbouring key is the commonest typo, so it costs less than any other change.
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** How far each row is shifted to the right of the one above, in keys. */
const SHIFT = [0, 0.25, 0.75];

const position = new Map<string, { x: number; y: number }>();
ROWS.forEach((row, y) => [...row].forEach((key, i) => position.set(key, { x: i + SHIFT[y]!, y })));

/** True when `a` and `b` are different keys that touch (same row side by side, or diagonally on the next row). */
export function areNeighbours(a: string, b: string): boolean {
  const p = position.get(a);
  const q = position.get(b);
  if (!p || !q || a === b) return false;
  const dy = Math.abs(p.y - q.y);
  const dx = Math.abs(p.x - q.x);
  return (dy === 0 && dx === 1) || (dy === 1 && dx <= 1);
}
