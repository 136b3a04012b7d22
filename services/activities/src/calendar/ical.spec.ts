import { foldLine, icalText, renderCalendar } from './ical.js';

describe('iCal rendering', () => {
  it('renders confirmed shifts as VEVENTs in UTC with CRLF line ends', () => {
    const text = renderCalendar(
      '陈志愿的志愿班次',
      [
        {
          uid: 'abc@linli',
          startsAt: new Date('2021-12-06T09:00:00+08:00'),
          endsAt: new Date('2021-12-06T12:00:00+08:00'),
          summary: '轮值志愿者, 服务大厅',
          location: '九龙街道便民服务大厅; 一楼',
        },
      ],
      new Date('2021-12-01T00:00:00Z'),
    );
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text).toContain('\r\nUID:abc@linli\r\n');
    expect(text).toContain('\r\nDTSTART:20211206T010000Z\r\nDTEND:20211206T040000Z\r\n');
    expect(text).toContain('SUMMARY:轮值志愿者\\, 服务大厅');
    expect(text).toContain('LOCATION:九龙街道便民服务大厅\\; 一楼');
    expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'九'.repeat(40)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe(line);
    expect(icalText('a\nb')).toBe('a\\nb');
  });
});
