import { untilJetStreamReady } from './nats-connection.js';

describe('a JetStream call while the cluster is not ready', () => {
  it('is tried again while the answer says "not now", and returns what it gets', async () => {
    let calls = 0;
    const result = await untilJetStreamReady(async () => {
      if (++calls < 3) throw new Error('TimeoutError: timeout');
      return 'stream';
    }, 5000);
    expect({ result, calls }).toEqual({ result: 'stream', calls: 3 });
  });

  it('fails at once on an answer that will not change, and when the time is up', async () => {
    let calls = 0;
    await expect(
      untilJetStreamReady(async () => {
        calls++;
        throw new Error('stream name already in use with a different configuration');
      }),
    ).rejects.toThrow(/already in use/);
    expect(calls).toBe(1);
    await expect(
      untilJetStreamReady(async () => {
        throw new Error('no responders available for request');
      }, 300),
    ).rejects.toThrow(/no responders/);
  });
});
