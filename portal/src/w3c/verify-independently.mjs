#!/usr/bin/env node
// Independent verification of credentials issued by a running Parcours portal.
//
// Issues an Open Badges 3.0 credential through POST /api/vc/credentials/issue in each proof format
// (eddsa-rdfc-2022, eddsa-jcs-2022, vc-jwt) and verifies it with code nobody here wrote: the
// Digital Bazaar stack (@digitalbazaar/vc, data-integrity, eddsa cryptosuites) for Data Integrity,
// `jose` for the VC-JWT. A tampered copy of each must be refused.
//
// The document loader is offline except for one URL: the portal's DID document. Contexts come from
// the pinned files in the shared data folder; did:web:<host> is mapped to
// http://<host>/.well-known/did.json of the running portal (plain http because it runs on
// localhost). Any other URL throws, so nothing else reaches the network.
//
// Usage: node verify-independently.mjs [BASE_URL]
//   BASE_URL            default http://localhost:9380
//   PARCOURS_TOKEN      bearer token of a partner or admin (default: `bin/token partner`)
//   PARCOURS_DATA_DIR   the shared data folder (default /work/shared/data)
//   PARCOURS_WORKER_TOKEN  bearer token of a worker (default: `bin/token worker`): their first VAE
//                       dossier (GET /api/me/dossiers/{id}/credential) is verified the same way
// Exit code 0 when every expectation holds, 1 otherwise. Prints one line per check and a JSON
// summary on the last line.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {createVerifyCryptosuite as eddsaJcs2022} from
  '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import {importJWK, compactVerify, decodeProtectedHeader} from 'jose';

const here = dirname(fileURLToPath(import.meta.url));
const base = (process.argv[2] || 'http://localhost:9380').replace(/\/$/, '');
const dataDir = process.env.PARCOURS_DATA_DIR || '/work/shared/data';

// ---- pinned contexts (files listed in vc-contexts/SOURCE.md and the OB / status list SOURCE.md)
const CONTEXT_FILES = {
  'https://www.w3.org/ns/credentials/v2': 'vc-contexts/credentials-v2.jsonld',
  'https://www.w3.org/ns/credentials/examples/v2': 'vc-contexts/credentials-examples-v2.jsonld',
  'https://www.w3.org/ns/credentials/undefined-terms/v2':
    'vc-contexts/credentials-undefined-terms-v2.jsonld',
  'https://www.w3.org/2018/credentials/v1': 'vc-contexts/credentials-v1.jsonld',
  'https://w3id.org/security/data-integrity/v2': 'vc-contexts/data-integrity-v2.jsonld',
  'https://w3id.org/security/multikey/v1': 'vc-contexts/multikey-v1.jsonld',
  'https://www.w3.org/ns/did/v1': 'vc-contexts/did-v1.jsonld',
  'https://w3id.org/security/suites/ed25519-2020/v1':
    'vc-contexts/ed25519-signature-2020-v1.jsonld',
  'https://www.w3.org/ns/credentials/status/v1':
    'vc-bitstring-status-list/bitstring-status-list-context-v1.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json':
    'openbadges3/context/ob-v3p0-context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json':
    'openbadges3/context/ob-v3p0-context-3.0.2.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json':
    'openbadges3/context/ob-v3p0-context-3.0.3.json'
};
const contexts = new Map(Object.entries(CONTEXT_FILES).map(
  ([url, file]) => [url, JSON.parse(readFileSync(join(dataDir, file), 'utf8'))]));

// ---- did:web of the running portal, fetched once over http (it runs on localhost)
const baseUrl = new URL(base);
const expectedDid = 'did:web:' + encodeURIComponent(baseUrl.host);
const didDocuments = new Map();

async function didDocument(did) {
  if(did !== expectedDid) {
    throw new Error(`refusing to resolve ${did}: only ${expectedDid} is served here`);
  }
  if(!didDocuments.has(did)) {
    const response = await fetch(`${base}/.well-known/did.json`);
    if(!response.ok) {
      throw new Error(`${base}/.well-known/did.json answered ${response.status}`);
    }
    didDocuments.set(did, await response.json());
  }
  return didDocuments.get(did);
}

