import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import type { ParsedCertificate } from './x509.ts';

export type CaKeyAlgorithm = 'EC-P256' | 'EC-P384' | 'RSA-3072';

/** The signature algorithm that goes into certificates signed by a key of that algorithm. */
export interface SignatureAlgorithm {
  oid: string;
  /** RSA needs explicit NULL parameters; ECDSA has none. */
  nullParameters: boolean;
  hash: 'sha256' | 'sha384';
}

export function signatureAlgorithmOf(algorithm: CaKeyAlgorithm): SignatureAlgorithm {
  switch (algorithm) {
    case 'EC-P256':
      return { oid: '1.2.840.10045.4.3.2', nullParameters: false, hash: 'sha256' };
    case 'EC-P384':
      return { oid: '1.2.840.10045.4.3.3', nullParameters: false, hash: 'sha384' };
    case 'RSA-3072':
      return { oid: '1.2.840.113549.1.1.11', nullParameters: true, hash: 'sha256' };
  }
}

/** Anything that signs a to-be-signed certificate: a software key or an HSM. */
export interface Signer {
  readonly algorithm: CaKeyAlgorithm;
  readonly publicKey: KeyObject;
  /** Signs the DER TBSCertificate; answers the signature as it goes into the certificate (DER for ECDSA). */
  sign(tbs: Uint8Array): Promise<Uint8Array>;
}

/**
 * A CA key with its certificate. The software implementation below keeps the key in memory after
 * decrypting it with the master key; an HSM implementation only needs to provide `sign`.
 */
export interface KeyStore extends Signer {
  readonly certificate: ParsedCertificate;
}

export function generateCaKeyPair(algorithm: CaKeyAlgorithm): {
  privateKey: KeyObject;
  publicKey: KeyObject;
} {
  switch (algorithm) {
    case 'EC-P256':
      return generateKeyPairSync('ec', { namedCurve: 'P-256' });
    case 'EC-P384':
      return generateKeyPairSync('ec', { namedCurve: 'P-384' });
    case 'RSA-3072':
      return generateKeyPairSync('rsa', { modulusLength: 3072 });
  }
}

export function softwareSigner(algorithm: CaKeyAlgorithm, privateKey: KeyObject): Signer {
  const { hash } = signatureAlgorithmOf(algorithm);
  return {
    algorithm,
    publicKey: createPublicKey(privateKey),
    async sign(tbs) {
      return sign(hash, tbs, privateKey);
    },
  };
}

export function softwareKeyStore(
  algorithm: CaKeyAlgorithm,
  privateKeyPem: string,
  certificate: ParsedCertificate,
): KeyStore {
  return { ...softwareSigner(algorithm, createPrivateKey(privateKeyPem)), certificate };
}

export function exportPrivateKeyPem(key: KeyObject): string {
  return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}
