// `npm run auth:keys`: makes the access token keys of a deployment, as environment lines.
//   npm run auth:keys                                  a new identity key and service key, and their JWKS
//   AUTH_PUBLIC_KEYS=… npm run auth:keys -- --rotate identity|service
//                                                      a new key of that kind, and the JWKS with it first
//   AUTH_PUBLIC_KEYS=… npm run auth:keys -- --drop <kid>   the JWKS without a key whose tokens have expired
// Rotation order (docs/ARCHITECTURE.md, "Access tokens and keys"): give every process the new
// JWKS, then the signing process its new key; drop the old public key once ACCESS_TOKEN_TTL_SECONDS
// (or five minutes, for the service key) has passed.
import { generateTokenKeyPair, readPublicKeys, tokenKeyEnv } from '#linli/platform/local';

const [flag, value] = process.argv.slice(2);
const quote = (text: string) => `'${text}'`;
const jwks = (keys: object[]) => JSON.stringify({ keys });

if (!flag) {
  const env = tokenKeyEnv([generateTokenKeyPair('identity')], [generateTokenKeyPair('service')]);
  for (const [name, text] of Object.entries(env)) console.log(`${name}=${quote(text)}`);
} else if ((flag === '--rotate' && (value === 'identity' || value === 'service')) || (flag === '--drop' && value)) {
  if (!process.env.AUTH_PUBLIC_KEYS) {
    console.error('Set AUTH_PUBLIC_KEYS to the current JWKS first.');
    process.exit(2);
  }
  const current = readPublicKeys(process.env.AUTH_PUBLIC_KEYS);
  if (flag === '--drop') {
    const kept = current.filter((k) => k.kid !== value);
    if (kept.length === current.length || kept.length === 0) {
      console.error(kept.length ? `No key ${value} in AUTH_PUBLIC_KEYS.` : 'That would leave no key.');
      process.exit(2);
    }
    console.log(`AUTH_PUBLIC_KEYS=${quote(jwks(kept))}`);
  } else {
    const next = generateTokenKeyPair(value);
    console.log(`AUTH_PUBLIC_KEYS=${quote(jwks([next.publicJwk, ...current]))}`);
    console.log(`AUTH_${value.toUpperCase()}_KEY=${quote(JSON.stringify(next.privateJwk))}`);
  }
} else {
  console.error('Usage: npm run auth:keys [-- --rotate identity|service | --drop <kid>]');
  process.exit(2);
}
