import { Controller } from '@nestjs/common';
import { ActivitiesApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { SignupsService } from '../signups/signups.service.js';

const api = ActivitiesApi.operations;

@Controller()
export class SignupsHandlers {
  constructor(private readonly signups: SignupsService) {}

  @Handle(api.signupCreate)
  signUp({ id: shiftId, volunteerId }: RequestOf<typeof api.signupCreate>, caller: CallerContext) {
    return this.signups.signUp(caller, shiftId, volunteerId);
  }

  @Handle(api.signupCancel)
  cancel({ id: shiftId, volunteerId }: RequestOf<typeof api.signupCancel>, caller: CallerContext) {
    return this.signups.cancel(caller, shiftId, volunteerId);
  }

  @Handle(api.volunteerShifts)
  volunteerShifts({ id: volunteerId, ...query }: RequestOf<typeof api.volunteerShifts>, caller: CallerContext) {
    return this.signups.volunteerShifts(caller, volunteerId, query);
  }
}
