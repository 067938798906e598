import { defineRule, type Report, type RuleContext } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import {
  arr,
  type ContainerRef,
  containers,
  hasPlaceholder,
  hasTaskContext,
  isFargate,
  isWindows,
  type NetworkMode,
  networkMode,
  num,
  type Obj,
  objects,
  str,
} from '../_helpers/index.js';

const MAX_PORT = 65535;
const MAX_RANGES = 100;
/** Host ports the ECS agent reserves on every container instance (SSH, Docker, the agent). */
const RESERVED = new Set([22, 2375, 2376, 51678, 51679, 51680]);
const RANGE = /^(\d+)-(\d+)$/;

interface Mapping {
  mapping: Obj;
  container: ContainerRef;
  /** Index in the container's "portMappings" (see pathOf). */
  index: number;
  /** 1-based position in the container's "portMappings", for messages. */
  n: number;
  protocol: 'tcp' | 'udp' | undefined;
  containerPort: number | undefined;
  hostPort: number | undefined;
  range: [number, number] | undefined;
}

interface Claim {
  lo: number;
  hi: number;
  m: Mapping;
  /** The member the claim comes from, where a finding points. */
  key: 'hostPort' | 'containerPort' | 'containerPortRange';
  /** Its place among the claims of its index (ClaimIndex.add). */
  seq: number;
}

/** Where the mapping is, or one of its members (built only for a finding). */
function pathOf(m: Mapping, member?: string): JsonPath {
  const path = [...m.container.path, 'portMappings', m.index];
  if (member !== undefined) path.push(member);
  return path;
}

/**
 * A Service Connect port name (aws-facts §4.2), `/^[a-z0-9_][a-z0-9_-]{0,63}$/`, by scanning: nearly every
 * mapping has a name.
 */
function isPortName(name: string): boolean {
  if (name.length < 1 || name.length > 64) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c === 45 && i > 0);
    if (!ok) return false;
  }
  return true;
}

/** `port 80 is` or `ports 8000-8010 are`. */
const portsAre = (lo: number, hi: number): string => (lo === hi ? `port ${lo} is` : `ports ${lo}-${hi} are`);
const isPort = (p: number): boolean => Number.isInteger(p) && p >= 1 && p <= MAX_PORT;
const present = (v: unknown): boolean => v !== undefined && v !== null;

function protocolOf(v: unknown): 'tcp' | 'udp' | undefined {
  if (v === undefined || v === null) return 'tcp';
  if (typeof v !== 'string' || hasPlaceholder(v)) return undefined;
  // ECS treats any other value as tcp; the schema reports values outside the enum.
  return v.toLowerCase() === 'udp' ? 'udp' : 'tcp';
}

/** The ports of one mapping: in range, and a container port (or range) given. */
function checkPorts(m: Mapping, mapping: Obj, ctx: Ctx): void {
  // Messages and paths are built only for a finding: nearly every mapping is fine.
  const container = m.container.label;
  if (m.containerPort !== undefined && !isPort(m.containerPort)) {
    ctx.report({
      messageId: 'portOutOfRange',
      path: pathOf(m, 'containerPort'),
      data: { container, property: 'containerPort', value: m.containerPort },
      hint: 'use the port the application listens on, from 1 to 65535',
    });
    m.containerPort = undefined;
  }
  if (m.hostPort !== undefined && !(m.hostPort === 0 || isPort(m.hostPort))) {
    ctx.report({
      messageId: 'hostPortOutOfRange',
      path: pathOf(m, 'hostPort'),
      data: { container, value: m.hostPort },
      hint: 'use a port from 1 to 65535, or leave "hostPort" out',
    });
    m.hostPort = undefined;
  }

  if (!present(mapping.containerPort) && !present(mapping.containerPortRange)) {
    const first = Object.keys(mapping)[0];
    ctx.report({
      messageId: 'missingPort',
      path: pathOf(m, first),
      ...(first === undefined ? {} : { target: 'key' as const }),
      data: { container, n: m.n },
      hint: 'set "containerPort" to the port the application listens on',
    });
  }
}

