import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * Who is asking, for rate limiting. Behind a proxy we run (TRUST_PROXY=true) that is the last
 * X-Forwarded-For hop, the address our proxy saw; anything before it is client-supplied and can be
 * forged. Otherwise the TCP peer of the Node socket. In a Worker there is no socket and Cloudflare
 * itself sets CF-Connecting-IP. Undefined when none is known (e.g. app.request() in tests).
 */
export function clientKey(c: Context, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim());
    const last = hops.at(-1);
    if (last && isAddress(last)) return addressKey(last);
  }
  const socket = socketAddress(c);
  if (socket) return addressKey(socket);
  const cloudflare = c.req.header('cf-connecting-ip');
  return cloudflare && isAddress(cloudflare) ? addressKey(cloudflare) : undefined;
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

function isAddress(value: string): boolean {
  return value.length <= 64 && /^[0-9A-Fa-f.:]+$/.test(value);
}

/**
 * IPv4-mapped IPv6 counts as IPv4; other IPv6 addresses are keyed by their /64, the block one
 * subscriber gets, so that rotating addresses inside it does not escape the limit.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || '0', 16).toString(16))
    .join(':')}::/64`;
}
