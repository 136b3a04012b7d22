import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';

/** Most accounts one `userNames` call names. */
export const USER_NAMES_MAX_IDS = 5000;

/** Accounts to name, in one batch (ids of other stations, or unknown, are left out of the answer). */
export class UserNamesQuery {
  @IsArray()
  @ArrayMaxSize(USER_NAMES_MAX_IDS)
  @IsUUID('all', { each: true })
  ids: string[];
}

/** An account's display name, as the console shows who recorded or decided something. */
export class UserNameDto {
  id: string;
  name: string;
}