/** A port range: its syntax and bounds, at most MAX_RANGES per container, and what it cannot be combined with. */
function checkRange(m: Mapping, mapping: Obj, ctx: Ctx, mode: NetworkMode | undefined, ranges: number): void {
  const container = m.container.label;
  const c = m.container;
  if (ranges === MAX_RANGES + 1) {
    const count = arr(c.container.portMappings).filter(
      (p) => typeof p === 'object' && p !== null && present((p as Obj).containerPortRange),
    ).length;
    ctx.report({
      messageId: 'tooManyRanges',
      path: pathOf(m, 'containerPortRange'),
      target: 'key',
      data: { container, count, max: MAX_RANGES },
      hint: 'merge adjacent ranges, or spread the ports over more containers',
    });
  }
  const text = str(mapping.containerPortRange);
  if (text !== undefined && !hasPlaceholder(text)) {
    const match = RANGE.exec(text.trim());
    if (match?.[1] === undefined || match[2] === undefined) {
      ctx.report({
        messageId: 'rangeSyntax',
        path: pathOf(m, 'containerPortRange'),
        data: { container, value: JSON.stringify(text) },
        hint: 'write the range as "start-end", for example "8000-8010"',
      });
    } else {
      const lo = Number(match[1]);
      const hi = Number(match[2]);
      if (!isPort(lo) || !isPort(hi) || lo >= hi) {
        ctx.report({
          messageId: 'rangeBounds',
          path: pathOf(m, 'containerPortRange'),
          data: { container, value: text },
          hint: 'write "start-end" with 1 ≤ start < end ≤ 65535',
        });
      } else {
        m.range = [lo, hi];
      }
    }
  }
  if (mode === 'host') {
    ctx.report({
      messageId: 'rangeMode',
      path: pathOf(m, 'containerPortRange'),
      target: 'key',
      data: { container, mode },
      hint: 'list the ports one by one with "containerPort", or use "bridge" or "awsvpc"',
      related: [{ path: ['networkMode'], message: 'the network mode is set here' }],
    });
  }
  if (present(mapping.hostPort)) {
    ctx.report({
      messageId: 'rangeWithHostPort',
      path: pathOf(m, 'hostPort'),
      target: 'key',
      data: { container },
      hint: 'remove "hostPort" from this mapping',
      fix: { message: 'remove "hostPort"', edits: [{ op: 'remove', path: pathOf(m, 'hostPort') }] },
    });
  }
  if (present(mapping.containerPort)) {
    ctx.report({
      messageId: 'rangeWithContainerPort',
      path: pathOf(m, 'containerPort'),
      target: 'key',
      data: { container },
      hint: 'keep "containerPortRange" for a range or "containerPort" for one port, in separate mappings',
    });
  }
}

/** awsvpc and host modes: a host port, when given, equals the container port. */
function checkHostPort(m: Mapping, ctx: Ctx, mode: NetworkMode | undefined): void {
  const container = m.container.label;
  if (m.hostPort !== undefined && m.hostPort !== 0 && m.containerPort !== undefined) {
    if (m.hostPort !== m.containerPort) {
      ctx.report({
        messageId: 'hostMismatch',
        path: pathOf(m, 'hostPort'),
        data: { container, host: m.hostPort, port: m.containerPort, mode: mode ?? '' },
        hint: `remove "hostPort" or set it to ${m.containerPort}`,
        related: [{ path: pathOf(m, 'containerPort'), message: `the container port is ${m.containerPort}` }],
        // Under awsvpc the host port is the container port whatever is written: drop it. In host mode,
        // write the port the container listens on.
        ...((): Pick<Report, 'fix' | 'suggestions'> => {
          const drop = {
            message: 'remove "hostPort"',
            edits: [{ op: 'remove' as const, path: pathOf(m, 'hostPort') }],
          };
          const set = {
            message: `set "hostPort" to ${m.containerPort}`,
            edits: [{ op: 'set' as const, path: pathOf(m, 'hostPort'), value: m.containerPort }],
          };
          return mode === 'awsvpc' ? { fix: drop, suggestions: [set] } : { fix: set, suggestions: [drop] };
        })(),
      });
    }
  }
}

/** Service Connect naming: appProtocol needs a name, and names follow the port-name syntax. */
function checkNaming(m: Mapping, mapping: Obj, ctx: Ctx): void {
  const container = m.container.label;
  const appProtocol = mapping.appProtocol;
  if (present(appProtocol) && !present(mapping.name)) {
    ctx.report({
      messageId: 'appProtocolWithoutName',
      path: pathOf(m, 'appProtocol'),
      target: 'key',
      severity: 'warning',
      data: { container, value: JSON.stringify(appProtocol) },
      hint: 'name the port mapping (Service Connect uses "appProtocol" only for named ports), or remove "appProtocol"',
    });
  }
  const name = str(mapping.name);
  if (name !== undefined && !hasPlaceholder(name) && !isPortName(name)) {
    ctx.report({
      messageId: 'badName',
      path: pathOf(m, 'name'),
      severity: 'warning',
      data: { container, value: JSON.stringify(name) },
      hint: 'use up to 64 lower-case letters, digits, "_" and "-", not starting with "-"',
    });
  }
}

