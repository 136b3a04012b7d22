import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import type { IdType, Sex } from './volunteer.dto.js';

/**
 * Most volunteers one `nationalRecords` call answers. Each record is about 300 bytes of JSON, so a
 * full page stays well under NATS's default 1 MB message; callers page through longer lists.
 */
export const NATIONAL_RECORDS_MAX_IDS = 2000;

/** Which volunteers of the caller's station to answer for (ids outside the station are left out). */
export class NationalRecordsQuery {
  @IsArray()
  @ArrayMaxSize(NATIONAL_RECORDS_MAX_IDS)
  @IsUUID('all', { each: true })
  ids: string[];
}

/**
 * A volunteer's registration as the national volunteer information system (全国志愿服务信息系统)
 * imports it, with the ID number in full. Never sent to a browser as JSON: the hours service
 * writes it into the station head's export file.
 */
export class NationalVolunteerRecordDto {
  id: string;
  name: string;
  idType: IdType;
  /** In full: the national system identifies volunteers by it. */
  idNumber: string;
  sex: Sex;
  birthDate: string;
  phone: string;
  /** The 志愿服务队 written on the registration, if any. */
  teamName: string | null;
  tierNodeId: string;
  /** When the volunteer was registered in Linli (ISO 8601). */
  registeredAt: string;
}
