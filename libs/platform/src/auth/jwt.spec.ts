import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { generateTokenKeyPair, type TokenKeyPair } from '../local/token-key-pair.js';
import { TokenError, TokenSigner } from './jwt.js';
import { readPublicKeys, readSigningKey, type TokenKeySet } from './token-keys.js';

const claims = {
  sub: 'u1',
  tid: 't1',
  grants: [{ role: 'village_lead' as const, tierNodeId: 'v', tierPath: '/s/c/v/' }],
};
const now = Date.parse('2021-11-30T08:00:00Z');
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A key set as the configuration reads it: the public keys listed, at most one identity and one service key. */
function keySet(published: TokenKeyPair[], identity?: TokenKeyPair, service?: TokenKeyPair): TokenKeySet {
  return {
    publicKeys: readPublicKeys(JSON.stringify({ keys: published.map((k) => k.publicJwk) })),
    ...(identity ? { identityKey: readSigningKey(JSON.stringify(identity.privateJwk), 'identity') } : {}),
    ...(service ? { serviceKey: readSigningKey(JSON.stringify(service.privateJwk), 'service') } : {}),
  };
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TokenError);
  return (error as TokenError).reason;
};

describe('access tokens under a key set', () => {
  const identity = generateTokenKeyPair('identity');
  const service = generateTokenKeyPair('service');
  const issuer = new TokenSigner(keySet([identity, service], identity));
  const verifier = new TokenSigner(keySet([identity, service]));

  it('signs users’ tokens with the identity key, named by its kid, and verifies them until they expire', async () => {
    const token = await issuer.sign(claims, 900, now);
    const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString());
    expect(header).toEqual({ alg: 'EdDSA', typ: 'JWT', kid: identity.kid });
    expect(await verifier.verify(token, now + 899_000)).toMatchObject({ ...claims, typ: 'access' });
    expect(await refusal(verifier.verify(token, now + 900_000))).toBe('expired');
  });

  it('keeps accepting tokens of the previous key once a new one signs', async () => {
    const next = generateTokenKeyPair('identity');
    const before = await issuer.sign(claims, 900, now);
    const rotated = new TokenSigner(keySet([next, identity, service], next));
    const after = await rotated.sign(claims, 900, now);
    const everyone = new TokenSigner(keySet([next, identity, service]));
    expect((await everyone.verify(before, now)).sub).toBe('u1');
    expect((await everyone.verify(after, now)).sub).toBe('u1');
    // A verifier not yet told of the new key refuses its tokens; dropping the old key ends the old ones.
    expect(await refusal(verifier.verify(after, now))).toBe('signature');
    expect(await refusal(new TokenSigner(keySet([next, service])).verify(before, now))).toBe('signature');
  });

  it('refuses an unknown kid, another key under a known kid, and a token without a kid', async () => {
    const stranger = generateTokenKeyPair('identity');
    const unknown = await new TokenSigner(keySet([stranger], stranger)).sign(claims, 900, now);
    expect(await refusal(verifier.verify(unknown, now))).toBe('signature');
    const impostor = { ...stranger, privateJwk: { ...stranger.privateJwk, kid: identity.kid } };
    const sameKid = await new TokenSigner(
      keySet([{ ...stranger, publicJwk: { ...stranger.publicJwk, kid: identity.kid } }], impostor),
    ).sign(claims, 900, now);
    expect(await refusal(verifier.verify(sameKid, now))).toBe('signature');
    const bare = await new SignJWT({ ...claims, typ: 'access' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setExpirationTime(Math.floor(now / 1000) + 900)
      .sign(identity.privateJwk);
    expect(await refusal(verifier.verify(bare, now))).toBe('malformed');
  });

  it('refuses alg none, HS256 keyed with the public key, and a changed payload', async () => {
    const token = await issuer.sign(claims, 900, now);
    const [, payload, signature] = token.split('.');
    expect(await refusal(verifier.verify(`${b64({ alg: 'none', kid: identity.kid })}.${payload}.`, now))).toBe(
      'signature',
    );
    for (const secret of [JSON.stringify(identity.publicJwk), identity.publicJwk.x]) {
      const confused = await new SignJWT({ ...claims, typ: 'access' })
        .setProtectedHeader({ alg: 'HS256', kid: identity.kid })
        .setExpirationTime(Math.floor(now / 1000) + 900)
        .sign(new TextEncoder().encode(secret));
      expect(await refusal(verifier.verify(confused, now))).toBe('signature');
    }
    const elevated = { ...JSON.parse(Buffer.from(payload, 'base64url').toString()), grants: [] };
    const [header] = token.split('.');
    expect(await refusal(verifier.verify(`${header}.${b64(elevated)}.${signature}`, now))).toBe('signature');
    expect(await refusal(verifier.verify('a.b', now))).toBe('malformed');
    expect(await refusal(verifier.verify('not.a.token', now))).toBe('malformed');
  });

  it('refuses an ES256 token from a key not listed, and accepts one that is', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const meta = { kid: 'ec-1', alg: 'ES256' };
    const ec = {
      kid: 'ec-1',
      privateJwk: { ...(privateKey.export({ format: 'jwk' }) as Record<string, string>), ...meta },
      publicJwk: { ...(publicKey.export({ format: 'jwk' }) as Record<string, string>), ...meta },
    };
    const token = await new TokenSigner(keySet([ec], ec)).sign(claims, 900, now);
    expect(await refusal(verifier.verify(token, now))).toBe('signature');
    expect((await new TokenSigner(keySet([ec, identity])).verify(token, now)).sub).toBe('u1');
  });

  it('mints service tokens with the service key only, and a verifier signs nothing', async () => {
    const worker = new TokenSigner(keySet([identity, service], undefined, service));
    const token = await worker.signService({ ...claims, sys: true }, 300, now);
    expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()).kid).toBe(service.kid);
    expect((await verifier.verify(token, now)).sys).toBe(true);
    await expect(worker.sign(claims, 900, now)).rejects.toThrow(/AUTH_IDENTITY_KEY/);
    await expect(verifier.signService(claims, 300, now)).rejects.toThrow(/AUTH_SERVICE_KEY/);
    expect([verifier.signsAccessTokens, verifier.signsServiceTokens]).toEqual([false, false]);
  });

  it('says expired for a token past its time even when no listed key signed it, so the client refreshes', async () => {
    const retired = generateTokenKeyPair('identity');
    const old = await new TokenSigner(keySet([retired], retired)).sign(claims, 60, now - 3_600_000);
    expect(await refusal(verifier.verify(old, now))).toBe('expired');
  });

  it('remembers a verified token only until it expires, and never a forged one', async () => {
    const remembering = new TokenSigner(keySet([identity, service]));
    const token = await issuer.sign(claims, 60, now);
    const first = await remembering.verify(token, now);
    expect(await remembering.verify(token, now + 1000)).toBe(first);
    expect(Object.isFrozen(first.grants[0])).toBe(true);
    expect(await refusal(remembering.verify(token, now + 60_000))).toBe('expired');
    expect((await remembering.verify(token, now + 1000)).sub).toBe('u1');
    const [h, p] = token.split('.');
    expect(await refusal(remembering.verify(`${h}.${p}.${'A'.repeat(86)}`, now))).toBe('signature');
  });
});

