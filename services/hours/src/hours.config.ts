import { IsInt, Max, Min } from 'class-validator';
import { ServiceConfig } from '#linli/platform';

export class HoursConfig extends ServiceConfig {
  /** How long JetStream waits for the ack of a check-out before redelivering it (after a crash, say). */
  @IsInt()
  @Min(500)
  @Max(600_000)
  ATTENDANCE_ACK_WAIT_MS: number = 30_000;

  /**
   * Concurrent pullers on the one durable attendance consumer in each replica: each check-out is
   * its own transaction, so several in flight raise throughput; order between check-outs does not matter.
   */
  @IsInt()
  @Min(1)
  @Max(32)
  ATTENDANCE_CONCURRENCY: number = 8;
}
