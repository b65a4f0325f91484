// Runs the Nu HTML Checker (npm vnu-jar) over every .html file of a folder
// with the machine's Java (Debian: openjdk-17-jre-headless).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export function vnuJarPath() {
  // vnu-jar's main module exports the path of vnu.jar.
  return String(require('vnu-jar'));
}

export function findJava() {
  const java = process.env.JAVA || 'java';
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  return java;
}

// Resolves to { errors: [...], warnings: [...], files } with messages
// formatted as "file:line:col: text". Rejects if the checker itself failed.
export function runVnu(siteDir, htmlFiles) {
  const java = findJava();
  if (!java) {
    return Promise.reject(new Error('java not found: install Debian\'s openjdk-17-jre-headless (scripts/install-deps.sh)'));
  }
  const files = htmlFiles.map((f) => path.join(siteDir, f));
  // -Xss4m: the checker's parser recurses deeply; without it a stack
  // overflow looks like a validation failure (see shared toolchain notes).
  const args = ['-Xss4m', '-jar', vnuJarPath(), '--format', 'json', '--exit-zero-always', ...files];
  return new Promise((resolve, reject) => {
    const child = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      let report;
      try {
        report = JSON.parse(err || out);
      } catch {
        return reject(new Error(`the Nu checker failed (exit ${code}): ${(err || out).slice(0, 2000)}`));
      }
      if (code !== 0) return reject(new Error(`the Nu checker exited ${code}`));
      const errors = [];
      const warnings = [];
      for (const m of report.messages || []) {
        const file = m.url ? path.relative(siteDir, new URL(m.url).pathname) : '(checker)';
        const where = `${file}:${m.lastLine ?? m.firstLine ?? 0}:${m.firstColumn ?? m.lastColumn ?? 0}`;
        const text = `${where}: ${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim()}]` : ''}`;
        // The checker reads files, whose origin is opaque, so a policy of
        // 'self' seems to block the site's own style sheets. The browser
        // checks load the pages over HTTP with the policy in force and fail
        // on any real violation (a console error), so only these are dropped.
        if (m.type === 'info' && /^Resource violates Content Security Policy/.test(m.message) && /“(\.\.?\/|\/(?!\/)|[a-z0-9_-]+\/)[^”]*” blocked/i.test(m.message)) {
          continue;
        }
        if (m.type === 'error' || m.type === 'non-document-error') errors.push(text);
        else if (m.type === 'info' && m.subType === 'warning') warnings.push(text);
      }
      resolve({ errors, warnings, files: files.length });
    });
  });
}
