import type { AddressInfo } from 'node:net';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const isLoopback = (address: string): boolean =>
  address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
const ALL_ADDRESSES = new Set(['0.0.0.0', '::']);

const originOf = (host: string, port: number): string =>
  new URL(`http://${host}:${String(port)}`).origin;

/**
 * The origins a browser has when it opens the server at the address it listens on: on a
 * loopback address under each of localhost, 127.0.0.1 and [::1] (npm start says localhost, a
 * test's browser 127.0.0.1); none when it listens on every address (config.ts then requires
 * PUBLIC_URL) or does not listen (a test's inject sends no Origin, or one it chose).
 */
export function listeningOrigins(address: AddressInfo | string | null): readonly string[] {
  if (address === null || typeof address === 'string') return [];
  if (isLoopback(address.address)) {
    return LOOPBACK_NAMES.map((name) => originOf(name, address.port));
  }
  if (ALL_ADDRESSES.has(address.address)) return [];
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  return [originOf(host, address.port)];
}