export default defineRule({
  meta: {
    id: 'valid-port-mappings',
    category: 'correctness',
    description: 'Require port mappings that the network mode allows, with valid and unique ports',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_portmappings',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html',
    ],
    messages: {
      hostMismatch:
        '{{container}}: "hostPort" {{host}} must equal "containerPort" {{port}} when "networkMode" is "{{mode}}"',
      noneMode: '{{container}}: "networkMode" "none" allows no port mappings, but it has {{count}}',
      portOutOfRange: '{{container}}: "{{property}}" {{value}} is not a port number (1–65535)',
      missingPort: '{{container}}: port mapping {{n}} has neither "containerPort" nor "containerPortRange"',
      hostPortOutOfRange: '{{container}}: "hostPort" {{value}} is not a port number (1–65535, or 0 for a dynamic port)',
      rangeSyntax: '{{container}}: "containerPortRange" {{value}} is not a range written as "start-end"',
      rangeBounds:
        '{{container}}: "containerPortRange" "{{value}}" must go from a lower to a higher port within 1–65535',
      rangeMode: '{{container}}: "containerPortRange" needs "networkMode" "bridge" or "awsvpc", not "{{mode}}"',
      rangeWithHostPort:
        '{{container}}: "hostPort" cannot be set with "containerPortRange"; ECS assigns the host ports',
      rangeWithContainerPort: '{{container}}: a port mapping has both "containerPort" and "containerPortRange"',
      tooManyRanges: '{{container}} has {{count}} "containerPortRange" mappings; at most {{max}} are allowed',
      rangeOverlap: '{{container}}: {{protocol}} container {{ports}} in more than one port mapping',
      duplicateHostPort: '{{protocol}} host {{ports}} mapped more than once in the task (first by {{first}})',
      reservedHostPort:
        '{{container}}: host port {{port}} is reserved on ECS container instances (22, 2375, 2376, 51678–51680)',
      appProtocolWithoutName: '{{container}}: "appProtocol" {{value}} has no effect without a port mapping "name"',
      badName: '{{container}}: port mapping "name" {{value}} is not a valid Service Connect port name',
    },
  },
  check(task, ctx) {
    // The mode in force; undefined when unknown (no task around the containers, an invalid value, or a
    // Fargate task without "networkMode": require-awsvpc-on-fargate reports that).
    const mode: NetworkMode | undefined =
      isFargate(task, ctx) && task.networkMode === undefined ? undefined : networkMode(task, ctx);
    const fixedHost = mode === 'awsvpc' || mode === 'host';
    // The agent's reserved ports matter on instances ECS manages through its agent: EC2 and EXTERNAL, Linux.
    const agentHost = hasTaskContext(ctx) && !isFargate(task, ctx) && !isWindows(task);

    const all: Mapping[] = [];
    for (const c of containers(task)) {
      const list = arr(c.container.portMappings);
      if (mode === 'none' && list.length > 0) {
        ctx.report({
          messageId: 'noneMode',
          path: [...c.path, 'portMappings'],
          target: 'key',
          data: { container: c.label, count: list.length },
          hint: 'remove "portMappings", or use a network mode that has networking',
          related: [{ path: ['networkMode'], message: 'the network mode is set here' }],
        });
      }
      let ranges = 0;
      for (const [mapping, i] of objects(list)) {
        const m: Mapping = {
          mapping,
          container: c,
          index: i,
          n: i + 1,
          protocol: protocolOf(mapping.protocol),
          containerPort: num(mapping.containerPort),
          hostPort: num(mapping.hostPort),
          range: undefined,
        };
        all.push(m);
        checkPorts(m, mapping, ctx);
        if (present(mapping.containerPortRange)) {
          ranges++;
          checkRange(m, mapping, ctx, mode, ranges);
        }
        if (fixedHost) checkHostPort(m, ctx, mode);
        checkNaming(m, mapping, ctx);
      }
    }

    checkContainerOverlaps(all, ctx);
    checkHostPorts(all, mode, agentHost, ctx);
  },
});

