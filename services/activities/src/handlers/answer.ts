import type { ResponseOf } from '#linli/contracts';

/** What a `@Handle(op)` method answers: the operation's response, or a promise of it. */
export type Answer<O> = Promise<ResponseOf<O>> | ResponseOf<O>;
