import { Injectable } from '@nestjs/common';
import { OrganisationsApi, tierPath, type TierNodeDto, type TierTreeNodeDto } from '#linli/contracts';
import { ServiceClient, type CallerContext } from '#linli/platform';

export interface TierRef {
  id: string;
  path: string;
}

/** Tier nodes, asked of the organisations service with the caller's token (it refuses other stations' ids). */
@Injectable()
export class TierLookup {
  constructor(private readonly services: ServiceClient) {}

  async node(caller: CallerContext, id: string): Promise<TierRef & { node: TierNodeDto }> {
    const node = await this.services.call(OrganisationsApi.operations.tierGet, { id }, caller);
    return { id: node.id, path: tierPath(node.ancestors, node.id), node };
  }

  /** The caller's visible tree as a resolver from a village or community name or code to its node. */
  async resolver(caller: CallerContext): Promise<TierResolver> {
    const roots: TierTreeNodeDto[] = await this.services.call(OrganisationsApi.operations.tierTree, {}, caller);
    const resolver = new TierResolver();
    const walk = (node: TierTreeNodeDto, path: string) => {
      resolver.add(node.name, node.code, { id: node.id, path });
      for (const child of node.children) walk(child, `${path}${child.id}/`);
    };
    for (const root of roots) {
      // A subtree's top node: its path is the caller's grant path that ends with it.
      const grant = caller.grants.find((g) => g.tierPath.endsWith(`/${root.id}/`));
      walk(root, grant?.tierPath ?? (await this.node(caller, root.id)).path);
    }
    return resolver;
  }
}

/** Finds a node by code (exact) or name; a name shared by several nodes is ambiguous. */
export class TierResolver {
  private readonly byCode = new Map<string, TierRef>();
  private readonly byName = new Map<string, TierRef[]>();

  add(name: string, code: string | null, ref: TierRef) {
    if (code) this.byCode.set(code.toUpperCase(), ref);
    this.byName.set(name, [...(this.byName.get(name) ?? []), ref]);
  }

  resolve(text: string): TierRef | 'unknown' | 'ambiguous' {
    const value = text.trim();
    const byCode = this.byCode.get(value.toUpperCase());
    if (byCode) return byCode;
    const named = this.byName.get(value);
    if (!named) return 'unknown';
    return named.length === 1 ? named[0] : 'ambiguous';
  }
}
