import { IsInt, Max, Min } from 'class-validator';
import { ServiceConfig } from '#linli/platform';

export class HoursConfig extends ServiceConfig {
  /** How long JetStream waits for the ack of a check-out before redelivering it (after a crash, say). */
  @IsInt()
  @Min(500)
  @Max(600_000)
  ATTENDANCE_ACK_WAIT_MS: number = 30_000;

  /**
   * Concurrent pullers on the one durable attendance consumer in each replica: each applies its
   * batches in its own transactions, so several in flight overlap their commits; order between
   * check-outs does not matter.
   */
  @IsInt()
  @Min(1)
  @Max(32)
  ATTENDANCE_CONCURRENCY: number = 4;

  /**
   * Most check-outs a puller writes in one transaction (one inbox insert, one ledger insert);
   * 1 writes each in its own transaction.
   */
  @IsInt()
  @Min(1)
  @Max(2000)
  ATTENDANCE_BATCH_SIZE: number = 500;
}
