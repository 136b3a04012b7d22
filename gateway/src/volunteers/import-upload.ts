import { HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import busboy from 'busboy';
import ExcelJS from 'exceljs';
import { createReadStream, createWriteStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  IMPORT_BATCH_ROWS,
  IMPORT_COLUMNS,
  IMPORT_MAX_BYTES,
  IMPORT_UPLOAD_ERRORS,
  ImportQuery,
  ImportResultDto,
  REQUIRED_IMPORT_COLUMNS,
  VolunteersApi,
  type ImportField,
  type ImportFormat,
  type ImportRejection,
  type ImportRowDto,
} from '#linli/contracts';
import { DomainException, ServiceClient, wellFormedText, type CallerContext } from '#linli/platform';
import { ApiErrorsOf } from '../common/api-errors.decorator.js';
import type { HttpRequest } from '../common/http.js';
import { HttpCaller } from '../common/request-context.js';
import { csvFileRecords, CsvSyntaxError } from './csv-parser.js';

const api = VolunteersApi.operations;
const BATCH_TIMEOUT_MS = 60_000;
const MAX_REJECTIONS = 1000;

const fileError = (code: keyof typeof IMPORT_UPLOAD_ERRORS, message: string, details?: Record<string, unknown>) =>
  new DomainException(code, IMPORT_UPLOAD_ERRORS[code], message, details);

/**
 * A cell as a field value: trimmed, at most 1,000 characters, without the NUL bytes and broken
 * surrogates that spreadsheets sometimes carry (which the validation pipe would refuse for the
 * whole batch of rows, not just this one).
 */
const fieldText = (cell: string): string => wellFormedText(cell.trim().slice(0, 1000));

/** What the gateway refuses about the file itself; the codes and statuses are declared in the contracts. */
export const ImportFileErrors = {
  tooLarge: () =>
    fileError('IMPORT.TOO_LARGE', '文件超过 20 MB / The file is larger than 20 MB', { maxBytes: IMPORT_MAX_BYTES }),
  unsupported: (type: string) =>
    fileError('IMPORT.UNSUPPORTED_TYPE', '只支持 CSV 或 XLSX 文件 / Only CSV or XLSX files can be imported', {
      type,
    }),
  empty: () => fileError('IMPORT.EMPTY', '文件没有数据行 / The file has no data rows'),
  unknownHeaders: (unknown: string[], known: string[]) =>
    fileError('IMPORT.UNKNOWN_HEADERS', `无法识别的列：${unknown.join('、')} / Unknown columns`, { unknown, known }),
  missingHeaders: (missing: string[]) =>
    fileError('IMPORT.MISSING_HEADERS', `缺少必需的列：${missing.join('、')} / Required columns are missing`, {
      missing,
    }),
  noFile: () => fileError('IMPORT.EMPTY', '请求中没有文件 / No file in the request'),
  malformed: (row: number, reason: string) =>
    fileError(
      'IMPORT.CSV_MALFORMED',
      `CSV 文件第 ${row} 行无法读取（如引号未闭合），请从表格重新另存为 CSV / Row ${row} of the CSV file cannot be read`,
      { row, reason },
    ),
};

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_MIMES = [
  'text/csv',
  'application/csv',
  'text/plain',
  'application/vnd.ms-excel',
  'text/comma-separated-values',
];

export interface Upload {
  dir: string;
  path: string;
  format: ImportFormat;
  fileName?: string;
  bytes: number;
}

/** Counts bytes through a pipe and fails with 413 past the limit. */
function limiter(max: number, seen: { bytes: number }) {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen.bytes += chunk.length;
      if (seen.bytes > max) done(ImportFileErrors.tooLarge());
      else done(null, chunk);
    },
  });
}

/**
 * Streams the upload (a raw CSV/XLSX body or one file in multipart/form-data) to a private temp
 * file, never holding it in memory, and decides its format from the declared type and its bytes.
 */
