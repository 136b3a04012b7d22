import type { CallerContext, Role } from '../context/caller.js';
import { DomainException } from '../errors/domain.exception.js';

export const AccessErrors = {
  forbidden: () =>
    new DomainException('ACCESS.FORBIDDEN', 403, '您没有执行此操作的权限 / You are not allowed to do this'),
  outsideScope: () =>
    new DomainException('ACCESS.OUTSIDE_SCOPE', 403, '该对象不在您的管理范围内 / This is outside your area'),
};

/**
 * A service's answer to "who may do what, where": each action names the roles allowed, and a
 * grant covers its node's subtree (its materialised path is a prefix of every path below).
 * The system identity of jobs and service-to-service calls acts everywhere in its station.
 */
export class AccessPolicy<A extends string> {
  constructor(private readonly allowed: Record<A, readonly Role[]>) {}

  /** Subtree path prefixes the caller may act on for `action`; empty means no access at all. */
  scopePaths(caller: CallerContext, action: A): string[] {
    if (caller.system) return ['/'];
    return caller.grants.filter((g) => this.allowed[action].includes(g.role)).map((g) => g.tierPath);
  }

  /** The caller's subtrees for `action`, or 403 when their roles allow it nowhere. */
  requireScope(caller: CallerContext, action: A): string[] {
    const paths = this.scopePaths(caller, action);
    if (paths.length === 0) throw AccessErrors.forbidden();
    return paths;
  }

  canActOn(caller: CallerContext, path: string, action: A): boolean {
    return this.scopePaths(caller, action).some((p) => path.startsWith(p));
  }

  assertCanActOn(caller: CallerContext, path: string, action: A): void {
    this.requireScope(caller, action);
    if (!this.canActOn(caller, path, action)) throw AccessErrors.outsideScope();
  }
}

/** LIKE patterns for `column LIKE ANY($n)`: the given subtrees. Paths hold only uuids and slashes. */
export function likePatterns(paths: string[]): string[] {
  return paths.map((p) => `${p}%`);
}
