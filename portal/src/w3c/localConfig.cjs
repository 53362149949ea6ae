// The one Parcours implementation the W3C test suites run against, read by
// vc-test-suite-implementations from `localConfig.cjs` at a suite's root (run.sh copies this file
// there). Everything comes from the environment set by run.sh:
//   PARCOURS_TLS_BASE_URL  https address of the portal (the vc-data-model-2.0 suite sends
//                          headers only on https; the suites accept the self-signed certificate)
//   PARCOURS_DID           the portal's did:web, the issuer of every credential it signs
//   PARCOURS_TOKEN         bearer token of a partner (bin/token partner), lasts 5 minutes
// Only this implementation runs (no remote registry, no interop with other vendors).
const base = process.env.PARCOURS_TLS_BASE_URL || 'https://localhost:9443';
const did = process.env.PARCOURS_DID || 'did:web:localhost%3A9080';
const token = process.env.PARCOURS_TOKEN || '';
const issue = `${base}/api/vc/credentials/issue`;
const verify = `${base}/api/vc/credentials/verify`;
const headers = token ? {Authorization: `Bearer ${token}`} : {};

module.exports = {
  settings: {
    enableInteropTests: false,
    testAllImplementations: false
  },
  implementations: [{
    name: 'Parcours',
    implementation: 'Parcours VC-API (Open Badges plugin)',
    issuers: [{
      id: did,
      endpoint: issue,
      headers,
      options: {proofFormat: 'eddsa-rdfc-2022'},
      supports: {vc: ['2.0']},
      tags: ['vc2.0', 'eddsa-rdfc-2022', 'vc-api']
    }, {
      id: did,
      endpoint: issue,
      headers,
      options: {proofFormat: 'eddsa-jcs-2022'},
      supports: {vc: ['2.0']},
      tags: ['eddsa-jcs-2022']
    }, {
      id: did,
      endpoint: issue,
      headers,
      options: {proofFormat: 'vc-jwt'},
      supports: {vc: ['2.0']},
      tags: ['JWT']
    }],
    verifiers: [{
      id: did,
      endpoint: verify,
      supports: {vc: ['1.1', '2.0']},
      tags: ['vc2.0', 'eddsa-rdfc-2022', 'eddsa-jcs-2022', 'vc-api', 'JWT']
    }]
  }]
};
