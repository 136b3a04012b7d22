import { Controller } from '@nestjs/common';
import { ActivitiesApi, type RequestOf, type ShiftEditScope } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { ShiftsService } from '../shifts/shifts.service.js';

const api = ActivitiesApi.operations;

@Controller()
export class ShiftsHandlers {
  constructor(private readonly shifts: ShiftsService) {}

  @Handle(api.shiftCreate)
  create({ id: activityId, ...shift }: RequestOf<typeof api.shiftCreate>, caller: CallerContext) {
    return this.shifts.create(caller, activityId, shift);
  }

  @Handle(api.shiftList)
  list(request: RequestOf<typeof api.shiftList>, caller: CallerContext) {
    return this.shifts.list(caller, request);
  }

  @Handle(api.shiftGet)
  get({ id }: RequestOf<typeof api.shiftGet>, caller: CallerContext) {
    return this.shifts.get(caller, id);
  }

  @Handle(api.shiftUpdate)
  update({ id, scope, ...changes }: RequestOf<typeof api.shiftUpdate>, caller: CallerContext) {
    return this.shifts.update(caller, id, scope as ShiftEditScope, changes);
  }

  @Handle(api.shiftRoster)
  roster({ id }: RequestOf<typeof api.shiftRoster>, caller: CallerContext) {
    return this.shifts.roster(caller, id);
  }
}