export async function receiveUpload(req: IncomingMessage): Promise<Upload> {
  const declaredLength = Number(req.headers['content-length'] ?? 0);
  if (declaredLength > IMPORT_MAX_BYTES + 64 * 1024) {
    req.resume();
    throw ImportFileErrors.tooLarge();
  }
  const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const dir = await mkdtemp(join(tmpdir(), 'linli-import-'));
  const path = join(dir, 'upload');
  const seen = { bytes: 0 };
  try {
    let declared = contentType;
    let fileName: string | undefined;
    if (contentType === 'multipart/form-data') {
      ({ declared, fileName } = await receiveMultipart(req, path, seen));
    } else if (
      contentType === XLSX_MIME ||
      CSV_MIMES.includes(contentType) ||
      contentType === 'application/octet-stream'
    ) {
      await pipeline(req, limiter(IMPORT_MAX_BYTES, seen), createWriteStream(path, { mode: 0o600 }));
    } else {
      req.resume();
      throw ImportFileErrors.unsupported(contentType || 'none');
    }
    if (seen.bytes === 0) throw ImportFileErrors.empty();
    const format = await sniff(path, declared, fileName);
    return { dir, path, format, fileName, bytes: seen.bytes };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

function receiveMultipart(
  req: IncomingMessage,
  path: string,
  seen: { bytes: number },
): Promise<{ declared: string; fileName?: string }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: IMPORT_MAX_BYTES } });
    } catch {
      reject(ImportFileErrors.unsupported('multipart/form-data'));
      return;
    }
    let file: Promise<{ declared: string; fileName?: string }> | undefined;
    parser.on('file', (_field, stream, info) => {
      file = (async () => {
        let truncated = false;
        stream.on('limit', () => (truncated = true));
        await pipeline(stream, limiter(IMPORT_MAX_BYTES, seen), createWriteStream(path, { mode: 0o600 }));
        if (truncated) throw ImportFileErrors.tooLarge();
        return { declared: (info.mimeType ?? '').toLowerCase(), fileName: info.filename };
      })();
      file.catch(() => stream.resume());
    });
    parser.on('error', () => reject(ImportFileErrors.unsupported('multipart/form-data')));
    parser.on('close', () => {
      if (!file) reject(ImportFileErrors.noFile());
      else file.then(resolve, reject);
    });
    req.pipe(parser);
  });
}

/** XLSX is a zip (PK\x03\x04); CSV must be text (no NUL bytes). Anything else is refused. */
async function sniff(path: string, declared: string, fileName?: string): Promise<ImportFormat> {
  const handle = await open(path, 'r');
  const head = Buffer.alloc(8192);
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  await handle.close();
  const bytes = head.subarray(0, bytesRead);
  const ext = fileName?.toLowerCase().split('.').pop();
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    if (declared === XLSX_MIME || ext === 'xlsx' || declared === 'application/octet-stream') return 'xlsx';
    throw ImportFileErrors.unsupported(declared);
  }
  const textual =
    CSV_MIMES.includes(declared) || ext === 'csv' || (declared === 'application/octet-stream' && ext === 'csv');
  if (textual && !bytes.includes(0)) return 'csv';
  throw ImportFileErrors.unsupported(declared || ext || 'unknown');
}

/** Every record of the sheet as text cells, header first; blank records skipped. `line` is the sheet row number. */
export async function* readSheet(upload: Upload, encoding: string): AsyncGenerator<{ line: number; cells: string[] }> {
  if (upload.format === 'csv') {
    try {
      for await (const record of csvFileRecords(upload.path, encoding))
        if (record.cells.some((c) => c.trim() !== '')) yield record;
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw ImportFileErrors.malformed(error.row, error.reason);
      throw error;
    }
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(upload.path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      const cells = Array.from(values, cellText);
      if (cells.some((c) => c.trim() !== '')) yield { line: row.number, cells };
    }
    break; // the first worksheet only
  }
}

function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value && value.result !== undefined) return cellText(value.result as ExcelJS.CellValue);
  }
  return String(value);
}

/** UTF-8 unless the bytes are not valid UTF-8, then GB18030 (Excel's "CSV" on Chinese Windows). */
export async function detectEncoding(upload: Upload): Promise<string> {
  if (upload.format !== 'csv') return 'utf-8';
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(upload.path, { highWaterMark: 256 * 1024 }))
      decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

export interface SheetLayout {
  /** Column index → field. */
  columns: (ImportField | undefined)[];
  total: number;
  encoding: string;
}

/** First pass: header row checked against the known columns, and the data rows counted for progress. */
export async function readLayout(upload: Upload): Promise<SheetLayout> {
  const encoding = await detectEncoding(upload);
  const byTitle = new Map(
    Object.entries(IMPORT_COLUMNS).map(([field, title]) => [title as string, field as ImportField]),
  );
  let columns: (ImportField | undefined)[] | undefined;
  let total = 0;
  for await (const { cells } of readSheet(upload, encoding)) {
    if (!columns) {
      const titles = cells.map((c) => c.trim());
      const unknown = titles.filter((t) => t !== '' && !byTitle.has(t));
      if (unknown.length > 0) throw ImportFileErrors.unknownHeaders(unknown, [...byTitle.keys()]);
      columns = titles.map((t) => byTitle.get(t));
      const missing = REQUIRED_IMPORT_COLUMNS.filter((f) => !columns!.includes(f)).map((f) => IMPORT_COLUMNS[f]);
      if (missing.length > 0) throw ImportFileErrors.missingHeaders(missing);
      continue;
    }
    total++;
  }
  if (!columns || total === 0) throw ImportFileErrors.empty();
  return { columns, total, encoding };
}

