// CSV for the admin export (RFC 4180), safe to open in a spreadsheet.

/** Quotes a cell when needed, and defuses text a spreadsheet would run as a formula (=, +, -, @ at the start). */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | null)[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}
