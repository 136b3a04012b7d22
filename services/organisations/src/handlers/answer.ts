import type { ResponseOf } from '#linli/contracts';

/** What `@Handle(op)` lets a handler answer: the method's type must accept the decorator's. */
export type Answer<O> = Promise<ResponseOf<O>> | ResponseOf<O>;
