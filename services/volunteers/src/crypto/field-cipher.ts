import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encryption of sensitive fields at rest (ID numbers, guardian phones): AES-256-GCM with a
 * random 96-bit IV per value, stored as `v1:<iv>:<tag>:<ciphertext>` (base64). Lookups and
 * uniqueness use a keyed hash (HMAC-SHA256) with a second key derived from the same secret,
 * so equal numbers can be matched without decrypting and without an unkeyed hash to brute-force.
 */
export class FieldCipher {
  private readonly key: Buffer;
  private readonly hashKey: Buffer;

  constructor(dataKey: Buffer) {
    if (dataKey.length !== 32) throw new Error('DATA_KEY must be 32 bytes');
    this.key = dataKey;
    this.hashKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'linli.volunteers.lookup-hash.v1', 32));
  }

  /** Reads a 32-byte key given as 64 hex characters or base64 / base64url; throws otherwise. */
  static parseKey(value: string): Buffer {
    const text = value.trim();
    const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
    if (key.length !== 32) throw new Error('DATA_KEY must be 32 bytes, as 64 hex characters or base64');
    return key;
  }

  static fromConfig(value: string): FieldCipher {
    return new FieldCipher(FieldCipher.parseKey(value));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v1:${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${body.toString('base64')}`;
  }

  decrypt(stored: string): string {
    const [version, iv, tag, body] = stored.split(':');
    if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('unknown ciphertext format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }

  /** Keyed hash of a normalised value, hex: equal inputs give equal hashes under the same key. */
  lookupHash(kind: string, normalised: string): string {
    return createHmac('sha256', this.hashKey).update(`${kind}\0${normalised}`).digest('hex');
  }
}