type Ctx = RuleContext<string>;

const hasRange = (m: Mapping): boolean => m.range !== undefined;

/** A container port may be in only one mapping per protocol once ranges are involved. */
function checkContainerOverlaps(all: readonly Mapping[], ctx: Ctx): void {
  // Every overlap reported here involves a range, and most tasks have none.
  if (!all.some(hasRange)) return;
  const byContainer = new Map<ContainerRef['index'], ClaimIndex>();
  for (const m of all) {
    if (m.protocol === undefined) continue;
    let claims = byContainer.get(m.container.index);
    if (claims === undefined) {
      claims = new ClaimIndex();
      byContainer.set(m.container.index, claims);
    }
    const claim: Claim | undefined = m.range
      ? { lo: m.range[0], hi: m.range[1], m, key: 'containerPortRange', seq: 0 }
      : m.containerPort !== undefined && !present(m.mapping.containerPortRange)
        ? { lo: m.containerPort, hi: m.containerPort, m, key: 'containerPort', seq: 0 }
        : undefined;
    if (claim === undefined) continue;
    // Two single ports of one container are not an overlap here (bridge mode may map one port twice).
    const clash = claims.first(claim, () => true, claim.key === 'containerPortRange');
    claims.add(claim);
    if (clash === undefined) continue;
    ctx.report({
      messageId: 'rangeOverlap',
      path: pathOf(m, claim.key),
      data: {
        container: m.container.label,
        protocol: (m.protocol ?? 'tcp').toUpperCase(),
        ports: portsAre(Math.max(claim.lo, clash.lo), Math.min(claim.hi, clash.hi)),
      },
      hint: 'make the ranges and ports of one container disjoint',
      related: [{ path: pathOf(clash.m, clash.key), message: `port mapping ${clash.m.n} already has it` }],
    });
  }
}

/**
 * At most this many port ranges per protocol take part in the overlap checks: far more than a task can
 * have (too-many-port-ranges reports more than 100 per container), and a bound on the work a hostile file
 * with thousands of ranges can cause.
 */
const MAX_COMPARED_RANGES = 256;

/**
 * The claims made so far, for "the first earlier claim that overlaps this one": single ports are looked up
 * by port, ranges (few) are compared one by one. Linear in the number of claims, where comparing every
 * claim with every earlier one was quadratic (60,000 port mappings took ten seconds).
 */
class ClaimIndex {
  readonly #singles = new Map<number, Claim[]>();
  readonly #ranges: Claim[] = [];
  #count = 0;
  /** Ranges added, kept or not. */
  #rangeCount = 0;
  /** Per protocol, the ports some kept range covers: a single port outside them compares with no range. */
  readonly #covered = new Map<Mapping['protocol'], Uint8Array>();

  add(claim: Claim): void {
    claim.seq = this.#count++;
    if (claim.lo === claim.hi) {
      const key = portKey(claim.m.protocol, claim.lo);
      const list = this.#singles.get(key);
      if (list === undefined) this.#singles.set(key, [claim]);
      else list.push(claim);
    } else if (this.#rangeCount++ < MAX_COMPARED_RANGES) {
      this.#ranges.push(claim);
      let covered = this.#covered.get(claim.m.protocol);
      if (covered === undefined) {
        covered = new Uint8Array(MAX_PORT + 1);
        this.#covered.set(claim.m.protocol, covered);
      }
      covered.fill(1, Math.max(0, claim.lo), Math.min(MAX_PORT, claim.hi) + 1);
    }
  }

