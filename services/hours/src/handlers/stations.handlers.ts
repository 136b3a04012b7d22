import { Controller } from '@nestjs/common';
import { HoursApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { StationsService } from '../stations/stations.service.js';

const api = HoursApi.operations;

/** The station's hours settings over NATS. */
@Controller()
export class StationsHandlers {
  constructor(private readonly stations: StationsService) {}

  @Handle(api.settingsGet)
  getSettings(_request: RequestOf<typeof api.settingsGet>, caller: CallerContext) {
    return this.stations.get(caller);
  }

  @Handle(api.settingsUpdate)
  updateSettings(settings: RequestOf<typeof api.settingsUpdate>, caller: CallerContext) {
    return this.stations.update(caller, settings);
  }
}
