import { CsvParser } from './csv-parser.js';

function parse(chunks: string[]): string[][] {
  const parser = new CsvParser();
  return [...chunks.flatMap((c) => parser.push(c)), ...parser.end()];
}

describe('CsvParser', () => {
  it('reads plain records with CRLF or LF and drops a BOM', () => {
    expect(parse(['\ufeff姓名,性别\r\n张三,男\n李四,女'])).toEqual([
      ['姓名', '性别'],
      ['张三', '男'],
      ['李四', '女'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parse(['a,"b, ""c""\nd",e\n'])).toEqual([['a', 'b, "c"\nd', 'e']]);
  });

  it('gives the same records however the text is split into chunks', () => {
    const text = 'x,"y\r\nz",1\r\n"q""",2\r\n';
    const whole = parse([text]);
    const bytewise = parse(text.split(''));
    expect(bytewise).toEqual(whole);
    expect(whole).toEqual([
      ['x', 'y\r\nz', '1'],
      ['q"', '2'],
    ]);
  });

  it('keeps empty fields and reads a last line without a line break', () => {
    expect(parse(['a,,c\n,,\nlast'])).toEqual([['a', '', 'c'], ['', '', ''], ['last']]);
  });
});
