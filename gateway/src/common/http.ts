import type { FastifyReply, FastifyRequest } from 'fastify';

/** An HTTP request at the gateway (Fastify's; the Node request is `raw`). */
export type HttpRequest = FastifyRequest;
export type HttpReply = FastifyReply;

/** One request header as a string (the first, when a client repeated it). */
export function headerOf(req: HttpRequest, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** Where the gateway is reached (for addresses in QR codes); undefined when the host header is unusable. */
export function baseUrlOf(req: HttpRequest): string | undefined {
  const url = `${req.protocol}://${req.headers.host ?? 'localhost'}`;
  return /^https?:\/\/[^\s/]+$/.test(url) ? url : undefined;
}
