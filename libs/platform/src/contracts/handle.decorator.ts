import { Logger } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { answersOf, type Operation, type RequestOf, type ResponseOf } from '#linli/contracts';
import type { CallerContext } from '../context/caller.js';
import { DomainException } from '../errors/domain.exception.js';
import { ContractValidationPipe } from '../errors/input-text.js';
import { handlerDuration, outcomeOf } from '../metrics/metrics.js';
import { Caller, RequestIdentity } from '../nats/caller.decorator.js';

/** The caller a handler receives: verified for authenticated operations, only the request id for public ones. */
export type CallerOf<O> = O extends { public: true } ? RequestIdentity : CallerContext;

type HandlerFn<O> = (request: RequestOf<O>, caller: CallerOf<O>) => Promise<ResponseOf<O>> | ResponseOf<O>;

const logger = new Logger('Contracts');

/** Under tests an undeclared code is a failure, not a log line. */
const strict = () => process.env.LINLI_STRICT_CONTRACTS === '1';

/**
 * Makes a method the NATS handler of a declared operation: its subject, its request class
 * (validated before the method runs), the verified caller, and its declared errors. The
 * method's signature is checked against the declaration; an error the operation does not
 * declare is logged, and refused outright when LINLI_STRICT_CONTRACTS=1 (every test run).
 */
export function Handle<O extends Operation>(op: O) {
  const answers = answersOf(op);
  return <M extends HandlerFn<O>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): TypedPropertyDescriptor<M> => {
    const method = descriptor.value!;
    const checked = async function (this: unknown, request: RequestOf<O>, caller: CallerOf<O>) {
      const stop = handlerDuration.startTimer({ subject: op.subject });
      try {
        const answer = await method.call(this, request, caller);
        stop({ outcome: 'ok' });
        return answer;
      } catch (error) {
        stop({ outcome: outcomeOf(error) });
        if (error instanceof DomainException && answers[error.code] !== error.status) {
          const problem = `${op.subject} answered ${error.code} (${error.status}), which its declaration does not list`;
          logger.error(problem);
          if (strict()) throw new Error(problem);
        }
        throw error;
      }
    };
    Object.defineProperty(checked, 'name', { value: method.name });
    descriptor.value = checked as unknown as M;
    MessagePattern(op.subject)(target, key, descriptor);
    Payload(new ContractValidationPipe({ expectedType: op.request }))(target, key, 0);
    (op.public ? RequestIdentity() : Caller())(target, key, 1);
    return descriptor;
  };
}
