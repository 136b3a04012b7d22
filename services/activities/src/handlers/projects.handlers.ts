import { Controller } from '@nestjs/common';
import { ActivitiesApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { ProjectsService } from '../projects/projects.service.js';

const api = ActivitiesApi.operations;

@Controller()
export class ProjectsHandlers {
  constructor(private readonly projects: ProjectsService) {}

  @Handle(api.projectCreate)
  create(request: RequestOf<typeof api.projectCreate>, caller: CallerContext) {
    return this.projects.createProject(caller, request);
  }

  @Handle(api.projectList)
  list(request: RequestOf<typeof api.projectList>, caller: CallerContext) {
    return this.projects.listProjects(caller, request);
  }
}
