import { TokenError, TokenSigner } from './jwt.js';

describe('access tokens', () => {
  const signer = new TokenSigner('x'.repeat(32));
  const claims = {
    sub: 'u1',
    tid: 't1',
    grants: [{ role: 'village_lead' as const, tierNodeId: 'v', tierPath: '/s/c/v/' }],
  };

  it('verifies what it signed, until it expires', () => {
    const now = Date.parse('2021-11-30T08:00:00Z');
    const token = signer.sign(claims, 900, now);
    expect(signer.verify(token, now + 899_000)).toMatchObject({ ...claims, typ: 'access' });
    expect(() => signer.verify(token, now + 900_000)).toThrow(new TokenError('expired'));
  });

  it('refuses a token signed with another key or with a changed payload', () => {
    const token = signer.sign(claims, 900);
    expect(() => new TokenSigner('y'.repeat(32)).verify(token)).toThrow(TokenError);
    const [h, p, s] = token.split('.');
    const forged = JSON.parse(Buffer.from(p, 'base64url').toString());
    forged.grants = [{ role: 'station_head', tierNodeId: 's', tierPath: '/s/' }];
    expect(() => signer.verify(`${h}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${s}`)).toThrow(
      TokenError,
    );
    expect(() => signer.verify('a.b')).toThrow(TokenError);
    expect(() => signer.verify(`eyJhbGciOiJub25lIn0.${p}.`)).toThrow(TokenError);
  });

  it('remembers a verified token only until it expires, and never a forged one', () => {
    const remembering = new TokenSigner('z'.repeat(32));
    const now = Date.parse('2021-11-30T08:00:00Z');
    const token = remembering.sign(claims, 60, now);
    const first = remembering.verify(token, now);
    expect(remembering.verify(token, now + 1000)).toBe(first);
    expect(Object.isFrozen(first.grants[0])).toBe(true);
    expect(() => remembering.verify(token, now + 60_000)).toThrow(new TokenError('expired'));
    expect(() => remembering.verify(token, now + 1000)).not.toThrow();
    const [h, p] = token.split('.');
    expect(() => remembering.verify(`${h}.${p}.${'A'.repeat(43)}`, now)).toThrow(new TokenError('signature'));
  });

  it('refuses a short secret', () => {
    expect(() => new TokenSigner('short')).toThrow(/32/);
  });
});
