/**
 * Incremental RFC 4180 CSV parser: feed text chunks, get complete records back. Quoted fields
 * may hold commas, doubled quotes and line breaks; CRLF, LF and a leading BOM are accepted.
 * Holds at most one unfinished record, so memory stays flat whatever the file size.
 */
export class CsvParser {
  private field = '';
  private record: string[] = [];
  private quoted = false;
  /** Inside quotes, a quote was just seen: either the closing quote or the first of a doubled one. */
  private quotePending = false;
  private started = false;
  private afterCr = false;

  push(chunk: string): string[][] {
    const out: string[][] = [];
    let text = chunk;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (this.afterCr) {
        this.afterCr = false;
        if (ch === '\n') continue;
      }
      if (this.quoted) {
        if (this.quotePending) {
          this.quotePending = false;
          if (ch === '"') {
            this.field += '"';
            continue;
          }
          this.quoted = false;
          // fall through: the character after a closing quote is handled unquoted
        } else if (ch === '"') {
          this.quotePending = true;
          continue;
        } else {
          this.field += ch;
          continue;
        }
      }
      if (ch === '"' && this.field.length === 0) {
        this.quoted = true;
      } else if (ch === ',') {
        this.record.push(this.field);
        this.field = '';
      } else if (ch === '\n' || ch === '\r') {
        this.afterCr = ch === '\r';
        this.record.push(this.field);
        out.push(this.record);
        this.record = [];
        this.field = '';
      } else {
        this.field += ch;
      }
    }
    return out;
  }

  /** The last record when the file does not end with a line break. */
  end(): string[][] {
    if (this.quotePending) {
      this.quotePending = false;
      this.quoted = false;
    }
    if (this.field.length === 0 && this.record.length === 0) return [];
    this.record.push(this.field);
    const last = this.record;
    this.record = [];
    this.field = '';
    return [last];
  }
}
