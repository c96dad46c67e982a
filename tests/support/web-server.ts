/**
 * Starts a real web server with a shipped configuration from server/, over a built site,
 * for tests/e2e/web-server.spec.ts: nginx or Apache as a municipality's IT department would
 * run it, rendered into a temporary folder (free ports on 127.0.0.1, a throwaway self-signed
 * certificate, pid and logs in the folder). No browser: requests go through node:https.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SBIN = ['/usr/sbin', '/usr/local/sbin', '/sbin'];
const PATH = [...(process.env.PATH ?? '').split(':'), ...SBIN].join(':');

/** The program's path, or undefined when it is not installed. */
export function findProgram(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], {
    env: { ...process.env, PATH },
    encoding: 'utf8',
  });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

export const INSTALL = {
  nginx:
    'nginx er ikke installert, så serveroppsettet i server/nginx/ kan ikke testes. Installer det med «sudo apt-get install nginx» (Debian/Ubuntu) eller «brew install nginx»; .ci/run gjør det på en tom maskin.',
  apache2:
    'Apache (apache2) er ikke installert, så serveroppsettet i server/apache/ kan ikke testes. Installer det med «sudo apt-get install apache2» (Debian/Ubuntu); .ci/run gjør det på en tom maskin.',
};

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: string): Promise<void> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`serveren stoppet (kode ${child.exitCode}):\n${readLog(log)}`);
    const open = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        done(true);
      });
      socket.once('error', () => done(false));
    });
    if (open) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`serveren svarte ikke på port ${port}:\n${readLog(log)}`);
}

const readLog = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '(ingen logg)';
  }
};

/**
 * The shipped nginx file with the test's values: the site at `base` (`/parorende/` or `/`)
 * from `webRoot`, `localhost` on the given ports, the given certificate. Every other line
 * is served as shipped.
 */
export function renderNginx(
  conf: string,
  o: {
    base: string;
    webRoot: string;
    http: number;
    https: number;
    cert: string;
    key: string;
  },
): string {
  let out = conf
    .replace(/^\s*listen \[::\]:\d+.*\n/gm, '')
    .replace(/listen 80;/, `listen 127.0.0.1:${o.http};`)
    .replace(/listen 443 ssl;/, `listen 127.0.0.1:${o.https} ssl;`)
    .replaceAll('www.eksempel.kommune.no;', 'localhost;')
    .replace(/^(\s*)ssl_certificate\s+\S+;$/m, `$1ssl_certificate ${o.cert};`)
    .replace(/^(\s*)ssl_certificate_key\s+\S+;$/m, `$1ssl_certificate_key ${o.key};`)
    .replaceAll('/var/www/parorendeguiden', o.webRoot);
  if (o.base === '/') out = out.replace(/^\s*location = \/parorende .*# bare under en underside\n/m, '');
  else out = out.replaceAll('location = /parorende ', `location = ${o.base.slice(0, -1)} `);
  return out.replaceAll('/parorende/', o.base);
}

/** The shipped Apache file with the test's values, as renderNginx. */
export function renderApache(
  conf: string,
  o: {
    base: string;
    dir: string;
    http: number;
    https: number;
    cert: string;
    key: string;
  },
): string {
  let out = conf
    .replace('<VirtualHost *:80>', `<VirtualHost 127.0.0.1:${o.http}>`)
    .replace('<VirtualHost *:443>', `<VirtualHost 127.0.0.1:${o.https}>`)
    .replaceAll('www.eksempel.kommune.no', 'localhost')
    .replace(/^(\s*)SSLCertificateFile\s+\S+$/m, `$1SSLCertificateFile ${o.cert}`)
    .replace(/^(\s*)SSLCertificateKeyFile\s+\S+$/m, `$1SSLCertificateKeyFile ${o.key}`)
    .replaceAll('/var/www/parorendeguiden', o.dir);
  if (o.base === '/') out = out.replace(/^\s*# bare under en underside:\n.*\n/m, '');
  else out = out.replace('^/parorende$', `^${o.base.slice(0, -1)}$`);
  return out.replaceAll('/parorende/', o.base);
}

export interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent (still gzip when Content-Encoding says so). */
  raw: Buffer;
  /** The body decoded. */
  text: string;
}

export interface RunningServer {
  /** Requests a path over https (`gzip` asks for compression). */
  get(path: string, options?: { gzip?: boolean }): Promise<Response>;
  /** Requests a path over plain http. */
  getHttp(path: string): Promise<Response>;
  stop(): Promise<void>;
}

function fetchRaw(secure: boolean, port: number, path: string, gzip: boolean): Promise<Response> {
  return new Promise((done, fail) => {
    const request = (secure ? httpsRequest : httpRequest)(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'GET',
        servername: 'localhost',
        rejectUnauthorized: false,
        headers: {
          host: 'localhost',
          ...(gzip ? { 'accept-encoding': 'gzip' } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
          done({
            status: response.statusCode ?? 0,
            headers: response.headers,
            raw,
            text: body.toString('utf8'),
          });
        });
      },
    );
    request.once('error', fail);
    request.end();
  });
}

