import { IsISO8601, Matches } from 'class-validator';
import { DATE_PATTERN } from './id.js';

const dateMessage = { message: '$property 须为 YYYY-MM-DD 日期 / must be a YYYY-MM-DD date' };

/** A closed period of calendar days in the station's zone, as one service asks another. */
export class CoverageRange {
  @Matches(DATE_PATTERN, dateMessage) from: string;
  @Matches(DATE_PATTERN, dateMessage) to: string;
  /** The first day's start in the station's zone, as an instant. */
  @IsISO8601({ strict: true }) since: string;
  /** The day after the last one, at its start in the station's zone: the exclusive end. */
  @IsISO8601({ strict: true }) until: string;
}

/** One service's figures per tier path in the caller's subtrees (a path absent has none). */
export class CoverageCounts {
  items: Array<{ tierPath: string; counts: Record<string, number> }>;
}
