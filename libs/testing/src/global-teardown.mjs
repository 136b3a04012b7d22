export default async function globalTeardown() {
  await globalThis.__LINLI_EMBEDDED_PG__?.stop();
  globalThis.__LINLI_EMBEDDED_PG__ = undefined;
}