interface Prepared {
  tmp: string;
  cert: string;
  key: string;
  http: number;
  https: number;
  log: string;
}

async function prepare(kind: 'nginx' | 'apache2'): Promise<Prepared & { program: string }> {
  const program = findProgram(kind);
  if (!program) throw new Error(INSTALL[kind]);
  const openssl = findProgram('openssl');
  if (!openssl) throw new Error('openssl er ikke installert; testen trenger det for et sertifikat. Installer det med «sudo apt-get install openssl».');
  const tmp = mkdtempSync(join(tmpdir(), `pg-${kind}-`));
  const cert = join(tmp, 'cert.pem');
  const key = join(tmp, 'key.pem');
  const made = spawnSync(
    openssl,
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl kunne ikke lage et testsertifikat:\n${made.stderr}`);
  return {
    program,
    tmp,
    cert,
    key,
    http: await freePort(),
    https: await freePort(),
    log: join(tmp, 'error.log'),
  };
}

async function run(p: Prepared, command: string, args: string[], stopSignal: NodeJS.Signals): Promise<RunningServer> {
  const child = spawn(command, args, { stdio: 'ignore' });
  await waitForPort(p.https, child, p.log);
  await waitForPort(p.http, child, p.log);
  return {
    get: (path, options = {}) => fetchRaw(true, p.https, path, options.gzip ?? false),
    getHttp: (path) => fetchRaw(false, p.http, path, false),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill(stopSignal);
        await exited;
      }
      rmSync(p.tmp, { recursive: true, force: true });
    },
  };
}

/** Starts nginx with server/nginx/parorendeguiden.conf over `dir`, served at `base`. */
export async function startNginx(dir: string, base: string): Promise<RunningServer> {
  const p = await prepare('nginx');
  const { tmp, log } = p;
  // Under a sub-path the site's files lie in <root><base>, as the file tells IT to put them.
  let webRoot = resolve(dir);
  if (base !== '/') {
    webRoot = join(tmp, 'www');
    mkdirSync(dirname(join(webRoot, base.slice(0, -1))), { recursive: true });
    symlinkSync(resolve(dir), join(webRoot, base.slice(0, -1)));
  }
  const shipped = readFileSync('server/nginx/parorendeguiden.conf', 'utf8');
  writeFileSync(join(tmp, 'parorendeguiden.conf'), renderNginx(shipped, { ...p, base, webRoot }));

  // The compiled-in paths (temp folders, mime.types) of this nginx build, so none of /var or /run is touched.
  const info = spawnSync(p.program, ['-V'], { encoding: 'utf8' }).stderr;
  const confPath = /--conf-path=(\S+)/.exec(info)?.[1] ?? '/etc/nginx/nginx.conf';
  const temps = [...info.matchAll(/--http-([a-z-]+)-temp-path=/g)].map(([, kind]) => `${kind!.replace('-', '_')}_temp_path ${join(tmp, kind!)};`);
  writeFileSync(
    join(tmp, 'nginx.conf'),
    [
      // As root the workers would run as «nobody», who may not read the checkout.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${join(tmp, 'nginx.pid')};`,
      `error_log ${log} warn;`,
      'events { worker_connections 64; }',
      'http {',
      `  include ${join(dirname(confPath), 'mime.types')};`,
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...temps.map((line) => `  ${line}`),
      `  include ${join(tmp, 'parorendeguiden.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const flags = ['-p', `${tmp}/`, '-c', join(tmp, 'nginx.conf'), '-e', log];
  const checked = spawnSync(p.program, ['-t', '-q', ...flags], {
    encoding: 'utf8',
  });
  if (checked.status !== 0) throw new Error(`nginx -t avviser oppsettet:\n${checked.stderr}${readLog(log)}`);
  return run(p, p.program, [...flags, '-g', 'daemon off;'], 'SIGQUIT');
}

/** The Apache modules the shipped file needs (the a2enmod line in it), and the ones every Apache needs. */
const APACHE_MODULES = ['mpm_event', 'authz_core', 'mime', 'dir', 'alias', 'headers', 'deflate', 'filter', 'ssl', 'socache_shmcb'];

/** Starts Apache with server/apache/parorendeguiden.conf over `dir`, served at `base`. */
export async function startApache(dir: string, base: string): Promise<RunningServer> {
  const p = await prepare('apache2');
  const { tmp, log } = p;
  const modules = ['/usr/lib/apache2/modules', '/usr/lib/httpd/modules', '/usr/libexec/apache2'].find((folder) => existsSync(join(folder, 'mod_headers.so')));
  if (!modules) throw new Error('fant ikke Apaches moduler (mod_headers.so)');
  const shipped = readFileSync('server/apache/parorendeguiden.conf', 'utf8');
  writeFileSync(join(tmp, 'parorendeguiden.conf'), renderApache(shipped, { ...p, base, dir: resolve(dir) }));
  const root = process.getuid?.() === 0;
  writeFileSync(
    join(tmp, 'apache2.conf'),
    [
      `ServerRoot ${tmp}`,
      `DefaultRuntimeDir ${tmp}`,
      `PidFile ${join(tmp, 'apache2.pid')}`,
      `Mutex file:${tmp} default`,
      `ErrorLog ${log}`,
      'LogLevel warn',
      ...APACHE_MODULES.filter((name) => name !== 'mpm_event' || existsSync(join(modules, 'mod_mpm_event.so'))).map(
        (name) => `LoadModule ${name}_module ${join(modules, `mod_${name}.so`)}`,
      ),
      // Apache never serves as root; as root it hands the work to «nobody».
      root ? 'User nobody' : '',
      root ? 'Group #65534' : '',
      'ServerName localhost',
      `Listen 127.0.0.1:${p.http}`,
      `Listen 127.0.0.1:${p.https}`,
      `TypesConfig ${existsSync('/etc/mime.types') ? '/etc/mime.types' : join(tmp, 'mime.types')}`,
      `Include ${join(tmp, 'parorendeguiden.conf')}`,
      '',
    ].join('\n'),
  );
  if (!existsSync('/etc/mime.types'))
    writeFileSync(join(tmp, 'mime.types'), 'text/html html\ntext/css css\ntext/javascript js\napplication/json json\nimage/svg+xml svg\n');
  const flags = ['-d', tmp, '-f', join(tmp, 'apache2.conf')];
  const checked = spawnSync(p.program, ['-t', ...flags], { encoding: 'utf8' });
  if (checked.status !== 0) throw new Error(`apache2 -t avviser oppsettet:\n${checked.stderr}${readLog(log)}`);
  return run(p, p.program, [...flags, '-DFOREGROUND'], 'SIGTERM');
}
