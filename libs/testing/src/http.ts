import type { INestApplication } from '@nestjs/common';

/** Starts an HTTP app on an ephemeral port and returns its base URL, for clients outside supertest. */
export async function listenEphemeral(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  return url.replace('[::1]', '127.0.0.1');
}
