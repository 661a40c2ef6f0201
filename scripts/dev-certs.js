// Certificates for the https dev server on https://localhost:3000 (webpack.config.js, scripts/start.js).
// - Windows / macOS: office-addin-dev-certs' getHttpsServerOptions(), as Microsoft's add-in template does: it makes
//   the certificates in ~/.office-addin-dev-certs and trusts the CA, which desktop Excel needs to load the pane.
// - Elsewhere (Linux): generateCertificates() into .certs/ of the repository (gitignored). Never `install`: it calls
//   sudo, and no desktop Excel there needs the CA trusted; a browser shows a warning once, tests ignore it.
// When certificates cannot be made the dev server falls back to http://localhost:3000 and says so.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

/** Folder for the Linux certificates (gitignored). */
const CERT_DIR = path.resolve(__dirname, '..', '.certs');

/** Certificates made here last this long; they are remade when fewer than 7 days remain. */
const DAYS_VALID = 365;

/** True when the PEM file holds a certificate valid for at least 7 more days. */
function stillValid(file) {
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(file));
    return new Date(cert.validTo).getTime() - Date.now() > 7 * 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/**
 * Makes (or reuses) the dev certificates.
 * @returns {Promise<{https: true, options: {key: Buffer|string, cert: Buffer|string, ca?: Buffer|string}, where: string}
 *   | {https: false, reason: string}>} https options for webpack-dev-server, or the reason to fall back to http
 */
async function devHttpsOptions() {
  if (process.env.DEV_SERVER_HTTP === '1') return { https: false, reason: 'DEV_SERVER_HTTP=1' };
  try {
    if (process.platform === 'win32' || process.platform === 'darwin') {
      const devCerts = require('office-addin-dev-certs');
      const options = await devCerts.getHttpsServerOptions();
      return { https: true, options, where: '~/.office-addin-dev-certs' };
    }
    const ca = path.join(CERT_DIR, 'ca.crt');
    const cert = path.join(CERT_DIR, 'localhost.crt');
    const key = path.join(CERT_DIR, 'localhost.key');
    if (!(stillValid(cert) && fs.existsSync(key) && fs.existsSync(ca))) {
      // generateCertificates writes nothing when ca.crt exists: clear stale files first.
      for (const f of [ca, cert, key]) fs.rmSync(f, { force: true });
      const { generateCertificates } = require('office-addin-dev-certs/lib/generate');
      await generateCertificates(ca, cert, key, DAYS_VALID);
    }
    return {
      https: true,
      options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert), ca: fs.readFileSync(ca) },
      where: path.relative(process.cwd(), CERT_DIR) || CERT_DIR,
    };
  } catch (err) {
    return { https: false, reason: String((err && err.message) || err).split('\n')[0] };
  }
}

module.exports = { devHttpsOptions, CERT_DIR };
