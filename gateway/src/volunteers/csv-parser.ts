import { CsvError, parse, type Options } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { pipeline, Transform, type Readable } from 'node:stream';

/** The longest record read, in characters: far beyond any real row, short of holding a broken file in memory. */
export const CSV_MAX_RECORD_CHARS = 1024 * 1024;

/**
 * How `csv-parse` reads a volunteer sheet (RFC 4180, with what real spreadsheet exports need):
 * a leading BOM dropped; CRLF, LF or CR line ends, mixed in one file (a sheet edited on two
 * systems); rows shorter or longer than the header (Excel leaves trailing empty cells out);
 * a quote inside an unquoted field kept as text (`5"`); spaces around a quoted field ignored.
 * Blank lines are kept, as records of one empty cell, so record numbers stay the sheet's row
 * numbers (the caller skips them).
 */
export const CSV_OPTIONS: Options = {
  bom: true,
  record_delimiter: ['\r\n', '\n', '\r'],
  relax_column_count: true,
  relax_quotes: true,
  trim: true,
  skip_empty_lines: false,
  max_record_size: CSV_MAX_RECORD_CHARS,
};

/**
 * A file that is not readable CSV: the row (record, counted as `csvRecords` counts them) that
 * could not be read, and why (`csv-parse`'s code, or `ENCODING`).
 */
export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Bytes to text with `TextDecoder`, which knows GB18030 (Excel's "CSV" on Chinese Windows) where
 * Node's Buffer decoding does not; a character split between chunks is decoded whole.
 */
export function decodeText(encoding: string): Transform {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const fail = () => new CsvSyntaxError(0, 'ENCODING', `The file is not valid ${encoding}`);
  return new Transform({
    decodeStrings: true,
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch {
        done(fail());
      }
    },
    flush(done) {
      try {
        const rest = decoder.decode();
        done(null, rest || undefined);
      } catch {
        done(fail());
      }
    },
  });
}

/**
 * The records of a CSV text stream, streamed: `csv-parse` holds at most the record it is reading,
 * so memory stays flat whatever the file size. `line` counts records from 1 (the header), blank
 * ones included, as a spreadsheet numbers its rows; a quoted field's line breaks stay in the
 * record. A syntax error (an unclosed quote, a record over the size limit) ends the stream with
 * a `CsvSyntaxError` naming the row that could not be read.
 */
export async function* csvRecords(text: Readable): AsyncGenerator<{ line: number; cells: string[] }> {
  const parser = parse(CSV_OPTIONS);
  text.on('error', (error) => parser.destroy(error));
  text.pipe(parser);
  let line = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      line++;
      yield { line, cells };
    }
  } catch (error) {
    // The row is the record that could not be read: csv-parse counts the records it finished,
    // which may be more than reached this loop (a stream that fails drops what it buffered).
    if (error instanceof CsvError) {
      const { records } = error as CsvError & { records?: number };
      throw new CsvSyntaxError((typeof records === 'number' ? records : line) + 1, error.code, error.message);
    }
    if (error instanceof CsvSyntaxError) throw new CsvSyntaxError(line + 1, error.reason, error.message);
    throw error;
  } finally {
    text.unpipe(parser);
    text.destroy();
  }
}

/** The records of a CSV file in `encoding`, as `csvRecords` gives them. */
export function csvFileRecords(path: string, encoding: string): AsyncGenerator<{ line: number; cells: string[] }> {
  const text = pipeline(createReadStream(path, { highWaterMark: 256 * 1024 }), decodeText(encoding), () => undefined);
  return csvRecords(text);
}
