import { Controller } from '@nestjs/common';
import { ActivitiesApi, type RequestOf, type ShiftEditScope } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import type { Answer } from './answer.js';
import { ShiftsService } from '../shifts/shifts.service.js';

const api = ActivitiesApi.operations;

@Controller()
export class ShiftsHandlers {
  constructor(private readonly shifts: ShiftsService) {}

  @Handle(api.shiftCreate)
  create(
    { id: activityId, ...shift }: RequestOf<typeof api.shiftCreate>,
    caller: CallerContext,
  ): Answer<typeof api.shiftCreate> {
    return this.shifts.create(caller, activityId, shift);
  }

  @Handle(api.shiftList)
  list(request: RequestOf<typeof api.shiftList>, caller: CallerContext): Answer<typeof api.shiftList> {
    return this.shifts.list(caller, request);
  }

  @Handle(api.shiftGet)
  get({ id }: RequestOf<typeof api.shiftGet>, caller: CallerContext): Answer<typeof api.shiftGet> {
    return this.shifts.get(caller, id);
  }

  @Handle(api.shiftUpdate)
  update(
    { id, scope, ...changes }: RequestOf<typeof api.shiftUpdate>,
    caller: CallerContext,
  ): Answer<typeof api.shiftUpdate> {
    return this.shifts.update(caller, id, scope as ShiftEditScope, changes);
  }

  @Handle(api.shiftRoster)
  roster({ id }: RequestOf<typeof api.shiftRoster>, caller: CallerContext): Answer<typeof api.shiftRoster> {
    return this.shifts.roster(caller, id);
  }
}
