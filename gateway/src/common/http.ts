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

// What an undecodable component becomes: an unpaired surrogate, which the validation pipe refuses
// as invalid text under the parameter's own name (instead of passing "%FF" on as if it were text).
const UNDECODABLE = '\ud800';

const decodeComponent = (part: string): string => {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return UNDECODABLE;
  }
};

/**
 * The query string parser: `a=1&a=2` becomes an array, `+` a space, and a percent-encoding that
 * is not UTF-8 (`%FF`, an encoded surrogate) a 400 naming the parameter, not silent mojibake.
 */
export function parseQuery(query: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decodeComponent(eq < 0 ? pair : pair.slice(0, eq));
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const value = eq < 0 ? '' : decodeComponent(pair.slice(eq + 1));
    const seen = Object.hasOwn(out, key) ? out[key] : undefined;
    if (seen === undefined) out[key] = value;
    else if (Array.isArray(seen)) seen.push(value);
    else out[key] = [seen, value];
  }
  return out;
}
