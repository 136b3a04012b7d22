// How an API problem is shown in a form: the detail at the top, each field error (and domain
// errors about one field) beside its field.
import { ApiError } from '../api/http.ts';
import { CODE_FIELDS, FIELD_CODE_HINTS } from '../labels.ts';

export interface FormProblem {
  /** The problem for the alert at the top of the form. */
  error: unknown;
  /** Lines under the alert: field errors that have no field on this form. */
  lines: string[];
  /** Messages by field name (dotted for nested: `guardian.name`). */
  fields: Record<string, string>;
}

/** Splits a problem over a form whose fields are `fieldNames`. */
export function formProblem(error: unknown, fieldNames: readonly string[]): FormProblem {
  const fields: Record<string, string> = {};
  const lines: string[] = [];
  const known = new Set(fieldNames);
  const place = (field: string, message: string) => {
    if (!known.has(field)) return false;
    fields[field] = fields[field] ? `${fields[field]}；${message}` : message;
    return true;
  };
  if (error instanceof ApiError) {
    for (const fe of error.errors) {
      const hint = FIELD_CODE_HINTS[fe.code];
      const message = hint ? `${hint} · ${fe.message ?? ''}` : (fe.message ?? fe.code);
      if (!place(fe.field, message)) lines.push(`${fe.field}: ${message}`);
    }
    const domainField =
      CODE_FIELDS[error.code] ?? (typeof error.details.field === 'string' ? error.details.field : null);
    if (domainField && !error.errors.length) place(domainField, error.detail ?? error.message);
    if (Object.keys(fields).length && error.errors.length)
      lines.unshift('请检查下方标红的字段 / Check the fields marked below');
  }
  return { error, lines, fields };
}
