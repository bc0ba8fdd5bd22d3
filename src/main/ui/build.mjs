// Builds the UI bundles with esbuild, then (for the workbench only) copies AUI and jQuery.
//
//   node build.mjs --out ../../../target/classes [--vendor | --no-vendor]
//
// --out      the directory that receives ui/ (and ui-vendor/); Maven passes target/classes.
// --vendor   copy AUI's dist (aui-prototyping.js: AUI with underscore/backbone, using window.jQuery) and jQuery into <out>/ui-vendor/ (the workbench serves them; in Jira
//            the web-resources depend on com.atlassian.auiplugin:ajs instead).
// --no-vendor delete <out>/ui-vendor/, so a plugin jar built after a workbench build cannot carry it.
//
// The UI texts come from the same properties file Jira uses; they are parsed here and handed to
// the bundles as the module "bp-messages", so the workbench shows the English texts Jira would.
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseProperties } from './src/common/properties.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? args[outIndex + 1] : join(here, '../../../target/classes'));
const vendor = args.includes('--vendor') ? true : args.includes('--no-vendor') ? false : null;
const propertiesFile = join(here, '../resources/i18n/balance-point.properties');

const messages = parseProperties(readFileSync(propertiesFile, 'utf8'));

/** Resolves `import messages from 'bp-messages'` to the parsed properties. */
const messagesPlugin = {
  name: 'bp-messages',
  setup(build) {
    build.onResolve({ filter: /^bp-messages$/ }, () => ({ path: 'bp-messages', namespace: 'bp-messages' }));
    build.onLoad({ filter: /.*/, namespace: 'bp-messages' }, () => ({
      contents: JSON.stringify(messages),
      loader: 'json',
      watchFiles: [propertiesFile],
    }));
  },
};

const started = Date.now();
await esbuild.build({
  entryPoints: {
    'balance-point-panel': join(here, 'src/panel/entry.js'),
    'balance-point-dashboard': join(here, 'src/dashboard/entry.js'),
    'balance-point-admin': join(here, 'src/admin/entry.js'),
    'balance-point': join(here, 'src/balance-point.css'),
  },
  outdir: join(out, 'ui'),
  bundle: true,
  format: 'iife',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  minify: true,
  sourcemap: false,
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [messagesPlugin],
});

if (vendor === true) {
  const vendorDir = join(out, 'ui-vendor');
  const aui = join(here, 'node_modules/@atlassian/aui/dist/aui');
  const jquery = join(here, 'node_modules/jquery/dist/jquery.min.js');
  if (!existsSync(aui) || !existsSync(jquery)) {
    throw new Error('AUI or jQuery missing under node_modules: run npm ci in src/main/ui');
  }
  rmSync(vendorDir, { recursive: true, force: true });
  mkdirSync(join(vendorDir, 'aui'), { recursive: true });
  for (const file of ['aui-prototyping.js', 'aui-prototyping.css']) {
    cpSync(join(aui, file), join(vendorDir, 'aui', file));
  }
  cpSync(join(aui, 'fonts'), join(vendorDir, 'aui/fonts'), { recursive: true });
  cpSync(join(aui, 'images'), join(vendorDir, 'aui/images'), { recursive: true });
  cpSync(jquery, join(vendorDir, 'jquery.min.js'));
} else if (vendor === false) {
  rmSync(join(out, 'ui-vendor'), { recursive: true, force: true });
}
console.log(`balance-point ui: bundles in ${join(out, 'ui')} (${Date.now() - started} ms)`
  + (vendor ? `, AUI ${JSON.parse(readFileSync(join(here, 'node_modules/@atlassian/aui/package.json'), 'utf8')).version} and jQuery in ${join(out, 'ui-vendor')}` : ''));
