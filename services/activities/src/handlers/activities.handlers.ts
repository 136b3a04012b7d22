import { Controller } from '@nestjs/common';
import { ActivitiesApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { ActivitiesService } from '../activities/activities.service.js';

const api = ActivitiesApi.operations;

@Controller()
export class ActivitiesHandlers {
  constructor(private readonly activities: ActivitiesService) {}

  @Handle(api.activityCreate)
  create(request: RequestOf<typeof api.activityCreate>, caller: CallerContext) {
    return this.activities.create(caller, request);
  }

  @Handle(api.activityList)
  list(request: RequestOf<typeof api.activityList>, caller: CallerContext) {
    return this.activities.list(caller, request);
  }

  @Handle(api.activityGet)
  get({ id }: RequestOf<typeof api.activityGet>, caller: CallerContext) {
    return this.activities.get(caller, id);
  }

  @Handle(api.activityUpdate)
  update({ id, ...changes }: RequestOf<typeof api.activityUpdate>, caller: CallerContext) {
    return this.activities.update(caller, id, changes);
  }

  @Handle(api.coverageCounts)
  coverage(range: RequestOf<typeof api.coverageCounts>, caller: CallerContext) {
    return this.activities.coverage(caller, range);
  }
}
