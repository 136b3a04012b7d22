/** CSV cell: quoted when needed; a leading =,+,-,@ is neutralised so a spreadsheet never runs it as a formula. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV file as spreadsheets open it: a UTF-8 byte-order mark, CRLF line ends, a final line end. */
export function toCsvFile(rows: Array<Array<string | number>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
