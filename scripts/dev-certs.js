/**
 * HTTPS options for the dev server. office-addin-dev-certs trusts its CA with `sudo` on Linux,
 * which machines without sudo (containers, CI, root shells) lack: there we still create the
 * same certificates, untrusted, and say how to trust them.
 */
const fs = require("fs");
const devCerts = require("office-addin-dev-certs");

async function httpsOptions() {
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const {
      caCertificatePath,
      localhostCertificatePath,
      localhostKeyPath,
    } = require("office-addin-dev-certs/lib/defaults");
    if (!devCerts.verifyCertificates(localhostCertificatePath, localhostKeyPath)) await devCerts.generateCertificates();
    console.warn(
      `Could not trust the development CA (${error.message.split("\n")[0]}).\n` +
        `Serving https://localhost with the untrusted certificate ${localhostCertificatePath}; ` +
        `trust ${caCertificatePath} in your browser or OS to avoid warnings.`,
    );
    return {
      ca: fs.readFileSync(caCertificatePath),
      cert: fs.readFileSync(localhostCertificatePath),
      key: fs.readFileSync(localhostKeyPath),
    };
  }
}

module.exports = { httpsOptions };
