import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { CSV_MAX_RECORD_CHARS, csvFileRecords, csvRecords, CsvSyntaxError } from './csv-parser.js';

async function records(source: AsyncGenerator<{ line: number; cells: string[] }>) {
  const out: { line: number; cells: string[] }[] = [];
  for await (const record of source) out.push(record);
  return out;
}

const parse = async (chunks: string[]) => (await records(csvRecords(Readable.from(chunks)))).map((r) => r.cells);

async function failure(chunks: string[]): Promise<CsvSyntaxError> {
  try {
    await records(csvRecords(Readable.from(chunks)));
  } catch (error) {
    if (error instanceof CsvSyntaxError) return error;
    throw error;
  }
  throw new Error('parsed without an error');
}

describe('CSV records', () => {
  it('reads plain records with CRLF or LF, mixed in one file, and drops a BOM', async () => {
    expect(await parse(['\ufeff姓名,性别\r\n张三,男\n李四,女'])).toEqual([
      ['姓名', '性别'],
      ['张三', '男'],
      ['李四', '女'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', async () => {
    expect(await parse(['a,"b, ""c""\nd",e\n'])).toEqual([['a', 'b, "c"\nd', 'e']]);
  });

  it('gives the same records however the text is split into chunks', async () => {
    const text = 'x,"y\r\nz",1\r\n"q""",2\r\n九龙,"街道"\r\n';
    const whole = await parse([text]);
    const charwise = await parse(text.split(''));
    expect(charwise).toEqual(whole);
    expect(whole).toEqual([
      ['x', 'y\r\nz', '1'],
      ['q"', '2'],
      ['九龙', '街道'],
    ]);
  });

  it('keeps empty fields and blank lines, and reads a last line without a line break', async () => {
    expect(await parse(['a,,c\n,,\n\nlast'])).toEqual([['a', '', 'c'], ['', '', ''], [''], ['last']]);
  });

  it('numbers records as the sheet numbers rows: a quoted line break stays in its row, blank rows count', async () => {
    const numbered = await records(csvRecords(Readable.from(['姓名,技能\r\n张三,"唱歌\r\n跳舞"\r\n\r\n李四,\r\n'])));
    expect(numbered.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    expect(numbered[3].cells).toEqual(['李四', '']);
  });

  it('reads what spreadsheets export: short and long rows, a stray quote, spaces around quotes', async () => {
    expect(await parse(['姓名,性别,手机号\r\n张三,男\r\n李四,女,139,extra\r\n27" 显示器,"王五" ,x\r\n'])).toEqual([
      ['姓名', '性别', '手机号'],
      ['张三', '男'],
      ['李四', '女', '139', 'extra'],
      ['27" 显示器', '王五', 'x'],
    ]);
  });

  it('refuses an unclosed quote and an endless record, naming the row that cannot be read', async () => {
    const open = await failure(['a,b\r\n\r\nc,"never closed\r\nmore\r\n']);
    expect(open).toMatchObject({ row: 3, reason: 'CSV_QUOTE_NOT_CLOSED' });
    const huge = await failure([`a,"${'x'.repeat(CSV_MAX_RECORD_CHARS + 10)}"\n`]);
    expect(huge).toMatchObject({ row: 1, reason: 'CSV_MAX_RECORD_SIZE' });
  });

  describe('from a file', () => {
    let dir: string;
    beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'linli-csv-'))));
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('decodes GB18030, which Node’s Buffer cannot', async () => {
      const path = join(dir, 'gbk.csv');
      // 姓名,性别\r\n张三,男\r\n in GB18030
      await writeFile(path, Buffer.from('d0d5c3fb2cd0d4b1f00d0ad5c5c8fd2cc4d00d0a', 'hex'));
      expect((await records(csvFileRecords(path, 'gb18030'))).map((r) => r.cells)).toEqual([
        ['姓名', '性别'],
        ['张三', '男'],
      ]);
    });

    it('refuses bytes that are not in the encoding', async () => {
      const path = join(dir, 'broken.csv');
      await writeFile(path, Buffer.from([0x61, 0x2c, 0xff, 0xfe, 0x0a]));
      await expect(records(csvFileRecords(path, 'utf-8'))).rejects.toMatchObject({ reason: 'ENCODING' });
    });
  });
});
