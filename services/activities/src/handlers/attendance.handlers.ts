import { Controller } from '@nestjs/common';
import { ActivitiesApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { AttendanceService } from '../attendance/attendance.service.js';

const api = ActivitiesApi.operations;

@Controller()
export class AttendanceHandlers {
  constructor(private readonly attendance: AttendanceService) {}

  @Handle(api.checkIn)
  checkIn({ id: shiftId, volunteerId, code }: RequestOf<typeof api.checkIn>, caller: CallerContext) {
    return this.attendance.checkIn(caller, shiftId, volunteerId, code);
  }

  @Handle(api.checkOut)
  checkOut({ id: shiftId, volunteerId }: RequestOf<typeof api.checkOut>, caller: CallerContext) {
    return this.attendance.checkOut(caller, shiftId, volunteerId);
  }

  @Handle(api.checkInCode)
  checkInCode({ id, baseUrl }: RequestOf<typeof api.checkInCode>, caller: CallerContext) {
    return this.attendance.checkInCode(caller, id, baseUrl);
  }

  @Handle(api.checkInSheet)
  checkInSheet({ id, baseUrl }: RequestOf<typeof api.checkInSheet>, caller: CallerContext) {
    return this.attendance.checkInSheet(caller, id, baseUrl);
  }
}