export const removeUpload = (upload: Upload) => rm(upload.dir, { recursive: true, force: true });

/**
 * `POST /volunteers/import`, the one hand-written volunteers route: the upload is streamed to a
 * temp file and read twice (layout, then rows), and its rows go to the service in batches
 * (`import.start`, `import.rows` …, `import.finish`), so it is not a single call. Its errors are
 * those of the three operations and of the file checks above. The routes controller extends it.
 */
export class ImportUploadRoute {
  declare readonly services: ServiceClient;

  @Post('volunteers/import')
  @HttpCode(201)
  @ApiOperation({
    summary: '批量导入志愿者（CSV / XLSX）/ Import volunteers from CSV or XLSX',
    description:
      'Columns: 姓名, 性别, 身份证号, 手机号, 所属村/社区, 技能, 志愿服务队 (optional 监护人姓名, 监护人手机号, 监护人关系). ' +
      'Raw body (text/csv or the XLSX type) or multipart/form-data with one file; up to 20 MB. Rows are matched by ID number: ' +
      'a second run of the same file creates nothing. `dryRun=true` reports without writing.',
  })
  @ApiBearerAuth()
  @ApiConsumes('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'multipart/form-data')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: ImportResultDto })
  @ApiErrorsOf(api.importStart, { ...api.importRows.errors, ...api.importFinish.errors, ...IMPORT_UPLOAD_ERRORS })
  async import(
    @Query() query: ImportQuery,
    @Req() req: HttpRequest,
    @HttpCaller() caller: CallerContext,
  ): Promise<ImportResultDto> {
    const upload = await receiveUpload(req.raw);
    let importId: string | undefined;
    try {
      const layout = await readLayout(upload);
      const job = await this.services.call(
        api.importStart,
        {
          ...(query.importId ? { id: query.importId } : {}),
          format: upload.format,
          dryRun: query.dryRun === 'true',
          fileName: upload.fileName?.slice(0, 255),
          total: layout.total,
        },
        caller,
      );
      importId = job.id;
      const rejected: ImportRejection[] = [];
      let rejectedCount = 0;
      const keep = (r: ImportRejection[]) => {
        rejectedCount += r.length;
        for (const item of r) if (rejected.length < MAX_REJECTIONS) rejected.push(item);
      };
      // Repeats within the file are caught here, where the whole file passes by; the service catches repeats of stored rows.
      const firstById = new Map<string, number>();
      const firstByPhone = new Map<string, number>();
      let batch: ImportRowDto[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const result = await this.services.call(
          api.importRows,
          { importId: job.id, rows: batch },
          caller,
          BATCH_TIMEOUT_MS,
        );
        keep(result.rejected);
        batch = [];
      };
      let header = true;
      for await (const { line, cells } of readSheet(upload, layout.encoding)) {
        if (header) {
          header = false;
          continue;
        }
        const row: ImportRowDto = { row: line };
        layout.columns.forEach((field, i) => {
          if (field && cells[i] !== undefined && cells[i].trim() !== '') row[field] = fieldText(cells[i]);
        });
        const idKey = row.idNumber?.replace(/\s+/g, '').toUpperCase();
        const first = (idKey && firstById.get(idKey)) || (row.phone && firstByPhone.get(row.phone));
        if (first) {
          keep([{ row: line, code: 'IMPORT.DUPLICATE_ROW', message: `与第 ${first} 行重复 / Repeats row ${first}` }]);
          continue;
        }
        if (idKey) firstById.set(idKey, line);
        if (row.phone) firstByPhone.set(row.phone, line);
        batch.push(row);
        if (batch.length >= IMPORT_BATCH_ROWS) await flush();
      }
      await flush();
      const done = await this.services.call(api.importFinish, { importId: job.id }, caller);
      // Rows refused in the gateway never reached the job's counters.
      return { ...done, rejectedCount, rejected: rejected.sort((a, b) => a.row - b.row) };
    } catch (error) {
      if (importId) {
        const code = error instanceof DomainException ? error.code : 'INTERNAL';
        await this.services.call(api.importFinish, { importId, errorCode: code }, caller).catch(() => undefined);
      }
      throw error;
    } finally {
      await removeUpload(upload);
    }
  }
}
