import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationsSubjects, type TierNodeDto } from '#linli/contracts';
import { DomainException, ServiceClient, type CallerContext } from '#linli/platform';
import { ActivityErrors } from '../activities.exception.js';

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
  ) {}

  async pathOf(caller: CallerContext, nodeId: string): Promise<string> {
    for (const grant of caller.grants) {
      const ids = grant.tierPath.split('/').filter(Boolean);
      const at = ids.indexOf(nodeId);
      if (at >= 0) return `/${ids.slice(0, at + 1).join('/')}/`;
    }
    const [known] = await this.ds.query('SELECT path FROM tier_paths WHERE id = $1 AND tenant_id = $2', [
      nodeId,
      caller.tenantId,
    ]);
    if (known) return known.path;
    if (caller.system || !caller.token) throw ActivityErrors.tierNodeNotFound(nodeId);
    let node: TierNodeDto;
    try {
      node = await this.services.send<TierNodeDto>(OrganisationsSubjects.tierGet, { id: nodeId }, caller);
    } catch (error) {
      if (error instanceof DomainException && error.status === 404) throw ActivityErrors.tierNodeNotFound(nodeId);
      throw error;
    }
    const path = `/${[...node.ancestors, node.id].join('/')}/`;
    await this.ds.query(
      'INSERT INTO tier_paths (id, tenant_id, path) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING',
      [nodeId, caller.tenantId, path],
    );
    return path;
  }
}
