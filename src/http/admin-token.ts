async function digest(value: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value)));
}

/** Compares fixed-length digests with no early exit: the time taken says nothing about the token. */
export async function tokenMatches(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/**
 * The dashboard's session cookie value: an HMAC of a fixed label keyed by the token, so the cookie
 * never holds the token itself and changing ADMIN_TOKEN ends every session.
 */
export async function sessionValue(token: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(token), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode('policy-qa admin dashboard session v1')));
  return [...mac].map((b) => b.toString(16).padStart(2, '0')).join('');
}
