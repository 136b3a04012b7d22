import { csvCell } from '#linli/platform';
import { toCsv } from './exports.rules.js';

describe('hours export', () => {
  it('quotes what needs quoting and never lets a spreadsheet run a formula', () => {
    expect(csvCell('北村')).toBe('北村');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell(-5)).toBe("'-5");
  });

  it('writes a BOM, a header and one line per group with derived hours', () => {
    const csv = toCsv('village', [
      { key: 'v1', label: '北村', volunteers: 2, entries: 3, approvedMinutes: 90, pendingMinutes: 30 },
    ]);
    expect(csv.startsWith('\uFEFF村级服务点 Village,ID,')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('北村,v1,2,3,90,1.5,30');
  });
});