async function documentLoader(url) {
  if(contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: structuredClone(contexts.get(url))};
  }
  if(url.startsWith('did:web:')) {
    const [did, fragment] = url.split('#');
    const doc = await didDocument(did);
    if(!fragment) {
      return {contextUrl: null, documentUrl: url, document: structuredClone(doc)};
    }
    const method = (doc.verificationMethod || []).find(
      m => m.id === url || m.id === '#' + fragment);
    if(!method) {
      throw new Error(`${url} is not in the DID document`);
    }
    return {
      contextUrl: null,
      documentUrl: url,
      document: {'@context': 'https://w3id.org/security/multikey/v1', ...method}
    };
  }
  throw new Error(`offline loader: no document for ${url}`);
}

// ---- Parcours' issue endpoint
function token() {
  if(process.env.PARCOURS_TOKEN) {
    return process.env.PARCOURS_TOKEN;
  }
  const bin = process.env.PARCOURS_TOKEN_BIN || join(here, '..', '..', '..', 'bin', 'token');
  return execFileSync(bin, ['partner'], {encoding: 'utf8'}).trim();
}

function credential() {
  const badge = JSON.parse(readFileSync(
    join(dataDir, 'openbadges3/spec-examples/basic-openbadgecredential.json'), 'utf8'));
  badge.id = `urn:uuid:${crypto.randomUUID()}`;
  badge.issuer = {id: expectedDid, type: ['Profile'], name: 'Parcours (tests)'};
  badge.validFrom = new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
  return badge;
}

async function issue(bearer, proofFormat) {
  const response = await fetch(`${base}/api/vc/credentials/issue`, {
    method: 'POST',
    headers: {'content-type': 'application/json', authorization: `Bearer ${bearer}`},
    body: JSON.stringify({credential: credential(), options: {proofFormat}})
  });
  const body = await response.text();
  if(response.status !== 201) {
    throw new Error(`issue ${proofFormat}: HTTP ${response.status} ${body.slice(0, 300)}`);
  }
  return JSON.parse(body).verifiableCredential;
}

// ---- verification with the independent stacks
function suiteFor(cryptosuite) {
  return new DataIntegrityProof({
    cryptosuite: cryptosuite === 'eddsa-jcs-2022' ? eddsaJcs2022() : eddsaRdfc2022
  });
}

async function verifyDataIntegrity(credential) {
  const result = await vc.verifyCredential({
    credential,
    suite: suiteFor(credential.proof?.cryptosuite),
    documentLoader
  });
  const error = result.error?.errors?.[0]?.message || result.error?.message ||
    result.results?.find(r => !r.verified)?.error?.message;
  return {verified: result.verified, error};
}

function multikeyToJwk(publicKeyMultibase) {
  // base58btc ('z'), multicodec ed25519-pub header 0xed 0x01, 32 key bytes
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let n = 0n;
  for(const c of publicKeyMultibase.slice(1)) {
    const digit = alphabet.indexOf(c);
    if(digit < 0) {
      throw new Error('not base58btc');
    }
    n = n * 58n + BigInt(digit);
  }
  const hex = n.toString(16).padStart(68, '0');
  const bytes = Buffer.from(hex, 'hex');
  if(publicKeyMultibase[0] !== 'z' || bytes[0] !== 0xed || bytes[1] !== 0x01 ||
    bytes.length !== 34) {
    throw new Error('not an Ed25519 multikey');
  }
  return {kty: 'OKP', crv: 'Ed25519', x: bytes.subarray(2).toString('base64url')};
}

