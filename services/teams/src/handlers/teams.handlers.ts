import { Controller } from '@nestjs/common';
import { TeamsApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { TeamsService } from '../teams/teams.service.js';

const api = TeamsApi.operations;

@Controller()
export class TeamsHandlers {
  constructor(private readonly teams: TeamsService) {}

  @Handle(api.teamCreate)
  create(request: RequestOf<typeof api.teamCreate>, caller: CallerContext) {
    return this.teams.create(caller, request);
  }

  @Handle(api.teamList)
  list(request: RequestOf<typeof api.teamList>, caller: CallerContext) {
    return this.teams.list(caller, request);
  }

  @Handle(api.teamGet)
  get({ id }: RequestOf<typeof api.teamGet>, caller: CallerContext) {
    return this.teams.get(caller, id);
  }

  @Handle(api.teamUpdate)
  update({ id, ...changes }: RequestOf<typeof api.teamUpdate>, caller: CallerContext) {
    return this.teams.update(caller, id, changes);
  }

  @Handle(api.coverageCounts)
  coverage(range: RequestOf<typeof api.coverageCounts>, caller: CallerContext) {
    return this.teams.coverage(caller, range);
  }
}
