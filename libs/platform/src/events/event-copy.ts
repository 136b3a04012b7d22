import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from './event-envelope.js';

/** One column of a local copy and the payload field it is read from. */
export interface CopyColumn {
  field: string;
  /** The PostgreSQL type the value is cast to (`text`, `uuid`, `date`, `boolean`, `text[]`, `timestamptz`). */
  type: string;
  /** Required to create the row: an event without it may update an existing row, never create one. */
  required?: boolean;
  /** The value written when a new row is created without this field (null otherwise). */
  initial?: unknown;
  /** Turns the payload value into the column value (for example, drop a malformed date). */
  read?: (value: unknown) => unknown;
}

export interface EventCopyOptions {
  /** The table of the copy in the service's schema; its primary key is `id`, and it has `tenant_id`. */
  table: string;
  /** The payload field holding the row's id (`volunteerId`). */
  key: string;
  columns: Record<string, CopyColumn>;
  /** Column holding the `occurredAt` of the last event applied; an older event changes nothing. */
  versionColumn: string;
  /** Further assignments made on every write (`updated_at = now()`). */
  touch?: string[];
}

/**
 * A copy of another service's data, kept from its events (docs/ARCHITECTURE.md, "Copies").
 * One merge rule for every copy: a field the event carries is written (null included, except
 * in a required column), a field it lacks keeps its value; a row is created only from an event carrying every required field;
 * an event older than the one last applied, or of another station than the row, changes nothing.
 */
export class EventCopy {
  private readonly names: string[];

  constructor(private readonly options: EventCopyOptions) {
    this.names = Object.keys(options.columns);
  }

  /** Applies one event; returns whether the row was written. */
  async apply(manager: Pick<EntityManager, 'query'>, event: EventEnvelope<object>): Promise<boolean> {
    const payload = (event.payload ?? {}) as Record<string, unknown>;
    const id = payload[this.options.key];
    if (typeof id !== 'string' || !event.tenantId) return false;
    const { table, columns, versionColumn } = this.options;
    // A required column never holds null: an event saying null there keeps the value it has.
    const present = this.names.map((name) => {
      const raw = payload[columns[name].field];
      return raw !== undefined && !(raw === null && columns[name].required);
    });
    const values = this.names.map((name, i) => {
      const column = columns[name];
      if (!present[i]) return column.initial ?? null;
      const raw = payload[column.field];
      return column.read ? column.read(raw) : raw;
    });
    const complete = this.names.every((name, i) => !columns[name].required || (present[i] && values[i] !== null));
    const version = event.occurredAt ?? new Date().toISOString();
    const params: unknown[] = [id, event.tenantId, version, ...values, ...present];
    const value = (i: number) => `$${i + 4}::${columns[this.names[i]].type}`;
    const flag = (i: number) => `$${i + 4 + this.names.length}::boolean`;
    const touch = (this.options.touch ?? []).map((t) => `, ${t}`).join('');
    const assignments = this.names
      .map((name, i) => `${name} = CASE WHEN ${flag(i)} THEN ${value(i)} ELSE c.${name} END`)
      .join(', ');
    const guard = `c.tenant_id = $2::uuid AND (c.${versionColumn} IS NULL OR c.${versionColumn} <= $3::timestamptz)`;
    const rows: unknown[] = complete
      ? await manager.query(
          `INSERT INTO ${table} AS c (id, tenant_id, ${versionColumn}, ${this.names.join(', ')})
           VALUES ($1::uuid, $2::uuid, $3::timestamptz, ${this.names.map((_, i) => value(i)).join(', ')})
           ON CONFLICT (id) DO UPDATE SET ${assignments}, ${versionColumn} = $3::timestamptz${touch}
           WHERE ${guard} RETURNING c.id`,
          params,
        )
      : (
          (await manager.query(
            `UPDATE ${table} AS c SET ${assignments}, ${versionColumn} = $3::timestamptz${touch}
            WHERE c.id = $1::uuid AND ${guard} RETURNING c.id`,
            params,
          )) as [unknown[], number]
        )[0];
    return rows.length > 0;
  }
}

/** Reads a `YYYY-MM-DD` date, or null for anything else. */
export const readDate = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;

/** Reads a list of strings (other entries dropped), or an empty list. */
export const readStrings = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