describe('access tokens on AUTH_SECRET alone (HS256)', () => {
  const signer = new TokenSigner('x'.repeat(32));

  it('signs and verifies with the shared secret, users’ and services’ tokens alike', async () => {
    const token = await signer.sign(claims, 900, now);
    expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(await signer.verify(token, now + 899_000)).toMatchObject(claims);
    expect((await signer.verify(await signer.signService({ ...claims, sys: true }, 300, now), now)).sys).toBe(true);
    expect(await refusal(signer.verify(token, now + 900_000))).toBe('expired');
  });

  it('refuses another secret, a key set’s tokens, and alg none', async () => {
    const token = await signer.sign(claims, 900, now);
    expect(await refusal(new TokenSigner('y'.repeat(32)).verify(token, now))).toBe('signature');
    const identity = generateTokenKeyPair('identity');
    const asymmetric = await new TokenSigner(keySet([identity], identity)).sign(claims, 900, now);
    expect(await refusal(signer.verify(asymmetric, now))).toBe('signature');
    expect(await refusal(new TokenSigner(keySet([identity])).verify(token, now))).toBe('malformed');
    const [, payload] = token.split('.');
    expect(await refusal(signer.verify(`${b64({ alg: 'none' })}.${payload}.`, now))).toBe('signature');
  });

  it('says expired, once a key set replaces the secret, for its tokens past their time', async () => {
    const identity = generateTokenKeyPair('identity');
    const old = await signer.sign(claims, 60, now - 3_600_000);
    expect(await refusal(new TokenSigner(keySet([identity])).verify(old, now))).toBe('expired');
  });

  it('refuses a short secret', () => {
    expect(() => new TokenSigner('short')).toThrow(/32/);
  });
});