  /**
   * The earliest claim of the same protocol that overlaps `claim` and that `counts`; with `singles` false,
   * only ranges are looked at.
   */
  first(claim: Claim, counts: (other: Claim) => boolean, singles = true): Claim | undefined {
    const { protocol } = claim.m;
    // A range past the bound is not compared at all (each range may look at every single port).
    if (claim.lo !== claim.hi && this.#rangeCount >= MAX_COMPARED_RANGES) return undefined;
    let best: Claim | undefined;
    const consider = (o: Claim): void => {
      if (
        o.m.protocol === protocol &&
        o.lo <= claim.hi &&
        claim.lo <= o.hi &&
        (best === undefined || o.seq < best.seq)
      ) {
        if (counts(o)) best = o;
      }
    };
    // Ranges are compared only with a claim that one of them may cover (most ports are in no range).
    const single = claim.lo === claim.hi;
    if (!single || this.#covered.get(protocol)?.[claim.lo] === 1) {
      // Ranges are kept in order: the first that overlaps and counts is the earliest.
      for (const o of this.#ranges) {
        consider(o);
        if (best !== undefined) break;
      }
    }
    if (!singles || this.#singles.size === 0) return best;
    // Each list of single ports in order: its first claim that counts is its earliest. The ports of the
    // claim are looked up one by one, or, for a range wider than the ports claimed so far, every list.
    const inList = (list: readonly Claim[]): void => {
      for (const o of list) {
        if (best !== undefined && o.seq > best.seq) return;
        if (counts(o)) {
          consider(o);
          return;
        }
      }
    };
    if (claim.hi - claim.lo < this.#singles.size) {
      for (let port = claim.lo; port <= claim.hi; port++) {
        const list = this.#singles.get(portKey(protocol, port));
        if (list !== undefined) inList(list);
      }
    } else {
      for (const list of this.#singles.values()) inList(list);
    }
    return best;
  }
}

const portKey = (protocol: Mapping['protocol'], port: number): number => port * 2 + (protocol === 'udp' ? 1 : 0);

/** Host ports in use: each at most once per protocol in a task; the agent's reserved ones never. */
function checkHostPorts(all: readonly Mapping[], mode: NetworkMode | undefined, agentHost: boolean, ctx: Ctx): void {
  const fixedHost = mode === 'awsvpc' || mode === 'host';
  const claims = new ClaimIndex();
  for (const m of all) {
    let claim: Claim | undefined;
    if (fixedHost) {
      // The container port is the host port (a different "hostPort" is reported above).
      if (m.range && mode === 'awsvpc')
        claim = { lo: m.range[0], hi: m.range[1], m, key: 'containerPortRange', seq: 0 };
      else if (m.containerPort !== undefined && !present(m.mapping.containerPortRange)) {
        claim = { lo: m.containerPort, hi: m.containerPort, m, key: 'containerPort', seq: 0 };
      } else if (m.hostPort !== undefined && m.hostPort !== 0) {
        claim = { lo: m.hostPort, hi: m.hostPort, m, key: 'hostPort', seq: 0 };
      }
    } else if (m.hostPort !== undefined && m.hostPort !== 0 && !present(m.mapping.containerPortRange)) {
      // bridge (or unknown mode): only a static "hostPort" takes a port on the host.
      claim = { lo: m.hostPort, hi: m.hostPort, m, key: 'hostPort', seq: 0 };
    }
    if (claim === undefined) continue;

    if (agentHost && (mode === 'bridge' || mode === 'host') && claim.lo === claim.hi && RESERVED.has(claim.lo)) {
      ctx.report({
        messageId: 'reservedHostPort',
        path: pathOf(m, claim.key),
        severity: 'warning',
        data: { container: m.container.label, port: claim.lo },
        hint:
          mode === 'bridge'
            ? 'map the container port to another host port, or leave "hostPort" out for a dynamic one'
            : 'listen on another port, or use "bridge" or "awsvpc" networking',
      });
    }

    if (m.protocol === undefined) continue;
    const c = claim;
    // Overlaps inside one container that involve a range are reported as container-port overlaps.
    const clash = claims.first(
      c,
      (o) =>
        !(
          o.m.container.index === m.container.index &&
          (o.key === 'containerPortRange' || c.key === 'containerPortRange')
        ),
    );
    claims.add(c);
    if (clash === undefined) continue;
    const first =
      clash.m.container.index === m.container.index
        ? `port mapping ${clash.m.n} of ${clash.m.container.label}`
        : clash.m.container.label;
    ctx.report({
      messageId: 'duplicateHostPort',
      path: pathOf(m, c.key),
      data: {
        protocol: (m.protocol ?? 'tcp').toUpperCase(),
        ports: portsAre(Math.max(c.lo, clash.lo), Math.min(c.hi, clash.hi)),
        first,
      },
      hint:
        mode === 'bridge' || mode === 'default'
          ? 'give each mapping its own "hostPort", or leave "hostPort" out for a dynamic port'
          : 'containers of one task share the network: give each its own port',
      related: [{ path: pathOf(clash.m, clash.key), message: `${clash.m.container.label} maps it here` }],
    });
  }
}
