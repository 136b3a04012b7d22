/** What travels on a JetStream subject: the event id doubles as the dedup id (`Nats-Msg-Id`). */
export interface EventEnvelope<T = unknown> {
  id: string;
  subject: string;
  tenantId: string;
  occurredAt: string;
  requestId?: string;
  payload: T;
}
