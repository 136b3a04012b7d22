import { renderCalendar, type CalendarEvent } from './ical.js';

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

/** The VEVENT with this UID, unfolded. */
function eventOf(text: string, uid: string): string {
  const events = unfold(text).split('BEGIN:VEVENT').slice(1);
  const found = events.find((e) => e.includes(`\r\nUID:${uid}\r\n`));
  if (!found) throw new Error(`no event ${uid}`);
  return found.slice(0, found.indexOf('END:VEVENT'));
}

describe('iCal rendering', () => {
  const desk: CalendarEvent = {
    uid: 'abc@linli',
    startsAt: new Date('2021-12-06T09:00:00+08:00'),
    endsAt: new Date('2021-12-06T12:00:00+08:00'),
    summary: '轮值志愿者, 服务大厅',
    location: '九龙街道便民服务大厅; 一楼',
    updatedAt: new Date('2021-12-01T08:00:00Z'),
    sequence: 3600,
  };

  it('renders a confirmed shift in the station’s local time with its TZID, VTIMEZONE and CRLF line ends', () => {
    const text = renderCalendar('陈志愿的志愿班次', [desk], 'Asia/Shanghai', new Date('2021-12-01T00:00:00Z'));
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const flat = unfold(text);
    expect(flat).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(flat).toContain('\r\nX-WR-TIMEZONE:Asia/Shanghai\r\n');
    expect(flat).toContain('\r\nX-WR-CALNAME:陈志愿的志愿班次\r\n');
    expect(flat).toMatch(
      /\r\nBEGIN:VTIMEZONE\r\nTZID:Asia\/Shanghai\r\n[\s\S]*TZOFFSETTO:\+0800[\s\S]*END:VTIMEZONE\r\n/,
    );
    const event = eventOf(text, 'abc@linli');
    expect(event).toContain('\r\nDTSTART;TZID=Asia/Shanghai:20211206T090000\r\n');
    expect(event).toContain('\r\nDTEND;TZID=Asia/Shanghai:20211206T120000\r\n');
    expect(event).toContain('\r\nSEQUENCE:3600\r\n');
    expect(event).toContain('\r\nDTSTAMP:20211201T080000Z\r\n');
    expect(event).toContain('\r\nSTATUS:CONFIRMED\r\n');
    expect(event).toContain('SUMMARY:轮值志愿者\\, 服务大厅');
    expect(event).toContain('LOCATION:九龙街道便民服务大厅\\; 一楼');
    expect(event).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT2H\r\n[\s\S]*END:VALARM/);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('keeps a cancelled place as STATUS:CANCELLED, without an alarm', () => {
    const text = renderCalendar(
      'feed',
      [desk, { ...desk, uid: 'gone@linli', sequence: 7200, cancelled: true }],
      'Asia/Shanghai',
    );
    const gone = eventOf(text, 'gone@linli');
    expect(gone).toContain('\r\nSTATUS:CANCELLED\r\n');
    expect(gone).toContain('\r\nSEQUENCE:7200\r\n');
    expect(gone).not.toContain('VALARM');
  });

  it('writes a Berlin station’s shifts at Berlin wall-clock time on either side of the DST change', () => {
    const text = renderCalendar(
      'Berlin',
      [
        {
          ...desk,
          uid: 'summer@linli',
          startsAt: new Date('2021-10-30T07:00:00Z'),
          endsAt: new Date('2021-10-30T08:00:00Z'),
        },
        {
          ...desk,
          uid: 'winter@linli',
          startsAt: new Date('2021-11-01T08:00:00Z'),
          endsAt: new Date('2021-11-01T09:00:00Z'),
        },
      ],
      'Europe/Berlin',
    );
    expect(eventOf(text, 'summer@linli')).toContain('DTSTART;TZID=Europe/Berlin:20211030T090000');
    expect(eventOf(text, 'winter@linli')).toContain('DTSTART;TZID=Europe/Berlin:20211101T090000');
    expect(unfold(text)).toMatch(/BEGIN:DAYLIGHT[\s\S]*TZOFFSETTO:\+0200/);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const text = renderCalendar('feed', [{ ...desk, summary: '九'.repeat(40) }], 'Asia/Shanghai');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(eventOf(text, 'abc@linli')).toContain(`SUMMARY:${'九'.repeat(40)}`);
  });
});