async function verifyJwt(enveloped) {
  const prefix = 'data:application/vc+jwt,';
  if(enveloped.type !== 'EnvelopedVerifiableCredential' || !enveloped.id?.startsWith(prefix)) {
    return {verified: false, error: 'not an EnvelopedVerifiableCredential with a vc+jwt data URL'};
  }
  const jwt = enveloped.id.slice(prefix.length);
  try {
    const header = decodeProtectedHeader(jwt);
    if(header.alg !== 'EdDSA' || header.typ !== 'vc+jwt') {
      return {verified: false, error: `unexpected header ${JSON.stringify(header)}`};
    }
    const {document: method} = await documentLoader(header.kid);
    const doc = await didDocument(header.kid.split('#')[0]);
    if(!(doc.assertionMethod || []).includes(method.id)) {
      return {verified: false, error: `${header.kid} is not an assertionMethod of ${doc.id}`};
    }
    const key = await importJWK(multikeyToJwk(method.publicKeyMultibase), 'EdDSA');
    const {payload} = await compactVerify(jwt, key, {algorithms: ['EdDSA']});
    const claims = JSON.parse(new TextDecoder().decode(payload));
    const issuer = typeof claims.issuer === 'string' ? claims.issuer : claims.issuer?.id;
    if(issuer !== method.controller) {
      return {verified: false, error: `issuer ${issuer} is not the key's controller`};
    }
    return {verified: true};
  } catch(e) {
    return {verified: false, error: e.message};
  }
}

function tamperJwt(enveloped) {
  const prefix = 'data:application/vc+jwt,';
  const [h, p, s] = enveloped.id.slice(prefix.length).split('.');
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
  claims.credentialSubject.achievement.name += '!';
  const forged = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return {...enveloped, id: `${prefix}${h}.${forged}.${s}`};
}

// ---- run
const results = [];
function record(name, expected, {verified, error}) {
  const ok = verified === expected;
  results.push({name, ok, verified, error});
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: verified=${verified}` +
    (error ? ` (${error})` : ''));
}

const bearer = token();
for(const format of ['eddsa-rdfc-2022', 'eddsa-jcs-2022']) {
  let issued;
  try {
    issued = await issue(bearer, format);
  } catch(e) {
    record(`${format}: issue`, true, {verified: false, error: e.message});
    continue;
  }
  record(`${format}: @digitalbazaar/vc verifyCredential`, true,
    await verifyDataIntegrity(issued));
  const tampered = structuredClone(issued);
  tampered.credentialSubject.achievement.name += '!';
  record(`${format}: tampered copy refused`, false, await verifyDataIntegrity(tampered));
}
try {
  const enveloped = await issue(bearer, 'vc-jwt');
  record('vc-jwt: jose compactVerify with the did:web key', true, await verifyJwt(enveloped));
  record('vc-jwt: tampered copy refused', false, await verifyJwt(tamperJwt(enveloped)));
} catch(e) {
  record('vc-jwt: issue', true, {verified: false, error: e.message});
}

// The worker's VAE dossier as Parcours signs it (issue 7): Open Badges 3.0, eddsa-rdfc-2022.
try {
  const worker = process.env.PARCOURS_WORKER_TOKEN || execFileSync(
    process.env.PARCOURS_TOKEN_BIN || join(here, '..', '..', '..', 'bin', 'token'), ['worker'],
    {encoding: 'utf8'}).trim();
  const headers = {authorization: `Bearer ${worker}`};
  const list = await (await fetch(`${base}/api/me/dossiers`, {headers})).json();
  if(!list.items?.length) {
    throw new Error('the worker has no VAE dossier');
  }
  const response = await fetch(`${base}/api/me/dossiers/${list.items[0].id}/credential`, {headers});
  if(response.status !== 200) {
    throw new Error(`dossier credential: HTTP ${response.status}`);
  }
  const dossier = await response.json();
  record('VAE dossier (eddsa-rdfc-2022): @digitalbazaar/vc verifyCredential', true,
    await verifyDataIntegrity(dossier));
  const tampered = structuredClone(dossier);
  tampered.evidence[0].name += '!';
  record('VAE dossier: tampered copy refused', false, await verifyDataIntegrity(tampered));
} catch(e) {
  record('VAE dossier: issue', true, {verified: false, error: e.message});
}

const passed = results.filter(r => r.ok).length;
console.log(JSON.stringify({base, did: expectedDid, passed, failed: results.length - passed}));
process.exit(passed === results.length ? 0 : 1);
