import { defineRule, TASK_KINDS } from '../../src/rule.js';
import type { ContainerRef } from '../_helpers/index.js';
import { containers, obj, objects, str, volumes } from '../_helpers/index.js';

/** Container runtime API sockets: whoever can connect to one controls every container on the host. */
const SOCKETS = new Set([
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/var/run/containerd/containerd.sock',
  '/run/containerd/containerd.sock',
  '/var/run/docker/containerd/containerd.sock',
  '/run/docker/containerd/containerd.sock',
  '/var/run/crio/crio.sock',
  '/run/crio/crio.sock',
  '/var/run/podman/podman.sock',
  '/run/podman/podman.sock',
]);

/** Host directories that hold one of those sockets (`/var/run` is a link to `/run` on current Linux). */
const SOCKET_DIRS = new Set([
  '/',
  '/run',
  '/var/run',
  '/run/containerd',
  '/var/run/containerd',
  '/run/docker',
  '/var/run/docker',
  '/run/crio',
  '/var/run/crio',
  '/run/podman',
  '/var/run/podman',
]);

/** The Windows runtimes' named pipes, lower-case with backslashes (`\\.\pipe\docker_engine`). */
const PIPES = new Map([
  ['\\\\.\\pipe\\docker_engine', 'Docker'],
  ['\\\\.\\pipe\\containerd-containerd', 'containerd'],
]);

/** `//./pipe/Docker_Engine` → `\\.\pipe\docker_engine`: Windows takes either slash, in any case. */
const pipeName = (path: string): string => path.trim().replaceAll('/', '\\').toLowerCase();

/** `/var/run//docker.sock/` → `/var/run/docker.sock`; linear, no regex backtracking. */
function normalise(path: string): string {
  const parts = path
    .trim()
    .split('/')
    .filter((p) => p !== '' && p !== '.');
  return `/${parts.join('/')}`;
}

/** What a host path exposes, as messages name it (`the Docker socket "/var/run/docker.sock"`), if anything. */
function exposureOf(sourcePath: string): string | undefined {
  const pipe = PIPES.get(pipeName(sourcePath));
  if (pipe !== undefined) return `the ${pipe} named pipe "${sourcePath}"`;
  if (!sourcePath.startsWith('/')) return undefined;
  const path = normalise(sourcePath);
  const runtime = path.includes('containerd')
    ? 'containerd'
    : path.includes('crio')
      ? 'CRI-O'
      : path.includes('podman')
        ? 'Podman'
        : 'Docker';
  if (SOCKETS.has(path)) return `the ${runtime} socket "${sourcePath}"`;
  if (SOCKET_DIRS.has(path)) return `the host directory "${sourcePath}", which holds the ${runtime} socket`;
  return undefined;
}

interface Exposure {
  /** What the message calls it: `the Docker socket "/var/run/docker.sock"`. */
  what: string;
  volume: string;
  volumePath: readonly (string | number)[];
}

export default defineRule({
  meta: {
    id: 'no-docker-socket-mount',
    category: 'security',
    description: 'Disallow mounting the Docker or containerd socket into a container',
    severity: 'error',
    presets: { recommended: 'warning', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HostVolumeProperties.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MountPoint.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/bind-mounts.html',
      'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/single-container-docker-configuration.html',
    ],
    messages: {
      mount: '{{container}} mounts {{what}} (volume "{{volume}}"): it can control every container on the instance',
      inherited:
        '{{container}} gets {{what}} through "volumesFrom" {{source}}: it can control every container on the instance',
      v1mount: 'the container mounts {{what}} (in "Volumes"): it can control every container on the instance',
    },
    appliesTo: [...TASK_KINDS, 'dockerrun-v1'],
  },
  check(task, ctx) {
    if (ctx.kind === 'dockerrun-v1') {
      // Elastic Beanstalk's single-container format bind-mounts "Volumes" from the host directly.
      for (const [volume, i] of objects(obj(ctx.document)?.Volumes)) {
        const host = str(volume.HostDirectory);
        const what = host === undefined ? undefined : exposureOf(host);
        if (what === undefined) continue;
        ctx.report({
          messageId: 'v1mount',
          path: ['Volumes', i, 'HostDirectory'],
          data: { what },
          hint: 'remove the volume; if the container must talk to the runtime, give it a narrower API (a socket proxy that allows only what it needs)',
        });
      }
      return;
    }
    const exposed = new Map<string, Exposure>();
    for (const v of volumes(task)) {
      const sourcePath = str(obj(v.volume.host)?.sourcePath);
      if (v.name === undefined || sourcePath === undefined) continue;
      const what = exposureOf(sourcePath);
      if (what !== undefined && !exposed.has(v.name)) {
        exposed.set(v.name, { what, volume: v.name, volumePath: [...v.path, 'host', 'sourcePath'] });
      }
    }
    if (exposed.size === 0) return;

    const all = containers(task);
    // Which container gets which socket, directly or through volumesFrom (which copies every mount).
    const direct = new Map<ContainerRef, Exposure>();
    for (const c of all) {
      for (const [mount, i] of objects(c.container.mountPoints)) {
        const source = str(mount.sourceVolume);
        const exposure = source === undefined ? undefined : exposed.get(source);
        if (exposure === undefined) continue;
        ctx.report({
          messageId: 'mount',
          path: [...c.path, 'mountPoints', i, 'sourceVolume'],
          data: { container: c.label, what: exposure.what, volume: exposure.volume },
          hint: 'remove the mount; if the container must talk to the runtime, give it a narrower API (a socket proxy that allows only what it needs)',
          related: [{ path: exposure.volumePath, message: `volume "${exposure.volume}" is defined here` }],
        });
        if (!direct.has(c)) direct.set(c, exposure);
      }
    }
    // volumesFrom chains: repeat until nothing new is reached (at most one pass per container).
    const reached = new Map(direct);
    const byName = new Map(all.filter((c) => c.name !== undefined).map((c) => [c.name as string, c]));
    for (let pass = 0; pass < all.length; pass++) {
      let changed = false;
      for (const c of all) {
        if (reached.has(c)) continue;
        for (const [from, j] of objects(c.container.volumesFrom)) {
          const sourceName = str(from.sourceContainer);
          const source = sourceName === undefined ? undefined : byName.get(sourceName);
          const exposure = source === undefined ? undefined : reached.get(source);
          if (source === undefined || exposure === undefined) continue;
          reached.set(c, exposure);
          changed = true;
          ctx.report({
            messageId: 'inherited',
            path: [...c.path, 'volumesFrom', j, 'sourceContainer'],
            data: { container: c.label, what: exposure.what, source: source.label },
            hint: `remove this "volumesFrom", or mount only the volumes it needs from ${source.label}`,
          });
          break;
        }
      }
      if (!changed) break;
    }
  },
});
