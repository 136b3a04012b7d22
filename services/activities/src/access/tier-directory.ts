import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationsApi, tierPath, type TierNodeDto } from '#linli/contracts';
import { DomainException, ServiceClient, type CallerContext } from '#linli/platform';
import { ActivitiesErrors } from '../activities.errors.js';
import { TierPathsRepository } from './tier-paths.repository.js';

/**
 * Materialised paths of tier nodes. The tree belongs to the organisations service: a node on
 * the path of one of the caller's grants is known from the token; any other is asked of
 * organisations once (with the caller's token, so its own scope rules apply) and remembered.
 * Nodes never move, so a remembered path stays true.
 */
@Injectable()
export class TierDirectory {
  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceClient,
    private readonly paths: TierPathsRepository,
  ) {}

  async pathOf(caller: CallerContext, nodeId: string): Promise<string> {
    for (const grant of caller.grants) {
      const ids = grant.tierPath.split('/').filter(Boolean);
      const at = ids.indexOf(nodeId);
      if (at >= 0) return `/${ids.slice(0, at + 1).join('/')}/`;
    }
    const known = await this.paths.find(this.ds.manager, caller.tenantId, nodeId);
    if (known) return known;
    if (caller.system || !caller.token) throw ActivitiesErrors.tierNodeNotFound(nodeId);
    let node: TierNodeDto;
    try {
      node = await this.services.call(OrganisationsApi.operations.tierGet, { id: nodeId }, caller);
    } catch (error) {
      if (error instanceof DomainException && error.status === 404) throw ActivitiesErrors.tierNodeNotFound(nodeId);
      throw error;
    }
    const path = tierPath(node.ancestors, node.id);
    await this.paths.remember(this.ds.manager, caller.tenantId, nodeId, path);
    return path;
  }
}
