import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/lazy.ts
import { createRequire } from "node:module";
var hasRequire, fallback, loadYaml, loadAjv, loadPicomatch, loadCrypto, crypto, sha256Hex, loadPath, loadUrl;
var init_lazy = __esm({
  "src/lazy.ts"() {
    "use strict";
    hasRequire = typeof __require === "function";
    fallback = (id) => createRequire(import.meta.url)(id);
    loadYaml = () => hasRequire ? __require("yaml") : fallback("yaml");
    loadAjv = () => hasRequire ? __require("ajv") : fallback("ajv");
    loadPicomatch = () => hasRequire ? __require("picomatch") : fallback("picomatch");
    loadCrypto = () => hasRequire ? __require("node:crypto") : fallback("node:crypto");
    sha256Hex = (text) => {
      crypto ??= loadCrypto();
      const oneShot = crypto.hash;
      return oneShot ? oneShot("sha256", text, "hex") : crypto.createHash("sha256").update(text).digest("hex");
    };
    loadPath = () => hasRequire ? __require("node:path") : fallback("node:path");
    loadUrl = () => hasRequire ? __require("node:url") : fallback("node:url");
  }
});

// src/docs.ts
function ruleDocsUrl(meta) {
  if (!meta.id.includes("/")) return docsUrl(meta.id);
  return meta.references?.find((r) => /^https?:\/\//i.test(r)) ?? POLICY_DOCS;
}
var DOCS_BASE, DOCS_URLS, docsUrl, POLICY_DOCS;
var init_docs = __esm({
  "src/docs.ts"() {
    "use strict";
    DOCS_BASE = "https://github.com/ecslint/ecslint/blob/main/rules";
    DOCS_URLS = /* @__PURE__ */ new Map();
    docsUrl = (ruleId) => {
      let url = DOCS_URLS.get(ruleId);
      if (url === void 0) {
        url = `${DOCS_BASE}/${ruleId}/README.md`;
        DOCS_URLS.set(ruleId, url);
      }
      return url;
    };
    POLICY_DOCS = "https://github.com/ecslint/ecslint/blob/main/docs/policies.md";
  }
});

// src/json/lines.ts
function rememberSourceLines(result2, lines) {
  SOURCE_LINES.set(result2, lines);
}
function sourceLines(result2) {
  const lines = SOURCE_LINES.get(result2);
  return lines !== void 0 && lines.text === result2.source ? lines : new LineTable(result2.source);
}
function carrySourceLines(from, to) {
  const lines = SOURCE_LINES.get(from);
  if (lines !== void 0 && from !== to) SOURCE_LINES.set(to, lines);
}
var LineTable, SOURCE_LINES;
var init_lines = __esm({
  "src/json/lines.ts"() {
    "use strict";
    LineTable = class _LineTable {
      /** `starts` only from `over`: the line starts of a text with the same line breaks. */
      constructor(text, starts) {
        this.text = text;
        if (starts !== void 0) {
          this.#starts = starts;
          return;
        }
        starts = [0];
        if (text.indexOf("\r") === -1) {
          for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
          this.#starts = starts;
          return;
        }
        for (let i = 0; i < text.length; i++) {
          const ch = text.charCodeAt(i);
          if (ch === 10) starts.push(i + 1);
          else if (ch === 13) {
            if (text.charCodeAt(i + 1) === 10) i++;
            starts.push(i + 1);
          }
        }
        this.#starts = starts;
      }
      text;
      #starts;
      /**
       * The same lines over `text`, which must have this text's length and line breaks (the source with secrets
       * masked): nothing is scanned again.
       */
      over(text) {
        return new _LineTable(text, this.#starts);
      }
      get lineCount() {
        return this.#starts.length;
      }
      position(offset) {
        let o = Math.max(0, Math.min(offset, this.text.length));
        if (this.text.charCodeAt(o) === 10 && this.text.charCodeAt(o - 1) === 13) o--;
        const starts = this.#starts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if ((starts[mid] ?? 0) <= o) lo = mid;
          else hi = mid - 1;
        }
        return { line: lo + 1, column: o - (starts[lo] ?? 0) + 1 };
      }
      /** The 0-based offset of a 1-based position (clamped to its line and the text). */
      offset(position) {
        const starts = this.#starts;
        const line = Math.max(1, Math.min(position.line, starts.length));
        const start = starts[line - 1] ?? 0;
        const next = starts[line] ?? this.text.length + 1;
        return Math.min(start + Math.max(0, position.column - 1), next - 1, this.text.length);
      }
      range(offset, length) {
        return { start: this.position(offset), end: this.position(offset + length) };
      }
      /** The text of a 1-based line, without its line break. */
      lineText(line) {
        const start = this.#starts[line - 1];
        if (start === void 0) return "";
        const next = this.#starts[line];
        let end = next ?? this.text.length;
        if (next !== void 0) {
          end--;
          if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
        }
        return this.text.slice(start, end);
      }
    };
    SOURCE_LINES = /* @__PURE__ */ new WeakMap();
  }
});

// src/reporters/summary.ts
function summarize(results) {
  const summary = { files: 0, errors: 0, warnings: 0, notes: 0, suppressed: 0, fixable: 0 };
  for (const r of results) count(summary, r);
  return summary;
}
function count(summary, r) {
  summary.files++;
  summary.suppressed += r.suppressed?.length ?? 0;
  for (const d of r.diagnostics) {
    if (d.fix) summary.fixable++;
    if (d.severity === "error") summary.errors++;
    else if (d.severity === "warning") summary.warnings++;
    else summary.notes++;
  }
}
function fromStream(stream) {
  return (results, ctx) => {
    let out = stream.begin?.(ctx) ?? "";
    results.forEach((r, i) => {
      out += stream.file(r, ctx, i);
    });
    return out + stream.end(summarize(results), ctx);
  };
}
function summaryLine(s) {
  const total2 = s.errors + s.warnings + s.notes;
  const hidden = s.suppressed > 0 ? `; ${s.suppressed} suppressed` : "";
  if (total2 === 0) return `no problems in ${plural2(s.files, "file")}${hidden}`;
  const fixable = s.fixable > 0 ? `; ${s.fixable} fixable with --fix` : "";
  return `${plural2(total2, "problem")} (${plural2(s.errors, "error")}, ${plural2(s.warnings, "warning")}, ${plural2(s.notes, "note")}) in ${plural2(s.files, "file")}${fixable}${hidden}`;
}
var plural2;
var init_summary = __esm({
  "src/reporters/summary.ts"() {
    "use strict";
    plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  }
});

// src/text.ts
function oneLine(text) {
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROLS, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var CONTROL, CONTROLS, ESCAPES;
var init_text = __esm({
  "src/text.ts"() {
    "use strict";
    CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/;
    CONTROLS = new RegExp(CONTROL.source, "g");
    ESCAPES = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
  }
});

// src/reporters/stylish.ts
var stylish_exports = {};
__export(stylish_exports, {
  stylish: () => stylish,
  stylishStream: () => stylishStream
});
import { styleText } from "node:util";
function sensitiveRules(rules) {
  let ids = SENSITIVE.get(rules);
  if (ids === void 0) {
    ids = new Set(rules.filter((m) => m.sensitive).map((m) => m.id));
    SENSITIVE.set(rules, ids);
  }
  return ids;
}
function snippet(lines, d, paint) {
  const { start, end } = d.range;
  const raw = lines.lineText(start.line);
  if (raw === "" && lines.lineCount < start.line) return "";
  const text = raw.replaceAll("	", " ").replace(CONTROLS, "\uFFFD");
  const shown4 = text.length > MAX_SNIPPET ? `${text.slice(0, MAX_SNIPPET)}\u2026` : text;
  const gutter = String(start.line).padStart(5);
  const from = Math.min(start.column - 1, shown4.length);
  const to = end.line === start.line ? Math.max(from + 1, Math.min(end.column - 1, shown4.length)) : Math.max(from + 1, shown4.length);
  const mark = `^${"~".repeat(Math.max(0, to - from - 1))}`;
  return `${gutter} | ${shown4}
${" ".repeat(5)} | ${" ".repeat(from)}${paint(COLORS[d.severity], mark)}
`;
}
var COLORS, MAX_SNIPPET, painter, stylishStream, SENSITIVE, stylish;
var init_stylish = __esm({
  "src/reporters/stylish.ts"() {
    "use strict";
    init_lines();
    init_text();
    init_summary();
    COLORS = { error: "red", warning: "yellow", note: "cyan" };
    MAX_SNIPPET = 160;
    painter = (ctx) => (color, text) => ctx.color ? styleText(color, text, { validateStream: false }) : text;
    stylishStream = {
      file(r, ctx) {
        if (r.diagnostics.length === 0) return "";
        const paint = painter(ctx);
        const lines = sourceLines(r);
        const file = oneLine(r.file);
        let out = "";
        for (const d of r.diagnostics) {
          const where = `${file}:${d.range.start.line}:${d.range.start.column}`;
          const fixable = d.fix ? `${paint("green", "(fixable)")} ` : "";
          out += `${paint("bold", where)}: ${paint(COLORS[d.severity], d.severity)}: ${d.message} ${fixable}${paint("gray", `[${d.ruleId}]`)}
`;
          if (!sensitiveRules(ctx.rules).has(d.ruleId)) out += snippet(lines, d, paint);
          if (d.hint) out += `   = hint: ${d.hint}
`;
          if (d.fix) out += `   = fix: ${d.fix.message}
`;
          for (const s of d.suggestions ?? []) out += `   = suggestion: ${s.message}
`;
          for (const rel of d.related ?? []) {
            out += `   = ${rel.message}: ${file}:${rel.range.start.line}:${rel.range.start.column}
`;
          }
          out += `   = docs: ${d.docsUrl}

`;
        }
        return out;
      },
      end(summary, ctx) {
        const paint = painter(ctx);
        const mark = summary.errors > 0 ? paint("red", "\u2716") : summary.warnings + summary.notes > 0 ? paint("yellow", "\u26A0") : paint("green", "\u2714");
        return `${mark} ${summaryLine(summary)}
`;
      }
    };
    SENSITIVE = /* @__PURE__ */ new WeakMap();
    stylish = fromStream(stylishStream);
  }
});

// src/reporters/compact.ts
var compact_exports = {};
__export(compact_exports, {
  compact: () => compact,
  compactStream: () => compactStream
});
var compactStream, compact;
var init_compact = __esm({
  "src/reporters/compact.ts"() {
    "use strict";
    init_text();
    init_summary();
    compactStream = {
      file(r) {
        let out = "";
        const file = oneLine(r.file);
        for (const d of r.diagnostics) {
          out += `${file}:${d.range.start.line}:${d.range.start.column}: ${d.severity}: ${d.message} [${d.ruleId}]
`;
        }
        return out;
      },
      end: () => ""
    };
    compact = fromStream(compactStream);
  }
});

// src/reporters/json.ts
var json_exports = {};
__export(json_exports, {
  json: () => json,
  jsonStream: () => jsonStream
});
var diagnostic, jsonStream, json;
var init_json = __esm({
  "src/reporters/json.ts"() {
    "use strict";
    init_summary();
    diagnostic = (d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      ...d.hint === void 0 ? {} : { hint: d.hint },
      pointer: d.pointer,
      range: d.range,
      docsUrl: d.docsUrl,
      fingerprint: d.fingerprint,
      ...d.related === void 0 ? {} : { related: d.related },
      ...d.fix === void 0 ? {} : { fix: d.fix },
      ...d.suggestions === void 0 ? {} : { suggestions: d.suggestions },
      ...d.suppression === void 0 ? {} : { suppression: d.suppression }
    });
    jsonStream = {
      begin: (ctx) => {
        const head = JSON.stringify({ version: 1, tool: { name: "ecslint", version: ctx.version } }, null, 2);
        return `${head.slice(0, -2)},
  "results": [`;
      },
      file(r, _ctx, index) {
        const result2 = {
          file: r.file,
          kind: r.kind,
          diagnostics: r.diagnostics.map(diagnostic),
          ...r.suppressed?.length ? { suppressed: r.suppressed.map(diagnostic) } : {}
        };
        return `${index === 0 ? "" : ","}
    ${JSON.stringify(result2, null, 2).replaceAll("\n", "\n    ")}`;
      },
      end(summary) {
        const close = summary.files === 0 ? "]" : "\n  ]";
        return `${close},
  "summary": ${JSON.stringify(summary, null, 2).replaceAll("\n", "\n  ")}
}
`;
      }
    };
    json = fromStream(jsonStream);
  }
});

// rules/docs.generated.ts
var RULE_DOCS;
var init_docs_generated = __esm({
  "rules/docs.generated.ts"() {
    "use strict";
    RULE_DOCS = {
      "allowed-image-registries": {
        "markdown": '# allowed-image-registries\n\nAllow container images only from the registries listed in the `registries` option. Off in every preset:\nturn it on with your list. With no `registries` configured it reports nothing. Error when on. Also\nchecks `Image.Name` of a Dockerrun.aws.json v1 file.\n\n## Why\n\nWhere images come from is a supply-chain decision: many teams pull only from their own ECR registries\n(which scan images and are reachable through VPC endpoints) and mirror everything else there. Docker\nHub also rate-limits anonymous pulls, so a public image pulled by many tasks at once can fail to start.\nThis rule makes the policy checkable before deploy instead of in a review.\n\n## Examples\n\nWith `{ "registries": ["123456789012.dkr.ecr.*.amazonaws.com", "public.ecr.aws"] }`\n(fixtures/allowed-image-registries/invalid/docker-hub-and-ghcr.json):\n\n```json\n{ "name": "notifier", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/notifier:1.9.3", ... },\n{ "name": "redis", "image": "redis:7.2", ... },\n{ "name": "exporter", "image": "ghcr.io/oliver006/redis_exporter:v1.62.0", ... }\n```\n\n```\n16:16-16:27: error: container "redis": image "redis:7.2" is from registry "docker.io", which is not in the allowed "123456789012.dkr.ecr.*.amazonaws.com" or "public.ecr.aws" [allowed-image-registries]\n    hint: use an image from an allowed registry (mirror it there), or add its registry to "registries"\n21:16-21:58: error: container "exporter": image "ghcr.io/oliver006/redis_exporter:v1.62.0" is from registry "ghcr.io", which is not in the allowed "123456789012.dkr.ecr.*.amazonaws.com" or "public.ecr.aws" [allowed-image-registries]\n    hint: use an image from an allowed registry (mirror it there), or add its registry to "registries"\n```\n\nWith `{ "registries": ["docker.io/library/*", "ghcr.io/acme/**"] }`\n(fixtures/allowed-image-registries/invalid/repository-patterns.json), `nginx:1.27` and\n`ghcr.io/acme/app:2.0.0` pass, while `bitnami/kubectl:1.30` and `ghcr.io/someone-else/app:2.0.0` are\nreported.\n\n## How to fix\n\nPush (or pull-through cache) the image into an allowed registry and reference it there, for example\nwith an ECR pull-through cache rule for Docker Hub or ghcr.io. If the registry is trusted, add it to\n`registries`.\n\n## Options\n\n```json\n{\n  "rules": {\n    "allowed-image-registries": ["error", { "registries": ["123456789012.dkr.ecr.*.amazonaws.com", "public.ecr.aws"] }]\n  }\n}\n```\n\n- `registries` (string[], default `[]`): glob patterns (picomatch syntax, case-insensitive).\n  - A pattern without `/` matches the registry: the host with its port if it has one\n    (`registry.example.com:5000`) or without (`registry.example.com`). Docker Hub images (`nginx`,\n    `bitnami/redis`, `docker.io/\u2026`, `index.docker.io/\u2026`, `registry-1.docker.io/\u2026`) are registry\n    `docker.io`.\n  - A pattern with `/` matches `registry/repository`: `ghcr.io/acme/**` allows one organisation;\n    Docker Hub official images also match as `docker.io/library/<name>`.\n  - `*` does not cross `/`; use `**` for any depth.\n  - An empty list turns the check off.\n\n## When not to use it\n\nWhen any public registry is acceptable, which is why the rule is off by default. Invalid references\nare left to `valid-image-reference`, and templated images are skipped.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html\n- https://docs.aws.amazon.com/AmazonECR/latest/userguide/Registries.html'
      },
      "consistent-account-and-region": {
        "markdown": '# consistent-account-and-region\n\nFlag a task definition whose AWS identifiers disagree: ECR images (`<account>.dkr.ecr.<region>\u2026`),\n`executionRoleArn` and `taskRoleArn`, secret ARNs in `secrets` and log `secretOptions`, and\n`awslogs-region`. It reports a task role in another account than the execution role, anything in\nanother partition than the roles, and images, secrets and log Regions in another Region than the\nfirst `awslogs-region` (or, without one, the first secret or ECR image). Note in `recommended`, warning\nin `strict`. An ECR image or secret in another account is always only a note.\n\n## Why\n\nA task runs in one account and one Region, and most of what it names should be there too. Anything\nelse is usually a copy-paste from another environment:\n\n- Both roles belong to the account that registers the task definition; a task role from another\n  account cannot be passed to the task.\n- Nothing crosses partitions: a role in `aws` cannot read a secret in `aws-us-gov` or pull from ECR in\n  `aws-cn`. A log Region\'s partition is the one the AWS SDKs give it (`cn-\u2026` is `aws-cn`, `us-gov-\u2026`\n  `aws-us-gov`, `us-iso-\u2026` `aws-iso`, `us-isob-\u2026` `aws-iso-b`, and so on).\n- An image in another Region is pulled across Regions on every task start: slower, billed as data\n  transfer, and it fails where the task only reaches ECR through VPC endpoints. A secret or log group\n  in another Region fails the same way and couples the task to that Region\'s availability.\n\nImages and secrets in another account can be on purpose (a central registry, a shared secret with a\nresource policy), so those are notes. Images that AWS publishes from its own accounts (FireLens, App\nMesh Envoy, Deep Learning Containers) are not compared by account. Values with template placeholders\nand placeholder accounts or Regions (`ACCOUNT_ID`, `REGION`) are skipped: `valid-role-arn` and\n`valid-image-reference` speak to those.\n\n## Examples\n\nInvalid (fixtures/consistent-account-and-region/invalid/region-drift.json):\n\n```json\n{ "name": "search", "image": "123456789012.dkr.ecr.us-west-2.amazonaws.com/search:2.7.0",\n  "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-region": "us-east-1", ... } } },\n{ "name": "log_router", "image": "906394416424.dkr.ecr.us-west-2.amazonaws.com/aws-for-fluent-bit:2.32.2",\n  "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-region": "us-west-2", ... } } }\n```\n\n```\n12:16-12:75: warning: container "search": the ECR image names Region "us-west-2" but "awslogs-region" of container "search" names "us-east-1" [consistent-account-and-region]\n    hint: use resources in the Region the task runs in (replicate the image or secret there), or check the Region for a typo\n    related: 20:72-20:83: "awslogs-region" of container "search" names Region "us-east-1"\n30:74-30:85: warning: container "log_router": "awslogs-region" names Region "us-west-2" but "awslogs-region" of container "search" names "us-east-1" [consistent-account-and-region]\n    hint: use resources in the Region the task runs in (replicate the image or secret there), or check the Region for a typo\n    related: 20:72-20:83: "awslogs-region" of container "search" names Region "us-east-1"\n```\n\nInvalid (fixtures/consistent-account-and-region/invalid/accounts-and-partitions.json):\n\n```\n4:18-4:63: warning: "taskRoleArn" names account 210987654321 but "executionRoleArn" names 123456789012 [consistent-account-and-region]\n    hint: use roles from the account that registers the task definition\n    related: 3:23-3:73: "executionRoleArn" names 123456789012\n8:16-8:85: note: container "billing": the ECR image names account 555555555555 but "executionRoleArn" names 123456789012 [consistent-account-and-region]\n    hint: check the account ID; a resource in another account needs a resource policy that lets this account in\n    related: 3:23-3:73: "executionRoleArn" names account 123456789012\n```\n\nValid: every ARN and ECR host in `123456789012` and `eu-west-1`, with `awslogs-region` `eu-west-1`.\n\n## How to fix\n\nPoint each reference at the account, partition and Region the task runs in: replicate the ECR\nrepository (ECR replication) or the secret (Secrets Manager replica Regions), and fix the Region or\naccount that was copied from another environment.\n\n## When not to use it\n\nFor task definitions that pull from a central registry in another Region on purpose, or that log to a\ncentral Region: turn the rule off, or leave it at `note` as `recommended` does.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html\n- https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html\n- https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/partitions.html'
      },
      "distinct-task-and-execution-roles": {
        "markdown": '# distinct-task-and-execution-roles\n\nDisallow using the same IAM role as `taskRoleArn` and `executionRoleArn`. The roles are compared by\nrole name, ignoring case and path, so a bare name matches an ARN of the same role. Warning in\n`recommended` and `strict`.\n\n## Why\n\nThe two roles serve different principals. The execution role is used by ECS before the container\nstarts: it pulls images, writes logs and reads every secret the task definition references. The task\nrole is what the application\'s code gets. When they are the same role, the application can read all\nof those secrets and pull any image the role can, and every permission the application needs is also\ngranted to the agent. Keeping them separate is AWS\'s own advice for ECS roles, and checkov checks the\nsame (CKV_AWS_249) for Terraform.\n\n## Examples\n\nInvalid (fixtures/distinct-task-and-execution-roles/invalid/same-arn.json):\n\n```json\n"executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",\n"taskRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",\n```\n\n```\n8:18-8:71: warning: "taskRoleArn" and "executionRoleArn" are the same role "ecsTaskExecutionRole" [distinct-task-and-execution-roles]\n    hint: give the application its own task role with only the permissions it needs; keep pull, log and secret access in the execution role\n    related: 7:23-7:76: the execution role\n```\n\nInvalid (fixtures/distinct-task-and-execution-roles/invalid/name-and-arn.json): `"taskRoleArn": "MailerRole"`\nwith `"executionRoleArn": "arn:aws:iam::123456789012:role/service/mailerrole"` (IAM role names are\nunique regardless of case and path).\n\nValid: `\u2026:role/profile-execution` and `\u2026:role/profile-task`, or a task with only an execution role.\n\n## How to fix\n\nCreate a task role with only the permissions the application calls at run time (or remove\n`taskRoleArn` if it calls no AWS API), and keep `executionRoleArn` for the execution role.\n\n## When not to use it\n\nFor throw-away tasks where least privilege does not matter.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html'
      },
      "document-kind": {
        "markdown": '# document-kind\n\nRequire a file named for linting to be a task definition or Dockerrun.aws.json.\nEngine pseudo-rule, always on; error in every preset.\n\n## Why\n\necslint recognises documents by their content: `RegisterTaskDefinition` input (`family`,\n`containerDefinitions`), `describe-task-definition` output (`{"taskDefinition": {...}}`), a bare\ncontainer-definitions array (what Terraform\'s `container_definitions` holds), and Elastic Beanstalk\n`Dockerrun.aws.json` v1, v2 and v3. A folder walk or a glob skips other JSON files quietly. A file named\non the command line that is none of these is most likely the wrong path, so it is an error rather than a\nsilent pass.\n\n## Examples\n\n```\n1:1-1:2: error: not a recognised document: expected an ECS task definition, describe-task-definition output, a container-definitions array or a Dockerrun.aws.json [document-kind]\n```\n\nCloudFormation\'s `AWS::ECS::TaskDefinition` properties (`"ContainerDefinitions"`, PascalCase) are not\none of these: use cfn-lint for CloudFormation templates.\n\n## How to fix\n\nName only task definitions and Dockerrun files, or exclude the path with `"ignore"` in the config.\n\n## When not to use it\n\nWhen a pre-commit hook or script passes every JSON file, prefer narrowing its `files` pattern; turning\nthis off hides wrong paths.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html\n- https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/single-container-docker-configuration.html'
      },
      "internal-error": {
        "markdown": "# internal-error\n\nReport a rule that crashed, so a bug never hides findings silently.\nEngine pseudo-rule, always on; error in every preset.\n\n## Why\n\nA rule (built-in or from a plugin) that throws on some document must not take the whole run down, and\nmust not pass silently either. The engine catches the error, reports one `internal-error` finding that\nnames the rule and the file, and runs the other rules as usual.\n\n## Examples\n\n```\n1:1-1:2: error: rule \"acme/require-team-tag\" crashed on task definition: Cannot read properties of undefined (reading 'length') [internal-error]\n```\n\n## How to fix\n\nReport it (with the file, if you can share it) at https://github.com/ecslint/ecslint/issues, or to the\nplugin's author when the rule id has a plugin namespace. Until it is fixed, turn the crashing rule off.\n\n## When not to use it\n\nAlways leave it on.\n\n## References\n\n- https://github.com/ecslint/ecslint/issues"
      },
      "json-syntax": {
        "markdown": '# json-syntax\n\nRequire valid JSON: no syntax errors, comments, trailing commas, byte-order mark or duplicate keys.\nEngine pseudo-rule, always on; error in every preset.\n\n## Why\n\n`aws ecs register-task-definition --cli-input-json`, the ECS API and the deploy Actions read strict JSON.\nA trailing comma or a comment that an editor tolerates fails the deploy. A duplicate key is worse: it\nparses, and the last value silently wins, so the value a reviewer reads may not be the one that ships.\nWhen a file is not JSON at all, ecslint reports where and stops there for that file: rules never run on\na guessed tree.\n\n## Examples\n\nTrailing comma (fixtures/json-syntax/invalid/trailing-comma.json):\n\n```json\n      "memory": 512,\n    }\n```\n\n```\n7:20-7:21: error: trailing comma before "}" [json-syntax]\n```\n\nDuplicate key: the later key is reported, the first is shown as related\n(fixtures/json-syntax/invalid/duplicate-key.json).\n\n```\n9:7-9:15: error: duplicate key "memory"; the last one wins [json-syntax]\n    related: 7:7-7:15: first defined here\n```\n\nUnquoted template placeholders (`"memory": ${MEMORY}`) are named as such, with a hint to lint the\nrendered file.\n\n## How to fix\n\nRemove comments and trailing commas, save as UTF-8 without a byte-order mark, keep one of each key. For\ntemplate files that are rendered before deploy, set `"allowComments": true` in the config (or pass\n`--allow-comments`) to accept comments and trailing commas.\n\n## When not to use it\n\nIt cannot be turned off for real syntax errors: nothing else can be checked in a file that does not\nparse. Set it to `off` only to silence comments, trailing commas, the BOM and duplicate keys in files\nthat a tool rewrites before deploy.\n\n## References\n\n- https://www.rfc-editor.org/rfc/rfc8259\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html'
      },
      "max-task-definition-size": {
        "markdown": '# max-task-definition-size\n\nKeep a task definition under the 65,536 bytes that AWS accepts. Error above the limit, warning above\n90 % of it, in `recommended` and `strict`.\n\n## Why\n\nAWS refuses a task definition larger than 64 KiB with\n`Actual length: \'66420\'. Max allowed length is \'65536\' bytes.` (the limit was 32 KiB before April 2022).\nThe size that counts is the request AWS receives, not the file: the rule measures the minified JSON\n(`JSON.stringify`) of the task definition in UTF-8 bytes, so indentation does not count and non-ASCII\ncharacters count 2 to 4 bytes each. What AWS never receives is left out: the read-only members of\n`describe-task-definition` output (`taskDefinitionArn`, `revision`, `status`, `requiresAttributes`,\n...) and the Elastic Beanstalk keys of a Dockerrun v2 file (`AWSEBDockerrunVersion`,\n`authentication`). For a bare container-definitions array the size is that of the containers alone,\na lower bound of the task\'s.\n\nLarge task definitions nearly always grow through `environment` blocks and inline commands, so the\nrule warns at 90 % while there is still room to move them out, and points at the largest container.\n\n## Examples\n\nInvalid (fixtures/max-task-definition-size/invalid/environment-over-64-kib.json): a container with\nhundreds of feature-flag variables.\n\n```\n1:1-1:2: error: the task definition is 66,444 bytes as AWS receives it (minified JSON): the limit is 65,536 bytes [max-task-definition-size]\n    hint: move bulk out of the task definition: environment variables to "environmentFiles" or "secrets", long commands and config into the image\n    related: 53:5-53:6: container "app" is the largest part: 64,948 bytes\n```\n\nNear the limit (fixtures/max-task-definition-size/invalid/near-the-limit.json):\n\n```\n1:1-1:2: warning: the task definition is 61,019 bytes as AWS receives it (minified JSON), 93% of the 65,536-byte limit [max-task-definition-size]\n```\n\nValid: any task definition under 58,982 bytes (90 %) minified.\n\n## How to fix\n\nMove environment variables to an S3 file named in `environmentFiles` (up to 10 per container) or to\n`secrets`, long `command`/`entryPoint` scripts and configuration into the image or a config file,\nand split unrelated containers into separate task definitions.\n\n## When not to use it\n\nNever: AWS rejects what it reports as an error, and the warning is the early notice that leaves time\nto move things out before a deploy fails.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html'
      },
      "no-dangerous-capabilities": {
        "markdown": '# no-dangerous-capabilities\n\nDisallow adding dangerous Linux capabilities (`linuxParameters.capabilities.add`) and mapping host\ndevices into containers (`linuxParameters.devices`). Warning in `recommended`, error in `strict`, with\ntwo findings kept at note level (below).\n\n## Why\n\nDocker\'s default capability set is deliberately small. Adding back one of these hands a container most\nof what `privileged` would:\n\n| capability                  | what it allows                                                                               |\n| --------------------------- | -------------------------------------------------------------------------------------------- |\n| `ALL`                       | every capability, as good as `privileged`                                                    |\n| `SYS_ADMIN`                 | mounts, namespace changes, many known container escapes                                      |\n| `NET_ADMIN`                 | interfaces, routes, firewall rules (the instance\'s own in host network mode)                 |\n| `SYS_MODULE`                | loading kernel modules                                                                       |\n| `SYS_RAWIO`                 | raw I/O ports and devices                                                                    |\n| `SYS_PTRACE`                | tracing other processes and reading their memory                                             |\n| `DAC_READ_SEARCH`           | bypassing read permissions, opening host files by handle (the "shocker" escape)              |\n| `MAC_ADMIN`, `MAC_OVERRIDE` | changing or bypassing AppArmor and SELinux                                                   |\n| `BPF`, `PERFMON`            | loading eBPF programs, kernel tracing (not in the ECS API\'s list today; reported if written) |\n\n`CAP_SYS_ADMIN` and lower-case spellings are matched too (`valid-linux-parameters` reports the\nspelling). The valid values are in aws-facts \xA74.13.\n\nA host device mapped into a container (`devices[].hostPath`) gives it direct access to hardware or to a\nkernel interface (`/dev/fuse`, a disk, `/dev/mem`), reported at the rule\'s level. Accelerator device\nnodes (`/dev/neuron*`, `/dev/nvidia*`, `/dev/dri/*`, `/dev/infiniband/*`, Xilinx `xclmgmt*`) are mapped\nthis way by design, as the AWS guides for Inferentia, video transcoding and EFA show: they get one note\nper container.\n\nOn Fargate, `SYS_PTRACE` is the only capability a task may add (aws-facts \xA72.4), for debuggers and APM\nagents, and it acts inside the task\'s own process namespace: a note there. Other additions and devices\nare rejected on Fargate (`no-fargate-unsupported-parameters` reports that as an error) and are still\nreported here as written.\n\n## Examples\n\nInvalid (fixtures/no-dangerous-capabilities/invalid/ec2-fuse-and-admin.json):\n\n```json\n"linuxParameters": {\n  "capabilities": { "add": ["SYS_ADMIN", "NET_ADMIN", "CHOWN"] },\n  "devices": [{ "hostPath": "/dev/fuse", "containerPath": "/dev/fuse", "permissions": ["read", "write", "mknod"] }]\n}\n```\n\n```\n17:13-17:24: error: container "mounter" adds the "SYS_ADMIN" capability, which allows mounts, namespace changes and many container escapes [no-dangerous-capabilities]\n    hint: remove "SYS_ADMIN" from "linuxParameters.capabilities.add" unless the container cannot work without it\n18:13-18:24: error: container "mounter" adds the "NET_ADMIN" capability, which can change interfaces, routes and firewall rules (the instance\'s own in host network mode) [no-dangerous-capabilities]\n    hint: remove "NET_ADMIN" from "linuxParameters.capabilities.add" unless the container cannot work without it\n24:25-24:36: error: container "mounter" maps the host device "/dev/fuse" into the container [no-dangerous-capabilities]\n    hint: remove the device unless the container needs it, and limit its "permissions" to what it uses\n```\n\nand for the accelerators in the same file:\n\n```\n56:25-56:39: note: container "inference" maps the host accelerator devices "/dev/neuron0" and 1 more into the container [no-dangerous-capabilities]\n    hint: keep "permissions" to what the container uses; for NVIDIA GPUs use "resourceRequirements" of type "GPU" instead\n```\n\nValid: `"add": ["NET_BIND_SERVICE"], "drop": ["ALL"]`\n(fixtures/no-dangerous-capabilities/valid/bind-low-port-drop-all.json).\n\n## How to fix\n\nRemove the capability or device. If the container genuinely needs it (a VPN needs `NET_ADMIN`, a FUSE\nmount needs `SYS_ADMIN` and `/dev/fuse`), isolate that container: its own task, no secrets it does not\nneed, a non-root `user` where possible, and `"drop": ["ALL"]` plus only what it uses.\n\n## When not to use it\n\nFor infrastructure agents whose job needs the capability (service-mesh init containers that set\niptables rules need `NET_ADMIN`); override the rule for those task definitions.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Device.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_linuxparameters'
      },
      "no-docker-socket-mount": {
        "markdown": '# no-docker-socket-mount\n\nDisallow mounting the Docker or containerd socket into a container. Warning in `recommended`, error in\n`strict`.\n\n## Why\n\nWhoever can talk to the container runtime\'s API socket can start a privileged container with the host\'s\nroot filesystem mounted: it is root on the instance, and it controls every other task there, the ECS\nagent included. A `readOnly` mount does not help: connecting to a Unix socket works on a read-only\nmount.\n\nThe rule looks for a task volume whose `host.sourcePath` is a runtime socket (`/var/run/docker.sock`,\n`/run/docker.sock`, `/run/containerd/containerd.sock`, the CRI-O and Podman sockets, with or without\n`/var` and trailing slashes) or a directory that holds one (`/`, `/run`, `/var/run`, `/run/containerd`,\n`/run/docker`, \u2026), or on Windows the runtime\'s named pipe (`\\\\.\\pipe\\docker_engine`, which the ECS\nagent mounts like a socket, and `\\\\.\\pipe\\containerd-containerd`, with either slash, in any case), and\nreports each container that mounts it through `mountPoints` (in a Dockerrun v1 file, whose `Volumes` mount\nhost directories directly, each such `HostDirectory`), naming the container\nand the volume. A container that gets the mount through `volumesFrom` (which copies every mount of the\nsource container, transitively) is reported at its `volumesFrom` entry. A socket volume that no container\nmounts is not reported.\n\n## Examples\n\nInvalid (fixtures/no-docker-socket-mount/invalid/monitoring-agent-daemon.json):\n\n```json\n"containerDefinitions": [\n  { "name": "datadog-agent", "mountPoints": [{ "sourceVolume": "docker_sock", "containerPath": "/var/run/docker.sock", "readOnly": true }], ... },\n  { "name": "process-agent", "volumesFrom": [{ "sourceContainer": "datadog-agent", "readOnly": true }], ... }\n],\n"volumes": [{ "name": "docker_sock", "host": { "sourcePath": "/var/run/docker.sock" } }]\n```\n\n```\n17:27-17:40: error: container "datadog-agent" mounts the Docker socket "/var/run/docker.sock" (volume "docker_sock"): it can control every container on the instance [no-docker-socket-mount]\n    hint: remove the mount; if the container must talk to the runtime, give it a narrower API (a socket proxy that allows only what it needs)\n    related: 67:23-67:45: volume "docker_sock" is defined here\n49:30-49:45: error: container "process-agent" gets the Docker socket "/var/run/docker.sock" through "volumesFrom" container "datadog-agent": it can control every container on the instance [no-docker-socket-mount]\n    hint: remove this "volumesFrom", or mount only the volumes it needs from container "datadog-agent"\n```\n\nValid: host bind mounts of application data (fixtures/no-docker-socket-mount/valid/app-data-bind-mounts.json).\n\n## How to fix\n\nRemove the mount. Many agents that ask for the socket only need container metadata, which ECS serves\nthrough the task metadata endpoint (`ECS_CONTAINER_METADATA_URI_V4`). If the container must use the\nruntime API, put a socket proxy in front of it that allows only the calls it needs (read-only listing,\nfor example), and run that task on dedicated instances.\n\n## When not to use it\n\nFor monitoring or CI agents whose vendor requires the socket and that you accept as trusted with the\nwhole instance; override the rule for those task definitions.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HostVolumeProperties.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MountPoint.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/bind-mounts.html\n- https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/single-container-docker-configuration.html'
      },
      "no-fargate-unsupported-parameters": {
        "markdown": '# no-fargate-unsupported-parameters\n\nDisallow the task and container parameters that Fargate rejects. Error in `recommended` and `strict`.\n\n## Why\n\nFargate runs each task on infrastructure you do not manage, so the parameters that reach into the host are\nnot available. Registration fails (for example `Tasks using the Fargate launch type do not support ipcMode.`,\n`hostname is not supported on container when networkMode=awsvpc.`, `Fargate compatible task definitions do\nnot support sourcePath`), usually when a task written for EC2 is moved to Fargate. The rule checks every\nparameter on the AWS list, wherever `requiresCompatibilities` lists `FARGATE`:\n\n- containers: `disableNetworking`, `dnsSearchDomains`, `dnsServers`, `dockerSecurityOptions`, `extraHosts`,\n  `links`, `privileged`, `hostname`, GPU `resourceRequirements`;\n- `linuxParameters`: `devices`, `sharedMemorySize`, `tmpfs`, `maxSwap`, `swappiness`, and any\n  `capabilities.add` other than `SYS_PTRACE` (`capabilities.drop` and `initProcessEnabled` are fine);\n- the task: `ipcMode`, `placementConstraints`, `inferenceAccelerators`, and `pidMode` other than `"task"`;\n- volumes: `dockerVolumeConfiguration`, `host.sourcePath` and `fsxWindowsFileServerVolumeConfiguration`.\n\nValues that change nothing are not reported: `false`, `null`, empty lists and empty strings (the\n`describe-task-definition` output of a Fargate task is full of `"links": []`). A volume with only a `name`\n(or `"host": {}`) is a Fargate bind mount and is fine.\n\n## Examples\n\nInvalid (fixtures/no-fargate-unsupported-parameters/invalid/migrated-ec2-task.json):\n\n```json\n{\n  "name": "wordpress",\n  "hostname": "blog",\n  "links": ["mysql"],\n  ...\n},\n...\n"volumes": [\n  { "name": "wp-content", "host": { "sourcePath": "/ecs/wp-content" } },\n  ...\n]\n```\n\n```\n12:7-12:17: error: container "wordpress": "hostname" is not supported on Fargate [no-fargate-unsupported-parameters]\n    hint: remove it; in awsvpc mode the task gets its hostname from its network interface\n13:7-13:14: error: container "wordpress": "links" is not supported on Fargate [no-fargate-unsupported-parameters]\n    hint: remove it; containers in an awsvpc task reach each other on localhost\n25:39-25:51: error: volume "wp-content": "host.sourcePath" is not supported on Fargate [no-fargate-unsupported-parameters]\n    hint: remove "host" so the volume is a Fargate bind mount (storage that lives with the task), or use EFS\n```\n\nCapabilities (fixtures/no-fargate-unsupported-parameters/invalid/linux-parameters.json):\n\n```\n12:49-12:60: error: container "transcoder": capability "NET_ADMIN" cannot be added on Fargate; only "SYS_PTRACE" can [no-fargate-unsupported-parameters]\n```\n\nValid: `"linuxParameters": {"initProcessEnabled": true, "capabilities": {"add": ["SYS_PTRACE"]}}`,\n`"pidMode": "task"`, EFS and name-only volumes on Fargate; all of the parameters above on an EC2-only task.\n\n## How to fix\n\nRemove the parameter, or use the Fargate way: `localhost` instead of `links`, EFS instead of Docker or host\nvolumes, VPC DNS instead of `dnsServers`, subnets instead of placement constraints. If the task really needs\nthe host (privileged mode, devices, GPUs), run it on EC2 and drop `FARGATE` from `requiresCompatibilities`.\n\n## When not to use it\n\nNever for files registered with `FARGATE`. `pidMode: "task"` and `SYS_PTRACE` also need Fargate platform\nversion 1.4.0 or later, which the task definition cannot state; this rule does not report that.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html'
      },
      "no-host-namespaces": {
        "markdown": '# no-host-namespaces\n\nDisallow sharing the instance\'s process or IPC namespace: task-level `"pidMode": "host"` or\n`"ipcMode": "host"`. Warning in `recommended`, error in `strict`.\n\n## Why\n\nWith `pidMode: host` the containers see every process on the instance, including other tasks and the\nECS agent, and a root container can signal them, trace them (with `SYS_PTRACE`) and read their\nenvironment through `/proc`, secrets included. With `ipcMode: host` they share the instance\'s System V\nIPC objects and POSIX shared memory with every other process that uses them. Security Hub (ECS.3) and\nAWS Config (`ecs-task-definition-pid-mode-check`) flag host PID mode.\n\nBoth are task-level fields (aws-facts \xA74.23). checkov\'s CKV_AWS_335 looks for `pidMode` inside the\ncontainer definitions, where it never is, so it misses every real case; this rule reads the task.\nFargate allows only `pidMode: task` and no `ipcMode` at all (`no-fargate-unsupported-parameters`\nreports those as errors). A bare container-definitions array has no task fields and is skipped.\n\n## Examples\n\nInvalid (fixtures/no-host-namespaces/invalid/pid-and-ipc-host.json):\n\n```json\n"pidMode": "host",\n"ipcMode": "host"\n```\n\n```\n38:14-38:20: error: "pidMode" is "host": the containers see, and as root can signal or trace, every process on the instance [no-host-namespaces]\n    hint: set "pidMode" to "task" to share processes only among this task\'s containers, or remove it\n39:14-39:20: error: "ipcMode" is "host": the containers share the instance\'s IPC namespace and shared memory [no-host-namespaces]\n    hint: set "ipcMode" to "task" to share IPC only among this task\'s containers, or "none", or remove it\n```\n\nValid: `"pidMode": "task"`, `"ipcMode": "none"` or `"task"`, or neither field\n(fixtures/no-host-namespaces/valid/ec2-ipc-none.json).\n\n## How to fix\n\nUse `"pidMode": "task"` when a sidecar must see the application\'s processes (profilers, debuggers), and\n`"ipcMode": "task"` when the task\'s containers share memory with each other. Remove the fields\notherwise.\n\n## When not to use it\n\nFor host-level security and monitoring agents (Falco, node exporters) that exist to see every process on\nthe instance; turn it off for those task definitions with an override.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_pidmode\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_ipcmode\n- https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-pid-mode-check.html'
      },
      "no-host-network-mode": {
        "markdown": '# no-host-network-mode\n\nDisallow `"networkMode": "host"`. Warning in `recommended`. In `strict` it is an error when any\ncontainer is privileged or runs as root (no `user`, or `root`, `0`, `0:\u2026`, `root:\u2026`), and a warning when\nevery container runs as a non-root user.\n\n## Why\n\nIn host mode the containers use the instance\'s network stack: they can bind any port on the instance,\nreach every service listening on its loopback interface (the ECS agent\'s introspection API among them),\nand, with the default `NET_RAW` capability, see traffic on its interfaces. Security Hub (ECS.17) and AWS\nConfig (`ecs-task-definition-network-mode-not-host`) flag host mode; AWS Config\'s\n`ecs-task-definition-user-for-host-mode-check` flags it above all with root containers. Root plus the\nhost\'s network is the combination that turns a compromised container into a compromised instance, so\nthat is what raises the finding to an error in `strict`; a task whose containers all run as a named\nnon-root user keeps a warning.\n\nAWS Config counts `"privileged": true` as an explicit opt-in and passes it; this rule does the\nopposite, because a privileged container on the host\'s network is strictly worse than a root one.\nFargate rejects host mode (`require-awsvpc-on-fargate` reports that); a bare container-definitions\narray has no network mode and is skipped.\n\n## Examples\n\nInvalid, error in `strict` (fixtures/no-host-network-mode/invalid/host-mode-root-daemons.json):\n\n```json\n"networkMode": "host",\n"containerDefinitions": [\n  { "name": "node-exporter", ... },\n  { "name": "cadvisor", "privileged": true, ... },\n  { "name": "promtail", "user": "10001", ... }\n]\n```\n\n```\n6:18-6:24: error: "networkMode" is "host" and 2 containers run as root or privileged: they share the instance\'s network stack [no-host-network-mode]\n    hint: use "awsvpc" or "bridge", or give every container a non-root "user" and no "privileged"\n    related: 10:15-10:30: container "node-exporter" sets no "user", so it runs as the image\'s user (root unless the image says otherwise)\n    related: 34:21-34:25: container "cadvisor" is privileged\n```\n\nInvalid, warning only (fixtures/no-host-network-mode/invalid/host-mode-non-root.json, every container\nhas a non-root `user`):\n\n```\n6:18-6:24: warning: "networkMode" is "host": the containers share the instance\'s network stack [no-host-network-mode]\n    hint: use "awsvpc" or "bridge" unless the task needs the host\'s network; if it does, run its containers as a non-root "user"\n```\n\nValid: `"networkMode": "awsvpc"` or `"bridge"`.\n\n## How to fix\n\nUse `awsvpc` (each task gets its own network interface) or `bridge` with dynamic host ports. If the task\nreally needs the host\'s network (some monitoring agents, high packet rates), run every container as a\nnon-root `user` and without `privileged`.\n\n## When not to use it\n\nFor daemon tasks that must see the instance\'s network, such as node exporters or network monitoring\nagents; turn it off for those task definitions with an override.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#network_mode\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html\n- https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-user-for-host-mode-check.html'
      },
      "no-latest-image-tag": {
        "markdown": '# no-latest-image-tag\n\nDisallow container images with no tag or with the `latest` tag, unless they are pinned by digest. Also\nchecks `Image.Name` of a Dockerrun.aws.json v1 file. Warning in `recommended`, error in `strict`.\n\n## Why\n\nAn image without a tag means `:latest`, and `latest` is just whatever was pushed last. The same task\ndefinition then runs different code from one deployment to the next: a rollback to the previous\nrevision does not roll back the image, and nobody can tell from the task definition what is running.\nECS resolves a tag to a digest when a service deployment starts, so the tasks of one deployment agree\nwith each other, but the next deployment, a scale-out in a new deployment, and every standalone\n`RunTask` pull whatever `latest` is at that moment. A digest (`@sha256:\u2026`) fixes the image whatever the\ntag says, so `app:latest@sha256:\u2026` passes.\n\n## Examples\n\nInvalid (fixtures/no-latest-image-tag/invalid/latest-and-untagged.json):\n\n```json\n{ "name": "app", "image": "123456789012.dkr.ecr.eu-central-1.amazonaws.com/reporting:latest", ... },\n{ "name": "datadog-agent", "image": "public.ecr.aws/datadog/agent", ... }\n```\n\n```\n11:16-11:82: warning: container "app": image "123456789012.dkr.ecr.eu-central-1.amazonaws.com/reporting:latest" uses the mutable "latest" tag [no-latest-image-tag]\n    hint: pin a version tag (e.g. "app:1.4.2" or a commit SHA) or a digest ("app@sha256:\u2026")\n17:16-17:46: warning: container "datadog-agent": image "public.ecr.aws/datadog/agent" has no tag, so it pulls whatever "latest" points to [no-latest-image-tag]\n    hint: pin a version tag (e.g. "app:1.4.2" or a commit SHA) or a digest ("app@sha256:\u2026")\n```\n\nValid: `"nginx:1.27"`, `"flyway/flyway:10.17"`, or\n`"public.ecr.aws/aws-observability/aws-for-fluent-bit:latest@sha256:3f2a\u20262a19"` (the digest wins).\n\n## How to fix\n\nTag every build with something that does not move (a version or the commit SHA) and reference that\ntag, or append the digest of the image you tested. For ECR, turn on tag immutability so a pushed tag\ncannot be overwritten.\n\n## When not to use it\n\nFor throw-away development task definitions where always running the newest image is the point.\nInvalid references are left to `valid-image-reference`, and templated images are skipped.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html#deployment-container-image-stability\n- https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html'
      },
      "no-plaintext-log-secrets": {
        "markdown": '# no-plaintext-log-secrets\n\nDisallow secrets in plain-text log driver `options`; they belong in `logConfiguration.secretOptions`.\nWarning in `recommended`, error in `strict`.\n\n## Why\n\nLog drivers that ship to a service need a credential: the `splunk` driver\'s `splunk-token`\n(aws-facts \xA74.20), or, for FireLens, the output plugin\'s `apikey`, `HTTP_Passwd`, `Cloud_Auth` or an\n`Authorization` header. Written in `options`, the credential is readable by anyone who can describe the\ntask definition and is kept in every revision. `secretOptions` takes the same option name with a\n`valueFrom` that points at Secrets Manager or SSM Parameter Store, and ECS injects it at start-up.\n\nAn option is reported when its value has a well-known credential shape (the same shapes as\n`no-secrets-in-environment`: AWS access key ids, private keys, GitHub, Slack, Stripe and Google keys,\nJSON Web Tokens, URLs with a password); when its name says secret (`splunk-token`, `HTTP_Passwd`,\n`apikey`, `api_key`, `licenseKey`, `Cloud_Auth`, \u2026) and the value is a real value; when its name hints\nat one (`key`, `pass`, \u2026) and the value looks random; or when a `Header` option carries a credential\nheader (`Authorization`, `X-API-Key`, `DD-API-KEY`, \u2026). Switches such as Fluent Bit\'s `AWS_Auth On`,\nplaceholders, ARNs, paths and URLs without a password are left alone. The finding points at the option\'s\nname and never prints its value.\n\n## Examples\n\nInvalid (fixtures/no-plaintext-log-secrets/invalid/splunk-token-in-options.json):\n\n```json\n"logConfiguration": {\n  "logDriver": "splunk",\n  "options": { "splunk-url": "https://http-inputs-acme.splunkcloud.com:443", "splunk-token": "\u2026" }\n}\n```\n\n```\n18:11-18:25: error: container "ledger": log option "splunk-token" holds a plain-text secret (the name says "token") [no-plaintext-log-secrets]\n    hint: move "splunk-token" to "logConfiguration.secretOptions" with "valueFrom" naming a Secrets Manager secret or SSM parameter\n```\n\nValid (fixtures/no-plaintext-log-secrets/valid/splunk-secret-options.json):\n\n```json\n"logConfiguration": {\n  "logDriver": "splunk",\n  "options": { "splunk-url": "https://http-inputs-acme.splunkcloud.com:443", "splunk-source": "ledger" },\n  "secretOptions": [{ "name": "splunk-token", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/splunk/hec-token-Xy12Zq" }]\n}\n```\n\n## How to fix\n\nMove the option from `options` to `secretOptions` under the same name, with `valueFrom` set to the ARN of\na Secrets Manager secret or the name or ARN of an SSM parameter, give the task execution role read access\nto it, and rotate the exposed credential.\n\n## When not to use it\n\nWhen the "secret" is not one, for example a public ingestion key that your logging vendor documents as\nsafe to expose. Suppress that one finding instead of turning the rule off.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html'
      },
      "no-privileged-container": {
        "markdown": '# no-privileged-container\n\nDisallow containers that run privileged (`"privileged": true`). Warning in `recommended`, error in\n`strict`.\n\n## Why\n\nA privileged container is root on the instance in all but name: Docker gives it every Linux capability,\nevery host device and no seccomp or AppArmor confinement, so a process that escapes the application owns\nthe instance and every other task on it. AWS Security Hub (ECS.4), AWS Config\n(`ecs-containers-nonprivileged`) and Prowler flag it. checkov\'s CKV_AWS_334 reads a key named\n`privilege`, so it never sees a real `"privileged": true`; this rule reads the field ECS uses.\n\nFargate and Windows reject `privileged` outright (`no-fargate-unsupported-parameters` and\n`valid-windows-task` report that as an error); this rule still reports it there, as written.\n\n## Examples\n\nInvalid (fixtures/no-privileged-container/invalid/ci-runner-docker-in-docker.json):\n\n```json\n{ "name": "dind", "image": "docker:26.1-dind", "privileged": true, ... }\n```\n\n```\n34:21-34:25: error: container "dind" runs privileged: root on the host, with every capability and every host device [no-privileged-container]\n    hint: remove "privileged": true and add only the capabilities it needs in "linuxParameters.capabilities.add"\n```\n\nValid: `"privileged": false`, or no `privileged` at all, with the capabilities the container needs in\n`linuxParameters.capabilities.add` (fixtures/no-privileged-container/valid/ec2-unprivileged-sidecars.json).\n\n## How to fix\n\nRemove `"privileged": true`. Find out what the container really needs (usually one or two capabilities\nsuch as `NET_ADMIN` or `SYS_PTRACE`, or one device) and grant only that through `linuxParameters`. For\nDocker-in-Docker builds, use a rootless builder (BuildKit rootless, Kaniko) or CodeBuild.\n\n## When not to use it\n\nOn dedicated instances that run only trusted system agents that truly need the host (some storage or\nnetwork drivers). Turn it off for those task definitions with an override rather than globally.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security\n- https://docs.aws.amazon.com/config/latest/developerguide/ecs-containers-nonprivileged.html'
      },
      "no-secrets-in-environment": {
        "markdown": '# no-secrets-in-environment\n\nDisallow secrets in plain-text container `environment` variables. Warning in `recommended`, error in\n`strict`.\n\n## Why\n\nValues in `environment` are part of the task definition: anyone with `ecs:DescribeTaskDefinition` can\nread them, they are kept in every revision forever, and they end up in source control, CI logs and\nCloudTrail. `secrets` with `valueFrom` injects the same variable at start-up from Secrets Manager or SSM\nParameter Store instead (aws-facts \xA74.7, \xA74.8). Security Hub (ECS.8), AWS Config\n(`ecs-no-environment-secrets`), Trivy, KICS, Terrascan and Prowler all check this, each differently.\n\nA variable is reported when:\n\n- its **value has a well-known credential shape**, whatever the name: an AWS access key id\n  (`AKIA\u2026`/`ASIA\u2026`, 20 characters), a private key block (`-----BEGIN \u2026 PRIVATE KEY-----`), a GitHub token\n  (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, `github_pat_`), a Slack token (`xoxb-`, `xoxp-`, \u2026), a Stripe\n  live key (`sk_live_`, `rk_live_`), a Google API key (`AIza\u2026`), a JSON Web Token (`eyJ\u2026.eyJ\u2026.\u2026`), an\n  HTTP Basic credential (`Basic ` and the base64 of `user:password`), an HTTP Bearer token that looks\n  random (`Bearer 9f8a\u2026`), or a URL with a password in it (`postgres://app:pw@db/app`);\n- its **name says secret**: a word of the name (split at `_`, `-`, `.` and camelCase, so `AUTHOR` is not\n  `auth` and `AUTH0_DOMAIN` is not either) is `password`, `passwd`, `passphrase`, `secret`, `token`,\n  `apikey`, `credentials`, or the pairs `api key`, `private key`, `access key`, `license key`,\n  `client secret` \u2014 and the value is a real value (see below). For `auth` the value must also be more\n  than a single word or identifier (`AUTH=cognito` is a mode, `AUTH=admin:pw` is not), unless another word\n  of the name is one of the others (`BASIC_AUTH_PASSWORD` is a password);\n- its **name hints at a secret** (`key`, `pass`, `pwd`, `salt`, `jwt`, `signing`, `hmac`, `session`,\n  `cookie`, `encryption`, `license`, `dsn`, \u2026) **and the value looks random**: 16 or more characters of\n  a token alphabet, letters and digits mixed, Shannon entropy of at least 3.3 bits per character, and not\n  a hostname or an identifier made of words and numbers (`release-2024-01-15`).\n\nIt stays quiet when the name is _about_ a secret rather than the secret (`AWS_SECRET_NAME`,\n`DB_SECRET_ARN`, `API_SECRET_ID`, `*_PARAMETER`, `*_PATH`, `*_FILE`, `*_REF`, `*_URL`, `TOKEN_TTL`,\n`PASSWORD_MIN_LENGTH`, `AUTH_ENABLED`; `AWS_ACCESS_KEY_ID` is the one `_ID` that counts), and when the\nvalue is empty or shorter than 4 characters, a template placeholder (`${X}`, `{{x}}`, `<X>`, `%X%`), a\nshell reference (`$X`), a switch or a number (`true`, `none`, `disabled`, `3600`), a well-known dummy\n(`changeme`, `xxxx`, `****`, `your-token-here`: these are stand-ins, not leaks), an upper-case variable\nname that a deploy script substitutes (`API_KEY`, `VAR_DB_PASSWORD`), an ARN, a file path, a URL without\na password, or the name of a secret (`prod/db/password`, `myapp-db-credentials`).\n\nThe finding names the container and the variable, never the value: not in the message, the hint, the\nrelated notes or the finding\'s data. Every check runs in linear time, so a hostile file with megabyte\nvalues cannot stall the linter (rules/no-secrets-in-environment/index.test.ts proves both).\n\n## Examples\n\nInvalid (fixtures/no-secrets-in-environment/invalid/plain-credentials.json):\n\n```json\n"environment": [\n  { "name": "DB_PASSWORD", "value": "\u2026" },\n  { "name": "AWS_ACCESS_KEY_ID", "value": "AKIA\u2026" },\n  { "name": "STRIPE_WEBHOOK_SIGNING_KEY", "value": "\u202632 random characters\u2026" }\n]\n```\n\n```\n26:19-26:32: error: container "api": "environment" variable "DB_PASSWORD" holds a plain-text secret (the name says "password") [no-secrets-in-environment]\n    hint: move "DB_PASSWORD" to "secrets" with "valueFrom" naming a Secrets Manager secret or SSM parameter, and rotate the value\n30:19-30:38: error: container "api": "environment" variable "AWS_ACCESS_KEY_ID" holds what looks like an AWS access key id [no-secrets-in-environment]\n    hint: move "AWS_ACCESS_KEY_ID" to "secrets" with "valueFrom" naming a Secrets Manager secret or SSM parameter, and rotate the value\n34:19-34:47: error: container "api": "environment" variable "STRIPE_WEBHOOK_SIGNING_KEY" holds a random-looking value and the name says "webhook signing key" [no-secrets-in-environment]\n    hint: move "STRIPE_WEBHOOK_SIGNING_KEY" to "secrets" with "valueFrom" naming a Secrets Manager secret or SSM parameter, and rotate the value\n```\n\nValid (fixtures/no-secrets-in-environment/valid/config-and-secret-references.json): `DB_SECRET_ARN`\nwith an ARN, `JWT_SECRET_NAME`, `GOOGLE_APPLICATION_CREDENTIALS` with a file path, `TOKEN_TTL_SECONDS`,\n`AUTH_ENABLED`, an empty `REDIS_PASSWORD`, and the real secrets under `secrets`:\n\n```json\n"secrets": [{ "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/accounts/db-AbCdEf:password::" }]\n```\n\n## How to fix\n\nStore the value in Secrets Manager or as a SecureString parameter in SSM Parameter Store, replace the\n`environment` entry with a `secrets` entry of the same name whose `valueFrom` is the secret\'s ARN (or the\nparameter\'s name), and give the task execution role permission to read it. Then rotate the value: it is\nalready in every earlier revision of the task definition and in your repository\'s history.\n\n## When not to use it\n\nFor local or throw-away task definitions whose credentials guard nothing. Prefer suppressing the single\nfinding over turning the rule off.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html\n- https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-8'
      },
      "require-awsvpc-on-fargate": {
        "markdown": '# require-awsvpc-on-fargate\n\nRequire `"networkMode": "awsvpc"` on a task that lists `FARGATE` in `requiresCompatibilities`. Error in\n`recommended` and `strict`.\n\n## Why\n\nFargate gives every task its own elastic network interface and supports no other network mode. A Fargate\ntask definition with `bridge`, `host`, `none` or no `networkMode` at all (the default is not `awsvpc`) is\nrejected at registration: `Fargate only supports network mode \'awsvpc\'.` This holds for Linux and Windows\ntasks, and when `EC2` is listed next to `FARGATE`.\n\n## Examples\n\nInvalid (fixtures/require-awsvpc-on-fargate/invalid/bridge-mode.json):\n\n```json\n"requiresCompatibilities": ["FARGATE"],\n"networkMode": "bridge",\n```\n\n```\n4:18-4:26: error: network mode "bridge" is not supported on Fargate; Fargate only supports "awsvpc" [require-awsvpc-on-fargate]\n    hint: set "networkMode" to "awsvpc" (host ports then equal container ports)\n```\n\nA missing mode is reported on the `"FARGATE"` entry (fixtures/require-awsvpc-on-fargate/invalid/network-mode-missing.json):\n\n```\n3:31-3:40: error: "networkMode" is missing; Fargate only supports network mode "awsvpc" [require-awsvpc-on-fargate]\n    hint: add "networkMode": "awsvpc" to the task definition\n```\n\nValid: `"networkMode": "awsvpc"` with `FARGATE`; any mode on an EC2-only task.\n\n## How to fix\n\nSet `"networkMode": "awsvpc"`. Then each `hostPort` must be omitted or equal its `containerPort`\n(`valid-port-mappings` checks that), `links` go away (containers of a task reach each other on\n`localhost`), and the service or `run-task` call needs a network configuration (subnets, security groups).\n\n## When not to use it\n\nNever for files registered with `FARGATE`: AWS rejects them.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html'
      },
      "require-container-memory": {
        "markdown": '# require-container-memory\n\nRequire a non-zero `memory` or `memoryReservation` on every container when the task itself sets no\n`memory`: EC2 and EXTERNAL tasks without task-level `memory`, and every Elastic Beanstalk\n`Dockerrun.aws.json` v2 file. Error in `recommended` and `strict`.\n\n## Why\n\nWithout a task-level `memory`, ECS has nothing to place the task with unless each container says how\nmuch memory it needs. Registration fails with\n`Invalid setting for container \'<name>\'. At least one of \'memory\' or \'memoryReservation\' must be specified.`\nElastic Beanstalk builds the task definition for a Dockerrun v2 file without task-level memory, so\neach of its containers needs one of the two as well.\n\nThe rule does not run on:\n\n- Fargate tasks (`requiresCompatibilities` lists `FARGATE`): Fargate requires task-level `memory`,\n  which `valid-fargate-task-size` checks;\n- a bare container-definitions array (as Terraform\'s `container_definitions` holds): the task around\n  it may set `memory`;\n- a container whose `memory` or `memoryReservation` is not a number (a string, a template\n  placeholder): the `schema` rule reports the type, and a placeholder is unknown.\n\n## Examples\n\nInvalid (fixtures/require-container-memory/invalid/ec2-sidecar-without-memory.json):\n\n```json\n"requiresCompatibilities": ["EC2"],\n"containerDefinitions": [\n  { "name": "checkout", "memoryReservation": 768, ... },\n  { "name": "xray-daemon", "cpu": 32, ... }\n]\n```\n\n```\n16:15-16:28: error: container "xray-daemon" sets neither "memory" nor "memoryReservation", and the task sets no "memory" [require-container-memory]\n    hint: set "memoryReservation" (soft limit, MiB) or "memory" (hard limit, MiB) on the container, or a task-level "memory"\n```\n\nInvalid (fixtures/require-container-memory/invalid/external-zero-memory.json): a zero is no limit either.\n\n```\n9:28-9:29: error: container "agent": "memoryReservation" 0 is not a memory limit, and the task sets no "memory" [require-container-memory]\n```\n\nValid: every container sets `memory` or `memoryReservation`, or the task sets `"memory": "2 GB"`.\n\n## How to fix\n\nSet `memoryReservation` (the soft limit ECS reserves on the instance; the container may use more) or\n`memory` (the hard limit; the container is killed above it), in MiB, on each container. On EC2 you can\ninstead set a task-level `memory`, which Dockerrun v2 files cannot do.\n\n## When not to use it\n\nNever: AWS rejects the task definition.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_memory\n- https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/create_deploy_docker_v2config.html'
      },
      "require-efs-transit-encryption": {
        "markdown": '# require-efs-transit-encryption\n\nRequire `"transitEncryption": "ENABLED"` on every EFS volume. Warning in `recommended`, error in\n`strict`.\n\n## Why\n\nWithout transit encryption, NFS traffic between the task and the EFS mount target crosses the VPC in\nclear text: file contents, names and metadata. `transitEncryption` defaults to `DISABLED` when it is\nleft out (aws-facts \xA74.18). AWS Config (`ecs-task-definition-efs-encryption-enabled`), Trivy, KICS,\nTerrascan and checkov ask for it.\n\nThe rule checks **every** volume that has an `efsVolumeConfiguration`: checkov\'s CKV_AWS_97 returns at the\nfirst EFS volume, so a second, unencrypted one passes there. (When an access point or IAM authorization\nis set, AWS itself requires transit encryption; `valid-volumes` reports that as an error.)\n\n## Examples\n\nInvalid (fixtures/require-efs-transit-encryption/invalid/second-and-third-volumes.json): the first volume\nis encrypted, the second leaves the field out, the third disables it.\n\n```json\n"volumes": [\n  { "name": "home", "efsVolumeConfiguration": { "fileSystemId": "fs-0123456789abcdef0", "transitEncryption": "ENABLED" } },\n  { "name": "datasets", "efsVolumeConfiguration": { "fileSystemId": "fs-0fedcba9876543210", "rootDirectory": "/datasets" } },\n  { "name": "models", "efsVolumeConfiguration": { "fileSystemId": "fs-0fedcba9876543210", "rootDirectory": "/models", "transitEncryption": "DISABLED" } }\n]\n```\n\n```\n55:7-55:31: error: volume "datasets": EFS traffic is not encrypted: "transitEncryption" is not set and defaults to "DISABLED" [require-efs-transit-encryption]\n    hint: set "transitEncryption": "ENABLED" in "efsVolumeConfiguration"\n65:30-65:40: error: volume "models": EFS traffic is not encrypted: "transitEncryption" is "DISABLED" [require-efs-transit-encryption]\n    hint: set "transitEncryption": "ENABLED" in "efsVolumeConfiguration"\n```\n\nValid: every EFS volume sets `"transitEncryption": "ENABLED"`\n(fixtures/require-efs-transit-encryption/valid/two-encrypted-volumes.json).\n\n## How to fix\n\nAdd `"transitEncryption": "ENABLED"` to each `efsVolumeConfiguration`. ECS then mounts the file system\nover TLS; the file system itself needs no change. `transitEncryptionPort` is optional.\n\n## When not to use it\n\nRarely: the cost is a little CPU. Perhaps for throughput-bound workloads on data that is public anyway.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html\n- https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-efs-encryption-enabled.html'
      },
      "require-essential-container": {
        "markdown": '# require-essential-container\n\nRequire at least one essential container. Error in `recommended` and `strict`.\n\n## Why\n\nECS stops a task when an essential container stops, and every task needs at least one: registration\nfails with `Task definition doesn\'t have any essential container.` An omitted `essential` means `true`,\nso this fires only when every container says `"essential": false`, typically after someone marked the\nsidecars non-essential and then the main container too.\n\n## Examples\n\nInvalid (fixtures/require-essential-container/invalid/all-non-essential.json):\n\n```json\n"containerDefinitions": [\n  { "name": "app", "essential": false, ... },\n  { "name": "log-router", "essential": false, ... }\n]\n```\n\n```\n4:3-4:25: error: no container is essential: all 2 set "essential": false [require-essential-container]\n    hint: set "essential": true on the container the task exists to run\n```\n\nValid: the same task with `"essential": true` (or no `essential`) on `app`.\n\n## How to fix\n\nSet `"essential": true` on the container the task exists to run, or remove `"essential": false` from it.\n\n## When not to use it\n\nNever: AWS rejects the task definition.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_environment\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html'
      },
      "require-execution-role": {
        "markdown": '# require-execution-role\n\nRequire `executionRoleArn` when the task needs ECS to call AWS on its behalf: on Fargate, EXTERNAL\n(ECS Anywhere) or Managed Instances, to pull a private Amazon ECR image or to send logs with `awslogs`;\nwith any launch type, for `repositoryCredentials`, `secrets`, log `secretOptions`, `environmentFiles`\nor a FireLens configuration file in S3. Each reason is reported once, at the first container that has\nit (the others are listed as related locations). Skipped for a bare container-definitions array,\nwhich has no task-level fields. Error in `recommended` and `strict`.\n\n## Why\n\nThe execution role is what the container agent (or Fargate) uses to pull images, write logs and fetch\nsecrets before your code starts. Without it, registration fails:\n\n- `Fargate requires task definition to have execution role ARN to support ECR images.`\n- `Fargate requires task definition to have execution role ARN to support log driver awslogs.`\n- `When you are specifying container secrets, you must also specify a value for \'executionRoleArn\'.`\n- `Private repository authentication requires that the task definition specify a value for executionRoleArn.`\n\nand where registration does not check (environment files, a FireLens S3 config, ECR or awslogs on\nexternal instances), the task fails when it starts. On EC2 the instance role covers ECR pulls and\n`awslogs`, so those two reasons apply only to the other launch types. An empty string counts as\nmissing.\n\n## Examples\n\nInvalid (fixtures/require-execution-role/invalid/fargate-ecr-and-awslogs.json):\n\n```json\n"requiresCompatibilities": ["FARGATE"],\n"containerDefinitions": [\n  { "name": "api", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/inventory-api:4.2.0",\n    "logConfiguration": { "logDriver": "awslogs", ... } },\n  { "name": "sync", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/inventory-sync:4.2.0",\n    "logConfiguration": { "logDriver": "awslogs", ... } },\n  ...\n]\n```\n\n```\n11:16-11:82: error: no "executionRoleArn": container "api" (and 1 more container) pulls the private Amazon ECR image "123456789012.dkr.ecr.us-east-1.amazonaws.com/inventory-api:4.2.0" on Fargate [require-execution-role]\n    hint: set "executionRoleArn" to a role with the AmazonECSTaskExecutionRolePolicy managed policy (ECR pull and CloudWatch Logs)\n    related: 24:16-24:83: container "sync" too\n14:22-14:31: error: no "executionRoleArn": container "api" (and 1 more container) sends logs with the "awslogs" driver on Fargate [require-execution-role]\n    hint: set "executionRoleArn" to a role with the AmazonECSTaskExecutionRolePolicy managed policy (ECR pull and CloudWatch Logs)\n    related: 27:22-27:31: container "sync" too\n```\n\nInvalid on EC2 too (fixtures/require-execution-role/invalid/ec2-secrets-and-files.json):\n\n```\n12:7-12:16: error: no "executionRoleArn": container "reports" (and 1 more container) reads "secrets" from Secrets Manager or Parameter Store [require-execution-role]\n    hint: set "executionRoleArn" to a role allowed to read the secrets (secretsmanager:GetSecretValue or ssm:GetParameters, and kms:Decrypt for a customer key)\n    related: 27:7-27:16: container "renderer" too\n```\n\nValid: the same Fargate task with `"executionRoleArn": "arn:aws:iam::123456789012:role/inventory-execution"`,\nor an EC2 task that pulls from ECR and logs with `awslogs` through the instance role.\n\n## How to fix\n\nCreate a role that `ecs-tasks.amazonaws.com` can assume, attach the `AmazonECSTaskExecutionRolePolicy`\nmanaged policy (ECR pulls and CloudWatch Logs), add what the other features need\n(`secretsmanager:GetSecretValue`, `ssm:GetParameters`, `kms:Decrypt`, `s3:GetObject` and\n`s3:GetBucketLocation`), and set its ARN as `executionRoleArn`.\n\n## When not to use it\n\nNever for files that are registered as they are. If a deploy tool adds the execution role when it\nregisters the task definition, lint the rendered file instead.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/taskdef-envfiles.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/firelens-taskdef.html'
      },
      "require-health-check": {
        "markdown": '# require-health-check\n\nRequire a `healthCheck` on every essential container. Note in `recommended`, warning in `strict`.\n\n## Why\n\nWithout a container health check ECS knows only whether the process runs, not whether it works: a\ndeadlocked server, a worker stuck on a lost connection or a log router that stopped flushing stays\n"RUNNING" and keeps its task alive. With a `healthCheck`, an essential container that turns `UNHEALTHY`\nstops the task and the service replaces it; `dependsOn` with `HEALTHY` also needs one. KICS flags every\ncontainer definition without a health check.\n\nNon-essential containers are skipped: their failure does not stop the task, so a health check on them\nchanges nothing.\n\nThe FireLens log router is **not** skipped. aws-facts.md \xA74.21 says the router should be essential, and an\nessential router that hangs (while its process stays up) silently loses the logs of every container that\nroutes through it, which is exactly what a health check catches. Its hint points at the health check that\naws-for-fluent-bit documents instead of an HTTP probe.\n\n## Examples\n\nInvalid (fixtures/require-health-check/invalid/sidecars-without-health-check.json):\n\n```json\n{ "name": "tracking-api", "essential": true, "portMappings": [{ "containerPort": 8080 }], ... }\n```\n\n```\n16:15-16:29: note: container "tracking-api" is essential but has no "healthCheck": ECS cannot tell when it stops working [require-health-check]\n    hint: add "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"]} with a check that fits the container\n```\n\nValid:\n\n```json\n"healthCheck": {\n  "command": ["CMD-SHELL", "curl -fs http://localhost:8080/healthz || exit 1"],\n  "interval": 15, "timeout": 5, "retries": 3, "startPeriod": 30\n}\n```\n\n## How to fix\n\nAdd a `healthCheck` whose `command` exits 0 when the container works, using a tool that exists in the\nimage (`curl`, `wget`, or the application\'s own `healthcheck` subcommand). Give slow starters a\n`startPeriod`. `valid-health-check` checks the command and timings.\n\n## When not to use it\n\nWhen the load balancer\'s health check already covers the only essential container and you do not want\na second one, or for short batch tasks that exit on their own.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/healthcheck.html'
      },
      "require-image-digest": {
        "markdown": '# require-image-digest\n\nRequire every container image to be pinned by its `sha256` digest (`repo@sha256:\u2026` or\n`repo:tag@sha256:\u2026`). Also checks `Image.Name` of a Dockerrun.aws.json v1 file. Off in `recommended`,\nwarning in `strict`.\n\n## Why\n\nA tag, even a version tag, can be pushed again and point at different content; only a digest names\nexactly one image. Pinning by digest makes a task definition revision reproducible: a rollback runs\nthe very image it ran before, and an image cannot be swapped under a running service by whoever can\npush to the registry. ECS resolves tags to digests per service deployment, but that does not cover\nthe next deployment, standalone tasks, or a registry whose tags are mutable.\n\n## Examples\n\nInvalid (fixtures/require-image-digest/invalid/tags-only.json):\n\n```json\n{ "name": "search-api", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/search-api:5.0.2", ... },\n{ "name": "xray", "image": "amazon/aws-xray-daemon", ... }\n```\n\n```\n11:16-11:79: warning: container "search-api": image "123456789012.dkr.ecr.us-east-1.amazonaws.com/search-api:5.0.2" is not pinned by digest [require-image-digest]\n    hint: append the digest of the image you tested: "123456789012.dkr.ecr.us-east-1.amazonaws.com/search-api:5.0.2@sha256:<digest>"\n21:16-21:40: warning: container "xray": image "amazon/aws-xray-daemon" is not pinned by digest [require-image-digest]\n    hint: append the digest of the image you tested: "amazon/aws-xray-daemon@sha256:<digest>"\n```\n\nValid: `"123456789012.dkr.ecr.us-west-2.amazonaws.com/payments@sha256:0d5c\u20263a2b"`.\n\n## How to fix\n\nLet the pipeline write the digest it built or tested into the task definition (for example from\n`docker buildx build --metadata-file`, `aws ecr describe-images`, or the output of the ECR push), keeping\nthe tag for humans: `repo:5.0.2@sha256:<digest>`.\n\n## When not to use it\n\nWhen images are promoted by tag on purpose and tags are immutable (ECR tag immutability), the digest\nadds little; leave the rule off, as `recommended` does.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html#deployment-container-image-stability'
      },
      "require-log-configuration": {
        "markdown": '# require-log-configuration\n\nRequire a `logConfiguration` on every container. Warning in `recommended`, error in `strict`. It runs on\ntask definitions, describe output, bare container-definitions arrays and Dockerrun v2 files.\n\n## Why\n\nA container without `logConfiguration` writes its output to the Docker default driver on the host (EC2,\nElastic Beanstalk) or nowhere you can read it (Fargate). When a task fails at 3 a.m., its logs are what\nyou have. AWS Security Hub (control ECS.9), AWS Config (`ecs-task-definition-log-configuration`) and\nProwler all flag task definitions whose containers have no log configuration.\n\nA `logConfiguration` without `logDriver` is reported by the `schema` pseudo-rule (AWS rejects it at\nregistration), so this rule reports only a missing (or `null`, as console exports write it)\n`logConfiguration` and never doubles that finding.\n\n## Examples\n\nInvalid (fixtures/require-log-configuration/invalid/sidecar-without-logs.json):\n\n```json\n{\n  "name": "envoy",\n  "image": "840364872350.dkr.ecr.us-east-1.amazonaws.com/aws-appmesh-envoy:v1.29.6.0-prod",\n  "essential": true,\n  "user": "1337"\n}\n```\n\n```\n24:15-24:22: warning: container "envoy" has no "logConfiguration": its output stays on the host or is lost [require-log-configuration]\n    hint: add "logConfiguration" with a "logDriver", e.g. "awslogs" with "awslogs-group", "awslogs-region" and "awslogs-stream-prefix"\n```\n\nValid: every container has one, whatever the driver:\n\n```json\n"logConfiguration": {\n  "logDriver": "awslogs",\n  "options": { "awslogs-group": "/ecs/checkout", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web" }\n}\n```\n\n## How to fix\n\nAdd `logConfiguration` with a `logDriver`. On Fargate use `awslogs`, `splunk` or `awsfirelens`; on EC2\nany driver the container agent allows.\n\n## When not to use it\n\nWhen containers deliberately log elsewhere (for example a sidecar that only ships files) and you accept\nlosing their standard output. Turn it off per file with an override rather than globally.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html\n- https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-9'
      },
      "require-no-new-privileges": {
        "markdown": '# require-no-new-privileges\n\nRequire `"no-new-privileges"` in `dockerSecurityOptions` for containers of EC2 and EXTERNAL Linux tasks.\nOff in `recommended`, note in `strict`.\n\n## Why\n\nWith `no-new-privileges` the kernel stops a process from gaining privileges through `execve`: setuid and\nsetgid programs (`su`, `sudo`, `ping` on old images) and file capabilities no longer raise them. It is a\ncheap layer of defence against privilege escalation inside a container. `dockerSecurityOptions` accepts\n`no-new-privileges`, `apparmor:PROFILE`, `label:value` and `credentialspec:path` (aws-facts \xA74.25).\n\nThe option exists only where ECS passes it to Docker: EC2 and EXTERNAL Linux tasks. Fargate rejects\n`dockerSecurityOptions`, Windows does not support it, and a bare container-definitions array does not\nsay where it runs, so those are skipped, as are tasks that list any other launch type or one a template\nfills in (`"${LAUNCH_TYPE}"`, which may be `FARGATE`).\n`no-new-privileges:true` is accepted as the same setting.\n\n## Examples\n\nInvalid (fixtures/require-no-new-privileges/invalid/ec2-mixed.json):\n\n```json\n{ "name": "worker", "dockerSecurityOptions": ["apparmor:shop-worker"], ... },\n{ "name": "scheduler", ... }\n```\n\n```\n37:7-37:30: note: container "worker" does not set "no-new-privileges" in "dockerSecurityOptions" [require-no-new-privileges]\n    hint: add "no-new-privileges" to "dockerSecurityOptions" so setuid programs cannot raise its privileges\n50:15-50:26: note: container "scheduler" does not set "no-new-privileges" in "dockerSecurityOptions" [require-no-new-privileges]\n    hint: add "no-new-privileges" to "dockerSecurityOptions" so setuid programs cannot raise its privileges\n```\n\nValid: `"dockerSecurityOptions": ["no-new-privileges"]` on every container\n(fixtures/require-no-new-privileges/valid/ec2-hardened.json).\n\n## How to fix\n\nAdd `"no-new-privileges"` to each container\'s `dockerSecurityOptions`. Test the image: anything that\nrelies on `sudo` or another setuid program inside the container stops working, which is the point.\n\n## When not to use it\n\nWhen containers need setuid programs by design, or on EC2 instances whose Docker daemon already runs with\n`--no-new-privileges` for every container.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security'
      },
      "require-non-root-user": {
        "markdown": '# require-non-root-user\n\nRequire Linux containers to run as a non-root user. Off in `recommended`, warning in `strict`.\n\n## Why\n\nMost images run as root unless they say otherwise, and root in a container is root on the instance for\nanything that crosses the container boundary: a kernel bug, a mounted host path, a shared namespace. A\nnon-root `user` turns many escapes into dead ends. AWS Config (`ecs-task-definition-nonroot-user`),\nSecurity Hub (ECS.20) and Control Tower ask for it.\n\nThe rule reports a container whose `user` is absent or empty (the image\'s user applies, root unless the\nimage sets another), `root`, `0`, `0:\u2026` or `root:\u2026` (aws-facts \xA74.25 lists the `user`, `user:group`,\n`uid`, `uid:gid` forms). A FireLens log router (a container with `firelensConfiguration`) is reported as a\nnote only: the service long required it to run as UID 0, and only agents from 2025 accept another user\n(aws-facts, "Where sources disagree" 17). Windows containers cannot set `user`, so Windows tasks are\nskipped.\n\n## Examples\n\nInvalid (fixtures/require-non-root-user/invalid/root-spellings.json):\n\n```json\n{ "name": "importer", "user": "root", ... },\n{ "name": "exporter", "user": "0:0", ... },\n{ "name": "notifier", ... }\n```\n\n```\n14:15-14:21: warning: container "importer" runs as root: "user" is "root" [require-non-root-user]\n    hint: set "user" to a non-root uid:gid such as "1000:1000" that the image can run as\n29:15-29:20: warning: container "exporter" runs as root: "user" is "0:0" [require-non-root-user]\n    hint: set "user" to a non-root uid:gid such as "1000:1000" that the image can run as\n55:15-55:25: warning: container "notifier" sets no "user", so it runs as the image\'s user, which is root unless the image says otherwise [require-non-root-user]\n    hint: set "user" to a non-root uid:gid such as "1000:1000" that the image can run as\n```\n\nValid: `"user": "1000:1000"`, `"user": "nginx"`, `"user": "10001"`\n(fixtures/require-non-root-user/valid/fargate-non-root-users.json).\n\n## How to fix\n\nSet `user` to a uid:gid the image can run as (files it reads must be readable, and it must not bind\nports below 1024 unless it has `NET_BIND_SERVICE`). Prefer numeric ids: a name must exist in the image\'s\n`/etc/passwd`. If the image already sets a non-root `USER`, repeat it in the task definition so the\nlinter (and the reader) can see it.\n\n## When not to use it\n\nWhen your images all set a non-root `USER` and you would rather not repeat it in task definitions, or\nfor system agents that must be root.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security\n- https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-nonroot-user.html'
      },
      "require-readonly-root-filesystem": {
        "markdown": '# require-readonly-root-filesystem\n\nRequire containers to mount their root filesystem read-only (`"readonlyRootFilesystem": true`). Off in\n`recommended`, warning in `strict`.\n\n## Why\n\nWith a writable root filesystem, an attacker who gets code execution can drop tools, change binaries or\nconfiguration, and persist until the task stops. A read-only root limits writes to the volumes you chose.\nSecurity Hub (ECS.5), AWS Config (`ecs-containers-readonly-access`), checkov (CKV_AWS_336) and Prowler\nask for it. Many images write to `/tmp`, caches or PID files, so turning it on takes some work; that is\nwhy it is a `strict` rule.\n\nWindows containers cannot set `readonlyRootFilesystem` (aws-facts \xA73.6), so Windows tasks are skipped.\n\n## Examples\n\nInvalid (fixtures/require-readonly-root-filesystem/invalid/web-and-worker.json):\n\n```json\n{ "name": "transcoder", "image": "...", "essential": true },\n{ "name": "uploader", "image": "...", "readonlyRootFilesystem": false }\n```\n\n```\n31:15-31:27: warning: container "transcoder" has a writable root filesystem: "readonlyRootFilesystem" is not set [require-readonly-root-filesystem]\n    hint: set "readonlyRootFilesystem": true and give the paths it writes to a volume\n47:33-47:38: warning: container "uploader" has a writable root filesystem: "readonlyRootFilesystem" is false [require-readonly-root-filesystem]\n    hint: set "readonlyRootFilesystem": true and give the paths it writes to a volume\n```\n\nValid: every container sets `"readonlyRootFilesystem": true` and mounts a task volume at `/tmp`\n(fixtures/require-readonly-root-filesystem/valid/fargate-readonly-with-scratch-volume.json).\n\n## How to fix\n\nSet `"readonlyRootFilesystem": true`. Run the container and see what fails to write; give each of those\npaths a volume (a name-only task volume works on Fargate; on EC2 `linuxParameters.tmpfs` also works).\n\n## When not to use it\n\nFor images you do not control that must write to their own filesystem, or in development task\ndefinitions. It is off in `recommended` for that reason.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security\n- https://docs.aws.amazon.com/config/latest/developerguide/ecs-containers-readonly-access.html'
      },
      "require-registry-credentials": {
        "markdown": '# require-registry-credentials\n\nRequire `repositoryCredentials` on containers whose image comes from a private registry that is\nneither Amazon ECR, Amazon ECR Public nor Docker Hub (a company registry, Artifactory, GitLab, \u2026). In a\nDockerrun.aws.json, the file\'s `Authentication` (v1) or `authentication` (v2) satisfies it. Warning in\n`recommended` and `strict`; a note for registries that host public images too (ghcr.io, quay.io,\ngcr.io, registry.gitlab.com, Artifact Registry, nvcr.io, \u2026).\n\n## Why\n\nECS pulls from ECR with the execution role (Fargate) or the instance role (EC2), and from public\nregistries anonymously. Anything else needs a login, and on Fargate the only way to give one is\n`repositoryCredentials`: a Secrets Manager secret holding the user name and password. Without it the\npull fails when the task starts (`CannotPullContainerError: \u2026 unauthorized` or `pull access denied`),\nafter the deployment has begun. Images on ghcr.io or quay.io may well be public, so there the finding is\nonly a note; registries that serve only public images (mcr.microsoft.com, registry.k8s.io,\ndocker.elastic.co, registry.access.redhat.com) are not reported.\n\nPrivate Docker Hub repositories need credentials too, but an image name does not say whether a Docker\nHub repository is private, so Docker Hub is never reported.\n\n## Examples\n\nInvalid (fixtures/require-registry-credentials/invalid/private-registry-without-credentials.json):\n\n```json\n{ "name": "billing", "image": "artifactory.acme.example:8443/docker-local/billing:12.0.1", ... },\n{ "name": "ui", "image": "ghcr.io/acme/billing-ui:12.0.1", ... },\n{\n  "name": "metrics",\n  "image": "quay.io/prometheus/statsd-exporter:v0.26.1",\n  "repositoryCredentials": { "credentialsParameter": "arn:aws:secretsmanager:us-east-1:123456789012:secret:quay-robot-XyZ123" }\n}\n```\n\n```\n11:16-11:75: warning: container "billing": image "artifactory.acme.example:8443/docker-local/billing:12.0.1" is from the private registry "artifactory.acme.example:8443" but there is no "repositoryCredentials" [require-registry-credentials]\n    hint: add "repositoryCredentials": {"credentialsParameter": "<Secrets Manager secret ARN>"} with the login for "artifactory.acme.example:8443"\n16:16-16:48: note: container "ui": image "ghcr.io/acme/billing-ui:12.0.1" from "ghcr.io" has no "repositoryCredentials", so it must be a public image [require-registry-credentials]\n    hint: if the image is private, add "repositoryCredentials": {"credentialsParameter": "<Secrets Manager secret ARN>"} with the login for "ghcr.io"\n```\n\nValid: the same with `repositoryCredentials` on `billing`, or a Dockerrun v2 file with\n`"authentication": { "bucket": "acme-eb-config", "key": "docker/config.json" }`.\n\n## How to fix\n\nStore the registry login in Secrets Manager as `{"username": "\u2026", "password": "\u2026"}`, reference it with\n`"repositoryCredentials": {"credentialsParameter": "<secret ARN>"}`, and give the execution role\n`secretsmanager:GetSecretValue` on it (see `require-execution-role`). For Elastic Beanstalk, upload a\nDocker config file to S3 and point `Authentication`/`authentication` at it. Or mirror the image into\nECR.\n\n## When not to use it\n\nWhen EC2 container instances log in to the registry themselves (`ECS_ENGINE_AUTH_DATA` in the agent\nconfiguration), or the registry allows anonymous pulls from your network. Invalid references are left\nto `valid-image-reference`, and templated images are skipped.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RepositoryCredentials.html\n- https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/docker-configuration.remote-repo.html'
      },
      "schema": {
        "markdown": '# schema\n\nRequire the shape of the ECS API: types, enums, required and known properties.\nEngine pseudo-rule, always on; error in every preset.\n\n## Why\n\nThe schema is generated from the ECS API model (`scripts/generate-schema.mjs`), so it knows every member\n`RegisterTaskDefinition` accepts, its type and its allowed values. A misspelt key\n(`"memoryReservaton"`) is rejected by the AWS CLI\'s parameter validation, and some tools silently drop\nit. Task `cpu` and `memory` are strings while container `cpu` and `memory` are integers, which trips\npeople up in both directions. Output-only members such as `revision` or `registeredAt`, copied from\n`describe-task-definition`, make registration fail.\n\n## Examples\n\nfixtures/schema/invalid/typos-and-types.json:\n\n```json\n  "requiresCompatibilities": ["fargate"],\n  "networkMode": "awsvpcc",\n  "cpu": 256,\n  ...\n      "memoryReservaton": 256,\n```\n\n```\n3:31-3:40: error: "fargate" in "requiresCompatibilities" is not one of "EC2", "EXTERNAL", "FARGATE", "MANAGED_INSTANCES" [schema]\n    hint: did you mean "FARGATE"?\n4:18-4:27: error: "networkMode" "awsvpcc" is not one of "awsvpc", "bridge", "host", "none" [schema]\n    hint: did you mean "awsvpc"?\n5:10-5:13: error: "cpu" must be a string, got number 256 [schema]\n    hint: write it as a string: "256"\n11:7-11:25: error: unknown property "memoryReservaton" in container "api" [schema]\n    hint: did you mean "memoryReservation"?\n```\n\nA missing required member is reported on the key of the object that lacks it. Values of\n`environment`, `secrets`, `dockerLabels` and log options are never echoed in messages. Dockerrun v1 and\nv3 files are checked against their own small schemas; Dockerrun v2 files against the ECS container and\nvolume shapes.\n\n## How to fix\n\nFollow the message: rename the property to the suggested one, change the type, or remove output-only\nmembers (or lint the whole `describe-task-definition` output, which ecslint recognises).\n\n### Fixes\n\n`--fix` applies these; editors and review comments offer them too.\n\n| finding                                                   | fix                                                                                   |\n| --------------------------------------------------------- | ------------------------------------------------------------------------------------- |\n| a `null` member or array item                             | removed (with its comma, and its line when it has one)                                |\n| a describe-output member in register input (`revision`\u2026)  | removed                                                                               |\n| a number where the API wants a string (`"cpu": 256`)      | quoted: `"256"`                                                                       |\n| a quoted number or boolean where the API wants one        | unquoted: `"80"` becomes `80`, `"true"` becomes `true`                                |\n| an unknown property one slip or a letter case from a known one (`Essential`, `containerport`, `memoryReservaton`) | renamed to it; when another property is as near, only offered as a suggestion |\n| an enum value one slip or a letter case from an allowed one (`"AWSVPC"`) | replaced by it (a suggestion when another value is as near)               |\n\nValues under `environment`, `secrets`, `dockerLabels` and log `options` get no fix: it would print them.\n\n## Options\n\n```json\n{ "rules": { "schema": ["error", { "allowNull": true, "allowOutputOnly": true }] } }\n```\n\n| option            | default | meaning                                                                                                                                                                            |\n| ----------------- | ------- | ---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------- |\n| `allowNull`       | `false` | accept `null` members. The AWS CLI rejects them (`Invalid type for parameter`); amazon-ecs-deploy-task-definition and Terraform drop them before registering                       |\n| `allowOutputOnly` | `false` | accept describe-output members (`revision`, `status`, `registeredAt`...) in register input. The AWS CLI rejects them; amazon-ecs-deploy-task-definition strips them with a warning |\n\nTurn both on when every file is deployed with amazon-ecs-deploy-task-definition and a console export is\nwhat you keep in git.\n\n## When not to use it\n\nWhen a tool between git and AWS adds or rewrites members (for example a templating step that turns\nstrings into numbers), lint the rendered file instead of turning this off.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html'
      },
      "template-placeholder": {
        "markdown": '# template-placeholder\n\nNote template placeholders, whose values are not checked.\nEngine pseudo-rule, always on; note in every preset.\n\n## Why\n\nMany teams keep task definitions as templates (`"image": "${IMAGE}"`, `"{{ image }}"`, `"<IMAGE>"`,\n`"%TAG%"`) that a pipeline renders before deploy. A placeholder is not a bad image reference or a bad\nnumber, so no rule reports a value that holds one; instead ecslint says once per file that it found\nplaceholders, so nobody mistakes a clean run for a checked value. Only findings about a placeholder\'s\nvalue are dropped: a container whose `name` is `"${CONTAINER_NAME}"` still gets the findings about what\nit lacks (no `logConfiguration`, say), pointed at the container. Shell variables inside `command`,\n`entryPoint` and `healthCheck.command` are the shell\'s, not a template\'s, and are not counted.\n\n## Examples\n\nA Terraform `templatefile` template (fixtures/template-placeholder/invalid/terraform-template.json):\n\n```json\n  "family": "${family}",\n  "executionRoleArn": "${execution_role_arn}",\n```\n\n```\n2:13-2:24: note: template placeholder "${family}" and 2 more: values with placeholders are not checked [template-placeholder]\n    hint: lint the rendered file to check those values too\n```\n\n## How to fix\n\nNothing is wrong. To check the values too, render the template (for example with `envsubst`) and lint\nthe result, for instance `envsubst < task.json.tpl | ecslint --stdin-filename task.json -`.\n\n## When not to use it\n\nSet it to `off` in a repository where every task definition is a template and the note is noise.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/example_task_definitions.html'
      },
      "unused-suppression": {
        "markdown": '# unused-suppression\n\nNote a config suppression that hid nothing in the files it applied to.\nEngine pseudo-rule, always on; note in every preset.\n\n## Why\n\nSuppressions live in the config (`"suppressions": [{ "files", "rules", "pointer", "reason" }]`), far from\nthe finding they hide. When the finding is fixed, or the file moves, the suppression stays behind and\nwould silently hide the next real problem at that place. A suppression whose `files` matched at least one\nlinted file but that hid no finding is reported, so stale ones get cleaned up. Suppressions for files the\nrun did not lint (a pre-commit run on a few files, say) are not reported.\n\n## Examples\n\n```yaml\nsuppressions:\n  - files: deploy/legacy.json\n    rules: no-privileged-container\n    reason: the legacy agent needs it until Q3\n```\n\nAfter `privileged` is removed from `deploy/legacy.json`:\n\n```\n.ecslintrc.yaml:2:5: note: suppression #1 (no-privileged-container) matched no finding in the files linted: the legacy agent needs it until Q3 [unused-suppression]\n```\n\n## How to fix\n\nRemove the suppression, or correct its `files`, `rules` or `pointer`.\n\n## When not to use it\n\nTurn it off (`"unused-suppression": "off"`) only when one config\'s suppressions are shared by runs that\neach lint part of the repository and the notes are noise.\n\n## References\n\n- https://github.com/ecslint/ecslint/blob/main/docs/policies.md#suppressions'
      },
      "valid-awslogs-options": {
        "markdown": '# valid-awslogs-options\n\nRequire the options the `awslogs` log driver needs, with names and values it accepts. Error in\n`recommended` and `strict`; one sub-check is a note (below).\n\n## Why\n\nFor every container with `"logDriver": "awslogs"` this rule checks:\n\n- `awslogs-group` and `awslogs-region` are present (and not empty), and on Fargate also\n  `awslogs-stream-prefix` (aws-facts.md \xA72.6, \xA74.20). Missing options are reported together, once.\n- Option names are ones the driver knows: Docker validates awslogs options when it creates the container\n  and refuses unknown ones, so a typo such as `awslogs-regoin` stops the container. The hint suggests the\n  closest known name; a typo of a required option is reported as the typo, not also as "missing".\n- `awslogs-datetime-format` and `awslogs-multiline-pattern` are not both set (Docker refuses the pair).\n- `mode` is `blocking` or `non-blocking`.\n- `max-buffer-size` is a size Docker can parse (`25m`, `4MB`, `1g`) and is used with\n  `"mode": "non-blocking"`: with `"mode": "blocking"` Docker refuses it (error). With no `mode` at all it\n  is a **note**: ECS has defaulted to non-blocking since June 2025, but older container agents default to\n  blocking and then refuse the option.\n- `awslogs-group` is a name CloudWatch Logs accepts: 1\u2013512 characters of letters, digits and `. - _ / #`\n  (CreateLogGroup\'s `logGroupName` pattern `[\\.\\-_/#A-Za-z0-9]+`). Spaces, parentheses, `:` (a log group\n  ARN instead of its name) and the like are errors: the driver cannot create or write to such a group,\n  so the container fails to start ("failed to initialize logging driver").\n- `awslogs-stream-prefix` has no `:` and no `*`: ECS names each stream `prefix/container/task-id`, and\n  CreateLogStream refuses those two characters ("Don\'t use \':\' (colon) or \'*\' (asterisk) characters"),\n  so the stream cannot be created and the container does not start.\n- `awslogs-create-group` is a boolean string (`"true"`/`"false"`; Docker\'s parser also takes `1`, `t`,\n  `TRUE`...). A JSON boolean there is the `schema` pseudo-rule\'s finding (option values are strings).\n\n**Is `awslogs-region` really required?** The brief asked to check. aws-facts.md \xA74.20 and \xA72.6 say it is\nrequired everywhere (ECS API `LogConfiguration` documentation, cfn-lint `logging_configuration.json`),\nand nothing in the facts says ECS fills it in from the task\'s Region, so a missing Region stays an error.\n(Docker alone can fall back to the EC2 instance\'s Region, but ECS documents the option as required and\nFargate has no such fallback documented.)\n\nUnknown option names are errors because Docker rejects them; `mode` and `max-buffer-size` are checked\nonly for `awslogs` here (other drivers are other rules\' business).\n\n## Examples\n\nInvalid (fixtures/valid-awslogs-options/invalid/log-group-and-prefix-names.json):\n\n```json\n"awslogs-group": "/ecs/orders api (prod)",\n"awslogs-stream-prefix": "orders:api",\n```\n\n```\n17:28-17:52: error: container "api": "awslogs-group" "/ecs/orders api (prod)" has U+0020, "(", ")", which CloudWatch Logs group names cannot contain [valid-awslogs-options]\n    hint: use letters, digits and . - _ / # only, such as "/ecs/my-service"\n19:36-19:48: error: container "api": "awslogs-stream-prefix" "orders:api" has ":", which CloudWatch Logs stream names cannot contain [valid-awslogs-options]\n    hint: remove ":" and "*" from the prefix, for example "ecs" or "my-service"\n```\n\nInvalid (fixtures/valid-awslogs-options/invalid/option-mistakes.json):\n\n```json\n"options": {\n  "awslogs-group": "/ecs/search",\n  "awslogs-regoin": "us-east-1",\n  "awslogs-datetime-format": "%Y-%m-%dT%H:%M:%S",\n  "awslogs-multiline-pattern": "^\\\\d{4}-",\n  "mode": "nonblocking"\n}\n```\n\n```\n15:11-15:27: error: container "indexer": "awslogs-regoin" is not an option of the "awslogs" log driver [valid-awslogs-options]\n    hint: did you mean "awslogs-region"?\n18:11-18:38: error: container "indexer": "awslogs-datetime-format" and "awslogs-multiline-pattern" cannot be set together [valid-awslogs-options]\n    hint: keep one of them: Docker refuses to create the container with both\n    related: 17:11-17:36: "awslogs-datetime-format" is here\n20:19-20:32: error: container "indexer": log option "mode" is "nonblocking", not "blocking" or "non-blocking" [valid-awslogs-options]\n    hint: did you mean "non-blocking"?\n```\n\nInvalid on Fargate (fixtures/valid-awslogs-options/invalid/fargate-missing-options.json):\n\n```\n15:9-15:18: error: container "sender": the "awslogs" log driver needs "awslogs-stream-prefix" (the prefix is required on Fargate) [valid-awslogs-options]\n    hint: add "awslogs-stream-prefix": "my-app"\n```\n\nValid:\n\n```json\n"options": {\n  "awslogs-group": "/ecs/payments",\n  "awslogs-region": "eu-west-1",\n  "awslogs-stream-prefix": "api",\n  "mode": "non-blocking",\n  "max-buffer-size": "25m"\n}\n```\n\n## How to fix\n\nAdd the missing options, fix the misspelt names, keep one of the two multi-line options, and write\n`"mode": "non-blocking"` next to `max-buffer-size`.\n\n## When not to use it\n\nNever for the errors: the container does not start. If you run a patched Docker that takes extra awslogs\noptions, override the level for those files.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html\n- https://docs.docker.com/engine/logging/drivers/awslogs/\n- https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html\n- https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogStream.html'
      },
      "valid-container-count": {
        "markdown": '# valid-container-count\n\nRequire between 1 and 10 container definitions in a task definition. Error in `recommended` and `strict`.\n\n## Why\n\nA task definition holds at most 10 containers, a fixed quota that AWS does not raise, and at least 1:\nregistration fails with `Container list cannot be empty.` for an empty list and is refused above 10.\nThe limit counts every container, sidecars included (log routers, proxies, agents), which is how\ntasks drift past it. A bare container-definitions array (as Terraform\'s `container_definitions`\ntakes it) is checked the same way.\n\n## Examples\n\nInvalid (fixtures/valid-container-count/invalid/eleven-containers.json):\n\n```json\n"containerDefinitions": [\n  { "name": "wordpress", ... },\n  { "name": "mysql", ... },\n  ...\n  { "name": "nginx", ... }\n]\n```\n\n```\n4:3-4:25: error: 11 container definitions: a task definition allows at most 10 [valid-container-count]\n    hint: remove or merge 1 container, or split the work into tasks of 10 containers or fewer\n    related: 99:5-99:6: container "nginx" is number 11\n```\n\nInvalid (fixtures/valid-container-count/invalid/empty-container-definitions.json):\n\n```json\n{ "family": "nightly-report", "requiresCompatibilities": ["EC2"], "containerDefinitions": [] }\n```\n\n```\n6:3-6:25: error: "containerDefinitions" is empty: a task definition needs at least 1 container [valid-container-count]\n    hint: add the container the task runs to "containerDefinitions"\n```\n\nValid: up to 10 containers (fixtures/valid-container-count/valid/ten-bare-container-definitions.json).\n\n## How to fix\n\nRemove containers the task does not need, merge helpers that can share one image, or move\nindependent parts into a task definition (and service) of their own. An empty list needs the\ncontainer the task exists to run.\n\n## When not to use it\n\nNever: AWS rejects the task definition.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html'
      },
      "valid-container-references": {
        "markdown": '# valid-container-references\n\nRequire every container, volume and device reference to name something that exists, and container\ndependencies that can be met. Error in `recommended` and `strict`.\n\n## Why\n\nContainers refer to each other and to task-level parts by name, and nothing but the name ties them:\n\n- `dependsOn[].containerName`, `volumesFrom[].sourceContainer` and `proxyConfiguration.containerName`\n  must name a container of the task (and not the container itself);\n- `mountPoints[].sourceVolume` must name a task `volumes` entry. In a Dockerrun v2 file the\n  `awseb-logs-<container>` volumes that Elastic Beanstalk adds are allowed;\n- a `resourceRequirements` entry of type `InferenceAccelerator` must name a `deviceName` of the task\'s\n  `inferenceAccelerators`.\n\nA typo in any of them fails registration or the task start. An empty `dependsOn[].containerName` or\n`proxyConfiguration.containerName` (`""`, as console exports and templates leave them) is an error too:\nboth are required members of the API model (`ContainerDependency`, `ProxyConfiguration`), and `""` names\nno container. The conditions of `dependsOn` have rules\nof their own: `HEALTHY` needs a `healthCheck` on the container waited for, and `COMPLETE` or\n`SUCCESS` can\'t wait for an essential container (an omitted `essential` means `true`): AWS says\n`A dependency container with SUCCESS or COMPLETE condition cannot be an essential container`. A\n`dependsOn` cycle (`"a"` waits for `"b"`, which waits for `"a"`) leaves no order in which the\ncontainers can start: the ECS agent refuses such a task (its dependency graph finds no order). Each\ncycle is reported once, at the container of the cycle that comes first in the file.\n\nFor a bare container-definitions array the containers are all known, so container references are\nchecked; volumes, the proxy and accelerators belong to the task around it and are not. When a name\nis a template placeholder, what it refers to is unknown and is not reported.\n\n## Examples\n\nInvalid (fixtures/valid-container-references/invalid/unknown-names.json):\n\n```json\n{ "name": "app",\n  "dependsOn": [{ "containerName": "migrations", "condition": "SUCCESS" }, ...],\n  "mountPoints": [{ "sourceVolume": "scratch", "containerPath": "/tmp" }],\n  "volumesFrom": [{ "sourceContainer": "assets" }] }\n```\n\n```\n65:28-65:40: error: container "app": "dependsOn" names container "migrations", which is not in the task definition [valid-container-references]\n    hint: name one of the containers in "containerDefinitions": "migrate" or "envoy"\n75:27-75:36: error: container "app": "mountPoints" names volume "scratch", which is not in "volumes" [valid-container-references]\n    hint: name one of the volumes in "volumes": "tmp"\n91:30-91:38: error: container "app": "volumesFrom" names container "assets", which is not in the task definition [valid-container-references]\n    hint: name one of the containers in "containerDefinitions": "migrate" or "envoy"\n```\n\nInvalid (fixtures/valid-container-references/invalid/dependency-conditions-and-cycle.json):\n\n```\n44:28-44:33: error: "dependsOn" cycle: "envoy" \u2192 "app" \u2192 "envoy": none of these containers can start [valid-container-references]\n    hint: remove one of these "dependsOn" entries so the containers can start in some order\n    related: 65:28-65:35: container "app" depends on container "envoy"\n62:24-62:33: error: container "app" waits for container "migrate" with condition "SUCCESS", but container "migrate" is essential [valid-container-references]\n    hint: set "essential": false on container "migrate" (a container that exits must not be essential), or use condition "START" or "HEALTHY"\n    related: 15:20-15:24: container "migrate" sets "essential": true\n66:24-66:33: error: container "app" waits for container "envoy" to be HEALTHY, but container "envoy" has no "healthCheck" [valid-container-references]\n    hint: add a "healthCheck" to container "envoy", or wait for it with condition "START"\n    related: 30:15-30:22: container "envoy" has no "healthCheck"\n```\n\nA name close to an existing one gets a did-you-mean hint (`did you mean "php-app"?` for a\n`sourceVolume` of `"php_app"`).\n\nValid: `app` waits for a non-essential `migrate` with `SUCCESS` and for `envoy`, which has a\n`healthCheck`, with `HEALTHY`; its `mountPoints` name the task\'s `tmp` volume\n(fixtures/valid-container-references/valid/three-containers-fargate.json).\n\n## How to fix\n\nCorrect the name (the hint lists the names that exist), or add the container, volume or accelerator\nit refers to. Give a container waited for with `HEALTHY` a `healthCheck`; mark a container waited\nfor with `COMPLETE` or `SUCCESS` `"essential": false`; break a cycle by removing one `dependsOn`\nentry.\n\n## When not to use it\n\nNever: these references fail registration or the task start.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_VolumeFrom.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MountPoint.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ProxyConfiguration.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ResourceRequirement.html\n- https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/create_deploy_docker_v2config.html'
      },
      "valid-dockerrun": {
        "markdown": '# valid-dockerrun\n\nRequire an Elastic Beanstalk `Dockerrun.aws.json` whose version matches its content and whose ports\nElastic Beanstalk can use. Error in `recommended` and `strict`; the version mismatch is a warning and\nthe several-ports case a note. It runs on Dockerrun v1, v2 and v3 files only.\n\n## Why\n\nElastic Beanstalk has three formats (aws-facts.md \xA76): v1 (one container, PascalCase keys: `Image`,\n`Ports`, `ContainerPort`, `Authentication.Bucket/Key`), v2 (the ECS platform: camelCase\n`containerDefinitions`, lower-case `authentication.bucket/key`) and v3 (Docker Compose: only\n`Authentication` with lower-case `bucket`/`key`). This rule and the `schema` pseudo-rule share the work,\nand **never report the same thing twice**:\n\n- The `schema` pseudo-rule validates v1 and v3 against their own schemas and v2 against the ECS shapes.\n  It already reports a missing or unknown `AWSEBDockerrunVersion` (1/2/3, integer or string), every\n  unknown key, and **wrong-case keys with a hint naming the right one** (`"ports"` \u2192 did you mean\n  `"Ports"`?, v1 `"bucket"` \u2192 `"Bucket"`, v2 `"Authentication"` \u2192 `"authentication"`), a missing\n  `Image.Name`, and an `Update` that is a boolean (with the hint to quote it). It also reports any\n  v3 key other than `AWSEBDockerrunVersion` and `Authentication`. An empty or malformed `Image.Name` is\n  `valid-image-reference`\'s finding, as for any image.\n- This rule adds what a schema cannot say:\n  - **version semantics** (warning, at the version): a file that says version 1 or 3 but defines\n    `containerDefinitions`, version 2 without `containerDefinitions` but with v1\'s `Image`/`Ports`, or\n    version 3 with `Image`/`Ports`/`containerDefinitions` (v3 defines no services: they live in\n    docker-compose.yml). The schema already lists each foreign key as an error; this names the cause once;\n  - v1: `Ports` is **required when `Image` is given** (error; the EB CLI and the platform need the\n    container port), unless a wrong-case `ports` key is there (the schema\'s did-you-mean covers it);\n  - v1: **only the first port is used** (note, when `Ports` lists more than one).\n\nv2 files also run every task rule as an EC2 task without task-level memory.\n\n## Examples\n\nInvalid (fixtures/valid-dockerrun/invalid/v1-image-without-ports.json):\n\n```json\n{ "AWSEBDockerrunVersion": "1", "Image": { "Name": "", "Update": "false" }, "Volumes": [...] }\n```\n\n```\n3:3-3:10: error: "Image" is given but "Ports" is missing: Elastic Beanstalk needs the container port [valid-dockerrun]\n    hint: add "Ports": [{"ContainerPort": 80}] with the port the application listens on\n```\n\nInvalid (fixtures/valid-dockerrun/invalid/v1-with-container-definitions.json), with the schema\'s own finding:\n\n```\n2:28-2:31: warning: "AWSEBDockerrunVersion" is "1", but the file defines "containerDefinitions", as version 2 does [valid-dockerrun]\n    hint: set "AWSEBDockerrunVersion": 2 and deploy to the ECS platform branch, or rewrite the file in the version 1 format\n3:3-3:25: error: unknown property "containerDefinitions" in Dockerrun.aws.json v1 [schema]\n```\n\nInvalid (fixtures/valid-dockerrun/invalid/v1-several-ports.json):\n\n```\n6:5-6:30: note: "Ports" lists 3 ports, but Elastic Beanstalk uses only the first one [valid-dockerrun]\n    hint: keep only the port the reverse proxy should send traffic to, first; use the ECS platform (version 2) to publish more\n    related: 5:5-5:46: this is the port Elastic Beanstalk uses\n```\n\nfixtures/valid-dockerrun/invalid/v1-wrong-case-keys.json shows the wrong-case keys, all reported by the\nschema and none by this rule.\n\nValid:\n\n```json\n{\n  "AWSEBDockerrunVersion": "1",\n  "Image": { "Name": "123456789012.dkr.ecr.us-east-1.amazonaws.com/guestbook:1.6.2", "Update": "true" },\n  "Ports": [{ "ContainerPort": 8080, "HostPort": 8080 }]\n}\n```\n\n## How to fix\n\nPick the version for your platform branch (v1: Docker without Compose; v2: ECS; v3: Docker with\nCompose) and write the keys in that version\'s case. With `Image`, list the container port first in\n`Ports`.\n\n## When not to use it\n\nNever: Elastic Beanstalk aborts the deployment or silently ignores the misplaced settings.\n\n## References\n\n- https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/single-container-docker-configuration.html\n- https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/create_deploy_docker_v2config.html\n- https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/docker-configuration.remote-repo.html'
      },
      "valid-environment": {
        "markdown": '# valid-environment\n\nRequire container `environment` variables with a name, each set once, and `environmentFiles` that are\nat most ten S3 object ARNs of `.env` files. Error in `recommended` and `strict`; duplicate names and a\nmissing `.env` extension are warnings.\n\n## Why\n\n- **Names**: a variable without a `name`, or with an empty one, cannot be set in the container.\n- **Duplicates** (warning): the same name twice in one container\'s `environment` is almost always a\n  copy-paste leftover, and which of the values the container ends up with is not documented. Each\n  container has its own environment, so the same name in two containers is fine.\n- **environmentFiles**: the API takes up to ten files per container. Each `value` is the ARN of an S3\n  object, `arn:aws:s3:::bucket/key.env` (any partition), not an `s3://` URL, a bucket ARN or a bare path:\n  the ECS agent downloads the object with the execution role when the task starts. The developer guide\n  says the file must have the `.env` extension; whether ECS enforces that is not documented, so a\n  different extension is a warning. A `type` other than `s3`, or a missing `value`, is reported by\n  `schema`.\n\nVariable values are never shown in messages (they may be secrets); only names and the file ARNs are.\nSecret-looking values in `environment` are `no-secrets-in-environment`\'s business, and a name that is\nalso in `secrets` is `valid-secrets`\'.\n\n## Examples\n\nInvalid (fixtures/valid-environment/invalid/duplicate-and-unnamed-variables.json):\n\n```json\n"environment": [\n  { "name": "DB_HOST", "value": "db.internal.example.com" },\n  { "name": "DB_PORT", "value": "5432" },\n  { "name": "DB_HOST", "value": "replica.internal.example.com" },\n  { "name": "", "value": "orphaned-value" },\n  ...\n]\n```\n\n```\n15:19-15:28: warning: container "web": environment variable "DB_HOST" is already set [valid-environment]\n    hint: keep one "DB_HOST" entry; which value the container gets is not documented\n    related: 13:19-13:28: "DB_HOST" is first set here\n16:19-16:21: error: container "web": "environment" entry #4 has an empty "name" [valid-environment]\n    hint: give the variable a name, or remove the entry\n```\n\nInvalid (fixtures/valid-environment/invalid/environment-file-locations.json):\n\n```json\n"environmentFiles": [\n  { "value": "s3://analytics-config/collector/prod.env", "type": "s3" },\n  { "value": "arn:aws:s3:::analytics-config", "type": "s3" },\n  ...\n]\n```\n\n```\n10:20-10:62: error: container "collector": environment file "s3://analytics-config/collector/prod.env" is an s3:// URL, not an S3 object ARN [valid-environment]\n    hint: write "arn:aws:s3:::analytics-config/collector/prod.env"\n11:20-11:51: error: container "collector": environment file "arn:aws:s3:::analytics-config" is a bucket ARN; it must name the object [valid-environment]\n    hint: add the object key: "arn:aws:s3:::analytics-config/<path>.env"\n```\n\nValid:\n\n```json\n"environment": [{ "name": "NODE_ENV", "value": "production" }, { "name": "PORT", "value": "8080" }],\n"environmentFiles": [{ "value": "arn:aws:s3:::payments-config-123456789012/api/prod.env", "type": "s3" }]\n```\n\n## How to fix\n\nName every variable and keep one entry per name. Give environment files as object ARNs\n(`arn:aws:s3:::bucket/path/file.env`), name the objects `*.env`, and merge files when a container\nneeds more than ten.\n\n## When not to use it\n\nNever for the names and ARNs: the container cannot start. If your environment files are deliberately\nnamed without `.env` and ECS accepts them, turn the rule off for those files with an override.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EnvironmentFile.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/use-environment-file.html'
      },
      "valid-ephemeral-storage": {
        "markdown": '# valid-ephemeral-storage\n\nRequire `ephemeralStorage.sizeInGiB` to be 21 to 200 GiB, and warn when a Windows task on Fargate sets\nit. Error in `recommended` and `strict` (the Windows finding is a warning).\n\n## Why\n\nFargate tasks get 20 GiB of ephemeral storage by default. `ephemeralStorage` asks for more: an integer from\n21 to 200 GiB. Any other value is rejected at registration; writing the default 20 explicitly is rejected\ntoo. Values that are not integers are the `schema` rule\'s finding.\n\nFor Windows containers on Fargate the sources disagree: the API reference lists Windows platform version\n1.0.0 as supported, while the Fargate storage guide says configuring ephemeral storage "isn\'t supported\nfor Windows containers on AWS Fargate". The rule warns rather than fails.\n\n## Examples\n\nInvalid (fixtures/valid-ephemeral-storage/invalid/too-large.json):\n\n```json\n"ephemeralStorage": { "sizeInGiB": 500 },\n```\n\n```\n7:38-7:41: error: "sizeInGiB" 500 is out of range; ephemeral storage must be an integer from 21 to 200 GiB [valid-ephemeral-storage]\n    hint: ask for at most 200 GiB; mount an EFS volume for more space\n```\n\nWindows (fixtures/valid-ephemeral-storage/invalid/windows-fargate.json):\n\n```\n8:3-8:21: warning: "ephemeralStorage" is not supported for Windows containers on Fargate, according to the Fargate storage guide [valid-ephemeral-storage]\n    hint: remove "ephemeralStorage"; Windows tasks on Fargate get a fixed amount of storage\n```\n\nValid: `"ephemeralStorage": {"sizeInGiB": 100}`; no `ephemeralStorage` at all (20 GiB).\n\n## How to fix\n\nAsk for 21 to 200 GiB, or remove `ephemeralStorage` to keep the default 20 GiB. For more than 200 GiB, or\ndata that must outlive the task, mount an EFS volume.\n\n## When not to use it\n\nIf you have confirmed that your Windows tasks on Fargate accept `ephemeralStorage`, lower or silence the\nWindows warning with an override for those files.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EphemeralStorage.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html'
      },
      "valid-external-task": {
        "markdown": '# valid-external-task\n\nDisallow what ECS Anywhere cannot run in a task for the `EXTERNAL` launch type: the `awsvpc` network\nmode, EFS volumes and App Mesh (`proxyConfiguration`). Error in `recommended` and `strict`.\n\n## Why\n\nA task whose `requiresCompatibilities` lists `EXTERNAL` runs on your own servers through ECS Anywhere.\nThose instances have no elastic network interfaces for ECS to attach, no EFS mount helper managed by\nECS and no App Mesh integration, so the ECS Anywhere considerations list `awsvpc`, EFS volumes\n(`efsVolumeConfiguration`) and App Mesh as not supported. A task that uses any of them cannot be\nplaced on an external instance. Linux external instances use `bridge`, `host` or `none`; Windows\nexternal instances use the default network mode (no `networkMode`).\n\nThe rule runs only when `requiresCompatibilities` contains `EXTERNAL` (also when `EC2` is listed\nbeside it: the task must then suit both).\n\n## Examples\n\nInvalid (fixtures/valid-external-task/invalid/external-awsvpc-efs.json):\n\n```json\n"requiresCompatibilities": ["EXTERNAL"],\n"networkMode": "awsvpc",\n...\n"volumes": [\n  { "name": "receipts", "efsVolumeConfiguration": { "fileSystemId": "fs-0a1b2c3d4e5f67890", ... } }\n]\n```\n\n```\n4:18-4:26: error: "networkMode" "awsvpc" is not supported on the EXTERNAL launch type (ECS Anywhere) [valid-external-task]\n    hint: use "bridge", "host" or "none", or remove "EXTERNAL" from "requiresCompatibilities" if the task does not run on ECS Anywhere\n    related: 3:31-3:41: the task is for the EXTERNAL launch type\n26:7-26:31: error: volume "receipts": EFS volumes ("efsVolumeConfiguration") are not supported on the EXTERNAL launch type (ECS Anywhere) [valid-external-task]\n    hint: mount the file system on the host and use a "host" bind mount volume, or remove "EXTERNAL" from "requiresCompatibilities" if the task does not run on ECS Anywhere\n    related: 3:31-3:41: the task is for the EXTERNAL launch type\n```\n\nInvalid (fixtures/valid-external-task/invalid/external-app-mesh.json): `"requiresCompatibilities": ["EC2", "EXTERNAL"]`\nwith a `proxyConfiguration` of type `APPMESH`:\n\n```\n19:3-19:23: error: "proxyConfiguration" (App Mesh) is not supported on the EXTERNAL launch type (ECS Anywhere) [valid-external-task]\n```\n\nValid: the same tasks with `"networkMode": "bridge"` and a `host` volume, or with `EC2` alone in\n`requiresCompatibilities`.\n\n## How to fix\n\n- Use `"networkMode": "bridge"` (or `host`, `none`) on Linux; leave `networkMode` out on Windows.\n- Mount the EFS file system (or any NFS share) on the external host yourself and use a `host` volume\n  with `sourcePath`.\n- Remove `proxyConfiguration`; run the Envoy proxy without the App Mesh integration if you need it.\n- If the task is not meant for ECS Anywhere, remove `EXTERNAL` from `requiresCompatibilities`.\n\n## When not to use it\n\nWhen you never run tasks on ECS Anywhere, the rule never fires anyway. Turn it off only if AWS lifts\none of these limits before ecslint learns about it.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html'
      },
      "valid-fargate-log-driver": {
        "markdown": '# valid-fargate-log-driver\n\nRequire log drivers and FireLens config file types that Fargate supports. Error in `recommended` and\n`strict`.\n\n## Why\n\nOn Fargate there is no host Docker daemon to configure, so only three log drivers exist: `awslogs`,\n`splunk` and `awsfirelens`. `json-file`, `syslog`, `journald`, `gelf` and `fluentd` are EC2 only, and a\nFargate task definition that uses them is rejected. A FireLens router on Fargate also cannot fetch its\nconfiguration from S3: `"config-file-type"` must be `"file"`, a file inside the router image.\n\nDrivers outside the API enum (such as the retired `logentries`) are the `schema` rule\'s finding.\n\n## Examples\n\nInvalid (fixtures/valid-fargate-log-driver/invalid/ec2-drivers-on-fargate.json):\n\n```json\n{\n  "name": "web",\n  "logConfiguration": {\n    "logDriver": "json-file",\n    "options": { "max-size": "10m", "max-file": "3" }\n  }\n}\n```\n\n```\n14:22-14:33: error: container "web": log driver "json-file" is not supported on Fargate; use "awslogs", "splunk" or "awsfirelens" [valid-fargate-log-driver]\n    hint: use "awslogs" to send the logs to CloudWatch Logs\n```\n\nFireLens with an S3 config (fixtures/valid-fargate-log-driver/invalid/firelens-s3-config-file.json):\n\n```\n15:31-15:35: error: container "log-router": FireLens "config-file-type" "s3" is not supported on Fargate; only "file" is [valid-fargate-log-driver]\n    hint: build the config file into the router image and use "config-file-type": "file" with its path\n```\n\nValid: `awslogs`, `splunk` and `awsfirelens` with `"config-file-type": "file"` on Fargate; `fluentd` and\nS3 config files on an EC2-only task.\n\n## How to fix\n\nUse `awslogs` for CloudWatch Logs. To send logs anywhere else (what `fluentd`, `gelf` or `syslog` did on\nEC2), add a FireLens router container (`aws-for-fluent-bit`) and use the `awsfirelens` driver. For a custom\nFluent Bit configuration, build it into the router image and point `config-file-value` at its path.\n\n## When not to use it\n\nNever for files registered with `FARGATE`. Windows tasks have stricter limits, checked by\n`valid-windows-task`.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FirelensConfiguration.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/firelens-taskdef.html'
      },
      "valid-fargate-task-size": {
        "markdown": '# valid-fargate-task-size\n\nRequire a task-level `cpu` and `memory` pair that Fargate offers. Error in `recommended` and `strict`.\n\n## Why\n\nA Fargate task is billed and placed by its task size, and Fargate only has fixed sizes: each `cpu` value\nallows a set of `memory` values. Any other pair, or a Fargate task without both values, is rejected at\nregistration with `Invalid \'cpu\' setting for task.` (Terraform and CloudFormation show `No Fargate\nconfiguration exists for given values.`), or `Fargate requires that \'cpu\' be defined at the task level.`\nThe table applies whenever `requiresCompatibilities` lists `FARGATE`, even next to `EC2`.\n\n| cpu (units) | vCPU | memory (MiB)                      |                                |\n| ----------- | ---- | --------------------------------- | ------------------------------ |\n| 256         | .25  | 512, 1024 or 2048                 | Linux                          |\n| 512         | .5   | 1024\u20134096 in steps of 1024        | Linux                          |\n| 1024        | 1    | 2048\u20138192 in steps of 1024        | Linux and Windows              |\n| 2048        | 2    | 4096\u201316384 in steps of 1024       | Linux and Windows              |\n| 4096        | 4    | 8192\u201330720 in steps of 1024       | Linux and Windows              |\n| 8192        | 8    | 16384\u201361440 in steps of 4096      | Linux, platform version 1.4.0+ |\n| 16384       | 16   | 32768\u2013122880 in steps of 8192     | Linux, platform version 1.4.0+ |\n| 32768       | 32   | 61440, 122880 or 249856 (exactly) | Linux, platform version 1.4.0+ |\n\nThe table lives in `rules/_helpers/fargate.ts`. The 32 vCPU size is newer than the AWS documentation\ncopies this rule was checked against (it comes from cfn-lint and Pulumi, 2026); it is marked `recent` there.\nARM64 tasks use the Linux table; a Windows task on ARM64 is reported by `valid-windows-task`.\n\nAWS converts the string forms `"1 vCPU"` / `"1 vcpu"` (\xD71024 CPU units) and `"2 GB"` / `"2GB"` (\xD71024 MiB);\nthe rule does the same and the message says what a value converts to. Fractional forms such as `".25 vcpu"`\nor `"0.5 GB"` are converted too, with a note: AWS does not document them.\n\n## Examples\n\nInvalid (fixtures/valid-fargate-task-size/invalid/memory-too-small-for-cpu.json):\n\n```json\n"requiresCompatibilities": ["FARGATE"],\n"networkMode": "awsvpc",\n"cpu": "1024",\n"memory": "1024",\n```\n\n```\n6:13-6:19: error: cpu "1024" allows memory 2048\u20138192 in steps of 1024; got "1024" [valid-fargate-task-size]\n    hint: use a memory value from that list, or a cpu that allows 1024 MiB: 256 or 512\n    related: 5:10-5:16: the task cpu\n```\n\nString forms (fixtures/valid-fargate-task-size/invalid/vcpu-and-gb-mismatch.json):\n\n```json\n"cpu": "1 vCPU",\n"memory": "1GB",\n```\n\n```\n6:13-6:18: error: cpu "1 vCPU" (1024) allows memory 2048\u20138192 in steps of 1024; got "1GB" (1024) [valid-fargate-task-size]\n```\n\nWindows (fixtures/valid-fargate-task-size/invalid/windows-half-vcpu.json):\n\n```\n6:10-6:15: error: cpu "512" is not available for Windows on Fargate; valid cpu values are 1024, 2048 and 4096 [valid-fargate-task-size]\n```\n\nMissing values are reported on the `"FARGATE"` entry of `requiresCompatibilities`:\n\n```\n3:31-3:40: error: "cpu" and "memory" must be defined at the task level on Fargate [valid-fargate-task-size]\n```\n\nValid: `"cpu": "1024", "memory": "3072"`; `"cpu": "2 vCPU", "memory": "8GB"`; an EC2 task of any size.\n\n## How to fix\n\nPick the `cpu` first, then a `memory` value from its row. Write both as strings of CPU units and MiB\n(`"1024"`, `"3072"`): that is what AWS stores and what `describe-task-definition` gives back.\n\n## When not to use it\n\nWhen the file is never registered for Fargate even though it lists `FARGATE` (then remove `FARGATE`).\nTemplates whose size is a placeholder (`"${CPU}"`) are skipped automatically.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html'
      },
      "valid-firelens": {
        "markdown": '# valid-firelens\n\nRequire a FireLens log router for the `awsfirelens` log driver, configured as ECS expects. Error in\n`recommended` and `strict`; some sub-checks are warnings (below).\n\n## Why\n\nFireLens needs two halves in one task (aws-facts.md \xA74.21), and ECS enforces **both directions at\nregistration**:\n\n- a container with `"logDriver": "awsfirelens"` and no container with `firelensConfiguration`:\n  `When awsfirelens log driver is specified in log configuration, a firelens configuration object must be configured in one of the containers.`\n- a `firelensConfiguration` and no container using `awsfirelens`:\n  `When a firelensConfiguration object is specified, at least one container has to be configured with the awsfirelens log driver.`\n  This is rejected, not merely useless, so it is an error too. (A plain Fluent Bit sidecar without\n  FireLens is fine: just leave `firelensConfiguration` out.)\n\nIt also checks the router:\n\n- at most one router (error): ECS generates one configuration and one socket per task; two routers\n  compete for the same Fluent port;\n- the router is essential (warning, as the AWS docs recommend): if it stops, every routed log is lost;\n- the router does not send its own logs to `awsfirelens` (error): it would route into itself;\n- `firelensConfiguration.options`: only `enable-ecs-log-metadata` (`"true"`/`"false"`, warning),\n  `config-file-type` (`s3` or `file`, error) and `config-file-value` (warning for other names, with a\n  did-you-mean hint: the agent ignores them); a type without a value (error) or a value without a type\n  (warning); `s3` needs an S3 object ARN and `file` an absolute path;\n- `config-file-value` is not `/fluent-bit/etc/fluent-bit.conf` or `/fluentd/etc/fluent.conf`: FireLens\n  writes its generated configuration there (error).\n\n`firelensConfiguration: null` (console exports) counts as no router. Fargate\'s "`config-file-type` only\n`file`" is `valid-fargate-log-driver`\'s finding, not this rule\'s.\n\n## Examples\n\nInvalid (fixtures/valid-firelens/invalid/awsfirelens-without-router.json):\n\n```json\n{ "name": "catalog", "logConfiguration": { "logDriver": "awsfirelens", "options": { "Name": "datadog" } } },\n{ "name": "catalog-sync", "logConfiguration": { "logDriver": "awsfirelens" } }\n```\n\n```\n14:22-14:35: error: container "catalog" uses the "awsfirelens" log driver, but no container has a "firelensConfiguration" [valid-firelens]\n    hint: add a log router container (e.g. aws-for-fluent-bit) with "firelensConfiguration": {"type": "fluentbit"}\n    related: 22:42-22:55: container "catalog-sync" uses "awsfirelens" too\n```\n\nInvalid (fixtures/valid-firelens/invalid/router-misconfigured.json):\n\n```\n16:32-16:65: error: container "log_router": "config-file-value" "/fluent-bit/etc/fluent-bit.conf" is where FireLens writes its generated configuration [valid-firelens]\n    hint: put your configuration at another path, e.g. /fluent-bit/configs/custom.conf; FireLens includes it\n20:42-20:55: error: container "log_router" is the FireLens log router and sends its own logs to "awsfirelens" [valid-firelens]\n    hint: send the router\'s own logs elsewhere, e.g. "logDriver": "awslogs"\n```\n\nValid: one essential router with `"firelensConfiguration": {"type": "fluentbit"}` and its own logs on\n`awslogs`, and application containers with `"logDriver": "awsfirelens"`.\n\n## How to fix\n\nAdd the router container (or remove `firelensConfiguration` when nothing should route through it), keep\none router, make it essential, log it with `awslogs`, and put custom configuration at a path of your own.\n\n## When not to use it\n\nNever for the errors: AWS rejects the task definition or the router cannot work.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/firelens-taskdef.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FirelensConfiguration.html'
      },
      "valid-health-check": {
        "markdown": '# valid-health-check\n\nRequire a container `healthCheck` whose `command` starts with `CMD` or `CMD-SHELL` as its own element,\nand timings in the documented ranges. Error in `recommended` and `strict`; a few sub-checks report\nwarnings (below).\n\n## Why\n\nThe ECS API reference (HealthCheck) says the command "must start with" `CMD` (run the program directly)\nor `CMD-SHELL` (run the line through the container\'s shell). Docker, which runs the check, reads the first\nelement exactly: `CMD`, `CMD-SHELL`, or `NONE` (no check). Any other first element is an unknown check\ntype: Docker logs it and never runs the check, so the container never reports healthy, a `HEALTHY`\ndependency never starts, and a service replaces the task. (The 2023 developer guide said `CMD` is assumed\nwhen absent; the current API reference does not, and Docker does not.) The console takes the comma form\n`CMD-SHELL, curl -f http://localhost/ || exit 1`; pasted into JSON as one string, Docker sees a program\nnamed `CMD-SHELL, curl -f ...`. The rule reports:\n\n- **error**: a first element that is not `CMD`, `CMD-SHELL` or `NONE` (`["/healthcheck"]`,\n  `["curl", "-f", "http://localhost/"]`); the hint suggests putting `CMD` first;\n- **error**: the prefix in the wrong case or with spaces (`["cmd-shell", ...]`, `[" CMD-SHELL", ...]`);\n- **error**: the prefix and the command joined in one string (`["CMD-SHELL, curl ..."]`,\n  `["CMD-SHELL curl ..."]`); a whole command line as the only element with no prefix\n  (`["curl -f http://localhost/ || exit 1"]`); a prefix with nothing after it (`["CMD-SHELL"]`);\n- **error**: `interval` outside 5\u2013300 seconds, `timeout` outside 2\u201360, `retries` outside 1\u201310,\n  `startPeriod` outside 0\u2013300: the ranges of the API reference and the developer guide, which\n  RegisterTaskDefinition enforces. The CDK accepts a `timeout` up to 120, but that is the CDK\'s own check,\n  not AWS\'s;\n- **warning**: `timeout` not less than `interval` (30 when omitted): a hung check then runs into the next one;\n- **warning**: `["CMD", "curl -f http://localhost/ || exit 1"]`: the exec form with a whole command line in\n  one element runs a program named `curl -f http://...`;\n- **warning**: `["NONE"]` (Docker\'s way to turn a check off; ECS documents only `CMD` and `CMD-SHELL`) and\n  an empty `command`.\n\nA missing `command`, or one that is not a list of strings, is reported by `schema`. Messages never show\nthe command line itself (it can hold a password, e.g. `mysqladmin ping -ppassword`), only its first word.\n\n## Examples\n\nInvalid (fixtures/valid-health-check/invalid/comma-joined-command.json):\n\n```json\n"healthCheck": {\n  "command": ["CMD-SHELL, curl -f http://localhost:8080/health || exit 1"],\n  "interval": 30,\n  "timeout": 5,\n  "retries": 3\n}\n```\n\n```\n15:21-15:80: error: container "api": "healthCheck.command" puts "CMD-SHELL" and the command in one string [valid-health-check]\n    hint: make "CMD-SHELL" its own element: ["CMD-SHELL", "<command>"] (one string is only for the console)\n```\n\nInvalid (fixtures/valid-health-check/invalid/otel-sidecar-program-without-prefix.json):\n\n```json\n"healthCheck": { "command": ["/healthcheck"], "interval": 5, "timeout": 4, "retries": 5, "startPeriod": 1 }\n```\n\n```\n24:21-24:35: error: container "aws-otel-collector": "healthCheck.command" starts with "/healthcheck", not "CMD" or "CMD-SHELL" [valid-health-check]\n    hint: put "CMD" first to run the program directly (["CMD", "/healthcheck", \u2026]), or "CMD-SHELL" to run a shell command line\n```\n\nInvalid (fixtures/valid-health-check/invalid/timings-out-of-range.json):\n\n```json\n"healthCheck": { "command": ["CMD-SHELL", "pgrep -f scheduler || exit 1"], "interval": 60, "timeout": 90, "retries": 12 }\n```\n\n```\n23:20-23:22: error: container "scheduler": "healthCheck.timeout" 90 is above the maximum 60 seconds [valid-health-check]\n    hint: set "timeout" between 2 and 60\n24:20-24:22: error: container "scheduler": "healthCheck.retries" 12 is above the maximum 10 [valid-health-check]\n    hint: set "retries" between 1 and 10\n```\n\nValid:\n\n```json\n"healthCheck": {\n  "command": ["CMD-SHELL", "curl -f http://localhost:8080/healthz || exit 1"],\n  "interval": 30, "timeout": 5, "retries": 3, "startPeriod": 60\n}\n```\n\n## How to fix\n\nMake the prefix its own element: `["CMD-SHELL", "<command line>"]` for a shell line, or\n`["CMD", "/path/to/program", "arg1", "arg2"]` to run a program directly. Keep `interval` 5\u2013300,\n`timeout` 2\u201360 and below `interval`, `retries` 1\u201310 and `startPeriod` 0\u2013300.\n\n## When not to use it\n\nNever: a broken health check makes ECS replace healthy tasks, or never marks them healthy.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_healthcheck\n- https://docs.docker.com/reference/api/engine/version/v1.47/#tag/Container/operation/ContainerCreate (HealthConfig `Test`)'
      },
      "valid-image-reference": {
        "markdown": '# valid-image-reference\n\nRequire every container `image` to be present and to be a reference that AWS accepts at registration\nand Docker can pull: at most 255 characters before any digest, only the characters AWS allows, a valid\nregistry host, a lower-case repository, a Docker tag and a `sha256` digest of 64 hex digits. Also checks\n`Image.Name` of a Dockerrun.aws.json v1 file. Error in `recommended` and `strict` (a few sub-checks,\nnoted below, are warnings).\n\n## Why\n\nSome mistakes are rejected when the task definition is registered:\n\n- no image, or an empty one: `Container.image should not be null or empty.`\n- more than 255 characters before the `@`: `Container.image should be 255 characters or less`\n- a character outside letters, digits, `-`, `_`, `:`, `.`, `/` and `#`, such as an unrendered\n  `$ECR_REGISTRY` (the render-task-definition action does not expand shell variables):\n  `Container.image contains invalid characters.`\n\nOthers pass registration, because the API allows upper-case letters and `#`, but the task then cannot\nstart: the container agent hands the string to Docker (containerd on Fargate), which rejects it with\n`CannotPullContainerError: invalid reference format`. Docker requires:\n\n- a registry host made of DNS labels (no `_`: `ACCOUNT_ID.dkr.ecr\u2026` is not a host);\n- a lower-case repository path of components joined by `.`, `_`, `__` or `-`;\n- a tag of at most 128 letters, digits, `_`, `.` and `-`, not starting with `.` or `-` (so no `#`);\n- a digest of `sha256:` and exactly 64 hex digits (the only algorithm ECS supports).\n\nTwo cases are warnings because the outcome is less certain: a digest in upper-case hex (the AWS\ndocumentation allows `A-F`, Docker\'s digest parser accepts only `a-f`), and an upper-case first path\ncomponent such as `DataDog/agent`, which Docker reads as a registry host rather than a Docker Hub\nnamespace.\n\nValues with template placeholders (`${TAG}`, `{{image}}`, `<IMAGE>`) are skipped.\n\n## Examples\n\nInvalid (fixtures/valid-image-reference/invalid/uppercase-repository.json):\n\n```json\n"containerDefinitions": [\n  { "name": "api", "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/Orders-API:1.8.0", ... },\n  { "name": "agent", "image": "DataDog/agent:7", ... }\n]\n```\n\n```\n11:16-11:79: error: container "api": repository "Orders-API" must be lower-case [valid-image-reference]\n    hint: write the repository in lower case: "orders-api"\n23:16-23:33: warning: container "agent": Docker reads "DataDog" as a registry host because it has upper-case letters [valid-image-reference]\n    hint: write Docker Hub names in lower case: "datadog/agent:7"\n```\n\nInvalid (fixtures/valid-image-reference/invalid/shell-variables-and-bad-host.json):\n\n```json\n{ "name": "app", "image": "$ECR_REGISTRY/app:$IMAGE_TAG", ... },\n{ "name": "proxy", "image": "ACCOUNT_ID.dkr.ecr.us-east-1.amazonaws.com/proxy:1.0", ... }\n```\n\n```\n6:16-6:46: error: container "app": "image" contains "$", which an image reference cannot contain [valid-image-reference]\n    hint: render the shell variables before registering (or write them as "${VAR}", which ecslint skips as a placeholder)\n12:16-12:70: error: container "proxy": registry host "ACCOUNT_ID.dkr.ecr.us-east-1.amazonaws.com" is not a valid host name [valid-image-reference]\n    hint: replace the placeholder with the real value before registering (or write it as "${NAME}" or "<NAME>", which ecslint skips)\n```\n\nValid (fixtures/valid-image-reference/valid/ecr-digest-and-hub-images.json):\n\n```json\n{ "name": "app", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/checkout:2.14.0@sha256:9b2a\u20264f3a" },\n{ "name": "xray", "image": "amazon/aws-xray-daemon:3.3.12" },\n{ "name": "cache", "image": "registry.example.com:5000/platform/redis_cache__v2:7.2-alpine" }\n```\n\n## How to fix\n\nWrite the image as `[registry-host[:port]/]repository[:tag][@sha256:<64 hex>]` with a lower-case\nrepository, for example `123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:1.8.0`. If a deploy step\nfills the image in, render the file before registering it, or write the value as a placeholder that\necslint recognises (`${IMAGE}`, `<IMAGE>`, `{{image}}`) so it is not checked.\n\n## When not to use it\n\nNever for files that are registered as they are. For template files whose images are filled in by a\ntool, prefer placeholders that ecslint recognises to turning the rule off.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_image\n- https://docs.docker.com/reference/cli/docker/image/tag/'
      },
      "valid-links": {
        "markdown": '# valid-links\n\nAllow container `links` only where Docker links work, the `bridge` network mode on Linux, and require\neach link to name another container of the task. Error in `recommended` and `strict`.\n\n## Why\n\n`links` are Docker\'s legacy links between containers on the default bridge network. ECS supports them\nonly when the task\'s network mode is `bridge`: with `awsvpc` registration fails with\n`Links are not supported when networkMode=awsvpc.`, and `host` and `none` have no bridge network to link\non. Windows containers do not support links at all. Each entry is `name` or `name:alias`, where `name`\nis another container in the same task; a link to a container that does not exist, or to the container\nitself, cannot be set up.\n\nThe rule does not run on Fargate tasks: Fargate rejects `links` outright, and\n`no-fargate-unsupported-parameters` says so. In a bare container-definitions array the network mode is\nunknown, so only the link targets are checked; when a container has no literal name (a template\nplaceholder) no link is reported as unknown.\n\n## Examples\n\nInvalid (fixtures/valid-links/invalid/awsvpc-links.json):\n\n```json\n"networkMode": "awsvpc",\n"containerDefinitions": [\n  { "name": "aws-otel-collector", ... },\n  { "name": "sample-app", "links": ["aws-otel-collector"], ... }\n]\n```\n\n```\n17:7-17:14: error: container "sample-app": "links" are not supported when "networkMode" is "awsvpc" [valid-links]\n    hint: remove "links"; containers of the task reach each other on localhost\n    related: 4:18-4:26: the network mode is set here\n```\n\nInvalid (fixtures/valid-links/invalid/unknown-and-self-links.json):\n\n```json\n{ "name": "php-app-container", "links": ["php-app-container"], ... },\n{ "name": "nginx-web-container", "links": ["app-container:app-container"], ... }\n```\n\n```\n9:17-9:36: error: container "php-app-container": link "php-app-container" names the container itself [valid-links]\n    hint: remove the link; a container reaches itself on localhost\n16:17-16:46: error: container "nginx-web-container": link "app-container:app-container" names no container in the task [valid-links]\n    hint: link to "php-app-container" (write "name" or "name:alias")\n```\n\nValid: a `bridge` task whose `wordpress` container has `"links": ["mysql:db", "memcached"]`, both of\nthem containers of the task.\n\n## How to fix\n\n- With `awsvpc` or `host`, remove `links`: containers of a task share the network namespace and reach\n  each other on `localhost`.\n- Fix the link to name an existing container (`name` or `name:alias`), or remove it.\n- On Windows, remove `links`.\n\n## When not to use it\n\nNever: AWS rejects the task definition or cannot start the task.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_network'
      },
      "valid-linux-parameters": {
        "markdown": '# valid-linux-parameters\n\nRequire `linuxParameters` that ECS and Docker accept: capability names from the ECS list, device and\ntmpfs paths, tmpfs mount options from the documented list, `swappiness` 0\u2013100, no negative `maxSwap`\nor `sharedMemorySize`, and `ulimits` whose soft limit is not above the hard one, each name once.\nError in `recommended` and `strict`; some sub-checks report warnings (below).\n\n## Why\n\n`linuxParameters` goes straight to Docker when the container is created, so a bad value usually means a\ntask that never starts:\n\n- **Capabilities** (`capabilities.add`/`drop`): the ECS API lists the names without the `CAP_` prefix\n  (`SYS_ADMIN`, not `CAP_SYS_ADMIN`). A name that is no Linux capability at all (`NET_ADMN`, `""`) is an\n  **error**: Docker refuses to create the container. So are a name with spaces around it (`" NET_ADMIN"`:\n  Docker upper-cases a name and adds the prefix, but keeps the spaces) and `CAP_ALL` (Docker takes\n  `ALL`, in any case, but not with the prefix). `CAP_SYS_ADMIN` and `sys_admin` are **warnings**:\n  Docker normalises both, but the ECS API documents only the upper-case names without the prefix.\n  `AUDIT_READ` (in the 2023 developer guide, not in the current API list), `BPF`, `PERFMON` and\n  `CHECKPOINT_RESTORE` are real capabilities that the ECS list leaves out: **warning**.\n- **Devices**: `hostPath` must not be empty; a relative `hostPath`/`containerPath` is a **warning**.\n  Unknown `permissions` (anything but `read`, `write`, `mknod`) are reported by `schema`.\n- **tmpfs**: `containerPath` must be an absolute path, and each of `mountOptions` must be one the API\n  lists (`rw`, `noexec`, `nosuid`, `nodev`, `mode`, \u2026). `mode=1777`-style values of the options that take\n  one (`mode`, `uid`, `gid`, `nr_inodes`, `nr_blocks`, `mpol`) are accepted. Options joined in one string\n  (`"exec,nodev"`) and typos (`"noexc"`) are errors; `size=512m` as an option is a **warning** (use the\n  `size` member).\n- **Swap and shared memory**: `swappiness` is 0\u2013100; `maxSwap` is 0 (no swap) or a positive number of\n  MiB; `sharedMemorySize` is a number of MiB and cannot be negative.\n\n- **ulimits** (a container member beside `linuxParameters`, Linux only): a `softLimit` above its\n  `hardLimit` is an **error**: the kernel refuses such a limit (`setrlimit` fails with `EINVAL`), so the\n  runtime cannot create the container and the task stops before it runs. `-1` means unlimited, so a soft\n  `-1` under a finite hard limit is the same mistake. The same `name` twice is an **error** too: the OCI\n  runtime specification, which Docker\'s runtime follows, says "If `rlimits` contains duplicated entries\n  with same `type`, the runtime MUST generate an error".\n\nWhich of these Fargate and Windows reject is checked by `no-fargate-unsupported-parameters` and\n`valid-windows-task`; which added capabilities are risky is `no-dangerous-capabilities`.\n\n## Examples\n\nInvalid (fixtures/valid-linux-parameters/invalid/elasticsearch-ulimits.json):\n\n```json\n"ulimits": [\n  { "name": "nofile", "softLimit": 65536, "hardLimit": 65536 },\n  { "name": "memlock", "softLimit": -1, "hardLimit": 65536 },\n  { "name": "nproc", "softLimit": 8192, "hardLimit": 4096 },\n  { "name": "nofile", "softLimit": 131072, "hardLimit": 131072 }\n]\n```\n\n```\n27:24-27:26: error: container "elasticsearch": ulimit "memlock" has "softLimit" -1 (unlimited) above "hardLimit" 65536, so the container cannot start [valid-linux-parameters]\n    hint: lower "softLimit" to 65536 or less, or raise "hardLimit" to -1\n    related: 28:24-28:29: "hardLimit" is 65536\n32:24-32:28: error: container "elasticsearch": ulimit "nproc" has "softLimit" 8192 above "hardLimit" 4096, so the container cannot start [valid-linux-parameters]\n    hint: lower "softLimit" to 4096 or less, or raise "hardLimit" to 8192\n    related: 33:24-33:28: "hardLimit" is 4096\n36:19-36:27: error: container "elasticsearch": ulimit "nofile" is given more than once [valid-linux-parameters]\n    hint: keep one entry per ulimit name: merge the limits into one\n    related: 21:19-21:27: the first "nofile" ulimit\n```\n\nInvalid (fixtures/valid-linux-parameters/invalid/capability-names.json):\n\n```json\n"capabilities": {\n  "add": ["CAP_NET_ADMIN", "sys_module", "NET_ADMN"],\n  "drop": ["AUDIT_READ", "CAP_FOO", ""]\n}\n```\n\n```\n13:19-13:34: warning: container "wireguard": capability "CAP_NET_ADMIN" in "linuxParameters.capabilities.add" has the "CAP_" prefix, which ECS values leave out [valid-linux-parameters]\n    hint: write "NET_ADMIN"\n13:50-13:60: error: container "wireguard": "NET_ADMN" in "linuxParameters.capabilities.add" is not a Linux capability [valid-linux-parameters]\n    hint: did you mean "NET_ADMIN"?\n```\n\nInvalid (fixtures/valid-linux-parameters/invalid/tmpfs-and-swap.json):\n\n```json\n"tmpfs": [{ "containerPath": "/tmp", "size": 512, "mountOptions": ["rw", "noexc", "size=512m"] }],\n"swappiness": 150\n```\n\n```\n11:74-11:81: error: container "chrome": tmpfs "/tmp" mount option "noexc" is not one that ECS accepts [valid-linux-parameters]\n    hint: did you mean "noexec"?\n11:83-11:94: warning: container "chrome": tmpfs "/tmp" sets "size=512m" as a mount option instead of the "size" member [valid-linux-parameters]\n    hint: remove it and set "size" (MiB) on the tmpfs entry\n15:23-15:26: error: container "chrome": "linuxParameters.swappiness" 150 is outside 0\u2013100 [valid-linux-parameters]\n    hint: set "swappiness" between 0 (no swapping) and 100; the default is 60\n```\n\nValid:\n\n```json\n"linuxParameters": {\n  "capabilities": { "add": ["SYS_NICE"], "drop": ["NET_RAW", "MKNOD"] },\n  "tmpfs": [{ "containerPath": "/tmp", "size": 1024, "mountOptions": ["rw", "noexec", "nosuid", "nodev"] }],\n  "maxSwap": 2048,\n  "swappiness": 10\n}\n```\n\n## How to fix\n\nWrite capability names as the ECS API lists them (`NET_ADMIN`), give one tmpfs mount option per array\nelement, set the tmpfs size with `size`, use absolute paths, and keep `swappiness` within 0\u2013100 and\n`maxSwap`/`sharedMemorySize` at 0 or more.\n\n## When not to use it\n\nNever: Docker refuses to create a container with these values, or ECS rejects them.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Device.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Tmpfs.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Ulimit.html\n- https://github.com/opencontainers/runtime-spec/blob/main/config.md#posix-process'
      },
      "valid-names": {
        "markdown": '# valid-names\n\nRequire `family`, container and volume names that AWS accepts, and names that are unique in the task.\nError in `recommended` and `strict`.\n\n## Why\n\nAWS accepts 1 to 255 letters, digits, underscores and hyphens in the task `family`, in container\n`name`s and in volume `name`s; anything else (a dot, a colon, a space) fails registration, and a\ncontainer without a name fails with `Container.name should not be null or empty.` Container names are\nhow `dependsOn`, `links`, `volumesFrom` and `proxyConfiguration` refer to containers, and volume names\nare how `mountPoints` refer to volumes, so two containers or two volumes with one name make those\nreferences ambiguous. The rule reports the second one and points at the first.\n\nValues that are template placeholders (`${NAME}`, `{{ name }}`, `<NAME>`, or a whole-value `$NAME`)\nare skipped: they are checked in the rendered file.\n\n## Examples\n\nInvalid (fixtures/valid-names/invalid/duplicate-and-bad-names.json):\n\n```json\n"family": "checkout.api",\n"containerDefinitions": [ { "name": "migrate", ... }, { "name": "app", ... }, { "name": "app", ... } ],\n"volumes": [ { "name": "tmp" }, { "name": "shared files" }, { "name": "tmp" } ]\n```\n\n```\n2:13-2:27: error: "family" "checkout.api" has characters AWS does not allow in names: "." [valid-names]\n    hint: use only letters, digits, "_" and "-" (for example "web-app_v2")\n54:15-54:20: error: container name "app" is used twice in the task [valid-names]\n    hint: give each container its own name: "dependsOn", "links" and "volumesFrom" refer to containers by name\n    related: 30:15-30:20: the first container named "app"\n92:15-92:29: error: volume name "shared files" has characters AWS does not allow in names: space [valid-names]\n    hint: use only letters, digits, "_" and "-" (for example "web-app_v2")\n95:15-95:20: error: volume name "tmp" is used twice in the task [valid-names]\n    hint: rename one of them, or merge them into one volume: "mountPoints" refer to volumes by name\n    related: 89:15-89:20: the first volume named "tmp"\n```\n\nInvalid (fixtures/valid-names/invalid/bare-container-names.json), a bare container-definitions array:\n\n```\n3:13-3:21: error: container name "api:v2" has characters AWS does not allow in names: ":" [valid-names]\n7:3-7:4: error: container #2 has no "name": every container needs one [valid-names]\n13:13-13:15: error: container name is empty: it needs 1 to 255 letters, digits, "_" or "-" [valid-names]\n```\n\nValid: `"family": "WordPress_Blog-prod"`, containers `"wordpress_php-fpm"` and `"mysql"`.\n\n## How to fix\n\nReplace other characters with `-` or `_`, shorten names to 255 characters, give every container a\nname, and rename one of any two containers or volumes that share a name (updating the references to\nit).\n\n## When not to use it\n\nNever: AWS rejects these names, and duplicates make references ambiguous.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html'
      },
      "valid-port-mappings": {
        "markdown": '# valid-port-mappings\n\nRequire port mappings that the task\'s network mode allows, with valid ports and ranges, and no host\nport used twice in a task. Error in `recommended` and `strict`; three sub-checks are warnings (below).\n\n## Why\n\nECS rejects at registration, or the task cannot start, when:\n\n- the network mode is `awsvpc` or `host` and a `hostPort` differs from its `containerPort`\n  (`When networkMode=awsvpc, the host ports and container ports in port mappings must match.`);\n  leaving `hostPort` out (or 0) is fine: ECS fills in the container port;\n- the network mode is `none` and a container has port mappings;\n- a mapping has neither `containerPort` nor `containerPortRange`\n  (`Invalid \'containerPort\' setting for container \'<name>\'.`), a `containerPort` is outside 1\u201365535 or a\n  `hostPort` outside 0\u201365535 (0 means a dynamic port in\n  `bridge` mode);\n- a `containerPortRange` is not `"start-end"` with 1 \u2264 start < end \u2264 65535, overlaps another range or\n  port of the same container and protocol, comes with a `hostPort` (ECS assigns the host range) or a\n  `containerPort` in the same mapping, is used with the `host` network mode (only `bridge` and\n  `awsvpc` support ranges), or a container has more than 100 of them;\n- one host port is mapped twice for one protocol in the task\n  (`TCP host port \'<p>\' is mapped multiple times in task.`). In `awsvpc` and `host` mode the container\n  port is the host port and all containers of the task share it; in `bridge` mode only a static\n  `hostPort` takes a port on the host.\n\nWarnings:\n\n- a static host port that the ECS agent reserves on every container instance (22, 2375, 2376,\n  51678\u201351680), in `bridge` or `host` mode on EC2 or EXTERNAL Linux: the task cannot be placed;\n- `appProtocol` on a mapping without a `name`: only Service Connect uses it, and Service Connect finds\n  ports by name;\n- a `name` that is not a valid Service Connect port name (up to 64 lower-case letters, digits, `_` and\n  `-`, not starting with `-`).\n\nThe network mode is `networkMode` as written, or `bridge` when it is absent on Linux EC2. When it is\nunknown (a bare container-definitions array, a Fargate task without `networkMode`, which\n`require-awsvpc-on-fargate` reports) only the checks that do not depend on it run. A `protocol` or\n`appProtocol` value outside the API\'s lists is reported by the `schema` rule, not here; a value that is\nnot a number, or holds a template placeholder, is left alone.\n\n## Examples\n\nInvalid (fixtures/valid-port-mappings/invalid/awsvpc-host-port-mismatch.json):\n\n```json\n"networkMode": "awsvpc",\n"containerDefinitions": [\n  { "name": "tomcat", "portMappings": [{ "hostPort": 80, "containerPort": 8080, "protocol": "tcp" }], ... },\n  { "name": "jmx-exporter", "portMappings": [{ "containerPort": 8080 }, { "containerPort": 9404, "hostPort": 9404 }], ... }\n]\n```\n\n```\n11:38-11:40: error: container "tomcat": "hostPort" 80 must equal "containerPort" 8080 when "networkMode" is "awsvpc" [valid-port-mappings]\n    hint: remove "hostPort" or set it to 8080\n    related: 11:59-11:63: the container port is 8080\n18:43-18:47: error: TCP host port 8080 is mapped more than once in the task (first by container "tomcat") [valid-port-mappings]\n    hint: containers of one task share the network: give each its own port\n    related: 11:59-11:63: container "tomcat" maps it here\n```\n\nInvalid (fixtures/valid-port-mappings/invalid/bridge-duplicate-host-port.json):\n\n```json\n{ "name": "frontend", "portMappings": [{ "containerPort": 80, "hostPort": 80 }], ... },\n{ "name": "admin", "portMappings": [{ "containerPort": 8080, "hostPort": 80 }, { "containerPort": 2222, "hostPort": 22 }], ... }\n```\n\n```\n18:61-18:63: error: TCP host port 80 is mapped more than once in the task (first by container "frontend") [valid-port-mappings]\n    hint: give each mapping its own "hostPort", or leave "hostPort" out for a dynamic port\n    related: 11:59-11:61: container "frontend" maps it here\n18:104-18:106: warning: container "admin": host port 22 is reserved on ECS container instances (22, 2375, 2376, 51678\u201351680) [valid-port-mappings]\n    hint: map the container port to another host port, or leave "hostPort" out for a dynamic one\n```\n\nValid: `awsvpc` mappings without `hostPort` (or with `hostPort` equal to `containerPort`); `bridge`\nmappings with dynamic host ports, disjoint `containerPortRange`s, and port 53 mapped once for `tcp`\nand once for `udp`.\n\n## How to fix\n\n- In `awsvpc` and `host` mode, remove `hostPort` or set it to the `containerPort`; give each container\n  of the task its own ports.\n- In `bridge` mode, leave `hostPort` out (or 0) for a dynamic port unless something outside needs a\n  fixed one, and never reuse a fixed one within the task.\n- Write ranges as `"8000-8010"` in `containerPortRange` alone, without `hostPort` or `containerPort`.\n- Name Service Connect ports in lower case, for example `"web-8080-tcp"`.\n\n## When not to use it\n\nNever for the errors: AWS rejects the task definition or cannot start the task.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_portmappings\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html'
      },
      "valid-role-arn": {
        "markdown": '# valid-role-arn\n\nRequire `executionRoleArn` to be an IAM role ARN and `taskRoleArn` to be an IAM role ARN or a role\nname, in any partition (`arn:aws:\u2026`, `arn:aws-cn:\u2026`, `arn:aws-us-gov:\u2026`, \u2026): service `iam`, no Region, a\n12-digit account, `role/`, an optional path and a valid role name. Error in `recommended` and `strict`;\nan empty value is a warning, and a bare role name in `executionRoleArn` is a note.\n\n## Why\n\nECS checks the roles when the task definition is registered and answers `Role is not valid` for an ARN\nthat is not an IAM role, and a role that cannot exist can never be assumed, so the task could not\nstart. The usual mistakes are an instance profile ARN (`:instance-profile/ecsInstanceRole`) where a\nrole is meant, a managed policy ARN (`arn:aws:iam::aws:policy/\u2026`), an STS assumed-role ARN copied from\n`aws sts get-caller-identity`, a Region in the ARN (IAM is global: `arn:aws:iam::123456789012:role/x`),\nand a placeholder account left in (`XXXXXXXXXXXX`, `ACCOUNT_ID`).\n\nThe API documents `taskRoleArn` as "the short name or full ARN" and `executionRoleArn` as an ARN. ECS\nalso completes a bare name in `executionRoleArn` to a role in the caller\'s account, so that is only a\nnote. Values with template placeholders (`${ACCOUNT_ID}`, `<role-arn>`) are skipped.\n\n## Examples\n\nInvalid (fixtures/valid-role-arn/invalid/instance-profile-and-region.json):\n\n```json\n"executionRoleArn": "arn:aws:iam::123456789012:instance-profile/ecsInstanceRole",\n"taskRoleArn": "arn:aws:iam:us-east-1:123456789012:role/orders-task",\n```\n\n```\n7:23-7:83: error: "executionRoleArn" names an IAM "instance-profile", not a role [valid-role-arn]\n    hint: use the role ARN ("\u2026:role/<name>"); an instance profile, user or policy cannot be assumed by ECS tasks\n8:18-8:71: error: "taskRoleArn" has the Region "us-east-1", but IAM ARNs have none [valid-role-arn]\n    hint: remove the Region: IAM role ARNs have an empty Region field ("arn:aws:iam::<account-id>:role/<name>")\n```\n\nInvalid (fixtures/valid-role-arn/invalid/names-instead-of-arns.json):\n\n```json\n"executionRoleArn": "ecsTaskExecutionRole",\n"taskRoleArn": "jobs task role",\n```\n\n```\n3:23-3:45: note: "executionRoleArn" is the role name "ecsTaskExecutionRole", not an ARN [valid-role-arn]\n    hint: write the full ARN, "arn:aws:iam::<account-id>:role/ecsTaskExecutionRole"\n4:18-4:34: error: "taskRoleArn" "jobs task role" is neither an IAM role ARN nor a role name [valid-role-arn]\n    hint: use the role ARN, "arn:aws:iam::<account-id>:role/<name>"\n```\n\nValid: `"arn:aws-us-gov:iam::123456789012:role/service-role/intake-execution"`, or\n`"taskRoleArn": "cn-worker-task-role"`.\n\n## How to fix\n\nCopy the role ARN from the IAM console or `aws iam get-role --role-name <name> --query Role.Arn`. It\nhas the form `arn:<partition>:iam::<account-id>:role/<optional/path/><name>`. If a deploy step fills\nin the account, write it as a placeholder (`arn:aws:iam::${AWS_ACCOUNT_ID}:role/app`) so ecslint skips\nthe value.\n\n## When not to use it\n\nNever for files that are registered as they are.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html\n- https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html\n- https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html'
      },
      "valid-secrets": {
        "markdown": '# valid-secrets\n\nRequire `secrets`, `logConfiguration.secretOptions` and `repositoryCredentials` that reference a Secrets\nManager secret or SSM parameter in a form ECS accepts. Error in `recommended` and `strict`; some\nsub-checks are warnings or a note (below).\n\n## Why\n\nECS resolves these references when the task starts (aws-facts.md \xA74.7, \xA74.9); a malformed one is accepted\nat registration and then stops the task with `ResourceInitializationError`. The rule checks:\n\n- `name` and `valueFrom` not empty (a **missing** one is the `schema` pseudo-rule\'s error, not repeated here);\n- `valueFrom` is one of:\n  - a Secrets Manager secret ARN, `arn:<partition>:secretsmanager:<region>:<account>:secret:<name>`,\n    optionally followed by `:json-key:version-stage:version-id` with **all three colons kept**\n    (`...:secret:db-AbCdEf:password::`); one or two colons after the name is an error;\n  - an SSM parameter ARN, `arn:<partition>:ssm:<region>:<account>:parameter/<name>`;\n  - an SSM parameter name, with or without a leading `/` (letters, digits, `_`, `.`, `-`, `/`);\n  - anything else (another service\'s ARN, a bad Region or account, a name with spaces) is an error;\n- a version stage **and** a version ID in one `valueFrom` (warning: they are mutually exclusive);\n- a JSON key or version suffix on a **Linux Fargate** task (a **note**, once per task): it needs\n  platform version 1.4.0 (1.3.0 only resolves whole secrets; Windows and EC2 are not affected) (\xA72.10);\n- `repositoryCredentials.credentialsParameter` is a Secrets Manager secret ARN or secret name (an SSM\n  parameter does not work there); an empty one is an error: console exports write `"credentialsParameter": ""`\n  for images that need no login, and RegisterTaskDefinition rejects it (the amazon-ecs-deploy-task-definition\n  Action strips it since its PR #52 for that reason: "an empty string for credentialsParameter, [not]\n  accepted by RegisterTaskDefinition"). `RepositoryCredentials.credentialsParameter` is a required member\n  of the API model;\n- the same `name` twice in one container\'s `secrets` or `secretOptions` (warning on the later one, related\n  location on the first: AWS documents no rejection, one value silently wins);\n- a secret whose name is also in the container\'s `environment` (warning).\n\nMessages show `valueFrom` (a reference, not a secret) cut to 60 characters, and never a secret value.\nTemplate values are left alone: `${...}` placeholders, `$VAR`, and ARNs whose Region or account is a word\n(`REGION`, `ACCOUNT_ID`, `aws_account_id`), since real ones always contain digits.\n\n## Examples\n\nInvalid (fixtures/valid-secrets/invalid/bad-value-from.json):\n\n```json\n{ "name": "DB_USER", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:ledger/db-AbCdEf:username" },\n{ "name": "SIGNING_KEY", "valueFrom": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" }\n```\n\n```\n11:43-11:123: error: container "ledger": secret "DB_USER" "valueFrom" has 1 colon after the secret name; ECS needs 0 or exactly 3 [valid-secrets]\n    hint: keep all three colons after the secret name: "<secret-arn>:<json-key>:<version-stage>:<version-id>", e.g. "...:secret:db-AbCdEf:password::"\n13:47-13:124: error: container "ledger": secret "SIGNING_KEY" "valueFrom" is an ARN of "kms", not of a Secrets Manager secret or SSM parameter [valid-secrets]\n    hint: reference a Secrets Manager secret or an SSM parameter; ECS reads secrets from nowhere else\n```\n\nInvalid (fixtures/valid-secrets/invalid/duplicates-and-environment.json):\n\n```\n18:19-18:31: warning: container "chat": "JWT_SECRET" is both a secret and an "environment" variable [valid-secrets]\n    hint: remove the "environment" entry: only one of the two values reaches the container\n    related: 15:19-15:31: "environment" sets "JWT_SECRET" here\n```\n\nValid:\n\n```json\n"secrets": [\n  { "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/accounts/db-AbCdEf" },\n  { "name": "DB_USER", "valueFrom": "arn:aws:secretsmanager:eu-central-1:123456789012:secret:reporting/db-Qw12Er:username::" },\n  { "name": "STRIPE_KEY", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/prod/accounts/stripe-key" },\n  { "name": "SESSION_SECRET", "valueFrom": "/prod/accounts/session-secret" }\n]\n```\n\n## How to fix\n\nCopy the full ARN from the Secrets Manager or Parameter Store console; for a JSON key write\n`<secret-arn>:<key>::`; remove duplicate entries and the plain `environment` variable that shadows a\nsecret; run Fargate tasks that use JSON keys on platform version `LATEST` (1.4.0).\n\n## When not to use it\n\nNever for the errors: the task cannot start. If your SSM parameter names use characters this rule does\nnot know, lower the level for that file and tell us.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Secret.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RepositoryCredentials.html'
      },
      "valid-tags": {
        "markdown": '# valid-tags\n\nRequire task definition tags with allowed characters, unique keys and no reserved `aws:` prefix.\nError in `recommended` and `strict` (warning for an `aws:` value, and for `aws:` keys in\n`describe-task-definition` output).\n\n## Why\n\nECS tags follow the AWS tagging rules: a key of 1\u2013128 and a value of 0\u2013256 characters, both made of\nletters, digits, spaces and `_ . : / = + - @` only; each key once per resource; at most 50 tags; and\nthe prefix `aws:` (in any letter case) is reserved for AWS. Registration with tags that break these\nrules fails, so a tag typo (a `#`, a comma, a parenthesis) blocks a deploy.\n\nThe tag count and the key and value lengths are bounds of the API model, which the `schema` check\nreports; this rule checks the rest. In `describe-task-definition` output the tags sit beside the task\ndefinition and are checked there. Such output can hold the `aws:` tags that AWS added itself (for\nexample `aws:cloudformation:stack-name`), so there they are a warning: remove them before\nregistering the output again.\n\nAn empty `"tags": []` in register input is an error too. The model allows a list of 0 to 50 tags, but\nRegisterTaskDefinition answers `ClientException: Tags can not be empty.` (reported against\nfabfuel/ecs-deploy #146, sil-org/ecs-deploy #232 and Autodesk/go-awsecs #28; kayac/ecspresso PR #296 and\nspringload/ecs-tool PR #44 stopped sending it; the deploy Action strips empty lists since its PR #52,\nbecause "the console generated this invalid task definition, which includes both an empty tags array and\nan empty string for credentialsParameter, neither of which are accepted by RegisterTaskDefinition").\n\n## Examples\n\nInvalid (fixtures/valid-tags/invalid/console-export-empty-tags.json):\n\n```json\n"tags": []\n```\n\n```\n35:11-35:13: error: "tags" is an empty list, which RegisterTaskDefinition rejects: "Tags can not be empty" [valid-tags]\n    hint: remove "tags", or give at least one {"key": \u2026, "value": \u2026}\n```\n\nInvalid (fixtures/valid-tags/invalid/reserved-duplicate-and-bad-characters.json):\n\n```json\n"tags": [\n  { "key": "team", "value": "payments" },\n  { "key": "aws:cloudformation:stack-name", "value": "checkout" },\n  { "key": "cost#center", "value": "CC-1042" },\n  { "key": "team", "value": "checkout" },\n  { "key": "description", "value": "Checkout API, v3 (blue/green)" },\n  { "key": "source", "value": "AWS:import" }\n]\n```\n\n```\n128:14-128:45: error: tag key "aws:cloudformation:stack-name" starts with "aws:", a prefix reserved for AWS [valid-tags]\n    hint: drop the "aws:" prefix or use your own (for example "app:"); AWS adds its own aws: tags\n132:14-132:27: error: tag key "cost#center" has characters that tags do not allow: "#" [valid-tags]\n    hint: use letters, digits, spaces and _ . : / = + - @ only\n136:14-136:20: error: tag key "team" is used twice [valid-tags]\n    hint: keep one tag per key: remove or rename one of them\n    related: 124:14-124:20: the first tag with key "team"\n141:16-141:47: error: tag "description": value "Checkout API, v3 (blue/green)" has characters that tags do not allow: ",", "(" and ")" [valid-tags]\n    hint: use letters, digits, spaces and _ . : / = + - @ only\n145:16-145:28: warning: tag "source": value "AWS:import" starts with "AWS:", a prefix reserved for AWS [valid-tags]\n    hint: start the value with something other than "aws:"\n```\n\nValid: `{ "key": "app:component", "value": "checkout/api" }`; letters of any script, such as\n`{ "key": "\xFCn\xEFcode-\u043A\u043B\u044E\u0447", "value": "\u503C 1+1=2" }`.\n\n## How to fix\n\nRemove an empty `"tags": []`.\n\nReplace other characters (`-` or `_` are usual), keep one tag per key, and choose your own prefix\ninstead of `aws:`.\n\n## When not to use it\n\nNever for task definitions that are registered with their tags. If tags are added elsewhere (by a\ndeploy tool) and the file\'s `tags` are never sent, the rule has nothing to check anyway.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Tag.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html\n- https://github.com/aws-actions/amazon-ecs-deploy-task-definition/pull/52'
      },
      "valid-task-resources": {
        "markdown": '# valid-task-resources\n\nKeep each container\'s resources consistent with its own limits and with the task size:\n`memoryReservation` \u2264 `memory`, container `memory` \u2264 task `memory`, the sums of container `cpu` and of\n`memoryReservation` \u2264 the task\'s, and the task `cpu` within 128\u2013196608 CPU units on EC2 and EXTERNAL. Error in `recommended` and\n`strict`; two sub-checks are warnings (below).\n\n## Why\n\nECS rejects at registration:\n\n- a container whose `memory` (hard limit) is below its `memoryReservation` (soft limit); equal values\n  are accepted;\n- a container whose `memory` is above the task\'s `memory`:\n  `The \'memory\' setting for container \'<name>\' is greater than for the task.`;\n- containers whose `cpu` values add up to more than the task\'s `cpu`:\n  `The sum of all container \'cpu\' values cannot be greater than the value of the task \'cpu\'.`;\n- containers whose `memoryReservation` values add up to more than the task\'s `memory`, one container\n  included: `The sum of all container \'memoryReservation\' values cannot be greater than the value of the\n  task \'memory\'.` (quoted from a failed deploy in cloudnativedaysjp/dreamkast-infra#4766, 2025);\n- on EC2 and EXTERNAL, a task `cpu` outside 128\u2013196608 CPU units (0.125\u2013192 vCPU, the range of the\n  current API; older guides said 128\u201310240).\n\nWarnings:\n\n- a container `memory` or `memoryReservation` from 1 to 5 MiB: Docker 20.10 and later reserves 6 MiB\n  per container, so the container cannot start (often a value meant in GB);\n- the memory the containers reserve (each one\'s `memoryReservation`, else its `memory`) adding up to\n  more than the task\'s `memory` when the `memoryReservation` values alone do not. The API documentation\n  says the total "must be lower than the task memory value", but registration is known to enforce only\n  the sum of `memoryReservation`, so this is not an error.\n\nTask `cpu` and `memory` are read in every form ECS converts: `"1024"`, `"1 vCPU"`, `"2048"`, `"2 GB"`,\n`"2GB"` (1 vCPU = 1024 CPU units, 1 GB = 1024 MiB). The conversion is shared with `valid-fargate-task-size`. A value ecslint cannot read (a template\nplaceholder, an unknown unit) is unknown, and so is a sum with any unknown part: nothing is reported\nfrom it. Dockerrun v2 files have no task size; only the per-container checks run on them and on bare\ncontainer-definitions arrays. Whether a Fargate task size is a valid pair is `valid-fargate-task-size`\'s\njob.\n\n## Examples\n\nInvalid (fixtures/valid-task-resources/invalid/fargate-containers-exceed-task.json):\n\n```json\n"cpu": "2048",\n"memory": "8 GB",\n"containerDefinitions": [\n  { "name": "server", "cpu": 1024, "memory": 4096, ... },\n  { "name": "worker", "cpu": 1024, "memory": 12288, "memoryReservation": 6144, ... },\n  { "name": "datadog-agent", "cpu": 256, "memoryReservation": 256, ... }\n]\n```\n\n```\n5:10-5:16: error: the containers\' "cpu" values add up to 2304 ("server" 1024 + "worker" 1024 + "datadog-agent" 256), more than the task "cpu" 2048 [valid-task-resources]\n    hint: lower the containers\' "cpu" or raise the task "cpu" (1 vCPU = 1024 CPU units)\n    related: 12:14-12:18: container "server" asks for 1024\n    related: 20:14-20:18: container "worker" asks for 1024\n    related: 28:14-28:17: container "datadog-agent" asks for 256\n21:17-21:22: error: container "worker": "memory" 12288 MiB is greater than the task "memory" "8 GB" (8192 MiB) [valid-task-resources]\n    hint: lower the container "memory" or raise the task "memory"\n    related: 6:13-6:19: the task has 8192 MiB\n```\n\nInvalid (fixtures/valid-task-resources/invalid/reservations-exceed-task-memory.json):\n\n```\n6:13-6:19: error: the "memoryReservation" values add up to 1280 MiB ("worker" 768 + "otel-collector" 512), more than the task "memory" 1024 [valid-task-resources]\n    hint: lower the containers\' "memoryReservation" or raise the task "memory"\n    related: 13:28-13:31: container "worker" reserves this\n    related: 21:28-21:31: container "otel-collector" reserves this\n```\n\nInvalid (fixtures/valid-task-resources/invalid/reservation-above-memory.json):\n\n```json\n{ "name": "api", "memory": 512, "memoryReservation": 1024, ... },\n{ "name": "pause", "memory": 4, ... }\n```\n\n```\n6:26-6:30: error: container "api": "memoryReservation" 1024 is greater than "memory" 512 [valid-task-resources]\n    hint: set "memoryReservation" (the soft limit) at or below "memory" (the hard limit)\n    related: 5:15-5:18: the hard limit is 512 MiB\n12:15-12:16: warning: container "pause": "memory" 4 MiB is less than the 6 MiB Docker reserves for a container [valid-task-resources]\n    hint: give the container at least 6 MiB; the value is in MiB, not GB\n```\n\nValid: `"cpu": "1 vCPU", "memory": "2GB"` with containers asking for 768 + 256 + 0 CPU units and at\nmost 2048 MiB each.\n\n## How to fix\n\nLower the container values or raise the task\'s. Keep `memoryReservation` at or below `memory`. Leave a\nvalue out rather than guessing: container `cpu` is optional everywhere, and so is task `cpu` on EC2.\n\n## When not to use it\n\nNever: AWS rejects what the errors report. The warnings cannot be turned off on their own; if the\nmemory-sum warning is deliberate (containers that burst into each other\'s share), suppress that one\nfinding rather than the rule.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_size'
      },
      "valid-timeouts": {
        "markdown": '# valid-timeouts\n\nRequire container `startTimeout` and `stopTimeout` values that the launch type accepts, and a\n`restartPolicy` within the API\'s bounds. Error in\n`recommended` and `strict` (warning for a non-positive value outside Fargate).\n\n## Why\n\n`startTimeout` is how long ECS waits for a container\'s dependencies before giving up on it;\n`stopTimeout` is how long ECS waits after SIGTERM before it kills the container. On Fargate both must\nbe 2 to 120 seconds (a task that needs more than 120 s to drain has to stop faster, or run on EC2),\nand AWS rejects other values. Outside Fargate AWS documents no upper bound (an unset `stopTimeout`\nfalls back to the agent\'s `ECS_CONTAINER_STOP_TIMEOUT`, 30 s by default), so only values of 0 or less\nare reported, as a warning: they are surely mistakes, but AWS does not document rejecting them. For a\nbare container-definitions array the launch type is unknown, so only the sign is checked.\n\nA container `restartPolicy` restarts an exited container in place. The API reference\n(`ContainerRestartPolicy`) bounds it on every launch type: `restartAttemptPeriod` (how long the container\nmust run before a restart may be tried; 300 by default) is "a minimum \u2026 of 60 seconds and a maximum \u2026 of\n1800 seconds", and `ignoredExitCodes` takes "a maximum of 50 container exit codes". A value outside\neither bound is an error.\n\n## Examples\n\nInvalid (fixtures/valid-timeouts/invalid/restart-policy-bounds.json):\n\n```json\n"restartPolicy": { "enabled": true, "ignoredExitCodes": [0], "restartAttemptPeriod": 30 }\n```\n\n```\n18:33-18:35: error: container "consumer": "restartPolicy.restartAttemptPeriod" 30 is outside 60\u20131800 seconds, the range ECS accepts [valid-timeouts]\n    hint: set "restartAttemptPeriod" to 60\u20131800 seconds, or remove it for the default of 300\n```\n\nInvalid (fixtures/valid-timeouts/invalid/fargate-out-of-range.json), a Fargate task:\n\n```json\n{ "name": "app", "stopTimeout": 300, ... }\n```\n\n```\n82:22-82:25: error: container "app": "stopTimeout" 300 is outside 2\u2013120 seconds, the range Fargate accepts [valid-timeouts]\n    hint: set "stopTimeout" to 2\u2013120 seconds, or remove it for the default of 30\n```\n\nInvalid (fixtures/valid-timeouts/invalid/ec2-not-positive.json), an EC2 task:\n\n```\n50:22-50:24: warning: container "mysql": "stopTimeout" -1 is not a positive number of seconds [valid-timeouts]\n    hint: set "stopTimeout" to a number of seconds above 0, or remove it to use the agent\'s default (ECS_CONTAINER_STOP_TIMEOUT, 30 s)\n```\n\nValid: `"stopTimeout": 300` on an EC2 task (fixtures/valid-timeouts/valid/ec2-long-stop-timeout.json).\n\n## How to fix\n\nOn Fargate, set both timeouts to 2\u2013120 seconds, or remove them to use the defaults. Elsewhere use a\npositive number of seconds, or remove the member.\n\n## When not to use it\n\nNever on Fargate. If a task that lists `FARGATE` in `requiresCompatibilities` really runs only on EC2,\nremove `FARGATE` from the list instead.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_timeout\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerRestartPolicy.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-restart-policy.html'
      },
      "valid-volumes": {
        "markdown": '# valid-volumes\n\nRequire task `volumes` that have one type each and EFS, Docker, FSx for Windows File Server, S3 Files and\nEBS (`configuredAtLaunch`) settings that AWS accepts. Error in `recommended` and `strict`; two sub-checks\nreport warnings (below).\n\n## Why\n\nA volume is a bind mount (`host`, or nothing), a Docker volume, an EFS, FSx or S3 Files file system, or\nan EBS volume configured at launch: at most one of those members. Several of their settings only work\ntogether:\n\n- **EFS**: with an access point (`authorizationConfig.accessPointId`), `rootDirectory` must be omitted or\n  `/` (the access point sets the directory); with IAM authorization (`"iam": "ENABLED"`) or an access\n  point, `transitEncryption` must be `ENABLED` (it defaults to `DISABLED`). `fileSystemId` must not be\n  empty. The same `rootDirectory` rule holds for an S3 Files volume with an `accessPointArn`.\n- **Docker volumes**: `autoprovision` only applies to `"scope": "shared"`; with `"scope": "task"` it must\n  be omitted or false (error). With no `scope` (a task volume) it is a **warning**: it does nothing.\n- **EBS**: only one volume per task definition may say `"configuredAtLaunch": true`.\n- **FSx for Windows File Server**: `fileSystemId`, `rootDirectory`, `credentialsParameter` and `domain`\n  must not be empty; `credentialsParameter` not being a Secrets Manager or SSM parameter ARN is a\n  **warning** (the API asks for an ARN).\n\nA missing required member (`fileSystemId`, the FSx fields) is reported by `schema`; an empty string such\nas the one `register-task-definition --generate-cli-skeleton` leaves is reported here. Which launch types\nand operating systems take which volume types is checked by `no-fargate-unsupported-parameters`,\n`valid-windows-task` and `valid-external-task`; EFS transit encryption as a policy for every EFS volume\nis `require-efs-transit-encryption`.\n\n## Examples\n\nInvalid (fixtures/valid-volumes/invalid/efs-access-point-without-encryption.json):\n\n```json\n{\n  "name": "templates",\n  "efsVolumeConfiguration": {\n    "fileSystemId": "fs-0a1b2c3d4e5f67890",\n    "rootDirectory": "/templates",\n    "authorizationConfig": { "accessPointId": "fsap-0123456789abcdef0" }\n  }\n}\n```\n\n```\n30:7-30:31: error: volume "templates": "efsVolumeConfiguration.transitEncryption" is not set (DISABLED), but an access point requires "ENABLED" [valid-volumes]\n    hint: set "transitEncryption": "ENABLED"\n    related: 33:51-33:75: the access point is set here\n32:26-32:38: error: volume "templates": "efsVolumeConfiguration.rootDirectory" is "/templates"; with an access point it must be omitted or "/" [valid-volumes]\n    hint: remove "rootDirectory" and set the directory on the access point instead\n    related: 33:51-33:75: the access point is set here\n```\n\nInvalid (fixtures/valid-volumes/invalid/mixed-volume-types.json):\n\n```json\n{ "name": "cache", "dockerVolumeConfiguration": { "scope": "task", "autoprovision": true, "driver": "local" } },\n{ "name": "ebs-a", "configuredAtLaunch": true },\n{ "name": "ebs-b", "configuredAtLaunch": true }\n```\n\n```\n23:89-23:93: error: volume "cache": "autoprovision" is true but "scope" is "task"; only a "shared" volume is autoprovisioned [valid-volumes]\n    hint: set "scope": "shared", or remove "autoprovision"\n    related: 23:64-23:70: "scope" is "task" here\n26:46-26:50: error: volume "ebs-b" is a second "configuredAtLaunch" volume; a task definition takes only one [valid-volumes]\n    hint: keep "configuredAtLaunch": true on one volume only\n    related: 25:46-25:50: volume "ebs-a" is configured at launch\n```\n\nValid:\n\n```json\n{\n  "name": "wp-content",\n  "efsVolumeConfiguration": {\n    "fileSystemId": "fs-0a1b2c3d4e5f67890",\n    "rootDirectory": "/",\n    "transitEncryption": "ENABLED",\n    "authorizationConfig": { "accessPointId": "fsap-0123456789abcdef0", "iam": "ENABLED" }\n  }\n}\n```\n\n## How to fix\n\nGive each volume one type. With an EFS access point, drop `rootDirectory` (set the path on the access\npoint) and set `"transitEncryption": "ENABLED"`; do the same when `"iam": "ENABLED"`. Use\n`"scope": "shared"` for an autoprovisioned Docker volume. Keep one `configuredAtLaunch` volume. Fill in\nevery FSx field and give the credentials as a secret or parameter ARN.\n\n## When not to use it\n\nNever: AWS rejects these task definitions, or the volume cannot be mounted.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DockerVolumeConfiguration.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FSxWindowsFileServerVolumeConfiguration.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html'
      },
      "valid-windows-task": {
        "markdown": '# valid-windows-task\n\nDisallow parameters, CPU architectures and network modes that Windows tasks do not support. Error in\n`recommended` and `strict`; a few findings whose sources are weaker are warnings.\n\n## Why\n\nA task is a Windows task when `runtimePlatform.operatingSystemFamily` names a Windows family. Windows\ncontainers have no Linux kernel features and a different network stack, so AWS documents a list of\nparameters they do not support; using them fails registration or the container at start. The rule checks:\n\n- containers: `disableNetworking`, `dnsServers`, `dnsSearchDomains`, `extraHosts`, `privileged`,\n  `linuxParameters`, `readonlyRootFilesystem`, `ulimits`, `systemControls`, GPU `resourceRequirements`,\n  FireLens (`firelensConfiguration` or the `awsfirelens` driver);\n- the task: `pidMode`, `ipcMode`, `proxyConfiguration` (App Mesh), `inferenceAccelerators`;\n  `cpuArchitecture` other than `X86_64` (ARM64 is Linux only);\n- network mode: `awsvpc`, or no `networkMode` (the "default" NAT mode on EC2); `bridge`, `host` and `none`\n  are errors;\n- volumes: a Docker volume driver other than `local`; EFS volumes, on Fargate and on EC2 (AWS lists EFS\n  for Linux only); and the other way round, an FSx for Windows File Server volume in an EC2 task that\n  states `"operatingSystemFamily": "LINUX"` (FSx volumes are for Windows EC2 tasks only);\n- Fargate: only Windows Server 2019 and 2022, Full and Core, run there (the Fargate Windows platform\n  version change log: version 1.0.0, the only one, supports exactly those four). `WINDOWS_SERVER_2025_*`,\n  `WINDOWS_SERVER_2016_FULL`, `WINDOWS_SERVER_2004_CORE` and `WINDOWS_SERVER_20H2_CORE` are valid API\n  values for EC2 only, and an error on Fargate. A family in lower case (`windows_server_2019_core`) is no\n  API value at all: `schema` reports it; container port 3150 is reserved (warning); only\n  `awslogs` is documented, so `splunk` is a warning;\n- EC2 and EXTERNAL: task-level `cpu` and `memory` are ignored for Windows containers (warning; set them per\n  container). On Fargate they are required and `valid-fargate-task-size` checks them.\n\nA task cannot mix Linux and Windows containers. The operating system is set for the whole task, so the\nrule also warns when a Linux task (on Fargate, or with `LINUX` stated) uses a Windows-only image\n(`mcr.microsoft.com/windows/...`, `.../dotnet/framework/...`, `windowsservercore` or `nanoserver` tags).\n\nLeft to other rules, so one finding says it once: on Fargate, the parameters\n`no-fargate-unsupported-parameters` rejects anyway; `links` (`valid-links`); a non-`awsvpc` mode on Fargate\n(`require-awsvpc-on-fargate`). `user` is not reported: the API reference says Windows does not support it,\nbut AWS Config\'s `ecs-task-definition-windows-user-non-admin` (Security Hub ECS.21) expects Windows\ncontainers to set it.\n\n## Examples\n\nInvalid (fixtures/valid-windows-task/invalid/linux-options-on-ec2-windows.json):\n\n```json\n"networkMode": "bridge",\n"runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_FULL", "cpuArchitecture": "X86_64" },\n...\n{\n  "name": "api",\n  "readonlyRootFilesystem": true,\n  "linuxParameters": { "initProcessEnabled": true },\n  ...\n}\n```\n\n```\n4:18-4:26: error: network mode "bridge" is not supported for Windows tasks; use "awsvpc", or omit "networkMode" [valid-windows-task]\n    hint: remove "networkMode" to use the default (NAT) mode, or use "awsvpc"\n14:7-14:31: error: container "api": "readonlyRootFilesystem" is not supported for Windows containers [valid-windows-task]\n    hint: remove it\n15:7-15:24: error: container "api": "linuxParameters" is not supported for Windows containers [valid-windows-task]\n    hint: remove "linuxParameters"; it applies to Linux containers only\n```\n\nArchitecture (fixtures/valid-windows-task/invalid/arm64-with-firelens.json):\n\n```\n5:96-5:103: error: "cpuArchitecture" "ARM64" is not supported for Windows tasks; only "X86_64" is [valid-windows-task]\n    hint: set "cpuArchitecture" to "X86_64" (ARM64 is Linux only)\n```\n\nValid: a Windows Server 2022 task on Fargate with `awsvpc` and `awslogs`; a Windows task on EC2 without\n`networkMode` and with `cpu` and `memory` on each container.\n\n## How to fix\n\nRemove the Linux-only parameters. Log with `awslogs`; use FSx for Windows File Server (EC2) instead of EFS;\nkeep `cpuArchitecture` at `X86_64`; on EC2 omit `networkMode` or use `awsvpc`.\n\n## When not to use it\n\nNever for Windows tasks. For a Linux task whose image name only looks like a Windows image, silence the\nwarning for that file.\n\n## References\n\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/windows_task_definitions.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-windows-considerations.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html\n- https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RuntimePlatform.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html\n- https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-windows-fargate.html'
      }
    };
  }
});

// src/reporters/paths.ts
function repoPath(file, ctx) {
  const given = file.replaceAll("\\", "/");
  if (!ctx.paths || file.startsWith("<")) return given;
  const { cwd, root } = ctx.paths;
  const { isAbsolute: isAbsolute3, relative: relative4, resolve: resolve6 } = loadPath();
  const rel = relative4(root, resolve6(cwd, file)).replaceAll("\\", "/");
  if (rel === "" || rel.startsWith("../") || rel === ".." || isAbsolute3(rel)) return given;
  return rel;
}
var init_paths = __esm({
  "src/reporters/paths.ts"() {
    "use strict";
    init_lazy();
  }
});

// src/reporters/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  sarif: () => sarif
});
function parseFailure(r) {
  if (r.kind !== "unknown") return void 0;
  return r.diagnostics.find((d) => d.ruleId === "json-syntax" && d.severity === "error");
}
function result(d, where, ruleIndex, ctx, suppressed) {
  const related = (d.related ?? []).map((rel, i) => ({
    id: i + 1,
    message: { text: rel.message },
    ...location(where.uri, rel.range)
  }));
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: d.severity,
    message: { text: d.hint === void 0 ? d.message : `${d.message}
Hint: ${d.hint}` },
    locations: [location(where.uri, d.range)],
    ...related.length > 0 ? { relatedLocations: related } : {},
    partialFingerprints: { "ecslint/v1": fingerprint(where.shown, d) },
    // SARIF: in a run, either every result has `suppressions` or none has.
    ...ctx.includeSuppressed ? {
      suppressions: suppressed ? [{ kind: "external", status: "accepted", justification: suppressed.suppression?.reason ?? "" }] : []
    } : {}
  };
}
function location(uri, range2) {
  return {
    physicalLocation: {
      artifactLocation: { uri },
      region: {
        startLine: range2.start.line,
        startColumn: range2.start.column,
        endLine: range2.end.line,
        endColumn: range2.end.column
      }
    }
  };
}
function artifactUri(shown4, file, ctx) {
  if (file.startsWith("<")) return encodeUri(shown4);
  const outside = shown4.startsWith("/") || /^[A-Za-z]:\//.test(shown4) || shown4 === ".." || shown4.startsWith("../");
  if (!outside) return encodeUri(shown4);
  const { resolve: resolve6 } = loadPath();
  return loadUrl().pathToFileURL(ctx.paths ? resolve6(ctx.paths.cwd, file) : resolve6(file)).href;
}
function descriptor(m) {
  const markdown2 = RULE_DOCS[m.id]?.markdown;
  const text = markdown2 === void 0 ? void 0 : plainText(markdown2);
  const security = m.category === "security";
  const docs = ruleDocsUrl(m);
  return {
    id: m.id,
    name: pascal(m.id),
    shortDescription: { text: clip(m.description) },
    fullDescription: { text: clip(text && firstParagraph(text) || m.description) },
    help: {
      text: text ?? `${m.description}. Docs: ${docs}`,
      markdown: markdown2 ?? `${m.description}. See [the docs](${docs}).`
    },
    helpUri: docs,
    defaultConfiguration: { level: m.severity },
    properties: {
      tags: security ? ["security"] : [m.category],
      precision: m.category === "correctness" ? "very-high" : "high",
      ...security ? { "security-severity": SECURITY_SEVERITY[m.severity] } : { "problem.severity": PROBLEM_SEVERITY[m.severity] }
    }
  };
}
function unknownRule2(id, severity) {
  return {
    id,
    category: "correctness",
    description: id,
    severity,
    presets: { recommended: severity, strict: severity },
    references: [],
    messages: {}
  };
}
function plainText(markdown2) {
  return markdown2.replace(/^# .*\n+/, "").split("\n").filter((line) => !line.startsWith("```")).map((line) => line.replace(/^#{2,6} /, "").replace(/\[([^\]]*)\]\(([^)]*)\)/g, "$1 ($2)")).join("\n").trim();
}
var sarif, category, encodeUri, fingerprint, SECURITY_SEVERITY, PROBLEM_SEVERITY, NAMES, pascal, clip, firstParagraph;
var init_sarif = __esm({
  "src/reporters/sarif.ts"() {
    "use strict";
    init_docs_generated();
    init_docs();
    init_lazy();
    init_paths();
    sarif = (results, ctx) => {
      const rules = [...ctx.rules];
      const index = /* @__PURE__ */ new Map();
      rules.forEach((m, i) => {
        if (!index.has(m.id)) index.set(m.id, i);
      });
      const indexOf2 = (ruleId, severity) => {
        let i = index.get(ruleId);
        if (i === void 0) {
          i = rules.length;
          rules.push(unknownRule2(ruleId, severity));
          index.set(ruleId, i);
        }
        return i;
      };
      const sarifResults = [];
      const notifications = [];
      for (const r of results) {
        const shown4 = repoPath(r.file, ctx);
        const where = { shown: shown4, uri: artifactUri(shown4, r.file, ctx) };
        for (const d of r.diagnostics) sarifResults.push(result(d, where, indexOf2(d.ruleId, d.severity), ctx, void 0));
        if (ctx.includeSuppressed) {
          for (const d of r.suppressed ?? []) sarifResults.push(result(d, where, indexOf2(d.ruleId, d.severity), ctx, d));
        }
        const failure = parseFailure(r);
        if (failure) {
          notifications.push({
            level: "error",
            message: { text: `${shown4} was not analysed: ${failure.message}` },
            locations: [location(where.uri, failure.range)],
            descriptor: { id: failure.ruleId }
          });
        }
        for (const d of r.diagnostics) {
          if (d.ruleId !== "internal-error") continue;
          notifications.push({
            level: "error",
            message: { text: `${shown4}: ${d.message}` },
            locations: [location(where.uri, d.range)],
            descriptor: { id: d.ruleId }
          });
        }
      }
      const run = {
        tool: {
          driver: {
            name: "ecslint",
            semanticVersion: ctx.version,
            informationUri: "https://github.com/ecslint/ecslint",
            rules: rules.map(descriptor)
          }
        },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
          }
        ],
        ...ctx.sarifCategory ? { automationDetails: { id: category(ctx.sarifCategory) } } : {},
        columnKind: "utf16CodeUnits",
        results: sarifResults
      };
      const log = { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] };
      return `${JSON.stringify(log, null, 2)}
`;
    };
    category = (c) => c.endsWith("/") ? c : `${c}/`;
    encodeUri = (path) => path.split("/").map(encodeURIComponent).join("/");
    fingerprint = (uri, d) => sha256Hex(`${d.ruleId}\0${uri}\0${d.fingerprint}`).slice(0, 32);
    SECURITY_SEVERITY = { error: "8.0", warning: "5.5", note: "2.0" };
    PROBLEM_SEVERITY = { error: "error", warning: "warning", note: "recommendation" };
    NAMES = { schema: "ApiSchema" };
    pascal = (id) => NAMES[id] ?? id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]?.toUpperCase() + w.slice(1)).join("");
    clip = (s) => s.length <= 1024 ? s : `${s.slice(0, 1023)}\u2026`;
    firstParagraph = (text) => (text.split(/\n\s*\n/)[0] ?? "").replace(/\s*\n\s*/g, " ").trim();
  }
});

// src/reporters/github.ts
var github_exports = {};
__export(github_exports, {
  escapeData: () => escapeData,
  escapeProperty: () => escapeProperty,
  github: () => github,
  githubStream: () => githubStream
});
var COMMAND, SHOWN_PER_STEP, escapeData, escapeProperty, githubStream, github;
var init_github = __esm({
  "src/reporters/github.ts"() {
    "use strict";
    init_paths();
    init_summary();
    COMMAND = { error: "error", warning: "warning", note: "notice" };
    SHOWN_PER_STEP = 10;
    escapeData = (s) => s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
    escapeProperty = (s) => escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
    githubStream = {
      file(r, ctx) {
        let out = "";
        const file = repoPath(r.file, ctx);
        for (const d of r.diagnostics) {
          const { start, end } = d.range;
          const props = [
            ["file", file],
            ["line", start.line],
            ["endLine", end.line]
          ];
          if (end.line === start.line) props.push(["col", start.column], ["endColumn", end.column]);
          props.push(["title", `ecslint (${d.ruleId})`]);
          const message = d.hint === void 0 ? d.message : `${d.message}
hint: ${d.hint}`;
          const args = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
          out += `::${COMMAND[d.severity]} ${args}::${escapeData(`${message}
docs: ${d.docsUrl}`)}
`;
        }
        return out;
      },
      end(summary) {
        const capped = summary.errors > SHOWN_PER_STEP || summary.warnings > SHOWN_PER_STEP || summary.notes > SHOWN_PER_STEP;
        const note = capped ? ` (GitHub shows ${SHOWN_PER_STEP} annotations of each severity per step; all are listed above)` : "";
        return `ecslint: ${summaryLine(summary)}${note}
`;
      }
    };
    github = fromStream(githubStream);
  }
});

// src/reporters/junit.ts
var junit_exports = {};
__export(junit_exports, {
  junit: () => junit,
  xmlAttr: () => xmlAttr,
  xmlText: () => xmlText
});
var NOT_XML, visible, xmlText, xmlAttr, failing, junit;
var init_junit = __esm({
  "src/reporters/junit.ts"() {
    "use strict";
    init_text();
    init_summary();
    NOT_XML = // biome-ignore lint/suspicious/noControlCharactersInRegex: finding the characters XML cannot hold is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    visible = (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
    xmlText = (s) => s.replace(NOT_XML, visible).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
    xmlAttr = (s) => xmlText(s).replaceAll('"', "&quot;").replaceAll("'", "&apos;").replaceAll("	", "&#9;").replaceAll("\n", "&#10;").replaceAll("\r", "&#13;");
    failing = (d) => d.severity !== "note";
    junit = (results, ctx) => {
      const summary = summarize(results);
      const total2 = results.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
      const failures = summary.errors + summary.warnings;
      let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
      out += `<testsuites name="ecslint" tests="${total2}" failures="${failures}" errors="0" time="0">
`;
      for (const r of results) {
        const shown4 = oneLine(r.file);
        const file = xmlAttr(shown4);
        const tests = Math.max(1, r.diagnostics.length);
        const fails = r.diagnostics.filter(failing).length;
        out += `  <testsuite name="${file}" tests="${tests}" failures="${fails}" errors="0" skipped="0" time="0">
`;
        out += `    <properties>
      <property name="ecslint.version" value="${xmlAttr(ctx.version)}"/>
      <property name="kind" value="${xmlAttr(r.kind)}"/>
    </properties>
`;
        if (r.diagnostics.length === 0) {
          out += `    <testcase classname="${file}" name="ecslint" file="${file}" time="0"/>
`;
        }
        for (const d of r.diagnostics) {
          const where = `${d.range.start.line}:${d.range.start.column}`;
          const name = xmlAttr(`${d.ruleId} at ${where}`);
          const details = [
            `${shown4}:${where}: ${d.severity}: ${d.message} [${d.ruleId}]`,
            ...d.hint === void 0 ? [] : [`hint: ${d.hint}`],
            `docs: ${d.docsUrl}`
          ].join("\n");
          out += `    <testcase classname="${file}" name="${name}" file="${file}" line="${d.range.start.line}" time="0">
`;
          if (failing(d)) {
            out += `      <failure message="${xmlAttr(d.message)}" type="${xmlAttr(d.severity)}">${xmlText(details)}</failure>
`;
          } else {
            out += `      <system-out>${xmlText(details)}</system-out>
`;
          }
          out += "    </testcase>\n";
        }
        out += "  </testsuite>\n";
      }
      return `${out}</testsuites>
`;
    };
  }
});

// src/reporters/markdown.ts
var markdown_exports = {};
__export(markdown_exports, {
  cell: () => cell,
  markdown: () => markdown
});
var ICON, cell, markdown;
var init_markdown = __esm({
  "src/reporters/markdown.ts"() {
    "use strict";
    init_text();
    init_summary();
    ICON = { error: "\u{1F534} error", warning: "\u{1F7E1} warning", note: "\u{1F535} note" };
    cell = (s) => s.replace(/[\\`*_[\]|]/g, "\\$&").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replace(/(^|[^\w@])@(?=[A-Za-z0-9])/g, "$1&#64;").replace(/\r\n|\r|\n/g, " ");
    markdown = (results) => {
      const summary = summarize(results);
      let out = "## ecslint\n\n";
      if (summary.errors + summary.warnings + summary.notes === 0) {
        return `${out}\u2705 No problems found in ${summary.files} ${summary.files === 1 ? "file" : "files"}.
`;
      }
      out += `${summaryLine(summary)}.
`;
      for (const r of results) {
        if (r.diagnostics.length === 0) continue;
        const file = oneLine(r.file);
        out += `
### ${file.includes("`") ? cell(file) : `\`${file}\``}

| Line | Severity | Rule | Message |
|---:|---|---|---|
`;
        for (const d of r.diagnostics) {
          const message = d.hint === void 0 ? cell(d.message) : `${cell(d.message)}<br>_hint:_ ${cell(d.hint)}`;
          out += `| ${d.range.start.line}:${d.range.start.column} | ${ICON[d.severity]} | [${cell(d.ruleId)}](${d.docsUrl}) | ${message} |
`;
        }
      }
      return out;
    };
  }
});

// rules/allowed-image-registries/index.ts
import picomatch from "picomatch";

// src/json/placeholder.ts
var MAX_INNER = 200;
var MAX_NAME = 100;
var isWordChar = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
var isUpperWord = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c === 95;
var isNameStart = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
function findPlaceholder(value) {
  const n = value.length;
  if (n >= 2 && value.charCodeAt(0) === 36 && isNameStart(value.charCodeAt(1))) {
    let i = 2;
    while (i < n && isWordChar(value.charCodeAt(i))) i++;
    if (i === n && n <= MAX_NAME + 2) return value;
  }
  let nextBrace = -2;
  let nextNewline = -2;
  const braceFrom = (i) => {
    if (nextBrace !== -1 && nextBrace < i) nextBrace = value.indexOf("}", i);
    return nextBrace;
  };
  const newlineFrom = (i) => {
    if (nextNewline !== -1 && nextNewline < i) nextNewline = value.indexOf("\n", i);
    return nextNewline === -1 ? n : nextNewline;
  };
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 36 && value.charCodeAt(i + 1) === 123) {
      const close = braceFrom(i + 2);
      if (close !== -1 && close - (i + 2) <= MAX_INNER && close < newlineFrom(i + 2)) return value.slice(i, close + 1);
    } else if (c === 123 && value.charCodeAt(i + 1) === 123) {
      let j = i + 2;
      while (j < n && value.charCodeAt(j) === 32) j++;
      if (value.charCodeAt(j) === 46) continue;
      const close = braceFrom(i + 2);
      if (close !== -1 && value.charCodeAt(close + 1) === 125 && close - (i + 2) <= MAX_INNER && close < newlineFrom(i + 2)) {
        return value.slice(i, close + 2);
      }
    } else if (c === 60 && isNameStart(value.charCodeAt(i + 1))) {
      let j = i + 2;
      while (j < n && j - i <= MAX_NAME + 1) {
        const d = value.charCodeAt(j);
        if (isWordChar(d) || d === 32 || d === 46 || d === 45) j++;
        else break;
      }
      if (value.charCodeAt(j) === 62) return value.slice(i, j + 1);
    } else if (c === 37 && isUpperWord(value.charCodeAt(i + 1)) && value.charCodeAt(i + 1) > 57) {
      let j = i + 1;
      while (j < n && isUpperWord(value.charCodeAt(j)) && j - i <= MAX_NAME) j++;
      if (j - i >= 3 && value.charCodeAt(j) === 37) return value.slice(i, j + 1);
    }
  }
  return void 0;
}
function hasPlaceholder(value) {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 36 || c === 123 || c === 60 || c === 37) return findPlaceholder(value) !== void 0;
  }
  return false;
}

// src/schema/ecs-model.ts
var LOG_DRIVERS = [
  "awsfirelens",
  "awslogs",
  "fluentd",
  "gelf",
  "journald",
  "json-file",
  "splunk",
  "syslog"
];
var OUTPUT_ONLY_TASK_FIELDS = [
  "taskDefinitionArn",
  "revision",
  "status",
  "requiresAttributes",
  "compatibilities",
  "registeredAt",
  "deregisteredAt",
  "deleteRequestedAt",
  "registeredBy"
];

// src/rule.ts
var TASK_KINDS = [
  "task-definition",
  "describe-output",
  "container-definitions",
  "dockerrun-v2"
];
function defineRule(rule) {
  return rule;
}

// rules/_helpers/index.ts
var MAX_MEMO_KEY = 512;
function memoize(fn, max = 1024) {
  const cache = /* @__PURE__ */ new Map();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== void 0) return hit.value;
    const value = fn(key);
    if (key.length <= MAX_MEMO_KEY) {
      if (cache.size >= max) cache.delete(cache.keys().next().value);
      cache.set(key, { value });
    }
    return value;
  };
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var str = (v) => typeof v === "string" ? v : void 0;
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
var arr = (v) => Array.isArray(v) ? v : [];
var obj = (v) => isObject(v) ? v : void 0;
var NO_OBJECTS = Object.freeze([]);
function objects(v) {
  if (!Array.isArray(v) || v.length === 0) return NO_OBJECTS;
  const out = [];
  for (let i = 0; i < v.length; i++) {
    const item = v[i];
    if (isObject(item)) out.push([item, i]);
  }
  return out;
}
var lastContainers = {
  task: void 0,
  list: void 0,
  length: 0,
  refs: []
};
function containers(task) {
  const list4 = task.containerDefinitions;
  const last = lastContainers;
  if (last.task === task && last.list === list4 && last.length === (Array.isArray(list4) ? list4.length : 0)) {
    return last.refs;
  }
  const out = [];
  for (const [container, index] of objects(list4)) {
    const name = str(container.name);
    out.push({
      container,
      index,
      path: ["containerDefinitions", index],
      name,
      label: name === void 0 || name === "" ? `container #${index + 1}` : `container "${name}"`
    });
  }
  last.task = task;
  last.list = list4;
  last.length = Array.isArray(list4) ? list4.length : 0;
  last.refs = out;
  return out;
}
function atContainer(c) {
  if (c.name === void 0 || hasPlaceholder(c.name)) return { path: c.path, target: "key" };
  return { path: [...c.path, "name"], target: "value" };
}
var hasTaskContext = (ctx) => ctx.kind !== "container-definitions";
var LAUNCH_TYPES = /* @__PURE__ */ new Set(["EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"]);
function launchTypes(task, ctx) {
  if (!hasTaskContext(ctx)) return void 0;
  if (ctx.kind === "dockerrun-v2") return /* @__PURE__ */ new Set(["EC2"]);
  const listed = arr(task.requiresCompatibilities).filter((v) => LAUNCH_TYPES.has(String(v)));
  return new Set(listed.length > 0 ? listed : ["EC2"]);
}
function listsLaunchType(task, ctx, type) {
  if (!hasTaskContext(ctx) || ctx.kind === "dockerrun-v2") return false;
  const listed = task.requiresCompatibilities;
  return Array.isArray(listed) && listed.includes(type);
}
var isFargate = (task, ctx) => listsLaunchType(task, ctx, "FARGATE");
var isExternal = (task, ctx) => listsLaunchType(task, ctx, "EXTERNAL");
function isWindows(task) {
  const family = str(obj(task.runtimePlatform)?.operatingSystemFamily);
  return family?.startsWith("WINDOWS") ?? false;
}
function networkMode(task, ctx) {
  if (!hasTaskContext(ctx)) return void 0;
  const written2 = task.networkMode;
  if (written2 === void 0) return isWindows(task) ? "default" : "bridge";
  return typeof written2 === "string" && ["awsvpc", "bridge", "host", "none"].includes(written2) ? written2 : void 0;
}
function volumes(task) {
  const out = [];
  for (const [volume, index] of objects(task.volumes)) {
    out.push({ volume, index, path: ["volumes", index], name: str(volume.name) });
  }
  return out;
}
function quoteList(items, conjunction = "and") {
  const q = items.map((i) => typeof i === "number" ? String(i) : `"${i}"`);
  if (q.length <= 1) return q.join("");
  return `${q.slice(0, -1).join(", ")} ${conjunction} ${q.at(-1)}`;
}
var plural = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

// rules/_helpers/image.ts
var isDigit = (c) => c >= 48 && c <= 57;
var isLower = (c) => c >= 97 && c <= 122;
var isUpper = (c) => c >= 65 && c <= 90;
var isAlnum = (c) => isDigit(c) || isLower(c) || isUpper(c);
var isHex = (c) => isDigit(c) || c >= 97 && c <= 102 || c >= 65 && c <= 70;
function parseImageReference(raw) {
  const at = raw.indexOf("@");
  const name = at === -1 ? raw : raw.slice(0, at);
  const digest = at === -1 ? void 0 : raw.slice(at + 1);
  let registry;
  let rest = name;
  const slash2 = name.indexOf("/");
  if (slash2 !== -1) {
    const first = name.slice(0, slash2);
    if (first.includes(".") || first.includes(":") || first === "localhost" || first.toLowerCase() !== first) {
      registry = first;
      rest = name.slice(slash2 + 1);
    }
  }
  const colon = rest.indexOf(":");
  const repository = colon === -1 ? rest : rest.slice(0, colon);
  const tag = colon === -1 ? void 0 : rest.slice(colon + 1);
  let host = registry;
  let port;
  if (registry !== void 0) {
    const close = registry.startsWith("[") ? registry.indexOf("]") : -1;
    const portColon = registry.indexOf(":", close === -1 ? 0 : close);
    if (portColon !== -1) {
      host = registry.slice(0, portColon);
      port = registry.slice(portColon + 1);
    }
  }
  return { raw, name, registry, host, port, repository, tag, digest };
}
var isAwsNameChar = (c) => isAlnum(c) || c === 45 || c === 95 || c === 58 || c === 46 || c === 47 || c === 35;
var NO_CHARACTERS = Object.freeze([]);
function invalidAwsCharacters(name) {
  let i = 0;
  while (i < name.length && isAwsNameChar(name.charCodeAt(i))) i++;
  if (i === name.length) return NO_CHARACTERS;
  const bad = /* @__PURE__ */ new Set();
  for (const ch of name) {
    const c = ch.codePointAt(0) ?? 0;
    if (!(isAlnum(c) || ch === "-" || ch === "_" || ch === ":" || ch === "." || ch === "/" || ch === "#")) bad.add(ch);
  }
  return [...bad];
}
function isValidHost(host) {
  if (host.startsWith("[")) {
    if (!host.endsWith("]") || host.length < 3) return false;
    for (let i = 1; i < host.length - 1; i++) {
      const c = host.charCodeAt(i);
      if (!(isHex(c) || c === 58)) return false;
    }
    return true;
  }
  let start = 0;
  for (let i = 0; i <= host.length; i++) {
    const c = i < host.length ? host.charCodeAt(i) : 46;
    if (c === 46) {
      if (i === start || host.charCodeAt(i - 1) === 45) return false;
      start = i + 1;
    } else if (!(isAlnum(c) || c === 45 && i > start)) return false;
  }
  return true;
}
function allDigits(s, start = 0) {
  for (let i = start; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}
function lowerWords(s, start, end, min) {
  let words = 1;
  let wordStart = start;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 45) {
      if (i === wordStart) return false;
      words++;
      wordStart = i + 1;
    } else if (!isLower(c)) return false;
  }
  return end > wordStart && words >= min;
}
var isValidPort = (port) => port.length > 0 && allDigits(port);
function repositoryProblem(repository) {
  if (repository === "") return "empty";
  let upper = false;
  for (let from = 0; from <= repository.length; ) {
    const slash2 = repository.indexOf("/", from);
    const end = slash2 === -1 ? repository.length : slash2;
    if (end === from) return "shape";
    let i = from;
    while (i < end) {
      const start = i;
      while (i < end && isAlnum(repository.charCodeAt(i))) {
        if (isUpper(repository.charCodeAt(i))) upper = true;
        i++;
      }
      if (i === start) return "shape";
      if (i === end) break;
      const c = repository.charCodeAt(i);
      if (c === 46) i++;
      else if (c === 95) i += repository.charCodeAt(i + 1) === 95 ? 2 : 1;
      else if (c === 45) while (repository.charCodeAt(i) === 45) i++;
      else return "shape";
      if (i === end) return "shape";
    }
    from = end + 1;
  }
  return upper ? "uppercase" : void 0;
}
function tagProblem(tag) {
  if (tag === "") return "empty";
  const first = tag.charCodeAt(0);
  for (let i = 0; i < tag.length; i++) {
    const c = tag.charCodeAt(i);
    if (!(isAlnum(c) || c === 95 || c === 46 || c === 45)) return "characters";
  }
  if (!(isAlnum(first) || first === 95)) return "first-character";
  if (tag.length > 128) return "too-long";
  return void 0;
}
function digestProblem(digest) {
  const colon = digest.indexOf(":");
  if (colon === -1 || digest.slice(0, colon) !== "sha256") return "algorithm";
  const hex = digest.slice(colon + 1);
  let upper = false;
  for (let i = 0; i < hex.length; i++) {
    const c = hex.charCodeAt(i);
    if (!isHex(c)) return "characters";
    if (!isDigit(c) && c < 97) upper = true;
  }
  if (hex.length !== 64) return "length";
  return upper ? "uppercase" : void 0;
}
var digestAlgorithm = (digest) => {
  const colon = digest.indexOf(":");
  return colon === -1 ? digest : digest.slice(0, colon);
};
function isValidReference(ref) {
  if (ref.host !== void 0 && !isValidHost(ref.host)) return false;
  if (ref.port !== void 0 && !isValidPort(ref.port)) return false;
  if (repositoryProblem(ref.repository) !== void 0) return false;
  if (ref.tag !== void 0 && tagProblem(ref.tag) !== void 0) return false;
  if (ref.digest !== void 0) {
    const p = digestProblem(ref.digest);
    if (p !== void 0 && p !== "uppercase") return false;
  }
  return true;
}
function ecrRegistry(host) {
  return host === void 0 ? void 0 : ecrRegistryOf(host);
}
var ECR_SUFFIXES = /* @__PURE__ */ new Set(["amazonaws.com", "amazonaws.com.cn", "c2s.ic.gov", "sc2s.sgov.gov"]);
var ecrRegistryOf = memoize((host) => {
  const labels = host.toLowerCase().split(".");
  const [account, a, b, c] = labels;
  if (account === void 0 || account === "") return void 0;
  let service;
  let region;
  let suffix;
  if (a === "dkr" && (b === "ecr" || b === "ecr-fips")) {
    service = `dkr.${b}`;
    region = c;
    suffix = labels.slice(4).join(".");
    if (!ECR_SUFFIXES.has(suffix)) return void 0;
  } else if (a === "dkr-ecr" || a === "dkr-ecr-fips") {
    service = a;
    region = b;
    suffix = labels.slice(3).join(".");
    if (suffix !== "on.aws" && suffix !== "on.amazonwebservices.com.cn") return void 0;
  } else {
    return void 0;
  }
  if (region === void 0 || region === "") return void 0;
  const partition = suffix.endsWith(".cn") ? "aws-cn" : regionPartition(region);
  return Object.freeze({
    account: host.split(".")[0] ?? account,
    region,
    fips: service.endsWith("-fips"),
    dualStack: service.startsWith("dkr-ecr"),
    partition
  });
}, 4096);
var isEcr = (ref) => ecrRegistry(ref.host) !== void 0;
var isPublicEcr = (ref) => {
  const host = ref.host?.toLowerCase();
  return host === "public.ecr.aws" || host === "ecr-public.aws";
};
var DOCKER_HUB_HOSTS = /* @__PURE__ */ new Set(["docker.io", "registry-1.docker.io", "index.docker.io"]);
var isDockerHub = (ref) => ref.host === void 0 || DOCKER_HUB_HOSTS.has(ref.host.toLowerCase());
function registryName(ref) {
  if (isDockerHub(ref)) return "docker.io";
  const host = (ref.host ?? "").toLowerCase();
  return ref.port === void 0 ? host : `${host}:${ref.port}`;
}
var isAccountId = (s) => s.length === 12 && allDigits(s);
var PARTITION_PREFIXES = [
  ["cn-", "aws-cn"],
  ["us-gov-", "aws-us-gov"],
  ["us-iso-", "aws-iso"],
  ["us-isob-", "aws-iso-b"],
  ["eu-isoe-", "aws-iso-e"],
  ["us-isof-", "aws-iso-f"],
  ["eusc-", "aws-eusc"]
];
function regionPartition(region) {
  for (const [prefix, partition] of PARTITION_PREFIXES) if (region.startsWith(prefix)) return partition;
  return "aws";
}
function isRegionName(s) {
  const dash = s.lastIndexOf("-");
  return dash !== -1 && dash < s.length - 1 && allDigits(s, dash + 1) && lowerWords(s, 0, dash, 2);
}
function parseArn(value) {
  if (!value.startsWith("arn:")) return void 0;
  const c1 = value.indexOf(":", 4);
  const c2 = c1 === -1 ? -1 : value.indexOf(":", c1 + 1);
  const c3 = c2 === -1 ? -1 : value.indexOf(":", c2 + 1);
  const c4 = c3 === -1 ? -1 : value.indexOf(":", c3 + 1);
  if (c4 === -1) return void 0;
  return {
    partition: value.slice(4, c1),
    service: value.slice(c1 + 1, c2),
    region: value.slice(c2 + 1, c3),
    account: value.slice(c3 + 1, c4),
    resource: value.slice(c4 + 1)
  };
}
var isPartitionName = (s) => s === "aws" || s.startsWith("aws-") && lowerWords(s, 4, s.length, 1);
function isRoleName(s) {
  if (s.length < 1 || s.length > 64) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(isAlnum(c) || c === 43 || c === 61 || c === 44 || c === 46 || c === 64 || c === 95 || c === 45)) return false;
  }
  return true;
}
function roleNameOf(value) {
  const arn = parseArn(value);
  if (!arn) return isRoleName(value) ? value : void 0;
  if (arn.service !== "iam" || !arn.resource.startsWith("role/")) return void 0;
  const name = arn.resource.slice(arn.resource.lastIndexOf("/") + 1);
  return isRoleName(name) ? name : void 0;
}
function imageSites(task, ctx) {
  if (ctx.kind === "dockerrun-v1") {
    const image = obj(task.Image);
    if (!image || !("Name" in image)) return [];
    return [
      {
        value: image.Name,
        image: str(image.Name),
        path: ["Image", "Name"],
        container: void 0,
        label: '"Image"',
        field: '"Name"'
      }
    ];
  }
  const refs = containers(task);
  if (lastSites.refs === refs) return lastSites.sites;
  const sites = refs.map((c) => ({
    value: c.container.image,
    image: str(c.container.image),
    path: [...c.path, "image"],
    container: c,
    label: c.label,
    field: '"image"'
  }));
  lastSites.refs = refs;
  lastSites.sites = sites;
  return sites;
}
var lastSites = {
  refs: void 0,
  sites: []
};
var hasShellVariable = (value) => /\$[A-Za-z_]/.test(value);
var checkableImage = (site) => checkableImageValue(site.image);
var checkableImageValue = (image) => typeof image === "string" ? checkableReference(image) : void 0;
var checkableReference = memoize((image) => {
  if (image === "" || hasPlaceholder(image) || hasShellVariable(image)) return void 0;
  const ref = parseImageReference(image);
  return isValidReference(ref) ? Object.freeze(ref) : void 0;
}, 4096);

// rules/allowed-image-registries/index.ts
function candidates(ref) {
  const canonical = registryName(ref);
  const registries = /* @__PURE__ */ new Set([canonical]);
  if (ref.host !== void 0) registries.add(ref.host.toLowerCase());
  const repositories = /* @__PURE__ */ new Set();
  for (const r of registries) repositories.add(`${r}/${ref.repository}`);
  if (isDockerHub(ref) && !ref.repository.includes("/")) repositories.add(`docker.io/library/${ref.repository}`);
  return { registries: [...registries], repositories: [...repositories] };
}
var allowed_image_registries_default = defineRule({
  meta: {
    id: "allowed-image-registries",
    category: "security",
    description: 'Allow images only from the registries the "registries" option lists',
    severity: "error",
    presets: { recommended: "off", strict: "off" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
      "https://docs.aws.amazon.com/AmazonECR/latest/userguide/Registries.html"
    ],
    messages: {
      notAllowed: '{{where}}: image "{{image}}" is from registry "{{registry}}", which is not in {{allowed}}'
    },
    options: {
      type: "object",
      properties: {
        registries: {
          type: "array",
          items: { type: "string", minLength: 1 },
          default: [],
          description: 'Glob patterns of allowed registries ("public.ecr.aws", "123456789012.dkr.ecr.*.amazonaws.com", "docker.io"); a pattern with "/" matches registry/repository'
        }
      },
      additionalProperties: false
    },
    appliesTo: [...TASK_KINDS, "dockerrun-v1"]
  },
  check(task, ctx) {
    const patterns = (ctx.options?.registries ?? []).filter((p) => typeof p === "string" && p !== "");
    if (patterns.length === 0) return;
    const hostPatterns = patterns.filter((p) => !p.includes("/"));
    const pathPatterns = patterns.filter((p) => p.includes("/"));
    const options = { nocase: true, dot: true };
    const hostMatch = hostPatterns.length > 0 ? picomatch(hostPatterns, options) : () => false;
    const pathMatch = pathPatterns.length > 0 ? picomatch(pathPatterns, options) : () => false;
    const allowed = patterns.length > 4 ? `the ${patterns.length} allowed registries` : `the allowed ${quoteList(patterns, "or")}`;
    for (const site of imageSites(task, ctx)) {
      const ref = checkableImage(site);
      if (!ref) continue;
      const names = candidates(ref);
      if (names.registries.some((r) => hostMatch(r)) || names.repositories.some((r) => pathMatch(r))) continue;
      ctx.report({
        messageId: "notAllowed",
        path: site.path,
        data: { where: site.label, image: ref.raw, registry: registryName(ref), allowed },
        hint: 'use an image from an allowed registry (mirror it there), or add its registry to "registries"'
      });
    }
  }
});

// rules/consistent-account-and-region/index.ts
var AWS_IMAGE_ACCOUNTS = /* @__PURE__ */ new Set(["906394416424", "840364872350", "763104351884", "602401143452"]);
function pathOf(f) {
  const c = f.container;
  if (c === void 0) return [f.field ?? ""];
  if (f.kind === "image") return [...c.path, "image"];
  if (f.kind === "logs") return [...c.path, "logConfiguration", "options", "awslogs-region"];
  if (f.field === "secrets") return [...c.path, "secrets", f.index, "valueFrom"];
  return [...c.path, "logConfiguration", "secretOptions", f.index, "valueFrom"];
}
function whatOf(f) {
  if (f.kind === "role") return `"${f.field}"`;
  if (f.kind === "image") return "the ECR image";
  if (f.kind === "logs") return '"awslogs-region"';
  return `${f.field === "secrets" ? "secret" : "log secret"} "${f.name ?? `#${f.index + 1}`}"`;
}
function groupOf(f) {
  const c = f.container;
  if (c === void 0) return f.field ?? "";
  return `${f.kind === "secret" ? f.field : f.kind} ${c.index}`;
}
var subjectOf = (f) => f.container ? `${f.container.label}: ${whatOf(f)}` : whatOf(f);
var referenceOf = (f) => f.container ? `${whatOf(f)} of ${f.container.label}` : whatOf(f);
function secretFact(value, field, c, index, name) {
  const text = str(value);
  if (text === void 0 || hasPlaceholder(text)) return void 0;
  const arn = parseArn(text);
  if (!arn || arn.service !== "secretsmanager" && arn.service !== "ssm") return void 0;
  if (!isPartitionName(arn.partition) || !isAccountId(arn.account) || !isRegionName(arn.region)) return void 0;
  return {
    kind: "secret",
    field,
    container: c,
    index,
    name: str(name),
    account: arn.account,
    region: arn.region,
    partition: arn.partition
  };
}
function agree(facts) {
  const first = facts[0];
  if (first === void 0) return true;
  let { account, region } = first;
  for (const f of facts) {
    if (f.partition !== first.partition) return false;
    if (f.account !== void 0) {
      if (account === void 0) account = f.account;
      else if (f.account !== account) return false;
    }
    if (f.region !== void 0) {
      if (region === void 0) region = f.region;
      else if (f.region !== region) return false;
    }
  }
  return true;
}
var consistent_account_and_region_default = defineRule({
  meta: {
    id: "consistent-account-and-region",
    category: "reliability",
    description: "Flag ECR images, roles, secrets and log Regions that name different accounts, partitions or Regions",
    severity: "warning",
    presets: { recommended: "note", strict: "warning" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html",
      "https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html",
      "https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/partitions.html"
    ],
    messages: {
      roleAccount: '"taskRoleArn" names account {{value}} but "executionRoleArn" names {{expected}}',
      partition: '{{subject}} names partition "{{value}}" but {{reference}} names "{{expected}}"',
      account: "{{subject}} names account {{value}} but {{reference}} names {{expected}}",
      region: '{{subject}} names Region "{{value}}" but {{reference}} names "{{expected}}"'
    }
  },
  check(task, ctx) {
    const facts = collectFacts(task);
    if (!agree(facts)) reportDisagreements(facts, ctx);
  }
});
function collectFacts(task) {
  const facts = [];
  for (const field of ["executionRoleArn", "taskRoleArn"]) {
    const value = str(task[field]);
    if (value === void 0 || hasPlaceholder(value)) continue;
    const arn = parseArn(value);
    if (arn?.service !== "iam" || !isPartitionName(arn.partition) || !isAccountId(arn.account)) continue;
    facts.push({
      kind: "role",
      field,
      container: void 0,
      index: 0,
      name: void 0,
      account: arn.account,
      region: void 0,
      partition: arn.partition
    });
  }
  const all = containers(task);
  for (const c of all) {
    const ref = checkableImageValue(c.container.image);
    const ecr = ref ? ecrRegistry(ref.host) : void 0;
    if (!ecr || !isAccountId(ecr.account) || !isRegionName(ecr.region)) continue;
    facts.push({
      kind: "image",
      field: void 0,
      container: c,
      index: 0,
      name: void 0,
      account: AWS_IMAGE_ACCOUNTS.has(ecr.account) ? void 0 : ecr.account,
      region: ecr.region,
      partition: ecr.partition
    });
  }
  for (const c of all) {
    collectSecrets(facts, c, "secrets", c.container.secrets);
    const log = obj(c.container.logConfiguration);
    if (log === void 0) continue;
    collectSecrets(facts, c, "secretOptions", log.secretOptions);
    const region = str(obj(log.options)?.["awslogs-region"]);
    if (log.logDriver === "awslogs" && region !== void 0 && isRegionName(region)) {
      facts.push({
        kind: "logs",
        field: void 0,
        container: c,
        index: 0,
        name: void 0,
        account: void 0,
        region,
        partition: regionPartition(region)
      });
    }
  }
  return facts;
}
function collectSecrets(facts, c, field, list4) {
  if (!Array.isArray(list4)) return;
  for (let i = 0; i < list4.length; i++) {
    const secret = list4[i];
    if (!isObject(secret)) continue;
    const fact = secretFact(secret.valueFrom, field, c, i, secret.name);
    if (fact) facts.push(fact);
  }
}
function reportDisagreements(facts, ctx) {
  const roles = facts.filter((f) => f.kind === "role");
  const reported = /* @__PURE__ */ new Set();
  const report3 = (fact, messageId, value, ref, expected, severity) => {
    const key = `${messageId} ${groupOf(fact)}`;
    if (reported.has(key)) return;
    reported.add(key);
    ctx.report({
      messageId,
      path: pathOf(fact),
      data: { subject: subjectOf(fact), reference: referenceOf(ref), value, expected },
      hint: HINTS[messageId],
      related: [
        {
          path: pathOf(ref),
          message: `${referenceOf(ref)} names ${WORDS[messageId]}${messageId === "account" ? expected : `"${expected}"`}`
        }
      ],
      ...severity ? { severity } : {}
    });
  };
  const [executionRole, taskRole] = [
    roles.find((r) => r.field === "executionRoleArn"),
    roles.find((r) => r.field === "taskRoleArn")
  ];
  if (executionRole && taskRole && executionRole.account !== taskRole.account) {
    reported.add(`account ${groupOf(taskRole)}`);
    ctx.report({
      messageId: "roleAccount",
      path: pathOf(taskRole),
      data: { value: taskRole.account ?? "", expected: executionRole.account ?? "" },
      hint: "use roles from the account that registers the task definition",
      related: [{ path: pathOf(executionRole), message: `"executionRoleArn" names ${executionRole.account}` }]
    });
  }
  const partitionRef = roles[0] ?? facts.find((f) => f.partition !== void 0);
  if (partitionRef?.partition !== void 0) {
    for (const f of facts) {
      if (f === partitionRef || f.partition === void 0 || f.partition === partitionRef.partition) continue;
      report3(f, "partition", f.partition, partitionRef, partitionRef.partition);
    }
  }
  const accountRef = executionRole ?? taskRole;
  if (accountRef?.account !== void 0) {
    for (const f of facts) {
      if (f.kind === "role" || f.account === void 0 || f.account === accountRef.account) continue;
      if (reported.has(`partition ${groupOf(f)}`)) continue;
      report3(f, "account", f.account, accountRef, accountRef.account, "note");
    }
  }
  const regionRef = facts.find((f) => f.kind === "logs") ?? facts.find((f) => f.kind === "secret") ?? facts.find((f) => f.kind === "image");
  if (regionRef?.region !== void 0) {
    for (const f of facts) {
      if (f === regionRef || f.region === void 0 || f.region === regionRef.region) continue;
      if (reported.has(`partition ${groupOf(f)}`)) continue;
      report3(f, "region", f.region, regionRef, regionRef.region);
    }
  }
}
var WORDS = { account: "account ", region: "Region ", partition: "partition " };
var HINTS = {
  partition: "use resources from the partition the task runs in: nothing is shared across aws, aws-cn and aws-us-gov",
  account: "check the account ID; a resource in another account needs a resource policy that lets this account in",
  region: "use resources in the Region the task runs in (replicate the image or secret there), or check the Region for a typo"
};

// rules/distinct-task-and-execution-roles/index.ts
function roleOf(value) {
  if (typeof value !== "string" || value === "" || hasPlaceholder(value)) return void 0;
  const name = roleNameOf(value);
  if (name === void 0) return void 0;
  return { name: name.toLowerCase(), account: parseArn(value)?.account };
}
function sameNameLength(a, b) {
  return typeof a === "string" && typeof b === "string" && a.length - a.lastIndexOf("/") === b.length - b.lastIndexOf("/");
}
var distinct_task_and_execution_roles_default = defineRule({
  meta: {
    id: "distinct-task-and-execution-roles",
    category: "security",
    description: "Disallow using the same IAM role as task role and execution role",
    severity: "warning",
    presets: { recommended: "warning", strict: "warning" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html"
    ],
    messages: {
      same: '"taskRoleArn" and "executionRoleArn" are the same role "{{role}}"'
    }
  },
  check(task, ctx) {
    if (!sameNameLength(task.taskRoleArn, task.executionRoleArn)) return;
    const taskRole = roleOf(task.taskRoleArn);
    const executionRole = roleOf(task.executionRoleArn);
    if (!taskRole || !executionRole || taskRole.name !== executionRole.name) return;
    if (taskRole.account !== void 0 && executionRole.account !== void 0 && taskRole.account !== executionRole.account)
      return;
    ctx.report({
      messageId: "same",
      path: ["taskRoleArn"],
      data: { role: roleNameOf(String(task.taskRoleArn)) ?? taskRole.name },
      hint: "give the application its own task role with only the permissions it needs; keep pull, log and secret access in the execution role",
      related: [{ path: ["executionRoleArn"], message: "the execution role" }]
    });
  }
});

// rules/max-task-definition-size/index.ts
var MAX_BYTES = 65536;
var WARN_RATIO = 0.9;
var grouped = (n) => n.toLocaleString("en-US");
var encoder = new TextEncoder();
var NOT_PLAIN = /[\u0000-\u001f"\\\u007f-\uffff]/;
function stringBytes(s) {
  if (!NOT_PLAIN.test(s)) return s.length + 2;
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32) n += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6;
    else if (c === 34 || c === 92) n += 2;
    else if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c <= 56319) {
      const next = s.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) {
        n += 4;
        i++;
      } else n += 6;
    } else if (c >= 56320 && c <= 57343) n += 6;
    else n += 3;
  }
  return n;
}
var mostStringBytes = (s) => s.length * 6 + 2;
function measure(value, text, skip) {
  if (typeof value === "string") return text(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === "boolean") return value ? 4 : 5;
  if (value === null) return 4;
  if (Array.isArray(value)) {
    let n = value.length === 0 ? 2 : value.length + 1;
    for (let i = 0; i < value.length; i++) n += measure(value[i], text) ?? 4;
    return n;
  }
  if (typeof value === "object" && isPlainObject(value)) {
    const record = value;
    let n = 1;
    for (const key in record) {
      if (!Object.hasOwn(record, key) || skip?.includes(key)) continue;
      const size = measure(record[key], text);
      if (size !== void 0) n += text(key) + 2 + size;
    }
    return n === 1 ? 2 : n;
  }
  const sent = skip && typeof value === "object" ? Object.fromEntries(Object.entries(value).filter(([k]) => !skip.includes(k))) : value;
  const json2 = JSON.stringify(sent);
  return json2 === void 0 ? void 0 : encoder.encode(json2).length;
}
function isPlainObject(value) {
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof value.toJSON !== "function";
}
var jsonBytes = (value, skip) => measure(value, stringBytes, skip);
var bytes = (value) => jsonBytes(value) ?? 0;
var NOT_SENT = {
  "describe-output": OUTPUT_ONLY_TASK_FIELDS,
  // Elastic Beanstalk reads these itself and registers the rest as a task definition.
  "dockerrun-v2": ["AWSEBDockerrunVersion", "authentication"]
};
function registeredSize(task, kind) {
  return jsonBytes(task, NOT_SENT[kind]) ?? 0;
}
var max_task_definition_size_default = defineRule({
  meta: {
    id: "max-task-definition-size",
    category: "correctness",
    description: "Keep a task definition under the 64 KiB that AWS accepts",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"
    ],
    messages: {
      tooLarge: "{{what}} {{size}} bytes as AWS receives it (minified JSON): the limit is {{max}} bytes",
      nearLimit: "{{what}} {{size}} bytes as AWS receives it (minified JSON), {{percent}}% of the {{max}}-byte limit"
    }
  },
  check(task, ctx) {
    if ((measure(task, mostStringBytes, NOT_SENT[ctx.kind]) ?? 0) <= MAX_BYTES * WARN_RATIO) return;
    const size = registeredSize(task, ctx.kind);
    if (size <= MAX_BYTES * WARN_RATIO) return;
    const over = size > MAX_BYTES;
    const all = containers(task);
    const largest = all.map((c) => ({ c, size: bytes(c.container) })).reduce(
      (best, x) => best === void 0 || x.size > best.size ? x : best,
      void 0
    );
    const bare = ctx.kind === "container-definitions";
    ctx.report({
      messageId: over ? "tooLarge" : "nearLimit",
      path: [],
      target: "key",
      severity: over ? "error" : "warning",
      data: {
        what: bare ? "the container definitions alone are" : "the task definition is",
        size: grouped(size),
        max: grouped(MAX_BYTES),
        percent: Math.floor(size / MAX_BYTES * 100)
      },
      hint: over ? 'move bulk out of the task definition: environment variables to "environmentFiles" or "secrets", long commands and config into the image' : 'keep room to grow: move large environment blocks to "environmentFiles" or "secrets", long commands and config into the image',
      ...largest && all.length > 1 ? {
        related: [
          {
            path: largest.c.path,
            message: `${largest.c.label} is the largest part: ${grouped(largest.size)} bytes`,
            target: "key"
          }
        ]
      } : {}
    });
  }
});

// rules/no-dangerous-capabilities/index.ts
var DANGEROUS = {
  ALL: 'grants every capability, as good as "privileged"',
  SYS_ADMIN: "allows mounts, namespace changes and many container escapes",
  NET_ADMIN: "can change interfaces, routes and firewall rules (the instance's own in host network mode)",
  SYS_MODULE: "can load kernel modules",
  SYS_RAWIO: "gives raw access to I/O ports and devices",
  SYS_PTRACE: "can trace and read the memory of other processes",
  DAC_READ_SEARCH: 'bypasses file read permissions and opens host files by handle (the "shocker" escape)',
  MAC_ADMIN: "can change the AppArmor or SELinux policy",
  MAC_OVERRIDE: "can bypass the AppArmor or SELinux policy",
  BPF: "can load eBPF programs into the kernel",
  PERFMON: "can use kernel performance monitoring and tracing"
};
var ACCELERATOR = /^\/dev\/(?:neuron\d|nvidia|dri\/|xclmgmt|dri$|infiniband\/)/;
var no_dangerous_capabilities_default = defineRule({
  meta: {
    id: "no-dangerous-capabilities",
    category: "security",
    description: "Disallow adding dangerous Linux capabilities and mapping host devices into containers",
    severity: "error",
    presets: { recommended: "warning", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Device.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_linuxparameters"
    ],
    messages: {
      capability: '{{container}} adds the "{{capability}}" capability, which {{why}}',
      device: '{{container}} maps the host device "{{device}}" into the container',
      accelerator: "{{container}} maps the host accelerator {{devices}} into the container"
    }
  },
  check(task, ctx) {
    const fargate = isFargate(task, ctx);
    for (const c of containers(task)) {
      const linux = obj(c.container.linuxParameters);
      if (linux === void 0) continue;
      const added = arr(obj(linux.capabilities)?.add);
      for (let i = 0; i < added.length; i++) {
        const capability = str(added[i]);
        if (capability === void 0) continue;
        const key = capability.trim().toUpperCase().replace(/^CAP_/, "");
        const why = DANGEROUS[key];
        if (why === void 0) continue;
        const note = fargate && key === "SYS_PTRACE";
        ctx.report({
          messageId: "capability",
          path: [...c.path, "linuxParameters", "capabilities", "add", i],
          data: { container: c.label, capability, why },
          hint: key === "ALL" ? 'list only the capabilities the container needs instead of "ALL"' : `remove "${capability}" from "linuxParameters.capabilities.add" unless the container cannot work without it`,
          ...note ? { severity: "note" } : {}
        });
      }
      const accelerators = [];
      let acceleratorIndex = -1;
      for (const [device, j] of objects(linux.devices)) {
        const hostPath = str(device.hostPath)?.trim();
        if (hostPath === void 0 || hostPath === "") continue;
        if (ACCELERATOR.test(hostPath)) {
          accelerators.push(hostPath);
          if (acceleratorIndex < 0) acceleratorIndex = j;
          continue;
        }
        ctx.report({
          messageId: "device",
          path: [...c.path, "linuxParameters", "devices", j, "hostPath"],
          data: { container: c.label, device: hostPath },
          hint: 'remove the device unless the container needs it, and limit its "permissions" to what it uses'
        });
      }
      const [first] = accelerators;
      if (first !== void 0) {
        const devices = accelerators.length === 1 ? `device "${first}"` : `devices "${first}" and ${accelerators.length - 1} more`;
        ctx.report({
          messageId: "accelerator",
          path: [...c.path, "linuxParameters", "devices", acceleratorIndex, "hostPath"],
          data: { container: c.label, devices },
          severity: "note",
          hint: 'keep "permissions" to what the container uses; for NVIDIA GPUs use "resourceRequirements" of type "GPU" instead'
        });
      }
    }
  }
});

// rules/no-docker-socket-mount/index.ts
var SOCKETS = /* @__PURE__ */ new Set([
  "/var/run/docker.sock",
  "/run/docker.sock",
  "/var/run/containerd/containerd.sock",
  "/run/containerd/containerd.sock",
  "/var/run/docker/containerd/containerd.sock",
  "/run/docker/containerd/containerd.sock",
  "/var/run/crio/crio.sock",
  "/run/crio/crio.sock",
  "/var/run/podman/podman.sock",
  "/run/podman/podman.sock"
]);
var SOCKET_DIRS = /* @__PURE__ */ new Set([
  "/",
  "/run",
  "/var/run",
  "/run/containerd",
  "/var/run/containerd",
  "/run/docker",
  "/var/run/docker",
  "/run/crio",
  "/var/run/crio",
  "/run/podman",
  "/var/run/podman"
]);
var PIPES = /* @__PURE__ */ new Map([
  ["\\\\.\\pipe\\docker_engine", "Docker"],
  ["\\\\.\\pipe\\containerd-containerd", "containerd"]
]);
var pipeName = (path) => path.trim().replaceAll("/", "\\").toLowerCase();
function normalise(path) {
  const parts = path.trim().split("/").filter((p) => p !== "" && p !== ".");
  return `/${parts.join("/")}`;
}
function exposureOf(sourcePath) {
  const pipe = PIPES.get(pipeName(sourcePath));
  if (pipe !== void 0) return `the ${pipe} named pipe "${sourcePath}"`;
  if (!sourcePath.startsWith("/")) return void 0;
  const path = normalise(sourcePath);
  const runtime = path.includes("containerd") ? "containerd" : path.includes("crio") ? "CRI-O" : path.includes("podman") ? "Podman" : "Docker";
  if (SOCKETS.has(path)) return `the ${runtime} socket "${sourcePath}"`;
  if (SOCKET_DIRS.has(path)) return `the host directory "${sourcePath}", which holds the ${runtime} socket`;
  return void 0;
}
var no_docker_socket_mount_default = defineRule({
  meta: {
    id: "no-docker-socket-mount",
    category: "security",
    description: "Disallow mounting the Docker or containerd socket into a container",
    severity: "error",
    presets: { recommended: "warning", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HostVolumeProperties.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MountPoint.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/bind-mounts.html",
      "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/single-container-docker-configuration.html"
    ],
    messages: {
      mount: '{{container}} mounts {{what}} (volume "{{volume}}"): it can control every container on the instance',
      inherited: '{{container}} gets {{what}} through "volumesFrom" {{source}}: it can control every container on the instance',
      v1mount: 'the container mounts {{what}} (in "Volumes"): it can control every container on the instance'
    },
    appliesTo: [...TASK_KINDS, "dockerrun-v1"]
  },
  check(task, ctx) {
    if (ctx.kind === "dockerrun-v1") {
      for (const [volume, i] of objects(obj(ctx.document)?.Volumes)) {
        const host = str(volume.HostDirectory);
        const what = host === void 0 ? void 0 : exposureOf(host);
        if (what === void 0) continue;
        ctx.report({
          messageId: "v1mount",
          path: ["Volumes", i, "HostDirectory"],
          data: { what },
          hint: "remove the volume; if the container must talk to the runtime, give it a narrower API (a socket proxy that allows only what it needs)"
        });
      }
      return;
    }
    const exposed = /* @__PURE__ */ new Map();
    for (const v of volumes(task)) {
      const sourcePath = str(obj(v.volume.host)?.sourcePath);
      if (v.name === void 0 || sourcePath === void 0) continue;
      const what = exposureOf(sourcePath);
      if (what !== void 0 && !exposed.has(v.name)) {
        exposed.set(v.name, { what, volume: v.name, volumePath: [...v.path, "host", "sourcePath"] });
      }
    }
    if (exposed.size === 0) return;
    const all = containers(task);
    const direct = /* @__PURE__ */ new Map();
    for (const c of all) {
      for (const [mount, i] of objects(c.container.mountPoints)) {
        const source2 = str(mount.sourceVolume);
        const exposure = source2 === void 0 ? void 0 : exposed.get(source2);
        if (exposure === void 0) continue;
        ctx.report({
          messageId: "mount",
          path: [...c.path, "mountPoints", i, "sourceVolume"],
          data: { container: c.label, what: exposure.what, volume: exposure.volume },
          hint: "remove the mount; if the container must talk to the runtime, give it a narrower API (a socket proxy that allows only what it needs)",
          related: [{ path: exposure.volumePath, message: `volume "${exposure.volume}" is defined here` }]
        });
        if (!direct.has(c)) direct.set(c, exposure);
      }
    }
    const reached = new Map(direct);
    const byName = new Map(all.filter((c) => c.name !== void 0).map((c) => [c.name, c]));
    for (let pass = 0; pass < all.length; pass++) {
      let changed = false;
      for (const c of all) {
        if (reached.has(c)) continue;
        for (const [from, j] of objects(c.container.volumesFrom)) {
          const sourceName = str(from.sourceContainer);
          const source2 = sourceName === void 0 ? void 0 : byName.get(sourceName);
          const exposure = source2 === void 0 ? void 0 : reached.get(source2);
          if (source2 === void 0 || exposure === void 0) continue;
          reached.set(c, exposure);
          changed = true;
          ctx.report({
            messageId: "inherited",
            path: [...c.path, "volumesFrom", j, "sourceContainer"],
            data: { container: c.label, what: exposure.what, source: source2.label },
            hint: `remove this "volumesFrom", or mount only the volumes it needs from ${source2.label}`
          });
          break;
        }
      }
      if (!changed) break;
    }
  }
});

// rules/no-fargate-unsupported-parameters/index.ts
var isSet = (v) => v !== void 0 && v !== null && v !== false && v !== "" && !(Array.isArray(v) && v.length === 0);
var RUN_ON_EC2 = "remove it, or run the task on EC2";
var CONTAINER_PARAMS = {
  disableNetworking: RUN_ON_EC2,
  dnsSearchDomains: "remove it; Fargate tasks resolve names through the VPC's DNS (set DHCP options on the VPC)",
  dnsServers: "remove it; Fargate tasks resolve names through the VPC's DNS (set DHCP options on the VPC)",
  dockerSecurityOptions: RUN_ON_EC2,
  extraHosts: "remove it; use a Route 53 private hosted zone, or write the entries at container start",
  links: "remove it; containers in an awsvpc task reach each other on localhost",
  privileged: RUN_ON_EC2,
  hostname: "remove it; in awsvpc mode the task gets its hostname from its network interface"
};
var LINUX_PARAMS = ["devices", "sharedMemorySize", "tmpfs", "maxSwap", "swappiness"];
var TASK_PARAMS = {
  ipcMode: 'remove "ipcMode", or run the task on EC2',
  placementConstraints: "remove it; Fargate places tasks itself (choose Availability Zones through the subnets)",
  inferenceAccelerators: "remove it; Elastic Inference is not available on Fargate (and is deprecated)"
};
var VOLUME_TYPES = {
  dockerVolumeConfiguration: 'use an EFS volume ("efsVolumeConfiguration") or a name-only bind-mount volume',
  fsxWindowsFileServerVolumeConfiguration: "use an EFS volume, or run the task on EC2 Windows"
};
var CONTAINER_ENTRIES = Object.entries(CONTAINER_PARAMS);
var TASK_ENTRIES = Object.entries(TASK_PARAMS);
var VOLUME_ENTRIES = Object.entries(VOLUME_TYPES);
var no_fargate_unsupported_parameters_default = defineRule({
  meta: {
    id: "no-fargate-unsupported-parameters",
    category: "correctness",
    description: "Disallow task and container parameters that Fargate rejects",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"
    ],
    messages: {
      container: '{{container}}: "{{param}}" is not supported on Fargate',
      linux: '{{container}}: "linuxParameters.{{param}}" is not supported on Fargate',
      capability: '{{container}}: capability "{{capability}}" cannot be added on Fargate; only "SYS_PTRACE" can',
      gpu: "{{container}}: GPU resource requirements are not supported on Fargate",
      task: '"{{param}}" is not supported on Fargate',
      pidMode: '"pidMode" "{{mode}}" is not supported on Fargate; only "task" is',
      volume: '{{volume}}: "{{param}}" is not supported on Fargate'
    }
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx) || !isFargate(task, ctx)) return;
    for (const c of containers(task)) {
      for (const [param, hint] of CONTAINER_ENTRIES) {
        if (!isSet(c.container[param])) continue;
        ctx.report({
          messageId: "container",
          path: [...c.path, param],
          target: "key",
          data: { container: c.label, param },
          hint
        });
      }
      for (const [req, i] of objects(c.container.resourceRequirements)) {
        if (req.type !== "GPU") continue;
        ctx.report({
          messageId: "gpu",
          path: [...c.path, "resourceRequirements", i, "type"],
          data: { container: c.label },
          hint: "run GPU workloads on EC2 GPU instances"
        });
      }
      const linux = obj(c.container.linuxParameters);
      if (!linux) continue;
      const linuxPath = [...c.path, "linuxParameters"];
      for (const param of LINUX_PARAMS) {
        if (!isSet(linux[param])) continue;
        ctx.report({
          messageId: "linux",
          path: [...linuxPath, param],
          target: "key",
          data: { container: c.label, param },
          hint: RUN_ON_EC2
        });
      }
      const add = arr(obj(linux.capabilities)?.add);
      add.forEach((cap, i) => {
        if (typeof cap !== "string" || cap === "SYS_PTRACE" || cap === "CAP_SYS_PTRACE") return;
        ctx.report({
          messageId: "capability",
          path: [...linuxPath, "capabilities", "add", i],
          data: { container: c.label, capability: cap },
          hint: 'remove it from "capabilities.add", or run the task on EC2'
        });
      });
    }
    for (const [param, hint] of TASK_ENTRIES) {
      if (!isSet(task[param])) continue;
      ctx.report({ messageId: "task", path: [param], target: "key", data: { param }, hint });
    }
    const pidMode = str(task.pidMode);
    if (pidMode !== void 0 && pidMode !== "task") {
      ctx.report({
        messageId: "pidMode",
        path: ["pidMode"],
        data: { mode: pidMode },
        hint: 'use "pidMode": "task" to share the process namespace between the containers of the task'
      });
    }
    for (const v of volumes(task)) {
      const label2 = v.name === void 0 ? `volume #${v.index + 1}` : `volume "${v.name}"`;
      for (const [param, hint] of VOLUME_ENTRIES) {
        if (!isSet(v.volume[param])) continue;
        ctx.report({
          messageId: "volume",
          path: [...v.path, param],
          target: "key",
          data: { volume: label2, param },
          hint
        });
      }
      const host = obj(v.volume.host);
      if (host && isSet(host.sourcePath)) {
        ctx.report({
          messageId: "volume",
          path: [...v.path, "host", "sourcePath"],
          target: "key",
          data: { volume: label2, param: "host.sourcePath" },
          hint: 'remove "host" so the volume is a Fargate bind mount (storage that lives with the task), or use EFS'
        });
      }
    }
  }
});

// rules/no-host-namespaces/index.ts
var no_host_namespaces_default = defineRule({
  meta: {
    id: "no-host-namespaces",
    category: "security",
    description: `Disallow sharing the host's process or IPC namespace ("pidMode" or "ipcMode" "host")`,
    severity: "error",
    presets: { recommended: "warning", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_pidmode",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_ipcmode",
      "https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-pid-mode-check.html"
    ],
    messages: {
      pid: '"pidMode" is "host": the containers see, and as root can signal or trace, every process on the instance',
      ipc: `"ipcMode" is "host": the containers share the instance's IPC namespace and shared memory`
    }
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx)) return;
    if (task.pidMode === "host") {
      ctx.report({
        messageId: "pid",
        path: ["pidMode"],
        hint: `set "pidMode" to "task" to share processes only among this task's containers, or remove it`
      });
    }
    if (task.ipcMode === "host") {
      ctx.report({
        messageId: "ipc",
        path: ["ipcMode"],
        hint: `set "ipcMode" to "task" to share IPC only among this task's containers, or "none", or remove it`
      });
    }
  }
});

// rules/require-non-root-user/user.ts
function userKind(container) {
  const user = container.user;
  if (user === void 0 || user === null) return "absent";
  if (typeof user !== "string") return void 0;
  if (user.trim() === "") return "absent";
  const colon = user.indexOf(":");
  const name = (colon === -1 ? user : user.slice(0, colon)).trim();
  if (name === "") return void 0;
  if (name === "root" || /^0+$/.test(name)) return "root";
  return "other";
}

// rules/no-host-network-mode/index.ts
var no_host_network_mode_default = defineRule({
  meta: {
    id: "no-host-network-mode",
    category: "security",
    description: "Disallow the host network mode, and above all with root or privileged containers",
    severity: "error",
    presets: { recommended: "warning", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#network_mode",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html",
      "https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-user-for-host-mode-check.html"
    ],
    messages: {
      host: `"networkMode" is "host": the containers share the instance's network stack`,
      hostRoot: `"networkMode" is "host" and {{who}}: they share the instance's network stack`
    }
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx) || task.networkMode !== "host") return;
    const linux = !isWindows(task);
    const related = [];
    let single = "";
    for (const c of containers(task)) {
      const user = linux ? userKind(c.container) : void 0;
      if (c.container.privileged === true) {
        related.push({ path: [...c.path, "privileged"], message: `${c.label} is privileged` });
        single = `${c.label} is privileged`;
      } else if (user === "root") {
        related.push({ path: [...c.path, "user"], message: `${c.label} runs as root` });
        single = `${c.label} runs as root`;
      } else if (user === "absent") {
        const message = `${c.label} sets no "user", so it runs as the image's user (root unless the image says otherwise)`;
        related.push({ path: [...c.path, c.container.user === void 0 ? "name" : "user"], message });
        single = `${c.label} may run as root (no "user")`;
      }
    }
    if (related.length === 0) {
      ctx.report({
        messageId: "host",
        path: ["networkMode"],
        severity: "warning",
        hint: `use "awsvpc" or "bridge" unless the task needs the host's network; if it does, run its containers as a non-root "user"`
      });
      return;
    }
    const who2 = related.length === 1 ? single : `${plural(related.length, "container")} run as root or privileged`;
    ctx.report({
      messageId: "hostRoot",
      path: ["networkMode"],
      data: { who: who2 },
      hint: 'use "awsvpc" or "bridge", or give every container a non-root "user" and no "privileged"',
      related
    });
  }
});

// rules/no-latest-image-tag/index.ts
var no_latest_image_tag_default = defineRule({
  meta: {
    id: "no-latest-image-tag",
    category: "reliability",
    description: 'Disallow images without a tag or with the "latest" tag, unless pinned by digest',
    severity: "warning",
    presets: { recommended: "warning", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html#deployment-container-image-stability",
      "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html"
    ],
    messages: {
      untagged: '{{where}}: image "{{image}}" has no tag, so it pulls whatever "latest" points to',
      latest: '{{where}}: image "{{image}}" uses the mutable "latest" tag'
    },
    appliesTo: [...TASK_KINDS, "dockerrun-v1"]
  },
  check(task, ctx) {
    for (const site of imageSites(task, ctx)) {
      const ref = checkableImage(site);
      if (!ref || ref.digest !== void 0) continue;
      if (ref.tag !== void 0 && ref.tag !== "latest") continue;
      ctx.report({
        messageId: ref.tag === void 0 ? "untagged" : "latest",
        path: site.path,
        data: { where: site.label, image: ref.raw },
        hint: 'pin a version tag (e.g. "app:1.4.2" or a commit SHA) or a digest ("app@sha256:\u2026")'
      });
    }
  }
});

// rules/no-secrets-in-environment/secrets.ts
var MAX_SCAN = 65536;
var isUpper2 = (c) => c >= 65 && c <= 90;
var isLower2 = (c) => c >= 97 && c <= 122;
var isDigit2 = (c) => c >= 48 && c <= 57;
function nameTokens(name) {
  const n = Math.min(name.length, 256);
  const tokens = [];
  let start = -1;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (!isUpper2(c) && !isLower2(c) && !isDigit2(c)) {
      if (start !== -1) tokens.push(name.slice(start, i).toLowerCase());
      start = -1;
      continue;
    }
    if (start === -1) {
      start = i;
      continue;
    }
    if (isUpper2(c)) {
      const prev = name.charCodeAt(i - 1);
      const next = i + 1 < n ? name.charCodeAt(i + 1) : 0;
      if (isLower2(prev) || isDigit2(prev) || isUpper2(prev) && isLower2(next)) {
        tokens.push(name.slice(start, i).toLowerCase());
        start = i;
      }
    }
  }
  if (start !== -1) tokens.push(name.slice(start, n).toLowerCase());
  return tokens;
}
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwords",
  "passwd",
  "passphrase",
  "secret",
  "secrets",
  "token",
  "tokens",
  "apikey",
  "apikeys",
  "credential",
  "credentials",
  "auth",
  "privatekey",
  "accesskey",
  "secretkey"
]);
var SECRET_PAIRS = [
  ["api", "key"],
  ["private", "key"],
  ["access", "key"],
  ["license", "key"],
  ["client", "secret"]
];
var WEAK_WORDS = /* @__PURE__ */ new Set([
  "key",
  "keys",
  "pass",
  "pwd",
  "pw",
  "salt",
  "pepper",
  "jwt",
  "signing",
  "hmac",
  "cookie",
  "session",
  "encryption",
  "cipher",
  "license",
  "licence",
  "dsn",
  "bearer",
  "cred",
  "creds",
  "pat",
  "seed",
  "signature",
  "webhook"
]);
var NOT_A_SECRET_SUFFIX = /* @__PURE__ */ new Set([
  "name",
  "names",
  "arn",
  "arns",
  "id",
  "ids",
  "parameter",
  "parameters",
  "param",
  "params",
  "path",
  "paths",
  "file",
  "files",
  "dir",
  "directory",
  "ref",
  "refs",
  "reference",
  "url",
  "urls",
  "uri",
  "endpoint",
  "location",
  "prefix",
  "suffix",
  "var",
  "variable",
  "env",
  "header",
  "field",
  "source",
  "store",
  "provider",
  "backend",
  "manager",
  "engine",
  "service",
  "region",
  "host",
  "hostname",
  "port",
  "user",
  "username",
  "email",
  "mode",
  "type",
  "kind",
  "method",
  "algorithm",
  "alg",
  "scheme",
  "strategy",
  "format",
  "enabled",
  "enable",
  "disabled",
  "disable",
  "required",
  "optional",
  "flag",
  "ttl",
  "expiry",
  "expiration",
  "expires",
  "exp",
  "lifetime",
  "timeout",
  "duration",
  "age",
  "days",
  "hours",
  "minutes",
  "seconds",
  "interval",
  "rotation",
  "length",
  "len",
  "min",
  "max",
  "size",
  "count",
  "limit",
  "retries",
  "version",
  "policy",
  "issuer",
  "audience",
  "scope",
  "scopes",
  "realm",
  "domain",
  "tenant",
  "namespace",
  "label",
  "tag",
  "level",
  "class",
  "bucket",
  "table",
  "queue",
  "topic",
  "role",
  "account"
]);
var secretName = memoize(judgeName, 1024);
function judgeName(name) {
  const tokens = nameTokens(name);
  const last = tokens.at(-1);
  if (last === void 0) return void 0;
  const accessKeyId = last === "id" && tokens.at(-2) === "key" && tokens.at(-3) === "access";
  if (NOT_A_SECRET_SUFFIX.has(last) && !accessKeyId) return void 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    for (const [a, b] of SECRET_PAIRS) {
      if (tokens[i] === a && tokens[i + 1] === b) return { strength: "strong", word: `${a} ${b}` };
    }
  }
  let auth = false;
  for (const t of tokens) {
    if (t === "auth") auth = true;
    else if (SECRET_WORDS.has(t)) return { strength: "strong", word: t };
    else if (t.includes("password") && !t.includes("passwordless")) return { strength: "strong", word: "password" };
    else if (t.includes("passwd")) return { strength: "strong", word: "passwd" };
  }
  if (auth) return { strength: "strong", word: "auth" };
  const weak = tokens.filter((t) => WEAK_WORDS.has(t) && !(t === "pwd" && tokens.length === 1));
  if (weak.length > 0) return { strength: "weak", word: weak.join(" ") };
  return void 0;
}
var INERT_WORDS = /* @__PURE__ */ new Set([
  "true",
  "false",
  "yes",
  "no",
  "on",
  "off",
  "none",
  "null",
  "nil",
  "undefined",
  "enabled",
  "disabled",
  "enable",
  "disable",
  "empty",
  "unset",
  "n/a",
  "changeme",
  "change-me",
  "change_me",
  "changeit",
  "replaceme",
  "replace-me",
  "replace_me",
  "redacted",
  "placeholder",
  "dummy",
  "example",
  "sample",
  "todo",
  "tbd",
  "fixme",
  "required",
  "optional",
  "default",
  "secret",
  "password",
  "passwd",
  "token"
]);
var REFERENCE_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "secret", "secrets", "token", "credentials", "key", "apikey"]);
var bounded = (value) => value.length > MAX_SCAN ? value.slice(0, MAX_SCAN) : value;
function allSameChar(s) {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) !== s.charCodeAt(0)) return false;
  return true;
}
function isInertValue(value) {
  const v = bounded(value).trim();
  if (v.length < 4) return true;
  if (hasPlaceholder(v)) return true;
  if (/^\$[A-Za-z_({]/.test(v)) return true;
  const lower = v.toLowerCase();
  if (INERT_WORDS.has(lower)) return true;
  if (/^[-+]?\d+(?:\.\d+)?$/.test(v)) return true;
  if (allSameChar(v)) return true;
  if (/^(?:your|my)[-_ ]/.test(lower) || lower.endsWith("-here") || lower.endsWith("_here")) return true;
  if (lower.startsWith("arn:")) return true;
  if (/^[A-Z][A-Z0-9_]{0,255}$/.test(v) && v.includes("_")) return true;
  if (/^(?:\/|\.\.?\/|~\/|[A-Za-z]:\\)/.test(v)) return true;
  if (/^[A-Za-z][A-Za-z0-9+.-]{0,30}:\/\//.test(v)) return urlPassword(v) === void 0;
  if (namesASecret(v)) return true;
  return false;
}
function namesASecret(v) {
  if (!/^[a-z0-9][a-z0-9._/-]*$/.test(v)) return false;
  const words = v.split(/[._/-]+/);
  if (words.length < 2) return false;
  return words.some((w) => REFERENCE_WORDS.has(w));
}
function urlPassword(value) {
  const v = bounded(value);
  let from = 0;
  for (; ; ) {
    const i = v.indexOf("://", from);
    if (i < 0) return void 0;
    let j = i + 3;
    let colon = -1;
    let at = -1;
    for (; j < v.length; j++) {
      const c = v.charAt(j);
      if (c === "/" || c === "?" || c === "#" || c === " " || c === "\n" || c === "	" || c === '"') break;
      if (c === "@") at = j;
      else if (c === ":" && at < 0 && colon < 0) colon = j;
    }
    if (at > 0 && colon >= i + 3 && colon < at - 1) {
      const password = v.slice(colon + 1, at);
      if (!isDummyPassword(password)) return colon + 1;
    }
    from = Math.max(j, i + 3);
  }
}
function isDummyPassword(p) {
  const lower = p.toLowerCase();
  return p.startsWith("$") || p.startsWith("%") || hasPlaceholder(p) || allSameChar(p) || INERT_WORDS.has(lower) || lower === "pass" || lower === "pwd";
}
var isBasicCredential = (m) => {
  let b64 = m.replace(/^Basic\s+/, "").replace(/=+$/, "");
  if (b64.length % 4 === 1) b64 = b64.slice(0, -1);
  return atob(b64 + "=".repeat((4 - b64.length % 4) % 4)).includes(":");
};
var SHAPES = [
  {
    what: "an HTTP Basic credential",
    re: /(?<![A-Za-z0-9])Basic\s+[A-Za-z0-9+/]{8,}={0,2}(?![A-Za-z0-9+/=])/,
    minLength: 14,
    literal: "Basic",
    unless: (m) => !isBasicCredential(m)
  },
  {
    what: "an HTTP Bearer token",
    re: /(?<![A-Za-z0-9])Bearer\s+[A-Za-z0-9._~+/-]{16,}=*/,
    minLength: 23,
    literal: "Bearer",
    unless: (m) => !looksRandom(m.replace(/^Bearer\s+/, ""))
  },
  {
    what: "an AWS access key id",
    re: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/,
    minLength: 20,
    // In both `AKIA` and `ASIA`.
    literal: "IA",
    // The documentation's example key, AKIAIOSFODNN7EXAMPLE.
    unless: (m) => m.endsWith("EXAMPLE")
  },
  {
    what: "a private key",
    re: /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/,
    minLength: 27,
    literal: "PRIVATE KEY"
  },
  {
    what: "a GitHub token",
    re: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,255})/,
    minLength: 33,
    // In both `gh?_` and `github_pat_`.
    literal: "_"
  },
  {
    what: "a Slack token",
    re: /(?<![A-Za-z0-9])xox[abprs]-[A-Za-z0-9]{6,}-[A-Za-z0-9-]{4,255}/,
    minLength: 16,
    literal: "xox"
  },
  {
    what: "a Stripe live key",
    re: /(?<![A-Za-z0-9])[rs]k_live_[A-Za-z0-9]{16,255}/,
    minLength: 24,
    literal: "k_live_"
  },
  {
    what: "a Google API key",
    re: /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/,
    minLength: 39,
    literal: "AIza"
  },
  {
    what: "a JSON Web Token",
    re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,255}/,
    minLength: 32,
    literal: "eyJ"
  }
];
function secretShape(value) {
  const v = bounded(value);
  if (hasPlaceholder(v)) return void 0;
  for (let i = 0; i < SHAPES.length; i++) {
    const shape = SHAPES[i];
    if (v.length < shape.minLength || !v.includes(shape.literal)) continue;
    const m = shape.re.exec(v);
    if (m && !(shape.unless?.(m[0]) ?? false)) return shape.what;
  }
  if (urlPassword(v) !== void 0) return "a URL with a password";
  return void 0;
}
function isHostname(v) {
  if (!/^[A-Za-z0-9.-]+$/.test(v)) return false;
  const labels = v.split(".");
  return labels.length >= 3 && /^[A-Za-z]{2,}$/.test(labels.at(-1) ?? "");
}
function entropy(s) {
  if (s.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
var ENTROPY_THRESHOLD = 3.3;
function looksRandom(value) {
  const v = bounded(value).trim();
  if (v.length < 16) return false;
  if (!/^[A-Za-z0-9+/=_.:~!@#$%^&*-]+$/.test(v)) return false;
  if (!/[0-9]/.test(v) || !/[A-Za-z]/.test(v)) return false;
  if (v.split(/[-_./:]+/).every((w) => /^(?:[A-Za-z]*|[0-9]*)$/.test(w))) return false;
  if (isHostname(v)) return false;
  return entropy(v) >= ENTROPY_THRESHOLD;
}

// rules/no-plaintext-log-secrets/index.ts
var AUTH_HEADER = /^(?:authorization|proxy-authorization|x-api-key|api-key|apikey|x-auth-token|dd-api-key|x-honeycomb-team|x-license-key|x-insert-key)(?::|\s)/i;
var HEADER = /header/i;
var no_plaintext_log_secrets_default = defineRule({
  meta: {
    id: "no-plaintext-log-secrets",
    category: "security",
    sensitive: true,
    description: 'Disallow secrets in plain-text log driver options instead of "secretOptions"',
    severity: "error",
    presets: { recommended: "warning", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html"
    ],
    messages: {
      name: '{{container}}: log option "{{option}}" holds a plain-text secret (the name says "{{word}}")',
      random: '{{container}}: log option "{{option}}" holds a random-looking value and the name says "{{word}}"',
      shape: '{{container}}: log option "{{option}}" holds what looks like {{what}}',
      header: '{{container}}: log option "{{option}}" sends a credential header in plain text'
    }
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      const options = obj(obj(c.container.logConfiguration)?.options);
      if (options === void 0) continue;
      for (const option of Object.keys(options)) {
        const value = options[option];
        if (typeof value !== "string") continue;
        const what = secretShape(value);
        if (what !== void 0) {
          report(ctx, c, option, "shape", { container: c.label, option, what });
          continue;
        }
        if (HEADER.test(option) && nameTokens(option).includes("header") && AUTH_HEADER.test(value.trim())) {
          if (!isInertValue(value)) report(ctx, c, option, "header", { container: c.label, option });
          continue;
        }
        const verdict = secretName(option);
        if (verdict === void 0 || isInertValue(value)) continue;
        const data = { container: c.label, option, word: verdict.word };
        if (verdict.strength === "strong") report(ctx, c, option, "name", data);
        else if (looksRandom(value)) report(ctx, c, option, "random", data);
      }
    }
  }
});
function report(ctx, c, option, messageId, data) {
  ctx.report({
    path: [...c.path, "logConfiguration", "options", option],
    target: "key",
    hint: `move "${option}" to "logConfiguration.secretOptions" with "valueFrom" naming a Secrets Manager secret or SSM parameter`,
    messageId,
    data
  });
}

// rules/no-privileged-container/index.ts
var no_privileged_container_default = defineRule({
  meta: {
    id: "no-privileged-container",
    category: "security",
    description: "Disallow containers that run privileged",
    severity: "error",
    presets: { recommended: "warning", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security",
      "https://docs.aws.amazon.com/config/latest/developerguide/ecs-containers-nonprivileged.html"
    ],
    messages: {
      privileged: "{{container}} runs privileged: root on the host, with every capability and every host device"
    }
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      if (c.container.privileged !== true) continue;
      ctx.report({
        messageId: "privileged",
        path: [...c.path, "privileged"],
        data: { container: c.label },
        hint: 'remove "privileged": true and add only the capabilities it needs in "linuxParameters.capabilities.add"'
      });
    }
  }
});

// rules/no-secrets-in-environment/index.ts
var IDENTIFIER = /^[A-Za-z][A-Za-z0-9._-]{0,255}$/;
var no_secrets_in_environment_default = defineRule({
  meta: {
    id: "no-secrets-in-environment",
    category: "security",
    sensitive: true,
    description: "Disallow secrets in plain-text container environment variables",
    severity: "error",
    presets: { recommended: "warning", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-8"
    ],
    messages: {
      name: '{{container}}: "environment" variable "{{variable}}" holds a plain-text secret (the name says "{{word}}")',
      random: '{{container}}: "environment" variable "{{variable}}" holds a random-looking value and the name says "{{word}}"',
      shape: '{{container}}: "environment" variable "{{variable}}" holds what looks like {{what}}'
    }
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      const environment = c.container.environment;
      if (!Array.isArray(environment)) continue;
      for (let i = 0; i < environment.length; i++) {
        const entry = environment[i];
        if (!isObject(entry)) continue;
        const variable = str(entry.name);
        const value = entry.value;
        if (variable === void 0 || typeof value !== "string") continue;
        const what = secretShape(value);
        if (what !== void 0) {
          report2(ctx, c, i, "shape", { container: c.label, variable, what });
          continue;
        }
        const verdict = secretName(variable);
        if (verdict === void 0 || isInertValue(value)) continue;
        const data = { container: c.label, variable, word: verdict.word };
        const trimmed = value.trim();
        if (verdict.strength === "strong" && verdict.word !== "auth") {
          report2(ctx, c, i, "name", data);
        } else if (verdict.word === "auth" && !(IDENTIFIER.test(trimmed) && !looksRandom(trimmed))) {
          report2(ctx, c, i, "name", data);
        } else if (looksRandom(trimmed)) {
          report2(ctx, c, i, "random", data);
        }
      }
    }
  }
});
function report2(ctx, c, i, messageId, data) {
  ctx.report({
    messageId,
    path: [...c.path, "environment", i, "name"],
    data,
    hint: `move "${data.variable}" to "secrets" with "valueFrom" naming a Secrets Manager secret or SSM parameter, and rotate the value`
  });
}

// rules/_helpers/fargate.ts
var FARGATE_INCLUDE_RECENT = true;
var range = (min, max, step) => ({ kind: "range", min, max, step });
var list = (...values) => ({ kind: "list", values });
var FARGATE_SIZES = [
  { cpu: 256, memory: list(512, 1024, 2048), windows: false },
  { cpu: 512, memory: range(1024, 4096, 1024), windows: false },
  { cpu: 1024, memory: range(2048, 8192, 1024), windows: true },
  { cpu: 2048, memory: range(4096, 16384, 1024), windows: true },
  { cpu: 4096, memory: range(8192, 30720, 1024), windows: true },
  { cpu: 8192, memory: range(16384, 61440, 4096), windows: false, linuxPlatform140: true },
  { cpu: 16384, memory: range(32768, 122880, 8192), windows: false, linuxPlatform140: true },
  { cpu: 32768, memory: list(61440, 122880, 249856), windows: false, linuxPlatform140: true, recent: true }
];
var sizesFor = (os) => Object.freeze(FARGATE_SIZES.filter((s) => (FARGATE_INCLUDE_RECENT || !s.recent) && (os === "linux" || s.windows)));
var SIZES = {
  linux: sizesFor("linux"),
  windows: sizesFor("windows")
};
function fargateSizes(os) {
  return SIZES[os];
}
function fargateSize(cpu, os) {
  const sizes = SIZES[os];
  for (let i = 0; i < sizes.length; i++) if (sizes[i]?.cpu === cpu) return sizes[i];
  return void 0;
}
function allowsMemory(size, memory) {
  const spec = size.memory;
  if (spec.kind === "list") return spec.values.includes(memory);
  return memory >= spec.min && memory <= spec.max && (memory - spec.min) % spec.step === 0;
}
function describeMemory(spec) {
  if (spec.kind === "range") return `${spec.min}\u2013${spec.max} in steps of ${spec.step}`;
  const v = spec.values;
  return v.length <= 1 ? v.join("") : `${v.slice(0, -1).join(", ")} or ${v.at(-1)}`;
}
function cpusForMemory(memory, os) {
  return fargateSizes(os).filter((s) => allowsMemory(s, memory)).map((s) => s.cpu);
}
var INTEGER = /^\d+$/;
var DECIMAL = "(\\d+(?:\\.\\d+)?|\\.\\d+)";
var VCPU = new RegExp(`^${DECIMAL}\\s*vcpu$`, "i");
var GB = new RegExp(`^${DECIMAL}\\s*gb$`, "i");
function parseSize(raw, unitPattern, factor) {
  if (typeof raw === "number") {
    if (!Number.isInteger(raw) || raw <= 0) return void 0;
    return { value: raw, shown: String(raw), converted: false, fractional: false, canonical: String(raw) };
  }
  if (typeof raw !== "string") return void 0;
  const text = raw.trim();
  const shown4 = JSON.stringify(raw);
  if (INTEGER.test(text)) {
    const value2 = Number(text);
    return { value: value2, shown: shown4, converted: false, fractional: false, canonical: String(value2) };
  }
  const m = unitPattern.exec(text);
  if (!m?.[1]) return void 0;
  const value = Number(m[1]) * factor;
  if (!Number.isInteger(value) || value <= 0) return void 0;
  return { value, shown: shown4, converted: true, fractional: m[1].includes("."), canonical: String(value) };
}
var freeze = (v) => v === void 0 ? v : Object.freeze(v);
var cpuText = memoize((text) => freeze(parseSize(text, VCPU, 1024)));
var memoryText = memoize((text) => freeze(parseSize(text, GB, 1024)));
var parseCpu = (raw) => typeof raw === "string" ? cpuText(raw) : parseSize(raw, VCPU, 1024);
var parseMemory = (raw) => typeof raw === "string" ? memoryText(raw) : parseSize(raw, GB, 1024);
var showSize = (v) => v.converted ? `${v.shown} (${v.value})` : v.shown;
function fargateEntryPath(task) {
  const list4 = task.requiresCompatibilities;
  const index = Array.isArray(list4) ? list4.indexOf("FARGATE") : -1;
  return index >= 0 ? ["requiresCompatibilities", index] : ["requiresCompatibilities"];
}

// rules/require-awsvpc-on-fargate/index.ts
var require_awsvpc_on_fargate_default = defineRule({
  meta: {
    id: "require-awsvpc-on-fargate",
    category: "correctness",
    description: "Require the awsvpc network mode on Fargate",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"
    ],
    messages: {
      missing: '"networkMode" is missing; Fargate only supports network mode "awsvpc"',
      wrong: 'network mode "{{mode}}" is not supported on Fargate; Fargate only supports "awsvpc"'
    }
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx) || !isFargate(task, ctx)) return;
    const mode = task.networkMode;
    if (mode === void 0 || mode === null) {
      ctx.report({
        messageId: "missing",
        path: fargateEntryPath(task),
        hint: 'add "networkMode": "awsvpc" to the task definition'
      });
      return;
    }
    if (typeof mode !== "string" || mode === "awsvpc") return;
    ctx.report({
      messageId: "wrong",
      path: ["networkMode"],
      data: { mode },
      hint: 'set "networkMode" to "awsvpc" (host ports then equal container ports)'
    });
  }
});

// rules/require-container-memory/index.ts
var require_container_memory_default = defineRule({
  meta: {
    id: "require-container-memory",
    category: "correctness",
    description: 'Require "memory" or "memoryReservation" on every container when the task sets no "memory"',
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_memory",
      "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/create_deploy_docker_v2config.html"
    ],
    messages: {
      missing: '{{container}} sets neither "memory" nor "memoryReservation", and {{task}}',
      zero: '{{container}}: "{{property}}" {{value}} is not a memory limit, and {{task}}'
    }
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx)) return;
    if (isFargate(task, ctx)) return;
    const types = launchTypes(task, ctx);
    if (!(types?.has("EC2") || types?.has("EXTERNAL"))) return;
    const dockerrun = ctx.kind === "dockerrun-v2";
    if (!dockerrun && task.memory !== void 0 && task.memory !== null) return;
    const taskWords = dockerrun ? 'Elastic Beanstalk sets no task-level "memory" for Dockerrun v2' : 'the task sets no "memory"';
    const hint = dockerrun ? 'set "memoryReservation" (soft limit, MiB) or "memory" (hard limit, MiB) on the container' : 'set "memoryReservation" (soft limit, MiB) or "memory" (hard limit, MiB) on the container, or a task-level "memory"';
    for (const c of containers(task)) {
      const { memory, memoryReservation } = c.container;
      if (memory !== void 0 && memory !== null && num(memory) === void 0) continue;
      if (memoryReservation !== void 0 && memoryReservation !== null && num(memoryReservation) === void 0) {
        continue;
      }
      const values = [
        ["memory", num(memory)],
        ["memoryReservation", num(memoryReservation)]
      ];
      if (values.some(([, v]) => v !== void 0 && v > 0)) continue;
      const given = values.find(([, v]) => v !== void 0);
      if (given === void 0) {
        ctx.report({
          messageId: "missing",
          ...atContainer(c),
          data: { container: c.label, task: taskWords },
          hint
        });
      } else {
        const [property, value] = given;
        ctx.report({
          messageId: "zero",
          path: [...c.path, property],
          data: { container: c.label, property, value: value ?? 0, task: taskWords },
          hint
        });
      }
    }
  }
});

// rules/require-efs-transit-encryption/index.ts
var require_efs_transit_encryption_default = defineRule({
  meta: {
    id: "require-efs-transit-encryption",
    category: "security",
    description: "Require in-transit encryption on every EFS volume",
    severity: "error",
    presets: { recommended: "warning", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html",
      "https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-efs-encryption-enabled.html"
    ],
    messages: {
      absent: '{{volume}}: EFS traffic is not encrypted: "transitEncryption" is not set and defaults to "DISABLED"',
      disabled: '{{volume}}: EFS traffic is not encrypted: "transitEncryption" is "DISABLED"'
    }
  },
  check(task, ctx) {
    for (const v of volumes(task)) {
      const efs = obj(v.volume.efsVolumeConfiguration);
      if (efs === void 0) continue;
      const volume = v.name === void 0 || v.name === "" ? `volume #${v.index + 1}` : `volume "${v.name}"`;
      const hint = 'set "transitEncryption": "ENABLED" in "efsVolumeConfiguration"';
      if (efs.transitEncryption === void 0) {
        ctx.report({
          messageId: "absent",
          path: [...v.path, "efsVolumeConfiguration"],
          target: "key",
          data: { volume },
          hint
        });
      } else if (efs.transitEncryption === "DISABLED") {
        ctx.report({
          messageId: "disabled",
          path: [...v.path, "efsVolumeConfiguration", "transitEncryption"],
          data: { volume },
          hint
        });
      }
    }
  }
});

// rules/require-essential-container/index.ts
var require_essential_container_default = defineRule({
  meta: {
    id: "require-essential-container",
    category: "correctness",
    description: "Require at least one essential container",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_environment",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"
    ],
    messages: {
      none: 'no container is essential: all {{count}} set "essential": false'
    }
  },
  check(task, ctx) {
    const all = containers(task);
    if (all.length === 0) return;
    if (all.some((c) => c.container.essential !== false)) return;
    ctx.report({
      messageId: "none",
      path: ["containerDefinitions"],
      target: "key",
      data: { count: all.length },
      hint: 'set "essential": true on the container the task exists to run',
      related: all.map((c) => ({ path: [...c.path, "essential"], message: `${c.label} is not essential` }))
    });
  }
});

// rules/require-execution-role/index.ts
var HINTS2 = {
  ecr: 'set "executionRoleArn" to a role with the AmazonECSTaskExecutionRolePolicy managed policy (ECR pull and CloudWatch Logs)',
  awslogs: 'set "executionRoleArn" to a role with the AmazonECSTaskExecutionRolePolicy managed policy (ECR pull and CloudWatch Logs)',
  repositoryCredentials: 'set "executionRoleArn" to a role allowed secretsmanager:GetSecretValue on the credentials secret (and kms:Decrypt for a customer key)',
  secrets: 'set "executionRoleArn" to a role allowed to read the secrets (secretsmanager:GetSecretValue or ssm:GetParameters, and kms:Decrypt for a customer key)',
  secretOptions: 'set "executionRoleArn" to a role allowed to read the secrets (secretsmanager:GetSecretValue or ssm:GetParameters, and kms:Decrypt for a customer key)',
  environmentFiles: 'set "executionRoleArn" to a role allowed s3:GetObject and s3:GetBucketLocation on the environment files',
  firelensS3: 'set "executionRoleArn" to a role allowed s3:GetObject and s3:GetBucketLocation on the FireLens config file'
};
var require_execution_role_default = defineRule({
  meta: {
    id: "require-execution-role",
    category: "correctness",
    description: 'Require "executionRoleArn" for ECR pulls, awslogs, secrets, registry credentials and S3 files',
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/taskdef-envfiles.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/firelens-taskdef.html"
    ],
    messages: {
      ecr: 'no "executionRoleArn": {{where}} pulls the private Amazon ECR image "{{image}}" on {{launchType}}',
      awslogs: 'no "executionRoleArn": {{where}} sends logs with the "awslogs" driver on {{launchType}}',
      repositoryCredentials: 'no "executionRoleArn": {{where}} logs in to its registry with "repositoryCredentials"',
      secrets: 'no "executionRoleArn": {{where}} reads "secrets" from Secrets Manager or Parameter Store',
      secretOptions: 'no "executionRoleArn": {{where}} reads log driver "secretOptions"',
      environmentFiles: 'no "executionRoleArn": {{where}} loads "environmentFiles" from S3',
      firelensS3: 'no "executionRoleArn": {{where}} loads its FireLens configuration from S3'
    }
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx)) return;
    const role = task.executionRoleArn;
    if (typeof role === "string" ? role.trim() !== "" : role !== void 0 && role !== null) return;
    const launch = launchTypes(task, ctx) ?? /* @__PURE__ */ new Set();
    const managed = ["FARGATE", "EXTERNAL", "MANAGED_INSTANCES"].filter((t) => launch.has(t));
    const launchType = managed[0] === "FARGATE" ? "Fargate" : managed[0] === "EXTERNAL" ? "EXTERNAL (ECS Anywhere)" : "Managed Instances";
    const hits = /* @__PURE__ */ new Map();
    const add = (reason, hit) => {
      const list4 = hits.get(reason) ?? [];
      list4.push(hit);
      hits.set(reason, list4);
    };
    const images = /* @__PURE__ */ new Map();
    if (managed.length > 0) {
      for (const site of imageSites(task, ctx)) {
        const ref = checkableImage(site);
        if (!site.container || !ref || !isEcr(ref)) continue;
        images.set(site.container.index, ref.raw);
        add("ecr", { container: site.container, path: site.path, target: "value" });
      }
    }
    for (const c of containers(task)) {
      const log = obj(c.container.logConfiguration);
      const logPath = [...c.path, "logConfiguration"];
      if (managed.length > 0 && log?.logDriver === "awslogs") {
        add("awslogs", { container: c, path: [...logPath, "logDriver"], target: "value" });
      }
      if (obj(c.container.repositoryCredentials)) {
        add("repositoryCredentials", { container: c, path: [...c.path, "repositoryCredentials"], target: "key" });
      }
      if (arr(c.container.secrets).length > 0) {
        add("secrets", { container: c, path: [...c.path, "secrets"], target: "key" });
      }
      if (arr(log?.secretOptions).length > 0) {
        add("secretOptions", { container: c, path: [...logPath, "secretOptions"], target: "key" });
      }
      if (arr(c.container.environmentFiles).length > 0) {
        add("environmentFiles", { container: c, path: [...c.path, "environmentFiles"], target: "key" });
      }
      const firelens = obj(c.container.firelensConfiguration);
      const options = obj(firelens?.options);
      if (str(options?.["config-file-type"]) === "s3") {
        add("firelensS3", {
          container: c,
          path: [...c.path, "firelensConfiguration", "options", "config-file-type"],
          target: "value"
        });
      }
    }
    for (const [reason, list4] of hits) {
      const [first, ...rest] = list4;
      if (!first) continue;
      const more = rest.length > 0 ? ` (and ${rest.length} more ${rest.length === 1 ? "container" : "containers"})` : "";
      const report3 = {
        messageId: reason,
        path: first.path,
        target: first.target,
        data: {
          where: `${first.container.label}${more}`,
          image: images.get(first.container.index) ?? "",
          launchType
        },
        hint: HINTS2[reason]
      };
      if (rest.length > 0) {
        report3.related = rest.map((h) => ({ path: h.path, target: h.target, message: `${h.container.label} too` }));
      }
      ctx.report(report3);
    }
  }
});

// rules/require-health-check/index.ts
var isRouter = (config) => typeof config === "object" && config !== null;
var require_health_check_default = defineRule({
  meta: {
    id: "require-health-check",
    category: "reliability",
    description: "Require a container health check on every essential container",
    severity: "note",
    presets: { recommended: "note", strict: "warning" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/healthcheck.html"
    ],
    messages: {
      missing: '{{container}} is essential but has no "healthCheck": ECS cannot tell when it stops working'
    }
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      if (c.container.essential === false) continue;
      const healthCheck = c.container.healthCheck;
      if (healthCheck !== void 0 && healthCheck !== null) continue;
      ctx.report({
        messageId: "missing",
        ...atContainer(c),
        data: { container: c.label },
        hint: isRouter(c.container.firelensConfiguration) ? `add a "healthCheck" that fits the log router (aws-for-fluent-bit documents one); a hung router loses every container's logs` : 'add "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"]} with a check that fits the container'
      });
    }
  }
});

// rules/require-image-digest/index.ts
var require_image_digest_default = defineRule({
  meta: {
    id: "require-image-digest",
    category: "security",
    description: "Require every image to be pinned by its sha256 digest",
    severity: "warning",
    presets: { recommended: "off", strict: "warning" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html#deployment-container-image-stability"
    ],
    messages: {
      unpinned: '{{where}}: image "{{image}}" is not pinned by digest'
    },
    appliesTo: [...TASK_KINDS, "dockerrun-v1"]
  },
  check(task, ctx) {
    for (const site of imageSites(task, ctx)) {
      const ref = checkableImage(site);
      if (!ref || ref.digest !== void 0) continue;
      ctx.report({
        messageId: "unpinned",
        path: site.path,
        data: { where: site.label, image: ref.raw },
        hint: `append the digest of the image you tested: "${ref.name}@sha256:<digest>"`
      });
    }
  }
});

// rules/require-log-configuration/index.ts
var require_log_configuration_default = defineRule({
  meta: {
    id: "require-log-configuration",
    category: "observability",
    description: "Require a log configuration with a log driver on every container",
    severity: "warning",
    presets: { recommended: "warning", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-9"
    ],
    messages: {
      missing: '{{container}} has no "logConfiguration": its output stays on the host or is lost'
    }
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      const log = c.container.logConfiguration;
      if (log !== void 0 && log !== null) continue;
      ctx.report({
        messageId: "missing",
        ...atContainer(c),
        data: { container: c.label },
        hint: 'add "logConfiguration" with a "logDriver", e.g. "awslogs" with "awslogs-group", "awslogs-region" and "awslogs-stream-prefix"'
      });
    }
  }
});

// rules/require-no-new-privileges/index.ts
function runsElsewhere(task, ctx) {
  const listed = task.requiresCompatibilities;
  if (ctx.kind === "dockerrun-v2" || !Array.isArray(listed)) return false;
  for (let i = 0; i < listed.length; i++) {
    const type = String(listed[i]);
    if (type === "FARGATE" || type === "MANAGED_INSTANCES" || hasPlaceholder(type)) return true;
  }
  return false;
}
function setsNoNewPrivileges(options) {
  if (!Array.isArray(options)) return false;
  for (let i = 0; i < options.length; i++) {
    const o = options[i];
    if (typeof o === "string" && /^no-new-privileges(?:[:=]true)?$/.test(o.trim())) return true;
  }
  return false;
}
var require_no_new_privileges_default = defineRule({
  meta: {
    id: "require-no-new-privileges",
    category: "security",
    description: 'Require "no-new-privileges" in the Docker security options of EC2 Linux containers',
    severity: "note",
    presets: { recommended: "off", strict: "note" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security"
    ],
    messages: {
      missing: '{{container}} does not set "no-new-privileges" in "dockerSecurityOptions"'
    }
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx) || isWindows(task) || runsElsewhere(task, ctx)) return;
    for (const c of containers(task)) {
      if (setsNoNewPrivileges(c.container.dockerSecurityOptions)) continue;
      const written2 = c.container.dockerSecurityOptions !== void 0;
      ctx.report({
        messageId: "missing",
        ...written2 ? { path: [...c.path, "dockerSecurityOptions"], target: "key" } : c.name === void 0 ? { path: [...c.path, "dockerSecurityOptions"] } : atContainer(c),
        data: { container: c.label },
        hint: 'add "no-new-privileges" to "dockerSecurityOptions" so setuid programs cannot raise its privileges'
      });
    }
  }
});

// rules/require-non-root-user/index.ts
var NOTE = { severity: "note" };
var DEFAULT = {};
var require_non_root_user_default = defineRule({
  meta: {
    id: "require-non-root-user",
    category: "security",
    description: "Require Linux containers to run as a non-root user",
    severity: "warning",
    presets: { recommended: "off", strict: "warning" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security",
      "https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-nonroot-user.html"
    ],
    messages: {
      absent: `{{container}} sets no "user", so it runs as the image's user, which is root unless the image says otherwise`,
      root: '{{container}} runs as root: "user" is "{{user}}"'
    }
  },
  check(task, ctx) {
    if (isWindows(task)) return;
    for (const c of containers(task)) {
      const kind = userKind(c.container);
      if (kind !== "absent" && kind !== "root") continue;
      const router = isObject(c.container.firelensConfiguration);
      const severity = router ? NOTE : DEFAULT;
      const hint = router ? 'run the log router as a non-root "user" if your container agent supports it (2025 and later)' : 'set "user" to a non-root uid:gid such as "1000:1000" that the image can run as';
      const user = str(c.container.user) ?? "";
      if (kind === "root") {
        ctx.report({
          messageId: "root",
          path: [...c.path, "user"],
          data: { container: c.label, user },
          hint,
          ...severity
        });
      } else {
        ctx.report({
          messageId: "absent",
          ...c.container.user !== void 0 && c.container.user !== null || c.name === void 0 ? { path: [...c.path, "user"] } : atContainer(c),
          data: { container: c.label },
          hint,
          ...severity
        });
      }
    }
  }
});

// rules/require-readonly-root-filesystem/index.ts
var require_readonly_root_filesystem_default = defineRule({
  meta: {
    id: "require-readonly-root-filesystem",
    category: "security",
    description: "Require containers to mount their root filesystem read-only",
    severity: "warning",
    presets: { recommended: "off", strict: "warning" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security",
      "https://docs.aws.amazon.com/config/latest/developerguide/ecs-containers-readonly-access.html"
    ],
    messages: {
      absent: '{{container}} has a writable root filesystem: "readonlyRootFilesystem" is not set',
      false: '{{container}} has a writable root filesystem: "readonlyRootFilesystem" is false'
    }
  },
  check(task, ctx) {
    if (isWindows(task)) return;
    const hint = 'set "readonlyRootFilesystem": true and give the paths it writes to a volume';
    for (const c of containers(task)) {
      const value = c.container.readonlyRootFilesystem;
      if (value === void 0 || value === null) {
        ctx.report({
          messageId: "absent",
          ...c.name === void 0 ? { path: [...c.path, "readonlyRootFilesystem"] } : atContainer(c),
          data: { container: c.label },
          hint
        });
      } else if (value === false) {
        ctx.report({
          messageId: "false",
          path: [...c.path, "readonlyRootFilesystem"],
          data: { container: c.label },
          hint
        });
      }
    }
  }
});

// rules/require-registry-credentials/index.ts
var PUBLIC_ONLY = /* @__PURE__ */ new Set([
  "mcr.microsoft.com",
  "registry.k8s.io",
  "k8s.gcr.io",
  "docker.elastic.co",
  "registry.access.redhat.com"
]);
var MAYBE_PUBLIC = /* @__PURE__ */ new Set(["ghcr.io", "quay.io", "gcr.io", "registry.gitlab.com", "nvcr.io", "cgr.dev", "lscr.io"]);
function maybePublic(registry) {
  if (MAYBE_PUBLIC.has(registry)) return true;
  return registry.endsWith(".gcr.io") || registry.endsWith("-docker.pkg.dev");
}
var needsNoCredentials = (ref) => isEcr(ref) || isPublicEcr(ref) || isDockerHub(ref) || PUBLIC_ONLY.has(registryName(ref));
var require_registry_credentials_default = defineRule({
  meta: {
    id: "require-registry-credentials",
    category: "reliability",
    description: 'Require "repositoryCredentials" for images from private registries other than Amazon ECR',
    severity: "warning",
    presets: { recommended: "warning", strict: "warning" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RepositoryCredentials.html",
      "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/docker-configuration.remote-repo.html"
    ],
    messages: {
      private: '{{where}}: image "{{image}}" is from the private registry "{{registry}}" but there is no {{credentials}}',
      maybePublic: '{{where}}: image "{{image}}" from "{{registry}}" has no {{credentials}}, so it must be a public image'
    },
    appliesTo: [...TASK_KINDS, "dockerrun-v1"]
  },
  check(task, ctx) {
    if (ctx.kind === "dockerrun-v1" && isObject(task.Authentication)) return;
    if (ctx.kind === "dockerrun-v2" && isObject(task.authentication)) return;
    const dockerrun = ctx.kind === "dockerrun-v1" || ctx.kind === "dockerrun-v2";
    for (const site of imageSites(task, ctx)) {
      const ref = checkableImage(site);
      if (!ref || needsNoCredentials(ref)) continue;
      if (site.container && obj(site.container.container.repositoryCredentials)) continue;
      const registry = registryName(ref);
      const authKey = ctx.kind === "dockerrun-v1" ? "Authentication" : "authentication";
      const fix = dockerrun ? `add "${authKey}" with the S3 bucket and key of a Docker config file that logs in to "${registry}"` : `add "repositoryCredentials": {"credentialsParameter": "<Secrets Manager secret ARN>"} with the login for "${registry}"`;
      const publicMaybe = maybePublic(registry);
      ctx.report({
        messageId: publicMaybe ? "maybePublic" : "private",
        path: site.path,
        severity: publicMaybe ? "note" : "warning",
        data: {
          where: site.label,
          image: ref.raw,
          registry,
          credentials: ctx.kind === "dockerrun-v1" ? '"Authentication"' : '"repositoryCredentials"'
        },
        hint: publicMaybe ? `if the image is private, ${fix}` : fix
      });
    }
  }
});

// rules/valid-awslogs-options/index.ts
import { closest, distance } from "fastest-levenshtein";
var AWSLOGS_OPTIONS = [
  "awslogs-group",
  "awslogs-region",
  "awslogs-stream-prefix",
  "awslogs-create-group",
  "awslogs-datetime-format",
  "awslogs-multiline-pattern",
  "awslogs-endpoint",
  "awslogs-credentials-endpoint",
  "awslogs-stream",
  "awslogs-create-stream",
  "awslogs-format",
  "awslogs-force-flush-interval-seconds",
  "awslogs-max-buffered-events",
  "tag",
  "mode",
  "max-buffer-size"
];
var KNOWN = new Set(AWSLOGS_OPTIONS);
var REQUIRED = ["awslogs-group", "awslogs-region"];
var REQUIRED_ON_FARGATE = [...REQUIRED, "awslogs-stream-prefix"];
var MODES = ["blocking", "non-blocking"];
var BUFFER_SIZE = /^\d+(\.\d+)? ?[kKmMgGtTpP]?[iI]?[bB]?$/;
var BOOLEANS = /* @__PURE__ */ new Set(["1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"]);
function suggest(word, candidates2) {
  if (candidates2.length === 0) return void 0;
  const lower = word.toLowerCase();
  const best = closest(lower, [...candidates2]);
  const limit = Math.min(3, Math.max(1, Math.floor(lower.length / 4)));
  return distance(lower, best) <= limit ? best : void 0;
}
var EXAMPLES = {
  "awslogs-group": '"awslogs-group": "/ecs/my-app"',
  "awslogs-region": '"awslogs-region": "us-east-1"',
  "awslogs-stream-prefix": '"awslogs-stream-prefix": "my-app"'
};
var cut = (s, max = 40) => s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
var optionsPath = (c, ...more) => [
  ...c.path,
  "logConfiguration",
  "options",
  ...more
];
var NOT_EMPTY = ["awslogs-group", "awslogs-region", "awslogs-stream-prefix"];
var NONE_MISSING = Object.freeze([]);
function missingOptions(required2, opts, typoOf) {
  let missing;
  for (const o of required2) {
    if (Object.hasOwn(opts, o) || typoOf?.has(o)) continue;
    missing ??= [];
    missing.push(o);
  }
  return missing ?? NONE_MISSING;
}
var valid_awslogs_options_default = defineRule({
  meta: {
    id: "valid-awslogs-options",
    category: "observability",
    description: "Require the options the awslogs log driver needs, with names and values it accepts",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html",
      "https://docs.docker.com/engine/logging/drivers/awslogs/",
      "https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html",
      "https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogStream.html"
    ],
    messages: {
      missingOptions: '{{container}}: the "awslogs" log driver needs {{options}}{{fargate}}',
      emptyOption: '{{container}}: log option "{{option}}" is empty',
      unknownOption: '{{container}}: "{{option}}" is not an option of the "awslogs" log driver',
      bothPatterns: '{{container}}: "awslogs-datetime-format" and "awslogs-multiline-pattern" cannot be set together',
      badMode: '{{container}}: log option "mode" is "{{value}}", not "blocking" or "non-blocking"',
      badBufferSize: '{{container}}: log option "max-buffer-size" "{{value}}" is not a size such as "25m"',
      bufferNeedsNonBlocking: '{{container}}: "max-buffer-size" works only with "mode": "non-blocking", and "mode" is "{{mode}}"',
      bufferModeUnset: '{{container}}: "max-buffer-size" works only in non-blocking mode, and "mode" is not set',
      badCreateGroup: '{{container}}: log option "awslogs-create-group" is "{{value}}", not "true" or "false"',
      badGroupName: '{{container}}: "awslogs-group" {{value}} has {{chars}}, which CloudWatch Logs group names cannot contain',
      longGroupName: '{{container}}: "awslogs-group" is {{length}} characters long; CloudWatch Logs allows 512',
      badStreamPrefix: '{{container}}: "awslogs-stream-prefix" {{value}} has {{chars}}, which CloudWatch Logs stream names cannot contain'
    }
  },
  check(task, ctx) {
    const fargate = isFargate(task, ctx);
    for (const c of containers(task)) {
      const log = obj(c.container.logConfiguration);
      if (log?.logDriver !== "awslogs") continue;
      const container = c.label;
      const options = obj(log.options);
      if (log.options !== void 0 && log.options !== null && !options) continue;
      const opts = options ?? {};
      let typoOf;
      for (const name of Object.keys(opts)) {
        if (KNOWN.has(name)) continue;
        const suggestion2 = suggest(
          name,
          AWSLOGS_OPTIONS.filter((o) => !Object.hasOwn(opts, o))
        );
        if (suggestion2 !== void 0) {
          typoOf ??= /* @__PURE__ */ new Map();
          typoOf.set(suggestion2, name);
        }
        ctx.report({
          messageId: "unknownOption",
          path: optionsPath(c, name),
          target: "key",
          data: { container, option: cut(name) },
          hint: suggestion2 === void 0 ? `remove it; the awslogs driver takes ${AWSLOGS_OPTIONS.slice(0, 6).map((o) => `"${o}"`).join(", ")} and a few more` : `did you mean "${suggestion2}"?`
        });
      }
      const required2 = fargate ? REQUIRED_ON_FARGATE : REQUIRED;
      const missing = missingOptions(required2, opts, typoOf);
      if (missing.length > 0) {
        ctx.report({
          messageId: "missingOptions",
          ...options ? { path: optionsPath(c), target: "key" } : { path: [...c.path, "logConfiguration", "logDriver"], target: "value" },
          data: {
            container,
            options: quoteList(missing),
            fargate: missing.includes("awslogs-stream-prefix") ? " (the prefix is required on Fargate)" : ""
          },
          hint: `add ${missing.map((o) => EXAMPLES[o] ?? `"${o}"`).join(", ")}`
        });
      }
      for (const option of NOT_EMPTY) {
        const value = opts[option];
        if (typeof value === "string" && value.trim() === "") {
          ctx.report({ messageId: "emptyOption", path: optionsPath(c, option), data: { container, option } });
        }
      }
      checkNames(ctx, c, opts);
      if (Object.hasOwn(opts, "awslogs-datetime-format") && Object.hasOwn(opts, "awslogs-multiline-pattern")) {
        ctx.report({
          messageId: "bothPatterns",
          path: optionsPath(c, "awslogs-multiline-pattern"),
          target: "key",
          data: { container },
          hint: "keep one of them: Docker refuses to create the container with both",
          related: [
            {
              path: optionsPath(c, "awslogs-datetime-format"),
              message: '"awslogs-datetime-format" is here',
              target: "key"
            }
          ]
        });
      }
      const mode = str(opts.mode);
      if (mode !== void 0 && !MODES.includes(mode)) {
        const suggestion2 = suggest(mode, MODES);
        ctx.report({
          messageId: "badMode",
          path: optionsPath(c, "mode"),
          data: { container, value: cut(mode) },
          hint: suggestion2 === void 0 ? 'use "non-blocking" or "blocking"' : `did you mean "${suggestion2}"?`
        });
      }
      const buffer = str(opts["max-buffer-size"]);
      if (buffer !== void 0) {
        if (!BUFFER_SIZE.test(buffer.trim())) {
          ctx.report({
            messageId: "badBufferSize",
            path: optionsPath(c, "max-buffer-size"),
            data: { container, value: cut(buffer) },
            hint: 'write a number with a unit: "25m", "4m", "1g"'
          });
        }
        if (mode === "blocking") {
          ctx.report({
            messageId: "bufferNeedsNonBlocking",
            path: optionsPath(c, "max-buffer-size"),
            target: "key",
            data: { container, mode },
            hint: 'set "mode": "non-blocking", or remove "max-buffer-size"',
            related: [{ path: optionsPath(c, "mode"), message: '"mode" is set here' }]
          });
        } else if (mode === void 0 && !Object.hasOwn(opts, "mode")) {
          ctx.report({
            messageId: "bufferModeUnset",
            path: optionsPath(c, "max-buffer-size"),
            target: "key",
            data: { container },
            // ECS has defaulted to non-blocking since June 2025; older agents default to blocking.
            severity: "note",
            hint: 'set "mode": "non-blocking" explicitly: older container agents default to blocking and then reject the option'
          });
        }
      }
      const createGroup = str(opts["awslogs-create-group"]);
      if (createGroup !== void 0 && !BOOLEANS.has(createGroup)) {
        ctx.report({
          messageId: "badCreateGroup",
          path: optionsPath(c, "awslogs-create-group"),
          data: { container, value: cut(createGroup) },
          hint: 'use "true" (the execution role then needs logs:CreateLogGroup) or "false"'
        });
      }
    }
  }
});
var GROUP_CHAR = /[.\-_/#A-Za-z0-9]/;
var GROUP_MAX = 512;
var STREAM_BAD = /[:*]/;
function refused(text, ok) {
  const out = [];
  for (const ch of text) {
    if (ok(ch)) continue;
    const code = ch.codePointAt(0) ?? 0;
    const shown4 = code <= 32 || code === 127 ? `U+${code.toString(16).toUpperCase().padStart(4, "0")}` : `"${ch}"`;
    if (!out.includes(shown4)) out.push(shown4);
    if (out.length === 5) break;
  }
  return out.join(", ");
}
function checkNames(ctx, c, opts) {
  const group = str(opts["awslogs-group"]);
  if (group !== void 0 && group.trim() !== "" && !hasPlaceholder(group)) {
    const chars = refused(group, (ch) => GROUP_CHAR.test(ch));
    if (chars !== "") {
      ctx.report({
        messageId: "badGroupName",
        path: optionsPath(c, "awslogs-group"),
        data: { container: c.label, value: JSON.stringify(cut(group)), chars },
        hint: /^arn:[^:]*:logs:/.test(group) ? `use the log group name ("${cut(group.replace(/^arn:[^:]*:logs:[^:]*:[^:]*:log-group:/, "").replace(/:\*$/, ""))}"), not its ARN` : 'use letters, digits and . - _ / # only, such as "/ecs/my-service"'
      });
    } else if (group.length > GROUP_MAX) {
      ctx.report({
        messageId: "longGroupName",
        path: optionsPath(c, "awslogs-group"),
        data: { container: c.label, length: group.length },
        hint: `shorten the log group name to ${GROUP_MAX} characters or fewer`
      });
    }
  }
  const prefix = str(opts["awslogs-stream-prefix"]);
  if (prefix !== void 0 && STREAM_BAD.test(prefix) && !hasPlaceholder(prefix)) {
    ctx.report({
      messageId: "badStreamPrefix",
      path: optionsPath(c, "awslogs-stream-prefix"),
      data: {
        container: c.label,
        value: JSON.stringify(cut(prefix)),
        chars: refused(prefix, (ch) => !STREAM_BAD.test(ch))
      },
      hint: 'remove ":" and "*" from the prefix, for example "ecs" or "my-service"'
    });
  }
}

// rules/valid-container-count/index.ts
var MAX_CONTAINERS = 10;
var valid_container_count_default = defineRule({
  meta: {
    id: "valid-container-count",
    category: "correctness",
    description: "Require 1 to 10 container definitions in a task definition",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"
    ],
    messages: {
      empty: '"containerDefinitions" is empty: a task definition needs at least 1 container',
      tooMany: "{{count}} container definitions: a task definition allows at most {{max}}"
    }
  },
  check(task, ctx) {
    const list4 = task.containerDefinitions;
    if (!Array.isArray(list4)) return;
    const count2 = arr(list4).length;
    if (count2 === 0) {
      ctx.report({
        messageId: "empty",
        path: ["containerDefinitions"],
        target: "key",
        hint: 'add the container the task runs to "containerDefinitions"'
      });
      return;
    }
    if (count2 <= MAX_CONTAINERS) return;
    const extra = count2 - MAX_CONTAINERS;
    const first = containers(task).find((c) => c.index === MAX_CONTAINERS);
    const bare = ctx.kind === "container-definitions";
    ctx.report({
      messageId: "tooMany",
      // A bare array has no "containerDefinitions" key: point at the first container over the limit.
      path: bare ? ["containerDefinitions", MAX_CONTAINERS] : ["containerDefinitions"],
      target: "key",
      data: { count: count2, max: MAX_CONTAINERS },
      hint: `remove or merge ${plural(extra, "container")}, or split the work into tasks of ${MAX_CONTAINERS} containers or fewer`,
      ...bare ? {} : {
        related: [
          {
            path: ["containerDefinitions", MAX_CONTAINERS],
            message: `${first?.label ?? `container #${MAX_CONTAINERS + 1}`} is number ${MAX_CONTAINERS + 1}`,
            target: "key"
          }
        ]
      }
    });
  }
});

// rules/valid-container-references/index.ts
import { closest as closest2, distance as distance2 } from "fastest-levenshtein";
var templated = hasPlaceholder;
var EB_LOG_VOLUME = "awseb-logs-";
var MAX_CYCLES = 20;
var MAX_LISTED = 10;
function suggestion(name, existing, noun, where) {
  if (existing.length === 0)
    return `the task defines no ${noun}s: add one named "${name}" to ${where}, or remove the reference`;
  const guess = closest2(name, [...existing]);
  const close = guess.toLowerCase() === name.toLowerCase() || distance2(name, guess) <= Math.max(1, Math.floor(name.length / 3));
  if (close) return `did you mean "${guess}"?`;
  const listed = existing.length > MAX_LISTED ? `${existing.slice(0, MAX_LISTED).map((n) => `"${n}"`).join(", ")} and ${existing.length - MAX_LISTED} more` : quoteList(existing, "or");
  return `name one of the ${noun}s in ${where}: ${listed}`;
}
function findCycles(n, edges, limit = MAX_CYCLES) {
  const out = [];
  const adjacent = Array.from({ length: n }, () => []);
  for (const e of edges) adjacent[e.from]?.push(e);
  let budget = 1e5;
  for (let start = 0; start < n && out.length < limit; start++) {
    const onPath = /* @__PURE__ */ new Set([start]);
    const path = [];
    const walk2 = (node) => {
      for (const e of adjacent[node] ?? []) {
        if (out.length >= limit || --budget < 0) return;
        if (e.to === start) out.push([...path, e]);
        else if (e.to > start && !onPath.has(e.to)) {
          onPath.add(e.to);
          path.push(e);
          walk2(e.to);
          path.pop();
          onPath.delete(e.to);
        }
      }
    };
    walk2(start);
  }
  return out;
}
var valid_container_references_default = defineRule({
  meta: {
    id: "valid-container-references",
    category: "correctness",
    description: "Require container, volume and device references to name something that exists, without cycles",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_VolumeFrom.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MountPoint.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ProxyConfiguration.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ResourceRequirement.html",
      "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/create_deploy_docker_v2config.html"
    ],
    messages: {
      unknownDependency: '{{label}}: "dependsOn" names container "{{name}}", which is not in the {{scope}}',
      unknownVolumesFrom: '{{label}}: "volumesFrom" names container "{{name}}", which is not in the {{scope}}',
      emptyName: '{{label}}: "{{field}}" is empty: it must name a container of the task definition',
      unknownProxyContainer: '"proxyConfiguration" names container "{{name}}", which is not in the task definition',
      unknownVolume: '{{label}}: "mountPoints" names volume "{{name}}", which is not in "volumes"',
      unknownDevice: `{{label}}: InferenceAccelerator "{{name}}" is not a "deviceName" in the task's "inferenceAccelerators"`,
      dependsOnSelf: "{{label}} depends on itself",
      volumesFromSelf: '{{label}}: "volumesFrom" names the container itself',
      cycle: '"dependsOn" cycle: {{cycle}}: none of these containers can start',
      healthyWithoutCheck: '{{label}} waits for container "{{name}}" to be HEALTHY, but container "{{name}}" has no "healthCheck"',
      essentialTarget: '{{label}} waits for container "{{name}}" with condition "{{condition}}", but container "{{name}}" is essential'
    }
  },
  check(task, ctx) {
    const all = containers(task);
    const bare = !hasTaskContext(ctx);
    const byName = /* @__PURE__ */ new Map();
    for (const c of all) if (c.name !== void 0 && !byName.has(c.name)) byName.set(c.name, c);
    const targets = {
      byName,
      // A container whose name is a template placeholder (or not a string) might be the one referred to.
      namesKnown: all.every((c) => c.container.name === void 0 || c.name !== void 0 && !templated(c.name)),
      scope: bare ? "container definitions" : "task definition"
    };
    const edges = [];
    for (const c of all) {
      checkDependsOn(ctx, targets, c, edges);
      checkVolumesFrom(ctx, targets, c);
    }
    if (mayHaveCycle(edges)) reportCycles(ctx, all, edges);
    if (bare) return;
    checkMountPoints(task, ctx, all);
    checkProxy(task, ctx, targets);
    checkAccelerators(task, ctx, all);
  }
});
function checkDependsOn(ctx, targets, c, edges) {
  const { byName, namesKnown, scope } = targets;
  const list4 = c.container.dependsOn;
  if (!Array.isArray(list4)) return;
  for (let i = 0; i < list4.length; i++) {
    const dep = list4[i];
    if (!isObject(dep)) continue;
    const target = dep.containerName;
    const depPath = [...c.path, "dependsOn", i];
    if (target === "") {
      ctx.report({
        messageId: "emptyName",
        path: [...depPath, "containerName"],
        data: { label: c.label, field: "dependsOn.containerName" },
        hint: `name the container this one waits for (${quoteNames(otherNames(byName, c))}), or remove the entry`
      });
      continue;
    }
    if (!usable(target)) continue;
    if (target === c.name) {
      ctx.report({
        messageId: "dependsOnSelf",
        path: [...depPath, "containerName"],
        data: { label: c.label },
        hint: 'remove this "dependsOn" entry, or name the container this one waits for'
      });
      continue;
    }
    const ref = byName.get(target);
    if (ref === void 0) {
      if (namesKnown) {
        ctx.report({
          messageId: "unknownDependency",
          path: [...depPath, "containerName"],
          data: { label: c.label, name: target, scope },
          hint: suggestion(target, otherNames(byName, c), "container", '"containerDefinitions"')
        });
      }
      continue;
    }
    edges.push({ from: c.index, to: ref.index, path: depPath });
    const condition = str(dep.condition);
    if (condition === "HEALTHY" && (ref.container.healthCheck === void 0 || ref.container.healthCheck === null)) {
      ctx.report({
        messageId: "healthyWithoutCheck",
        path: [...depPath, "condition"],
        data: { label: c.label, name: target },
        hint: `add a "healthCheck" to container "${target}", or wait for it with condition "START"`,
        related: [{ path: [...ref.path, "name"], message: `container "${target}" has no "healthCheck"` }]
      });
    }
    const essential = ref.container.essential;
    if ((condition === "COMPLETE" || condition === "SUCCESS") && (essential === void 0 || essential === true)) {
      ctx.report({
        messageId: "essentialTarget",
        path: [...depPath, "condition"],
        data: { label: c.label, name: target, condition },
        hint: `set "essential": false on container "${target}" (a container that exits must not be essential), or use condition "START" or "HEALTHY"`,
        related: [
          essential === void 0 ? {
            path: [...ref.path, "name"],
            message: `container "${target}" is essential: "essential" is omitted, which means true`
          } : { path: [...ref.path, "essential"], message: `container "${target}" sets "essential": true` }
        ]
      });
    }
  }
}
function checkVolumesFrom(ctx, targets, c) {
  const { byName, namesKnown, scope } = targets;
  const list4 = c.container.volumesFrom;
  if (!Array.isArray(list4)) return;
  for (let i = 0; i < list4.length; i++) {
    const from = list4[i];
    if (!isObject(from)) continue;
    const source2 = from.sourceContainer;
    if (!usable(source2)) continue;
    const path = [...c.path, "volumesFrom", i, "sourceContainer"];
    if (source2 === c.name) {
      ctx.report({
        messageId: "volumesFromSelf",
        path,
        data: { label: c.label },
        hint: 'name another container of the task, or remove this "volumesFrom" entry'
      });
    } else if (!byName.has(source2) && namesKnown) {
      ctx.report({
        messageId: "unknownVolumesFrom",
        path,
        data: { label: c.label, name: source2, scope },
        hint: suggestion(source2, otherNames(byName, c), "container", '"containerDefinitions"')
      });
    }
  }
}
function mayHaveCycle(edges) {
  if (edges.length < 2) return false;
  const dependents = /* @__PURE__ */ new Set();
  for (const e of edges) dependents.add(e.from);
  for (const e of edges) if (dependents.has(e.to)) return true;
  return false;
}
function reportCycles(ctx, all, edges) {
  const positioned = edges.map((e) => ({ ...e, from: indexOf(all, e.from), to: indexOf(all, e.to) }));
  for (const cycle of findCycles(all.length, positioned)) {
    const first = cycle[0];
    if (first === void 0) continue;
    const label2 = (i) => `"${all[i]?.name ?? ""}"`;
    const chain = [...cycle.map((e) => label2(e.from)), label2(first.from)].join(" \u2192 ");
    const related = cycle.slice(1).map((e) => ({
      path: [...e.path, "containerName"],
      message: `${all[e.from]?.label ?? "a container"} depends on ${all[e.to]?.label ?? "another"}`
    }));
    ctx.report({
      messageId: "cycle",
      path: [...first.path, "containerName"],
      data: { cycle: chain },
      hint: 'remove one of these "dependsOn" entries so the containers can start in some order',
      related
    });
  }
}
function checkMountPoints(task, ctx, all) {
  if (all.some((c) => arr(c.container.mountPoints).length > 0)) {
    const volumeNames = knownVolumeNames(task);
    if (volumeNames !== void 0) {
      for (const c of all) {
        for (const [mount, i] of objects(c.container.mountPoints)) {
          const source2 = mount.sourceVolume;
          if (!usable(source2) || volumeNames.includes(source2)) continue;
          if (ctx.kind === "dockerrun-v2" && source2.startsWith(EB_LOG_VOLUME)) continue;
          ctx.report({
            messageId: "unknownVolume",
            path: [...c.path, "mountPoints", i, "sourceVolume"],
            data: { label: c.label, name: source2 },
            hint: suggestion(source2, volumeNames, "volume", '"volumes"')
          });
        }
      }
    }
  }
}
function knownVolumeNames(task) {
  const list4 = task.volumes;
  if (list4 === void 0 || list4 === null) return [];
  if (!Array.isArray(list4)) return void 0;
  const names = [];
  for (const volume of list4) {
    if (!isObject(volume)) continue;
    const name = str(volume.name);
    if (name === void 0 || templated(name)) return void 0;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
function checkProxy(task, ctx, targets) {
  const { byName, namesKnown } = targets;
  const proxy = obj(task.proxyConfiguration);
  const proxyName = proxy?.containerName;
  if (proxyName === "") {
    ctx.report({
      messageId: "emptyName",
      path: ["proxyConfiguration", "containerName"],
      data: { label: '"proxyConfiguration"', field: "containerName" },
      hint: `name the App Mesh proxy container (${quoteNames(containerNames(byName))})`
    });
  } else if (usable(proxyName) && !byName.has(proxyName) && namesKnown) {
    ctx.report({
      messageId: "unknownProxyContainer",
      path: ["proxyConfiguration", "containerName"],
      data: { name: proxyName },
      hint: suggestion(proxyName, containerNames(byName), "container", '"containerDefinitions"')
    });
  }
}
function checkAccelerators(task, ctx, all) {
  if (all.some((c) => arr(c.container.resourceRequirements).length > 0)) {
    const accelerators = task.inferenceAccelerators;
    const devices = objects(accelerators).map(([a]) => a.deviceName);
    const devicesKnown = (accelerators === void 0 || Array.isArray(accelerators)) && devices.every((d) => typeof d === "string" && !templated(d));
    const deviceNames = devices.filter((d) => typeof d === "string");
    if (devicesKnown) {
      for (const c of all) {
        for (const [req, i] of objects(c.container.resourceRequirements)) {
          if (req.type !== "InferenceAccelerator") continue;
          const device = req.value;
          if (!usable(device) || deviceNames.includes(device)) continue;
          ctx.report({
            messageId: "unknownDevice",
            path: [...c.path, "resourceRequirements", i, "value"],
            data: { label: c.label, name: device },
            hint: suggestion(device, deviceNames, "inference accelerator", '"inferenceAccelerators"')
          });
        }
      }
    }
  }
}
var usable = (v) => typeof v === "string" && v !== "" && !templated(v);
var quoteNames = (all) => {
  const names = all.filter((n) => n !== "");
  return names.length === 0 ? "no other container is named" : `for example ${names.slice(0, 5).map((n) => `"${n}"`).join(", ")}`;
};
var containerNames = (byName) => [...byName.keys()].filter((n) => !templated(n));
var otherNames = (byName, c) => containerNames(byName).filter((n) => n !== c.name);
function indexOf(all, index) {
  return all.findIndex((c) => c.index === index);
}

// rules/valid-dockerrun/index.ts
var V1_ONLY = ["Image", "Ports"];
var V2_ONLY = ["containerDefinitions"];
var valid_dockerrun_default = defineRule({
  meta: {
    id: "valid-dockerrun",
    category: "correctness",
    description: "Require a Dockerrun.aws.json whose version matches its content and whose ports Elastic Beanstalk can use",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/single-container-docker-configuration.html",
      "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/create_deploy_docker_v2config.html",
      "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/docker-configuration.remote-repo.html"
    ],
    messages: {
      v2KeysInV1: '"AWSEBDockerrunVersion" is {{version}}, but the file defines {{keys}}, as version 2 does',
      v1KeysInV2: '"AWSEBDockerrunVersion" is {{version}}, but the file has {{keys}} and no "containerDefinitions", as version 1 does',
      containersInV3: '"AWSEBDockerrunVersion" is {{version}}, which holds only "Authentication", but the file defines {{keys}}',
      portsRequired: '"Image" is given but "Ports" is {{state}}: Elastic Beanstalk needs the container port',
      firstPortOnly: '"Ports" lists {{count}} ports, but Elastic Beanstalk uses only the first one'
    },
    appliesTo: ["dockerrun-v1", "dockerrun-v2", "dockerrun-v3"]
  },
  check(_task, ctx) {
    const doc = obj(ctx.document);
    if (!doc) return;
    const has2 = (key) => Object.hasOwn(doc, key);
    const versionValue = doc.AWSEBDockerrunVersion;
    const version = typeof versionValue === "string" ? `"${versionValue}"` : String(versionValue);
    const versionPath = ["AWSEBDockerrunVersion"];
    const written2 = (keys) => keys.filter(has2);
    const severity = "warning";
    if (has2("AWSEBDockerrunVersion")) {
      if (ctx.kind === "dockerrun-v1" && written2(V2_ONLY).length > 0) {
        ctx.report({
          messageId: "v2KeysInV1",
          path: versionPath,
          severity,
          data: { version, keys: quoteList(written2(V2_ONLY)) },
          hint: 'set "AWSEBDockerrunVersion": 2 and deploy to the ECS platform branch, or rewrite the file in the version 1 format'
        });
      } else if (ctx.kind === "dockerrun-v2" && !has2("containerDefinitions") && written2(V1_ONLY).length > 0) {
        ctx.report({
          messageId: "v1KeysInV2",
          path: versionPath,
          severity,
          data: { version, keys: quoteList(written2(V1_ONLY)) },
          hint: 'set "AWSEBDockerrunVersion": "1" for the Docker platform branch, or define "containerDefinitions" for the ECS platform branch'
        });
      } else if (ctx.kind === "dockerrun-v3") {
        const keys = written2([...V2_ONLY, ...V1_ONLY]);
        if (keys.length > 0) {
          ctx.report({
            messageId: "containersInV3",
            path: versionPath,
            severity,
            data: { version, keys: quoteList(keys) },
            hint: 'define the services in docker-compose.yml, or use version "1" (one container, no Compose) or 2 (ECS platform)'
          });
        }
      }
    }
    if (ctx.kind !== "dockerrun-v1") return;
    const image = obj(doc.Image);
    if (image) {
      const ports2 = doc.Ports;
      const miscased = Object.keys(doc).some((k) => k !== "Ports" && k.toLowerCase() === "ports");
      if (!miscased && (ports2 === void 0 || Array.isArray(ports2) && ports2.length === 0)) {
        ctx.report({
          messageId: "portsRequired",
          path: ports2 === void 0 ? ["Image"] : ["Ports"],
          target: "key",
          data: { state: ports2 === void 0 ? "missing" : "empty" },
          hint: 'add "Ports": [{"ContainerPort": 80}] with the port the application listens on'
        });
      }
    }
    const ports = arr(doc.Ports);
    if (ports.length > 1 && ports.every(isObject)) {
      ctx.report({
        messageId: "firstPortOnly",
        path: ["Ports", 1],
        data: { count: ports.length },
        severity: "note",
        hint: "keep only the port the reverse proxy should send traffic to, first; use the ECS platform (version 2) to publish more",
        related: [{ path: ["Ports", 0], message: "this is the port Elastic Beanstalk uses" }]
      });
    }
  }
});

// rules/valid-environment/index.ts
var MAX_ENVIRONMENT_FILES = 10;
var S3_ARN = /^arn:aws[a-z-]*:s3:::([^/\s]+)(?:\/(.*))?$/;
var S3_URL = /^s3:\/\/([^/\s]+)\/(.+)$/;
var short = (s) => s.length > 60 ? `${s.slice(0, 59)}\u2026` : s;
var SCAN_MAX = 32;
function firstNamed(env, end, name) {
  for (let j = 0; j < end; j++) {
    const entry = env[j];
    if (isObject(entry) && entry.name === name) return j;
  }
  return void 0;
}
var valid_environment_default = defineRule({
  meta: {
    id: "valid-environment",
    category: "correctness",
    description: "Require named, unique environment variables and environment files that are .env objects in S3",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EnvironmentFile.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/use-environment-file.html"
    ],
    messages: {
      nameMissing: '{{container}}: "environment" entry #{{n}} has no "name"',
      nameEmpty: '{{container}}: "environment" entry #{{n}} has an empty "name"',
      duplicate: '{{container}}: environment variable "{{name}}" is already set',
      tooManyFiles: '{{container}}: {{count}} "environmentFiles"; ECS takes at most {{max}} per container',
      fileEmpty: '{{container}}: "environmentFiles" entry #{{n}} has an empty "value"',
      fileS3Url: '{{container}}: environment file "{{value}}" is an s3:// URL, not an S3 object ARN',
      fileBucketArn: '{{container}}: environment file "{{value}}" is a bucket ARN; it must name the object',
      fileNotArn: '{{container}}: environment file "{{value}}" is not an S3 object ARN',
      fileExtension: '{{container}}: environment file "{{value}}" does not have the ".env" extension'
    }
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      const container = c.label;
      const env = arr(c.container.environment);
      const seen = env.length > SCAN_MAX ? /* @__PURE__ */ new Map() : void 0;
      for (let i = 0; i < env.length; i++) {
        const entry = env[i];
        if (!isObject(entry)) continue;
        const name = entry.name;
        if (name === void 0) {
          ctx.report({
            messageId: "nameMissing",
            path: [...c.path, "environment", i],
            target: "value",
            data: { container, n: i + 1 },
            hint: `add the variable's "name", or remove the entry`
          });
          continue;
        }
        if (typeof name !== "string") continue;
        if (name.trim() === "") {
          ctx.report({
            messageId: "nameEmpty",
            path: [...c.path, "environment", i, "name"],
            data: { container, n: i + 1 },
            hint: "give the variable a name, or remove the entry"
          });
          continue;
        }
        const first = seen === void 0 ? firstNamed(env, i, name) : seen.get(name);
        if (first === void 0) {
          seen?.set(name, i);
          continue;
        }
        ctx.report({
          messageId: "duplicate",
          path: [...c.path, "environment", i, "name"],
          data: { container, name },
          severity: "warning",
          hint: `keep one "${name}" entry; which value the container gets is not documented`,
          related: [{ path: [...c.path, "environment", first, "name"], message: `"${name}" is first set here` }]
        });
      }
      const files = arr(c.container.environmentFiles);
      if (files.length > MAX_ENVIRONMENT_FILES) {
        ctx.report({
          messageId: "tooManyFiles",
          path: [...c.path, "environmentFiles"],
          target: "key",
          data: { container, count: files.length, max: MAX_ENVIRONMENT_FILES },
          hint: "merge some of the files"
        });
      }
      for (let i = 0; i < files.length; i++) {
        const file = files[i];
        if (!isObject(file)) continue;
        const value = str(file.value);
        if (value === void 0) continue;
        const trimmed = value.trim();
        if (trimmed === "") {
          ctx.report({
            messageId: "fileEmpty",
            path: [...c.path, "environmentFiles", i, "value"],
            data: { container, n: i + 1 },
            hint: 'give the ARN of the S3 object, e.g. "arn:aws:s3:::my-bucket/app/prod.env"'
          });
          continue;
        }
        const url = S3_URL.exec(trimmed);
        if (url) {
          ctx.report({
            messageId: "fileS3Url",
            path: [...c.path, "environmentFiles", i, "value"],
            data: { container, value: short(trimmed) },
            hint: `write "arn:aws:s3:::${url[1]}/${url[2]}"`
          });
          continue;
        }
        const arn = S3_ARN.exec(trimmed);
        if (!arn) {
          ctx.report({
            messageId: "fileNotArn",
            path: [...c.path, "environmentFiles", i, "value"],
            data: { container, value: short(trimmed) },
            hint: 'give the ARN of the S3 object, e.g. "arn:aws:s3:::my-bucket/app/prod.env"'
          });
          continue;
        }
        const key = arn[2];
        if (key === void 0 || key === "") {
          ctx.report({
            messageId: "fileBucketArn",
            path: [...c.path, "environmentFiles", i, "value"],
            data: { container, value: short(trimmed) },
            hint: `add the object key: "${trimmed.replace(/\/$/, "")}/<path>.env"`
          });
          continue;
        }
        if (!key.endsWith(".env")) {
          ctx.report({
            messageId: "fileExtension",
            path: [...c.path, "environmentFiles", i, "value"],
            data: { container, value: short(trimmed) },
            severity: "warning",
            hint: 'rename the S3 object to end in ".env" and update the ARN'
          });
        }
      }
    }
  }
});

// rules/valid-ephemeral-storage/index.ts
var MIN_GIB = 21;
var MAX_GIB = 200;
var valid_ephemeral_storage_default = defineRule({
  meta: {
    id: "valid-ephemeral-storage",
    category: "correctness",
    description: "Require ephemeral storage of 21 to 200 GiB, and warn when a Windows task on Fargate sets it",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EphemeralStorage.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html"
    ],
    messages: {
      range: '"sizeInGiB" {{size}} is out of range; ephemeral storage must be an integer from 21 to 200 GiB',
      windows: '"ephemeralStorage" is not supported for Windows containers on Fargate, according to the Fargate storage guide'
    }
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx)) return;
    const storage = obj(task.ephemeralStorage);
    if (!storage) return;
    const size = num(storage.sizeInGiB);
    if (size !== void 0 && Number.isInteger(size) && (size < MIN_GIB || size > MAX_GIB)) {
      ctx.report({
        messageId: "range",
        path: ["ephemeralStorage", "sizeInGiB"],
        data: { size },
        hint: size < MIN_GIB ? 'remove "ephemeralStorage" to get the default 20 GiB, or ask for 21 GiB or more' : "ask for at most 200 GiB; mount an EFS volume for more space"
      });
    }
    if (isWindows(task) && isFargate(task, ctx)) {
      ctx.report({
        messageId: "windows",
        path: ["ephemeralStorage"],
        target: "key",
        severity: "warning",
        hint: 'remove "ephemeralStorage"; Windows tasks on Fargate get a fixed amount of storage'
      });
    }
  }
});

// rules/valid-external-task/index.ts
var EXTERNAL_HINT = 'or remove "EXTERNAL" from "requiresCompatibilities" if the task does not run on ECS Anywhere';
var valid_external_task_default = defineRule({
  meta: {
    id: "valid-external-task",
    category: "correctness",
    description: "Disallow awsvpc, EFS volumes and App Mesh in tasks for the EXTERNAL launch type (ECS Anywhere)",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"
    ],
    messages: {
      awsvpc: '"networkMode" "awsvpc" is not supported on the EXTERNAL launch type (ECS Anywhere)',
      efs: '{{volume}}: EFS volumes ("efsVolumeConfiguration") are not supported on the EXTERNAL launch type (ECS Anywhere)',
      appMesh: '"proxyConfiguration" (App Mesh) is not supported on the EXTERNAL launch type (ECS Anywhere)'
    }
  },
  check(task, ctx) {
    if (!isExternal(task, ctx)) return;
    const listed = arr(task.requiresCompatibilities).indexOf("EXTERNAL");
    const related = listed >= 0 ? [
      {
        path: ["requiresCompatibilities", listed],
        message: "the task is for the EXTERNAL launch type"
      }
    ] : [];
    if (task.networkMode === "awsvpc") {
      ctx.report({
        messageId: "awsvpc",
        path: ["networkMode"],
        hint: isWindows(task) ? `remove "networkMode" (Windows on ECS Anywhere uses the default network mode), ${EXTERNAL_HINT}` : `use "bridge", "host" or "none", ${EXTERNAL_HINT}`,
        related
      });
    }
    for (const v of volumes(task)) {
      if (!isObject(v.volume.efsVolumeConfiguration)) continue;
      ctx.report({
        messageId: "efs",
        path: [...v.path, "efsVolumeConfiguration"],
        target: "key",
        data: { volume: v.name === void 0 ? `volume #${v.index + 1}` : `volume "${v.name}"` },
        hint: `mount the file system on the host and use a "host" bind mount volume, ${EXTERNAL_HINT}`,
        related
      });
    }
    const proxy = obj(task.proxyConfiguration);
    if (proxy !== void 0) {
      ctx.report({
        messageId: "appMesh",
        path: ["proxyConfiguration"],
        target: "key",
        hint: `remove "proxyConfiguration", ${EXTERNAL_HINT}`,
        related
      });
    }
  }
});

// rules/valid-fargate-log-driver/index.ts
var FARGATE_LOG_DRIVERS = ["awslogs", "splunk", "awsfirelens"];
var valid_fargate_log_driver_default = defineRule({
  meta: {
    id: "valid-fargate-log-driver",
    category: "correctness",
    description: "Require log drivers and FireLens config file types that Fargate supports",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FirelensConfiguration.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/firelens-taskdef.html"
    ],
    messages: {
      driver: '{{container}}: log driver "{{driver}}" is not supported on Fargate; use {{allowed}}',
      configFileType: '{{container}}: FireLens "config-file-type" "{{type}}" is not supported on Fargate; only "file" is'
    }
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx) || !isFargate(task, ctx)) return;
    for (const c of containers(task)) {
      const driver = str(obj(c.container.logConfiguration)?.logDriver);
      if (driver !== void 0 && LOG_DRIVERS.includes(driver)) {
        if (!FARGATE_LOG_DRIVERS.includes(driver)) {
          ctx.report({
            messageId: "driver",
            path: [...c.path, "logConfiguration", "logDriver"],
            data: { container: c.label, driver, allowed: quoteList(FARGATE_LOG_DRIVERS, "or") },
            hint: driver === "fluentd" || driver === "gelf" || driver === "syslog" || driver === "journald" ? `use "awsfirelens" with a Fluent Bit router to ship logs where ${driver} did` : 'use "awslogs" to send the logs to CloudWatch Logs'
          });
        }
      }
      const type = str(obj(obj(c.container.firelensConfiguration)?.options)?.["config-file-type"]);
      if (type !== void 0 && type !== "file") {
        ctx.report({
          messageId: "configFileType",
          path: [...c.path, "firelensConfiguration", "options", "config-file-type"],
          data: { container: c.label, type },
          hint: 'build the config file into the router image and use "config-file-type": "file" with its path'
        });
      }
    }
  }
});

// rules/valid-fargate-task-size/index.ts
var listCpus = (os) => {
  const cpus = fargateSizes(os).map((s) => s.cpu);
  return `${cpus.slice(0, -1).join(", ")} and ${cpus.at(-1)}`;
};
var orList = (items) => items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
var written = (v) => v !== void 0 && v !== null;
var templated2 = (v) => typeof v === "string" && hasPlaceholder(v);
var valid_fargate_task_size_default = defineRule({
  meta: {
    id: "valid-fargate-task-size",
    category: "correctness",
    description: "Require a task cpu and memory pair that Fargate offers",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"
    ],
    messages: {
      missing: "{{names}} must be defined at the task level on Fargate",
      badCpu: "cpu {{cpu}} is neither CPU units nor a vCPU string; Fargate cpu values are {{valid}}",
      unknownCpu: "cpu {{cpu}} is not a Fargate size; valid cpu values are {{valid}}",
      windowsCpu: "cpu {{cpu}} is not available for Windows on Fargate; valid cpu values are {{valid}}",
      badMemory: "memory {{memory}} is neither MiB nor a GB string; cpu {{cpu}} allows memory {{allowed}}",
      badMemoryAlone: "memory {{memory}} is neither MiB nor a GB string",
      pair: "cpu {{cpu}} allows memory {{allowed}}; got {{memory}}",
      fractional: '{{name}} {{value}} is a fractional form that AWS does not document; AWS stores it as "{{canonical}}"'
    }
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx) || !isFargate(task, ctx)) return;
    const os = isWindows(task) ? "windows" : "linux";
    if (!written(task.cpu) || !written(task.memory)) {
      const missing = ["cpu", "memory"].filter((k) => !written(task[k]));
      ctx.report({
        messageId: "missing",
        path: fargateEntryPath(task),
        data: { names: missing.map((k) => `"${k}"`).join(" and ") },
        hint: missing.length === 2 ? 'add task-level "cpu" and "memory" from the Fargate size table, e.g. "cpu": "256", "memory": "512"' : `add a task-level "${missing[0]}" from the Fargate size table`
      });
    }
    let cpu;
    let row;
    if (written(task.cpu) && !templated2(task.cpu)) {
      cpu = parseCpu(task.cpu);
      if (cpu === void 0) {
        ctx.report({
          messageId: "badCpu",
          path: ["cpu"],
          data: { cpu: JSON.stringify(task.cpu), valid: listCpus(os) },
          hint: 'write CPU units as a string, such as "1024", or vCPUs, such as "1 vCPU"'
        });
      } else {
        row = fargateSize(cpu.value, os);
        if (row === void 0) {
          const linuxOnly = os === "windows" && fargateSize(cpu.value, "linux") !== void 0;
          ctx.report({
            messageId: linuxOnly ? "windowsCpu" : "unknownCpu",
            path: ["cpu"],
            data: { cpu: showSize(cpu), valid: listCpus(os) },
            hint: linuxOnly ? 'Windows on Fargate needs at least 1 vCPU and at most 4: use "1024", "2048" or "4096"' : 'set "cpu" to one of the listed CPU units, e.g. "1024" for 1 vCPU'
          });
        }
        if (cpu.fractional) {
          ctx.report({
            messageId: "fractional",
            path: ["cpu"],
            severity: "note",
            data: { name: "cpu", value: cpu.shown, canonical: cpu.canonical },
            hint: `write "${cpu.canonical}"`
          });
        }
      }
    }
    if (!written(task.memory) || templated2(task.memory)) return;
    const memory = parseMemory(task.memory);
    if (memory === void 0) {
      const shown4 = JSON.stringify(task.memory);
      ctx.report(
        row && cpu ? {
          messageId: "badMemory",
          path: ["memory"],
          data: { memory: shown4, cpu: showSize(cpu), allowed: describeMemory(row.memory) },
          hint: 'write MiB as a string, such as "2048", or GB, such as "2 GB"'
        } : {
          messageId: "badMemoryAlone",
          path: ["memory"],
          data: { memory: shown4 },
          hint: 'write MiB as a string, such as "2048", or GB, such as "2 GB"'
        }
      );
      return;
    }
    if (memory.fractional) {
      ctx.report({
        messageId: "fractional",
        path: ["memory"],
        severity: "note",
        data: { name: "memory", value: memory.shown, canonical: memory.canonical },
        hint: `write "${memory.canonical}"`
      });
    }
    if (!row || !cpu) return;
    if (allowsMemory(row, memory.value)) return;
    const others = cpusForMemory(memory.value, os);
    ctx.report({
      messageId: "pair",
      path: ["memory"],
      data: { cpu: showSize(cpu), allowed: describeMemory(row.memory), memory: showSize(memory) },
      hint: others.length > 0 ? `use a memory value from that list, or a cpu that allows ${memory.value} MiB: ${orList(others)}` : "use a memory value from that list",
      related: [{ path: ["cpu"], message: "the task cpu" }]
    });
  }
});

// rules/valid-firelens/index.ts
import { closest as closest3, distance as distance3 } from "fastest-levenshtein";
var FIRELENS_OPTIONS = ["enable-ecs-log-metadata", "config-file-type", "config-file-value"];
var CONFIG_FILE_TYPES = ["s3", "file"];
var RESERVED_PATHS = ["/fluent-bit/etc/fluent-bit.conf", "/fluentd/etc/fluent.conf"];
var S3_OBJECT_ARN = /^arn:aws[a-z-]*:s3:::[^/\s]+\/\S+$/;
var cut2 = (s, max = 60) => s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
function suggest2(word, candidates2) {
  if (candidates2.length === 0) return void 0;
  const lower = word.toLowerCase();
  const best = closest3(lower, [...candidates2]);
  const limit = Math.min(3, Math.max(1, Math.floor(lower.length / 4)));
  return distance3(lower, best) <= limit ? best : void 0;
}
var logDriverOf = (c) => obj(c.container.logConfiguration)?.logDriver;
var valid_firelens_default = defineRule({
  meta: {
    id: "valid-firelens",
    category: "observability",
    description: "Require a FireLens log router for the awsfirelens log driver, configured as ECS expects",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/firelens-taskdef.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FirelensConfiguration.html"
    ],
    messages: {
      noRouter: '{{container}} uses the "awsfirelens" log driver, but no container has a "firelensConfiguration"',
      unusedRouter: '{{container}} has a "firelensConfiguration", but no container uses the "awsfirelens" log driver',
      manyRouters: "{{container}} is a second FireLens log router; a task can have only one",
      routerNotEssential: "{{container}} is the FireLens log router but is not essential",
      routerToItself: '{{container}} is the FireLens log router and sends its own logs to "awsfirelens"',
      unknownOption: '{{container}}: "{{option}}" is not a "firelensConfiguration" option',
      badMetadata: '{{container}}: "enable-ecs-log-metadata" is "{{value}}", not "true" or "false"',
      badFileType: '{{container}}: "config-file-type" is "{{value}}", not "s3" or "file"',
      typeWithoutValue: '{{container}}: "config-file-type" is set but "config-file-value" is missing',
      valueWithoutType: '{{container}}: "config-file-value" is set but "config-file-type" is missing',
      notS3Arn: '{{container}}: "config-file-value" "{{value}}" is not an S3 object ARN, as "config-file-type" "s3" needs',
      notAbsolutePath: '{{container}}: "config-file-value" "{{value}}" is not an absolute path, as "config-file-type" "file" needs',
      reservedPath: '{{container}}: "config-file-value" "{{value}}" is where FireLens writes its generated configuration'
    }
  },
  check(task, ctx) {
    const all = containers(task);
    const routers = all.filter((c) => {
      const config = c.container.firelensConfiguration;
      return config !== void 0 && config !== null;
    });
    const users = all.filter((c) => logDriverOf(c) === "awsfirelens" && !routers.includes(c));
    const driverPath = (c) => [...c.path, "logConfiguration", "logDriver"];
    const routerPath = (c) => [...c.path, "firelensConfiguration"];
    const firstUser = users[0];
    if (routers.length === 0 && firstUser) {
      ctx.report({
        messageId: "noRouter",
        path: driverPath(firstUser),
        data: { container: firstUser.label },
        hint: 'add a log router container (e.g. aws-for-fluent-bit) with "firelensConfiguration": {"type": "fluentbit"}',
        related: users.slice(1).map((u) => ({ path: driverPath(u), message: `${u.label} uses "awsfirelens" too` }))
      });
    }
    const firstRouter = routers[0];
    if (firstRouter && users.length === 0 && !all.some((c) => logDriverOf(c) === "awsfirelens")) {
      ctx.report({
        messageId: "unusedRouter",
        path: routerPath(firstRouter),
        target: "key",
        data: { container: firstRouter.label },
        hint: 'set "logDriver": "awsfirelens" on the containers whose logs it should route, or remove "firelensConfiguration"'
      });
    }
    for (const extra of routers.slice(1)) {
      if (!firstRouter) break;
      ctx.report({
        messageId: "manyRouters",
        path: routerPath(extra),
        target: "key",
        data: { container: extra.label },
        hint: "keep one log router; route every container through it",
        related: [
          { path: routerPath(firstRouter), message: `${firstRouter.label} is the first router`, target: "key" }
        ]
      });
    }
    for (const router of routers) {
      const container = router.label;
      if (router.container.essential === false) {
        ctx.report({
          messageId: "routerNotEssential",
          path: [...router.path, "essential"],
          data: { container },
          severity: "warning",
          hint: 'set "essential": true (or remove "essential"): if the router stops, the logs of the other containers are lost'
        });
      }
      if (logDriverOf(router) === "awsfirelens") {
        ctx.report({
          messageId: "routerToItself",
          path: driverPath(router),
          data: { container },
          hint: `send the router's own logs elsewhere, e.g. "logDriver": "awslogs"`
        });
      }
      const config = obj(router.container.firelensConfiguration);
      const options = obj(config?.options);
      if (!options) continue;
      const optionsPath2 = [...routerPath(router), "options"];
      for (const name of Object.keys(options)) {
        if (FIRELENS_OPTIONS.includes(name)) continue;
        const suggestion2 = suggest2(
          name,
          FIRELENS_OPTIONS.filter((o) => !Object.hasOwn(options, o))
        );
        ctx.report({
          messageId: "unknownOption",
          path: [...optionsPath2, name],
          target: "key",
          data: { container, option: cut2(name, 40) },
          // The agent ignores other options: nothing fails, but the setting does nothing.
          severity: "warning",
          hint: suggestion2 === void 0 ? 'remove it; the options are "enable-ecs-log-metadata", "config-file-type" and "config-file-value"' : `did you mean "${suggestion2}"?`
        });
      }
      const metadata = str(options["enable-ecs-log-metadata"]);
      if (metadata !== void 0 && metadata !== "true" && metadata !== "false") {
        ctx.report({
          messageId: "badMetadata",
          path: [...optionsPath2, "enable-ecs-log-metadata"],
          data: { container, value: cut2(metadata, 40) },
          severity: "warning",
          hint: 'use "true" or "false"'
        });
      }
      const fileType = str(options["config-file-type"]);
      const fileValue = str(options["config-file-value"]);
      const hasType = Object.hasOwn(options, "config-file-type");
      const hasValue = Object.hasOwn(options, "config-file-value");
      if (fileType !== void 0 && !CONFIG_FILE_TYPES.includes(fileType)) {
        const suggestion2 = suggest2(fileType, CONFIG_FILE_TYPES);
        ctx.report({
          messageId: "badFileType",
          path: [...optionsPath2, "config-file-type"],
          data: { container, value: cut2(fileType, 40) },
          hint: suggestion2 === void 0 ? 'use "file" (a path in the image) or "s3" (an S3 object ARN, EC2 only)' : `did you mean "${suggestion2}"?`
        });
      }
      if (hasType && !hasValue) {
        ctx.report({
          messageId: "typeWithoutValue",
          path: [...optionsPath2, "config-file-type"],
          target: "key",
          data: { container },
          hint: 'add "config-file-value" with the path or S3 ARN of your configuration file'
        });
      }
      if (hasValue && !hasType) {
        ctx.report({
          messageId: "valueWithoutType",
          path: [...optionsPath2, "config-file-value"],
          target: "key",
          data: { container },
          severity: "warning",
          hint: 'add "config-file-type": "file" for a path in the image, or "s3" for an S3 object ARN'
        });
      }
      if (fileValue !== void 0) {
        const valuePath = [...optionsPath2, "config-file-value"];
        const value = cut2(fileValue);
        if (RESERVED_PATHS.includes(fileValue.trim())) {
          ctx.report({
            messageId: "reservedPath",
            path: valuePath,
            data: { container, value },
            hint: "put your configuration at another path, e.g. /fluent-bit/configs/custom.conf; FireLens includes it"
          });
        } else if (fileType === "s3" && !S3_OBJECT_ARN.test(fileValue.trim())) {
          ctx.report({
            messageId: "notS3Arn",
            path: valuePath,
            data: { container, value },
            hint: 'write the object ARN, e.g. "arn:aws:s3:::my-bucket/fluent-bit/extra.conf"'
          });
        } else if (fileType === "file" && !fileValue.trim().startsWith("/")) {
          ctx.report({
            messageId: "notAbsolutePath",
            path: valuePath,
            data: { container, value },
            hint: 'write the absolute path of the file inside the router image, e.g. "/fluent-bit/configs/extra.conf"'
          });
        }
      }
    }
  }
});

// rules/valid-health-check/index.ts
var BOUNDS = [
  { field: "interval", min: 5, max: 300, unit: " seconds" },
  { field: "timeout", min: 2, max: 60, unit: " seconds" },
  { field: "retries", min: 1, max: 10, unit: "" },
  { field: "startPeriod", min: 0, max: 300, unit: " seconds" }
];
var DEFAULT_INTERVAL = 30;
var PREFIXES = ["CMD", "CMD-SHELL"];
var TYPES = /^(CMD|CMD-SHELL|NONE)$/;
var firstWord = (s) => {
  const word = s.trim().split(/[\s,]+/)[0] ?? "";
  return word.length > 40 ? `${word.slice(0, 39)}\u2026` : word;
};
var hcPath = (c, ...more) => [...c.path, "healthCheck", ...more];
function allStrings(list4) {
  for (let i = 0; i < list4.length; i++) if (typeof list4[i] !== "string") return false;
  return true;
}
function allBlank(parts, from) {
  for (let i = from; i < parts.length; i++) if (parts[i].trim() !== "") return false;
  return true;
}
var valid_health_check_default = defineRule({
  meta: {
    id: "valid-health-check",
    category: "correctness",
    description: "Require a health check command that starts with CMD or CMD-SHELL and timings in range",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_healthcheck"
    ],
    messages: {
      empty: '{{container}}: "healthCheck.command" is empty',
      prefixOnly: '{{container}}: "healthCheck.command" has "{{prefix}}" but no command after it',
      joined: '{{container}}: "healthCheck.command" puts "{{prefix}}" and the command in one string',
      singleString: '{{container}}: "healthCheck.command" is one string that starts with "{{first}}", without "CMD-SHELL"',
      noPrefix: '{{container}}: "healthCheck.command" starts with "{{first}}", not "CMD" or "CMD-SHELL"',
      spacedPrefix: '{{container}}: "healthCheck.command" starts with {{first}}, which is not "{{prefix}}"',
      none: '{{container}}: "healthCheck.command" is ["NONE"], which turns the health check off',
      execShellLine: '{{container}}: "healthCheck.command" uses "CMD" with a whole command line in one element',
      tooLow: '{{container}}: "healthCheck.{{field}}" {{value}} is below the minimum {{min}}{{unit}}',
      tooHigh: '{{container}}: "healthCheck.{{field}}" {{value}} is above the maximum {{max}}{{unit}}',
      timeoutNotLess: '{{container}}: "healthCheck.timeout" {{timeout}} is not less than "interval" {{interval}}{{intervalNote}}'
    }
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      const hc = obj(c.container.healthCheck);
      if (!hc) continue;
      const container = c.label;
      const command = hc.command;
      if (Array.isArray(command) && allStrings(command)) {
        const parts = command;
        const first = parts[0];
        if (first === void 0 || allBlank(parts, 0)) {
          ctx.report({
            messageId: "empty",
            path: hcPath(c, "command"),
            data: { container },
            // Docker reads an empty list as "use the image's HEALTHCHECK"; AWS documents none of that.
            severity: "warning",
            hint: 'give the command, e.g. ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], or remove "healthCheck"'
          });
        } else if (PREFIXES.includes(first)) {
          if (allBlank(parts, 1)) {
            ctx.report({
              messageId: "prefixOnly",
              path: hcPath(c, "command"),
              data: { container, prefix: first },
              hint: `add the command after "${first}" as ${first === "CMD" ? "separate elements" : "one more element"}`
            });
          } else if (first === "CMD" && parts.length === 2 && /\s/.test((parts[1] ?? "").trim())) {
            ctx.report({
              messageId: "execShellLine",
              path: hcPath(c, "command", 1),
              data: { container },
              severity: "warning",
              hint: 'use "CMD-SHELL" to run it through the shell, or give the program and each argument as separate elements'
            });
          }
        } else if (first === "NONE") {
          ctx.report({
            messageId: "none",
            path: hcPath(c, "command"),
            data: { container },
            severity: "warning",
            hint: 'remove "healthCheck" to run without one; ECS documents only "CMD" and "CMD-SHELL"'
          });
        } else {
          const joined = /^\s*(CMD-SHELL|CMD)(?:\s*,|\s+\S)/.exec(first);
          if (joined) {
            const prefix = joined[1] ?? "CMD-SHELL";
            ctx.report({
              messageId: "joined",
              path: hcPath(c, "command", 0),
              data: { container, prefix },
              hint: `make "${prefix}" its own element: ["${prefix}", "<command>"] (one string is only for the console)`
            });
          } else if (parts.length === 1 && /\s/.test(first.trim())) {
            ctx.report({
              messageId: "singleString",
              path: hcPath(c, "command", 0),
              data: { container, first: firstWord(first) },
              hint: 'write ["CMD-SHELL", "<the command line>"]'
            });
          } else if (TYPES.test(first.trim().toUpperCase())) {
            const prefix = first.trim().toUpperCase();
            ctx.report({
              messageId: "spacedPrefix",
              path: hcPath(c, "command", 0),
              data: { container, first: JSON.stringify(first), prefix },
              hint: `write "${prefix}" exactly: upper case, without spaces around it`
            });
          } else {
            ctx.report({
              messageId: "noPrefix",
              path: hcPath(c, "command", 0),
              data: { container, first: firstWord(first) },
              hint: `put "CMD" first to run the program directly (["CMD", "${firstWord(first)}", \u2026]), or "CMD-SHELL" to run a shell command line`
            });
          }
        }
      }
      for (const { field, min, max, unit } of BOUNDS) {
        const value = num(hc[field]);
        if (value === void 0) continue;
        if (value < min) {
          ctx.report({
            messageId: "tooLow",
            path: hcPath(c, field),
            data: { container, field, value, min, unit },
            hint: `set "${field}" between ${min} and ${max}`
          });
        } else if (value > max) {
          ctx.report({
            messageId: "tooHigh",
            path: hcPath(c, field),
            data: { container, field, value, max, unit },
            hint: `set "${field}" between ${min} and ${max}`
          });
        }
      }
      const timeout = num(hc.timeout);
      const written2 = num(hc.interval);
      const interval = written2 ?? DEFAULT_INTERVAL;
      if (timeout !== void 0 && timeout >= interval && timeout >= 2 && timeout <= 60 && interval >= 5 && interval <= 300) {
        ctx.report({
          messageId: "timeoutNotLess",
          path: hcPath(c, "timeout"),
          data: {
            container,
            timeout,
            interval,
            intervalNote: written2 === void 0 ? " (the default)" : ""
          },
          severity: "warning",
          hint: written2 === void 0 ? `lower "timeout" below ${interval}, or set a longer "interval"` : `lower "timeout" below ${interval}, or raise "interval" above ${timeout}`,
          ...written2 === void 0 ? {} : { related: [{ path: hcPath(c, "interval"), message: `"interval" is ${interval}` }] }
        });
      }
    }
  }
});

// rules/valid-image-reference/index.ts
var PLACEHOLDER_HINT = 'replace the placeholder with the real value before registering (or write it as "${NAME}" or "<NAME>", which ecslint skips)';
var looksLikePlaceholder = (s) => s.split(/[./:]/).some((part) => /^[A-Z][A-Z0-9_]+$/.test(part));
function describeCharacters(chars) {
  const named = chars.map((ch) => ch === " " ? "a space" : ch === "	" ? "a tab" : JSON.stringify(ch));
  return named.length <= 1 ? named.join("") : `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
}
var TAG_REASONS = {
  empty: 'it is empty after ":"',
  "too-long": "it is longer than 128 characters",
  "first-character": 'it must start with a letter, a digit or "_"',
  characters: 'only letters, digits, "_", "." and "-" are allowed'
};
var valid_image_reference_default = defineRule({
  meta: {
    id: "valid-image-reference",
    category: "correctness",
    description: "Require every container image to be a reference that AWS accepts and Docker can pull",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_image",
      "https://docs.docker.com/reference/cli/docker/image/tag/"
    ],
    messages: {
      missing: '{{where}} has no "image"',
      empty: "{{where}}: {{field}} is empty",
      characters: "{{where}}: {{field}} contains {{characters}}, which an image reference cannot contain",
      tooLong: "{{where}}: {{field}} is {{length}} characters before any digest; AWS allows at most 255",
      host: '{{where}}: registry host "{{host}}" is not a valid host name',
      port: '{{where}}: registry port "{{port}}" is not a number',
      repositoryEmpty: "{{where}}: {{field}} names no repository",
      uppercase: '{{where}}: repository "{{repository}}" must be lower-case',
      uppercaseHost: '{{where}}: Docker reads "{{host}}" as a registry host because it has upper-case letters',
      repository: '{{where}}: repository "{{repository}}" is not a valid Docker repository name',
      hexName: '{{where}}: repository "{{repository}}" is a 64-character hex string, which Docker refuses as a name',
      tag: '{{where}}: tag "{{tag}}" is not a valid Docker tag: {{reason}}',
      digestAlgorithm: '{{where}}: digest algorithm "{{algorithm}}" is not supported; ECS accepts only "sha256"',
      digest: '{{where}}: digest must be "sha256:" followed by 64 hex characters',
      digestUppercase: "{{where}}: digest has upper-case hex digits, which Docker rejects"
    },
    appliesTo: [...TASK_KINDS, "dockerrun-v1"]
  },
  check(task, ctx) {
    for (const site of imageSites(task, ctx)) {
      const where = site.label;
      const field = site.field;
      const c = site.container;
      if (site.value === void 0) {
        if (!c) continue;
        ctx.report({
          messageId: "missing",
          ...atContainer(c),
          data: { where },
          hint: 'set "image" to the image to run, e.g. "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.4.2"'
        });
        continue;
      }
      const image = site.image;
      if (image === void 0 || hasPlaceholder(image)) continue;
      if (image.trim() === "") {
        ctx.report({
          messageId: "empty",
          path: site.path,
          data: { where, field },
          hint: 'set "image" to the image to run (a value a deploy step fills in can be a placeholder such as "<IMAGE>")'
        });
        continue;
      }
      const valid = checkableImageValue(image);
      const ref = valid ?? parseImageReference(image);
      const bad = invalidAwsCharacters(ref.name);
      if (bad.length > 0) {
        const shell = bad.includes("$");
        ctx.report({
          messageId: "characters",
          path: site.path,
          data: { where, field, characters: describeCharacters(bad) },
          hint: shell ? 'render the shell variables before registering (or write them as "${VAR}", which ecslint skips as a placeholder)' : 'use only letters, digits, "-", "_", ".", "/" and ":" in the image name and tag'
        });
        continue;
      }
      if (ref.name.length > 255 && ctx.kind !== "dockerrun-v1") {
        ctx.report({
          messageId: "tooLong",
          path: site.path,
          data: { where, field, length: ref.name.length },
          hint: "shorten the registry path or tag to 255 characters"
        });
        continue;
      }
      if (valid === void 0 && ref.host !== void 0 && !isValidHost(ref.host)) {
        ctx.report({
          messageId: "host",
          path: site.path,
          data: { where, host: ref.host },
          hint: looksLikePlaceholder(ref.host) ? PLACEHOLDER_HINT : 'use the registry host name (letters, digits, "-" and "."), e.g. "123456789012.dkr.ecr.us-east-1.amazonaws.com"'
        });
        continue;
      }
      if (valid === void 0 && ref.port !== void 0 && !isValidPort(ref.port)) {
        ctx.report({
          messageId: "port",
          path: site.path,
          data: { where, port: ref.port },
          hint: 'write the registry as "host:port"'
        });
        continue;
      }
      const repoProblem = valid === void 0 ? repositoryProblem(ref.repository) : void 0;
      if (repoProblem === "empty") {
        ctx.report({
          messageId: "repositoryEmpty",
          path: site.path,
          data: { where, field },
          hint: "name the repository after the registry host"
        });
        continue;
      }
      if (repoProblem === "uppercase") {
        ctx.report({
          messageId: "uppercase",
          path: site.path,
          data: { where, repository: ref.repository },
          hint: looksLikePlaceholder(ref.repository) ? PLACEHOLDER_HINT : `write the repository in lower case: "${ref.repository.toLowerCase()}"`
        });
        continue;
      }
      if (repoProblem === "shape") {
        ctx.report({
          messageId: "repository",
          path: site.path,
          data: { where, repository: ref.repository },
          hint: 'use path components of lower-case letters and digits joined by ".", "_", "__" or "-", separated by "/"'
        });
        continue;
      }
      if (ref.host !== void 0 && ref.host.toLowerCase() !== ref.host && !ref.host.includes(".") && ref.port === void 0) {
        ctx.report({
          messageId: "uppercaseHost",
          path: site.path,
          severity: "warning",
          data: { where, host: ref.host },
          hint: `write Docker Hub names in lower case: "${ref.name.toLowerCase()}"`
        });
        continue;
      }
      if (ref.registry === void 0 && ref.tag === void 0 && ref.digest === void 0 && /^[a-f0-9]{64}$/.test(image)) {
        ctx.report({
          messageId: "hexName",
          path: site.path,
          data: { where, repository: ref.repository },
          hint: 'name the image by repository and digest ("repo@sha256:\u2026"), not by image ID'
        });
        continue;
      }
      if (valid === void 0 && ref.tag !== void 0) {
        const problem = tagProblem(ref.tag);
        if (problem) {
          ctx.report({
            messageId: "tag",
            path: site.path,
            data: { where, tag: ref.tag, reason: TAG_REASONS[problem] },
            hint: 'use a tag of letters, digits, "_", "." and "-" (at most 128, not starting with "." or "-")'
          });
          continue;
        }
      }
      if (ref.digest !== void 0) {
        const problem = digestProblem(ref.digest);
        if (problem === "algorithm") {
          ctx.report({
            messageId: "digestAlgorithm",
            path: site.path,
            data: { where, algorithm: digestAlgorithm(ref.digest) },
            hint: 'pin the image by its sha256 digest: "repo@sha256:<64 hex>"'
          });
        } else if (problem === "length" || problem === "characters") {
          ctx.report({
            messageId: "digest",
            path: site.path,
            data: { where, field },
            hint: 'copy the full digest, e.g. from "docker buildx imagetools inspect" or the ECR console'
          });
        } else if (problem === "uppercase") {
          ctx.report({
            messageId: "digestUppercase",
            path: site.path,
            data: { where, field },
            severity: "warning",
            hint: "write the digest in lower case"
          });
        }
      }
    }
  }
});

// rules/valid-links/index.ts
var hasLinks = (c) => arr(c.container.links).length > 0;
var valid_links_default = defineRule({
  meta: {
    id: "valid-links",
    category: "correctness",
    description: 'Allow "links" only in bridge mode on Linux, each naming another container of the task',
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_network"
    ],
    messages: {
      mode: '{{container}}: "links" are not supported when "networkMode" is "{{mode}}"',
      windows: '{{container}}: "links" are not supported on Windows',
      unknown: "{{container}}: link {{link}} names no container in the task",
      self: "{{container}}: link {{link}} names the container itself"
    }
  },
  check(task, ctx) {
    if (isFargate(task, ctx)) return;
    const all = containers(task);
    if (!all.some(hasLinks)) return;
    const uncertain = all.some((c) => c.name === void 0 || hasPlaceholder(c.name));
    const names = new Set(all.map((c) => c.name).filter((n) => n !== void 0));
    const windows = isWindows(task);
    const mode = networkMode(task, ctx);
    for (const c of all) {
      const links = arr(c.container.links);
      if (links.length === 0) continue;
      const data = { container: c.label };
      if (windows) {
        ctx.report({
          messageId: "windows",
          path: [...c.path, "links"],
          target: "key",
          data,
          hint: 'remove "links": Windows containers do not support Docker links',
          related: [{ path: ["runtimePlatform", "operatingSystemFamily"], message: "the task runs Windows" }]
        });
        continue;
      }
      if (mode !== void 0 && mode !== "bridge") {
        ctx.report({
          messageId: "mode",
          path: [...c.path, "links"],
          target: "key",
          data: { ...data, mode },
          hint: mode === "awsvpc" || mode === "host" ? 'remove "links"; containers of the task reach each other on localhost' : 'remove "links", or use "networkMode" "bridge"',
          related: [{ path: ["networkMode"], message: "the network mode is set here" }]
        });
        continue;
      }
      const others = [...names].filter((n) => n !== c.name);
      links.forEach((link, i) => {
        if (typeof link !== "string" || hasPlaceholder(link)) return;
        const target = link.split(":")[0] ?? "";
        const path = [...c.path, "links", i];
        if (c.name !== void 0 && target === c.name) {
          ctx.report({
            messageId: "self",
            path,
            data: { ...data, link: JSON.stringify(link) },
            hint: "remove the link; a container reaches itself on localhost"
          });
        } else if (!uncertain && !names.has(target)) {
          ctx.report({
            messageId: "unknown",
            path,
            data: { ...data, link: JSON.stringify(link) },
            hint: others.length > 0 ? `link to ${quoteList(others, "or")} (write "name" or "name:alias")` : "remove the link: the task has no other container"
          });
        }
      });
    }
  }
});

// rules/valid-linux-parameters/index.ts
import { distance as distance4 } from "fastest-levenshtein";
var ECS_CAPABILITIES = [
  "ALL",
  "AUDIT_CONTROL",
  "AUDIT_WRITE",
  "BLOCK_SUSPEND",
  "CHOWN",
  "DAC_OVERRIDE",
  "DAC_READ_SEARCH",
  "FOWNER",
  "FSETID",
  "IPC_LOCK",
  "IPC_OWNER",
  "KILL",
  "LEASE",
  "LINUX_IMMUTABLE",
  "MAC_ADMIN",
  "MAC_OVERRIDE",
  "MKNOD",
  "NET_ADMIN",
  "NET_BIND_SERVICE",
  "NET_BROADCAST",
  "NET_RAW",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_ADMIN",
  "SYS_BOOT",
  "SYS_CHROOT",
  "SYS_MODULE",
  "SYS_NICE",
  "SYS_PACCT",
  "SYS_PTRACE",
  "SYS_RAWIO",
  "SYS_RESOURCE",
  "SYS_TIME",
  "SYS_TTY_CONFIG",
  "SYSLOG",
  "WAKE_ALARM"
];
var OTHER_LINUX_CAPABILITIES = ["AUDIT_READ", "BPF", "PERFMON", "CHECKPOINT_RESTORE"];
var TMPFS_MOUNT_OPTIONS = [
  "defaults",
  "ro",
  "rw",
  "suid",
  "nosuid",
  "dev",
  "nodev",
  "exec",
  "noexec",
  "sync",
  "async",
  "dirsync",
  "remount",
  "mand",
  "nomand",
  "atime",
  "noatime",
  "diratime",
  "nodiratime",
  "bind",
  "rbind",
  "unbindable",
  "runbindable",
  "private",
  "rprivate",
  "shared",
  "rshared",
  "slave",
  "rslave",
  "relatime",
  "norelatime",
  "strictatime",
  "nostrictatime",
  "mode",
  "uid",
  "gid",
  "nr_inodes",
  "nr_blocks",
  "mpol"
];
var VALUED_OPTIONS = /* @__PURE__ */ new Set(["mode", "uid", "gid", "nr_inodes", "nr_blocks", "mpol"]);
function classifyCapability(name) {
  const trimmed = name.trim();
  if (trimmed === "") return { kind: "empty" };
  if (trimmed !== name) {
    const inner = classifyCapability(trimmed);
    return { kind: "spaces", fix: inner.kind === "prefix" || inner.kind === "case" ? inner.fix : trimmed };
  }
  if (ECS_CAPABILITIES.includes(trimmed)) return { kind: "ok" };
  const upper = trimmed.toUpperCase();
  if (upper === "CAP_ALL") return { kind: "unknown", suggestion: "ALL" };
  const bare = upper.startsWith("CAP_") ? upper.slice(4) : upper;
  const known = ECS_CAPABILITIES.includes(bare) || OTHER_LINUX_CAPABILITIES.includes(bare);
  if (known && upper.startsWith("CAP_")) return { kind: "prefix", fix: bare };
  if (known && trimmed !== bare) return { kind: "case", fix: bare };
  if (OTHER_LINUX_CAPABILITIES.includes(bare)) return { kind: "notInApi" };
  const suggestion2 = closest4(bare, ECS_CAPABILITIES);
  return suggestion2 === void 0 ? { kind: "unknown" } : { kind: "unknown", suggestion: suggestion2 };
}
function closest4(word, candidates2) {
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates2) {
    const d = distance4(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 4)) ? best : void 0;
}
function checkUlimits(ctx, c) {
  const list4 = c.container.ulimits;
  if (!Array.isArray(list4) || list4.length === 0) return;
  const first = /* @__PURE__ */ new Map();
  for (const [u, i] of objects(list4)) {
    const name = typeof u.name === "string" ? u.name : void 0;
    if (name === void 0) continue;
    const soft = num(u.softLimit);
    const hard = num(u.hardLimit);
    const unlimited = (v) => v === -1;
    if (soft !== void 0 && hard !== void 0 && !unlimited(hard) && (unlimited(soft) || soft > hard)) {
      ctx.report({
        messageId: "ulimitSoftAboveHard",
        path: [...c.path, "ulimits", i, "softLimit"],
        data: { container: c.label, name, soft: soft === -1 ? "-1 (unlimited)" : soft, hard },
        hint: `lower "softLimit" to ${hard} or less, or raise "hardLimit" to ${soft === -1 ? "-1" : soft}`,
        related: [{ path: [...c.path, "ulimits", i, "hardLimit"], message: `"hardLimit" is ${hard}` }]
      });
    }
    const earlier = first.get(name);
    if (earlier === void 0) first.set(name, i);
    else {
      ctx.report({
        messageId: "ulimitDuplicate",
        path: [...c.path, "ulimits", i, "name"],
        data: { container: c.label, name },
        hint: "keep one entry per ulimit name: merge the limits into one",
        related: [{ path: [...c.path, "ulimits", earlier, "name"], message: `the first "${name}" ulimit` }]
      });
    }
  }
}
var valid_linux_parameters_default = defineRule({
  meta: {
    id: "valid-linux-parameters",
    category: "correctness",
    description: "Require Linux capability names, devices, tmpfs mount options, swap settings and ulimits that ECS accepts",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Device.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Tmpfs.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Ulimit.html",
      "https://github.com/opencontainers/runtime-spec/blob/main/config.md#posix-process"
    ],
    messages: {
      capEmpty: '{{container}}: "linuxParameters.capabilities.{{list}}" has an empty capability name',
      capPrefix: '{{container}}: capability "{{name}}" in "linuxParameters.capabilities.{{list}}" has the "CAP_" prefix, which ECS values leave out',
      capCase: '{{container}}: capability "{{name}}" in "linuxParameters.capabilities.{{list}}" is not upper-case',
      capSpaces: '{{container}}: capability {{quoted}} in "linuxParameters.capabilities.{{list}}" has spaces around it, which Docker keeps',
      capNotInApi: '{{container}}: capability "{{name}}" in "linuxParameters.capabilities.{{list}}" is not in the list the ECS API accepts',
      capUnknown: '{{container}}: "{{name}}" in "linuxParameters.capabilities.{{list}}" is not a Linux capability',
      deviceEmpty: '{{container}}: device "hostPath" is empty',
      deviceRelative: '{{container}}: device "{{field}}" "{{path}}" is not an absolute path',
      tmpfsEmpty: '{{container}}: tmpfs "containerPath" is empty',
      tmpfsRelative: '{{container}}: tmpfs "containerPath" "{{path}}" is not an absolute path',
      tmpfsOptionEmpty: "{{container}}: tmpfs {{path}} has an empty mount option",
      tmpfsOptionSize: '{{container}}: tmpfs {{path}} sets "{{option}}" as a mount option instead of the "size" member',
      tmpfsOptionUnknown: '{{container}}: tmpfs {{path}} mount option "{{option}}" is not one that ECS accepts',
      swappiness: '{{container}}: "linuxParameters.swappiness" {{value}} is outside 0\u2013100',
      negative: '{{container}}: "linuxParameters.{{field}}" {{value}} is negative',
      ulimitSoftAboveHard: '{{container}}: ulimit "{{name}}" has "softLimit" {{soft}} above "hardLimit" {{hard}}, so the container cannot start',
      ulimitDuplicate: '{{container}}: ulimit "{{name}}" is given more than once'
    }
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      checkUlimits(ctx, c);
      const lp = obj(c.container.linuxParameters);
      if (!lp) continue;
      const lpPath = [...c.path, "linuxParameters"];
      const container = c.label;
      const caps = obj(lp.capabilities);
      for (const list4 of ["add", "drop"]) {
        const items = arr(caps?.[list4]);
        for (let i = 0; i < items.length; i++) {
          const name = items[i];
          if (typeof name !== "string") continue;
          const path = [...lpPath, "capabilities", list4, i];
          const verdict = classifyCapability(name);
          switch (verdict.kind) {
            case "ok":
              break;
            case "empty":
              ctx.report({
                messageId: "capEmpty",
                path,
                data: { container, list: list4 },
                hint: 'remove the empty entry or name a capability such as "NET_BIND_SERVICE"'
              });
              break;
            case "prefix":
              ctx.report({
                messageId: "capPrefix",
                path,
                data: { container, name, list: list4 },
                severity: "warning",
                hint: `write "${verdict.fix}"`
              });
              break;
            case "case":
              ctx.report({
                messageId: "capCase",
                path,
                data: { container, name, list: list4 },
                severity: "warning",
                hint: `write "${verdict.fix}"`
              });
              break;
            case "spaces":
              ctx.report({
                messageId: "capSpaces",
                path,
                data: { container, quoted: JSON.stringify(name.length > 40 ? `${name.slice(0, 39)}\u2026` : name), list: list4 },
                hint: `write "${verdict.fix}"`
              });
              break;
            case "notInApi":
              ctx.report({
                messageId: "capNotInApi",
                path,
                data: { container, name, list: list4 },
                severity: "warning",
                hint: "check that ECS registers it; the API documents only the names in its KernelCapabilities list"
              });
              break;
            case "unknown":
              ctx.report({
                messageId: "capUnknown",
                path,
                data: { container, name: name.length > 40 ? `${name.slice(0, 39)}\u2026` : name, list: list4 },
                hint: verdict.suggestion === void 0 ? 'use a name from the ECS KernelCapabilities list, e.g. "NET_BIND_SERVICE" or "SYS_PTRACE"' : `did you mean "${verdict.suggestion}"?`
              });
              break;
          }
        }
      }
      for (const [device, i] of objects(lp.devices)) {
        const path = [...lpPath, "devices", i];
        const hostPath = str(device.hostPath);
        if (hostPath !== void 0 && hostPath.trim() === "") {
          ctx.report({
            messageId: "deviceEmpty",
            path: [...path, "hostPath"],
            data: { container },
            hint: 'give the device path on the host, e.g. "/dev/fuse"'
          });
        }
        for (const field of ["hostPath", "containerPath"]) {
          const value = str(device[field]);
          if (value === void 0 || value.trim() === "" || value.startsWith("/")) continue;
          ctx.report({
            messageId: "deviceRelative",
            path: [...path, field],
            data: { container, field, path: value },
            severity: "warning",
            hint: `write it from the root: "/${value.replace(/^\.?\//, "")}"`
          });
        }
      }
      for (const [mount, i] of objects(lp.tmpfs)) {
        const path = [...lpPath, "tmpfs", i];
        const containerPath = str(mount.containerPath);
        if (containerPath !== void 0 && containerPath.trim() === "") {
          ctx.report({
            messageId: "tmpfsEmpty",
            path: [...path, "containerPath"],
            data: { container },
            hint: 'give the absolute path where the tmpfs is mounted, e.g. "/run"'
          });
        } else if (containerPath !== void 0 && !containerPath.startsWith("/")) {
          ctx.report({
            messageId: "tmpfsRelative",
            path: [...path, "containerPath"],
            data: { container, path: containerPath },
            hint: `write it from the root: "/${containerPath.replace(/^\.?\//, "")}"`
          });
        }
        const where = containerPath !== void 0 && containerPath.trim() !== "" ? `"${containerPath}"` : `#${i + 1}`;
        const options = arr(mount.mountOptions);
        for (let j = 0; j < options.length; j++) {
          const option = options[j];
          if (typeof option !== "string") continue;
          const optionPath = [...path, "mountOptions", j];
          const trimmed = option.trim();
          if (TMPFS_MOUNT_OPTIONS.includes(trimmed)) continue;
          const key = trimmed.split("=")[0] ?? "";
          if (trimmed.includes("=") && VALUED_OPTIONS.has(key)) continue;
          if (trimmed === "") {
            ctx.report({
              messageId: "tmpfsOptionEmpty",
              path: optionPath,
              data: { container, path: where },
              hint: "remove the empty entry"
            });
          } else if (key === "size") {
            ctx.report({
              messageId: "tmpfsOptionSize",
              path: optionPath,
              data: { container, path: where, option: trimmed },
              severity: "warning",
              hint: 'remove it and set "size" (MiB) on the tmpfs entry'
            });
          } else {
            const parts = trimmed.split(",").map((p) => p.trim());
            const joined = parts.length > 1 && parts.every((p) => TMPFS_MOUNT_OPTIONS.includes(p.split("=")[0] ?? ""));
            const suggestion2 = closest4(trimmed.toLowerCase(), TMPFS_MOUNT_OPTIONS);
            ctx.report({
              messageId: "tmpfsOptionUnknown",
              path: optionPath,
              data: { container, path: where, option: trimmed.length > 40 ? `${trimmed.slice(0, 39)}\u2026` : trimmed },
              hint: joined ? `give each option as its own element: ${quoteList(parts)}` : suggestion2 === void 0 ? 'use options from the ECS list, e.g. "rw", "noexec", "nosuid", "nodev"' : `did you mean "${suggestion2}"?`
            });
          }
        }
      }
      const swappiness = num(lp.swappiness);
      if (swappiness !== void 0 && (swappiness < 0 || swappiness > 100)) {
        ctx.report({
          messageId: "swappiness",
          path: [...lpPath, "swappiness"],
          data: { container, value: swappiness },
          hint: 'set "swappiness" between 0 (no swapping) and 100; the default is 60'
        });
      }
      for (const field of ["maxSwap", "sharedMemorySize"]) {
        const value = num(lp[field]);
        if (value === void 0 || value >= 0) continue;
        ctx.report({
          messageId: "negative",
          path: [...lpPath, field],
          data: { container, field, value },
          hint: field === "maxSwap" ? 'set "maxSwap" to 0 (no swap) or a positive number of MiB, or remove it' : 'set "sharedMemorySize" to a positive number of MiB, or remove it'
        });
      }
    }
  }
});

// rules/valid-names/index.ts
var templated3 = hasPlaceholder;
var MAX_NAME_LENGTH = 255;
var ALLOWED = /^[A-Za-z0-9_-]*$/;
function badCharacters(name) {
  const out = [];
  for (const ch of name) if (!/[A-Za-z0-9_-]/.test(ch) && !out.includes(ch)) out.push(ch);
  return out;
}
function show(ch) {
  if (ch === " ") return "space";
  const code = ch.codePointAt(0) ?? 0;
  if (code < 32 || code === 127) return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return `"${ch}"`;
}
var HINTS3 = {
  empty: 'give it a name of letters, digits, "_" and "-" (for example "web-app_v2")',
  tooLong: "shorten the name to 255 characters or fewer",
  badChars: 'use only letters, digits, "_" and "-" (for example "web-app_v2")'
};
function problemOf(name) {
  if (name.length === 0) return { messageId: "empty" };
  if (!ALLOWED.test(name)) {
    const bad = badCharacters(name).map(show);
    return {
      messageId: "badChars",
      chars: bad.length <= 1 ? bad[0] ?? "" : `${bad.slice(0, -1).join(", ")} and ${bad.at(-1)}`
    };
  }
  if (name.length > MAX_NAME_LENGTH) return { messageId: "tooLong", length: name.length };
  return void 0;
}
function nameProblem(value) {
  return typeof value !== "string" || templated3(value) ? void 0 : problemOf(value);
}
function reportName(ctx, value, problem, path, what) {
  const shown4 = value.length > 40 ? `${JSON.stringify(value.slice(0, 39))}\u2026` : JSON.stringify(value);
  ctx.report({
    messageId: problem.messageId,
    path,
    data: {
      what,
      name: shown4,
      ...problem.messageId === "tooLong" ? { length: problem.length } : {},
      ...problem.messageId === "badChars" ? { chars: problem.chars } : {}
    },
    hint: HINTS3[problem.messageId]
  });
}
var valid_names_default = defineRule({
  meta: {
    id: "valid-names",
    category: "correctness",
    description: "Require family, container and volume names that AWS accepts, and unique names in a task",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html"
    ],
    messages: {
      empty: '{{what}} is empty: it needs 1 to 255 letters, digits, "_" or "-"',
      tooLong: "{{what}} is {{length}} characters long: the limit is 255",
      badChars: "{{what}} {{name}} has characters AWS does not allow in names: {{chars}}",
      missingContainerName: '{{label}} has no "name": every container needs one',
      duplicateContainer: 'container name "{{name}}" is used twice in the task',
      duplicateVolume: 'volume name "{{name}}" is used twice in the task'
    }
  },
  check(task, ctx) {
    const familyProblem = nameProblem(task.family);
    if (familyProblem) reportName(ctx, task.family, familyProblem, ["family"], '"family"');
    const seenContainers = /* @__PURE__ */ new Map();
    for (const c of containers(task)) {
      if (c.container.name === void 0) {
        ctx.report({
          messageId: "missingContainerName",
          path: [...c.path, "name"],
          data: { label: c.label },
          hint: 'add a "name" of letters, digits, "_" and "-", unique in the task'
        });
        continue;
      }
      const problem = nameProblem(c.container.name);
      if (problem) reportName(ctx, c.container.name, problem, [...c.path, "name"], "container name");
      const name = c.name;
      if (name === void 0 || name === "" || templated3(name)) continue;
      const earlier = seenContainers.get(name);
      if (earlier === void 0) {
        seenContainers.set(name, c);
        continue;
      }
      ctx.report({
        messageId: "duplicateContainer",
        path: [...c.path, "name"],
        data: { name },
        hint: 'give each container its own name: "dependsOn", "links" and "volumesFrom" refer to containers by name',
        related: [{ path: [...earlier.path, "name"], message: `the first container named "${name}"` }]
      });
    }
    const list4 = task.volumes;
    if (!Array.isArray(list4)) return;
    const seenVolumes = /* @__PURE__ */ new Map();
    for (let index = 0; index < list4.length; index++) {
      const volume = list4[index];
      if (!isObject(volume)) continue;
      const problem = nameProblem(volume.name);
      if (problem) reportName(ctx, volume.name, problem, ["volumes", index, "name"], "volume name");
      const name = str(volume.name);
      if (name === void 0 || name === "" || templated3(name)) continue;
      const earlier = seenVolumes.get(name);
      if (earlier === void 0) {
        seenVolumes.set(name, index);
        continue;
      }
      ctx.report({
        messageId: "duplicateVolume",
        path: ["volumes", index, "name"],
        data: { name },
        hint: `rename one of them, or merge them into one volume: "mountPoints" refer to volumes by name`,
        related: [{ path: ["volumes", earlier, "name"], message: `the first volume named "${name}"` }]
      });
    }
  }
});

// rules/valid-port-mappings/index.ts
var MAX_PORT = 65535;
var MAX_RANGES = 100;
var RESERVED = /* @__PURE__ */ new Set([22, 2375, 2376, 51678, 51679, 51680]);
var RANGE = /^(\d+)-(\d+)$/;
function pathOf2(m, member) {
  const path = [...m.container.path, "portMappings", m.index];
  if (member !== void 0) path.push(member);
  return path;
}
function isPortName(name) {
  if (name.length < 1 || name.length > 64) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ok = c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 95 || c === 45 && i > 0;
    if (!ok) return false;
  }
  return true;
}
var portsAre = (lo, hi) => lo === hi ? `port ${lo} is` : `ports ${lo}-${hi} are`;
var isPort = (p) => Number.isInteger(p) && p >= 1 && p <= MAX_PORT;
var present = (v) => v !== void 0 && v !== null;
function protocolOf(v) {
  if (v === void 0 || v === null) return "tcp";
  if (typeof v !== "string" || hasPlaceholder(v)) return void 0;
  return v.toLowerCase() === "udp" ? "udp" : "tcp";
}
var valid_port_mappings_default = defineRule({
  meta: {
    id: "valid-port-mappings",
    category: "correctness",
    description: "Require port mappings that the network mode allows, with valid and unique ports",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_portmappings",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html"
    ],
    messages: {
      hostMismatch: '{{container}}: "hostPort" {{host}} must equal "containerPort" {{port}} when "networkMode" is "{{mode}}"',
      noneMode: '{{container}}: "networkMode" "none" allows no port mappings, but it has {{count}}',
      portOutOfRange: '{{container}}: "{{property}}" {{value}} is not a port number (1\u201365535)',
      missingPort: '{{container}}: port mapping {{n}} has neither "containerPort" nor "containerPortRange"',
      hostPortOutOfRange: '{{container}}: "hostPort" {{value}} is not a port number (1\u201365535, or 0 for a dynamic port)',
      rangeSyntax: '{{container}}: "containerPortRange" {{value}} is not a range written as "start-end"',
      rangeBounds: '{{container}}: "containerPortRange" "{{value}}" must go from a lower to a higher port within 1\u201365535',
      rangeMode: '{{container}}: "containerPortRange" needs "networkMode" "bridge" or "awsvpc", not "{{mode}}"',
      rangeWithHostPort: '{{container}}: "hostPort" cannot be set with "containerPortRange"; ECS assigns the host ports',
      rangeWithContainerPort: '{{container}}: a port mapping has both "containerPort" and "containerPortRange"',
      tooManyRanges: '{{container}} has {{count}} "containerPortRange" mappings; at most {{max}} are allowed',
      rangeOverlap: "{{container}}: {{protocol}} container {{ports}} in more than one port mapping",
      duplicateHostPort: "{{protocol}} host {{ports}} mapped more than once in the task (first by {{first}})",
      reservedHostPort: "{{container}}: host port {{port}} is reserved on ECS container instances (22, 2375, 2376, 51678\u201351680)",
      appProtocolWithoutName: '{{container}}: "appProtocol" {{value}} has no effect without a port mapping "name"',
      badName: '{{container}}: port mapping "name" {{value}} is not a valid Service Connect port name'
    }
  },
  check(task, ctx) {
    const mode = isFargate(task, ctx) && task.networkMode === void 0 ? void 0 : networkMode(task, ctx);
    const fixedHost = mode === "awsvpc" || mode === "host";
    const agentHost = hasTaskContext(ctx) && !isFargate(task, ctx) && !isWindows(task);
    const all = [];
    for (const c of containers(task)) {
      const list4 = arr(c.container.portMappings);
      if (mode === "none" && list4.length > 0) {
        ctx.report({
          messageId: "noneMode",
          path: [...c.path, "portMappings"],
          target: "key",
          data: { container: c.label, count: list4.length },
          hint: 'remove "portMappings", or use a network mode that has networking',
          related: [{ path: ["networkMode"], message: "the network mode is set here" }]
        });
      }
      let ranges = 0;
      for (const [mapping, i] of objects(list4)) {
        const m = {
          mapping,
          container: c,
          index: i,
          n: i + 1,
          protocol: protocolOf(mapping.protocol),
          containerPort: num(mapping.containerPort),
          hostPort: num(mapping.hostPort),
          range: void 0
        };
        all.push(m);
        const container = c.label;
        if (m.containerPort !== void 0 && !isPort(m.containerPort)) {
          ctx.report({
            messageId: "portOutOfRange",
            path: pathOf2(m, "containerPort"),
            data: { container, property: "containerPort", value: m.containerPort },
            hint: "use the port the application listens on, from 1 to 65535"
          });
          m.containerPort = void 0;
        }
        if (m.hostPort !== void 0 && !(m.hostPort === 0 || isPort(m.hostPort))) {
          ctx.report({
            messageId: "hostPortOutOfRange",
            path: pathOf2(m, "hostPort"),
            data: { container, value: m.hostPort },
            hint: 'use a port from 1 to 65535, or leave "hostPort" out'
          });
          m.hostPort = void 0;
        }
        if (!present(mapping.containerPort) && !present(mapping.containerPortRange)) {
          const first = Object.keys(mapping)[0];
          ctx.report({
            messageId: "missingPort",
            path: pathOf2(m, first),
            ...first === void 0 ? {} : { target: "key" },
            data: { container, n: m.n },
            hint: 'set "containerPort" to the port the application listens on'
          });
        }
        const rangeValue = mapping.containerPortRange;
        if (present(rangeValue)) {
          ranges++;
          if (ranges === MAX_RANGES + 1) {
            const count2 = arr(c.container.portMappings).filter(
              (p) => typeof p === "object" && p !== null && present(p.containerPortRange)
            ).length;
            ctx.report({
              messageId: "tooManyRanges",
              path: pathOf2(m, "containerPortRange"),
              target: "key",
              data: { container, count: count2, max: MAX_RANGES },
              hint: "merge adjacent ranges, or spread the ports over more containers"
            });
          }
          const text = str(rangeValue);
          if (text !== void 0 && !hasPlaceholder(text)) {
            const match = RANGE.exec(text.trim());
            if (match?.[1] === void 0 || match[2] === void 0) {
              ctx.report({
                messageId: "rangeSyntax",
                path: pathOf2(m, "containerPortRange"),
                data: { container, value: JSON.stringify(text) },
                hint: 'write the range as "start-end", for example "8000-8010"'
              });
            } else {
              const lo = Number(match[1]);
              const hi = Number(match[2]);
              if (!isPort(lo) || !isPort(hi) || lo >= hi) {
                ctx.report({
                  messageId: "rangeBounds",
                  path: pathOf2(m, "containerPortRange"),
                  data: { container, value: text },
                  hint: 'write "start-end" with 1 \u2264 start < end \u2264 65535'
                });
              } else {
                m.range = [lo, hi];
              }
            }
          }
          if (mode === "host") {
            ctx.report({
              messageId: "rangeMode",
              path: pathOf2(m, "containerPortRange"),
              target: "key",
              data: { container, mode },
              hint: 'list the ports one by one with "containerPort", or use "bridge" or "awsvpc"',
              related: [{ path: ["networkMode"], message: "the network mode is set here" }]
            });
          }
          if (present(mapping.hostPort)) {
            ctx.report({
              messageId: "rangeWithHostPort",
              path: pathOf2(m, "hostPort"),
              target: "key",
              data: { container },
              hint: 'remove "hostPort" from this mapping'
            });
          }
          if (present(mapping.containerPort)) {
            ctx.report({
              messageId: "rangeWithContainerPort",
              path: pathOf2(m, "containerPort"),
              target: "key",
              data: { container },
              hint: 'keep "containerPortRange" for a range or "containerPort" for one port, in separate mappings'
            });
          }
        }
        if (fixedHost && m.hostPort !== void 0 && m.hostPort !== 0 && m.containerPort !== void 0) {
          if (m.hostPort !== m.containerPort) {
            ctx.report({
              messageId: "hostMismatch",
              path: pathOf2(m, "hostPort"),
              data: { container, host: m.hostPort, port: m.containerPort, mode: mode ?? "" },
              hint: `remove "hostPort" or set it to ${m.containerPort}`,
              related: [{ path: pathOf2(m, "containerPort"), message: `the container port is ${m.containerPort}` }]
            });
          }
        }
        const appProtocol = mapping.appProtocol;
        if (present(appProtocol) && !present(mapping.name)) {
          ctx.report({
            messageId: "appProtocolWithoutName",
            path: pathOf2(m, "appProtocol"),
            target: "key",
            severity: "warning",
            data: { container, value: JSON.stringify(appProtocol) },
            hint: 'name the port mapping (Service Connect uses "appProtocol" only for named ports), or remove "appProtocol"'
          });
        }
        const name = str(mapping.name);
        if (name !== void 0 && !hasPlaceholder(name) && !isPortName(name)) {
          ctx.report({
            messageId: "badName",
            path: pathOf2(m, "name"),
            severity: "warning",
            data: { container, value: JSON.stringify(name) },
            hint: 'use up to 64 lower-case letters, digits, "_" and "-", not starting with "-"'
          });
        }
      }
    }
    checkContainerOverlaps(all, ctx);
    checkHostPorts(all, mode, agentHost, ctx);
  }
});
var hasRange = (m) => m.range !== void 0;
function checkContainerOverlaps(all, ctx) {
  if (!all.some(hasRange)) return;
  const byContainer = /* @__PURE__ */ new Map();
  for (const m of all) {
    if (m.protocol === void 0) continue;
    const claims = byContainer.get(m.container.index) ?? [];
    byContainer.set(m.container.index, claims);
    const claim = m.range ? { lo: m.range[0], hi: m.range[1], m, key: "containerPortRange" } : m.containerPort !== void 0 && !present(m.mapping.containerPortRange) ? { lo: m.containerPort, hi: m.containerPort, m, key: "containerPort" } : void 0;
    if (claim === void 0) continue;
    const clash = claims.find(
      (o) => o.m.protocol === m.protocol && (o.key === "containerPortRange" || claim.key === "containerPortRange") && o.lo <= claim.hi && claim.lo <= o.hi
    );
    claims.push(claim);
    if (clash === void 0) continue;
    ctx.report({
      messageId: "rangeOverlap",
      path: pathOf2(m, claim.key),
      data: {
        container: m.container.label,
        protocol: (m.protocol ?? "tcp").toUpperCase(),
        ports: portsAre(Math.max(claim.lo, clash.lo), Math.min(claim.hi, clash.hi))
      },
      hint: "make the ranges and ports of one container disjoint",
      related: [{ path: pathOf2(clash.m, clash.key), message: `port mapping ${clash.m.n} already has it` }]
    });
  }
}
function checkHostPorts(all, mode, agentHost, ctx) {
  const fixedHost = mode === "awsvpc" || mode === "host";
  const claims = [];
  for (const m of all) {
    let claim;
    if (fixedHost) {
      if (m.range && mode === "awsvpc") claim = { lo: m.range[0], hi: m.range[1], m, key: "containerPortRange" };
      else if (m.containerPort !== void 0 && !present(m.mapping.containerPortRange)) {
        claim = { lo: m.containerPort, hi: m.containerPort, m, key: "containerPort" };
      } else if (m.hostPort !== void 0 && m.hostPort !== 0) {
        claim = { lo: m.hostPort, hi: m.hostPort, m, key: "hostPort" };
      }
    } else if (m.hostPort !== void 0 && m.hostPort !== 0 && !present(m.mapping.containerPortRange)) {
      claim = { lo: m.hostPort, hi: m.hostPort, m, key: "hostPort" };
    }
    if (claim === void 0) continue;
    if (agentHost && (mode === "bridge" || mode === "host") && claim.lo === claim.hi && RESERVED.has(claim.lo)) {
      ctx.report({
        messageId: "reservedHostPort",
        path: pathOf2(m, claim.key),
        severity: "warning",
        data: { container: m.container.label, port: claim.lo },
        hint: mode === "bridge" ? 'map the container port to another host port, or leave "hostPort" out for a dynamic one' : 'listen on another port, or use "bridge" or "awsvpc" networking'
      });
    }
    if (m.protocol === void 0) continue;
    const c = claim;
    const clash = claims.find(
      (o) => o.m.protocol === m.protocol && o.lo <= c.hi && c.lo <= o.hi && // Overlaps inside one container that involve a range are reported as container-port overlaps.
      !(o.m.container.index === m.container.index && (o.key === "containerPortRange" || c.key === "containerPortRange"))
    );
    claims.push(c);
    if (clash === void 0) continue;
    const first = clash.m.container.index === m.container.index ? `port mapping ${clash.m.n} of ${clash.m.container.label}` : clash.m.container.label;
    ctx.report({
      messageId: "duplicateHostPort",
      path: pathOf2(m, c.key),
      data: {
        protocol: (m.protocol ?? "tcp").toUpperCase(),
        ports: portsAre(Math.max(c.lo, clash.lo), Math.min(c.hi, clash.hi)),
        first
      },
      hint: mode === "bridge" || mode === "default" ? 'give each mapping its own "hostPort", or leave "hostPort" out for a dynamic port' : "containers of one task share the network: give each its own port",
      related: [{ path: pathOf2(clash.m, clash.key), message: `${clash.m.container.label} maps it here` }]
    });
  }
}

// rules/valid-role-arn/index.ts
function arnProblem(value) {
  const arn = parseArn(value);
  if (!arn) return { messageId: "notArn", data: {} };
  if (!isPartitionName(arn.partition)) return { messageId: "partition", data: { partition: arn.partition } };
  if (arn.service !== "iam") return { messageId: "service", data: { service: arn.service } };
  if (arn.region !== "") return { messageId: "region", data: { region: arn.region } };
  if (!arn.resource.startsWith("role/")) {
    const type = arn.resource.includes("/") ? arn.resource.slice(0, arn.resource.indexOf("/")) : arn.resource;
    return { messageId: "resource", data: { type } };
  }
  if (!isAccountId(arn.account)) return { messageId: "account", data: { account: arn.account } };
  const slash2 = arn.resource.lastIndexOf("/");
  const name = arn.resource.slice(slash2 + 1);
  if (!isRoleName(name)) return { messageId: "roleName", data: { name } };
  if (!isRolePath(arn.resource, "role".length, slash2 + 1)) {
    return { messageId: "path", data: { path: arn.resource.slice("role".length, slash2 + 1) } };
  }
  return void 0;
}
function isRolePath(s, start, end) {
  if (end - start > 512) return false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 33 || c > 126 || c === 47 && i > start && s.charCodeAt(i - 1) === 47) return false;
  }
  return true;
}
var FIELDS = ["executionRoleArn", "taskRoleArn"];
var HINT = {
  notArn: 'use the role ARN, "arn:aws:iam::<account-id>:role/<name>"',
  partition: 'use the partition of the account: "aws", "aws-cn" or "aws-us-gov"',
  service: 'use the ARN of an IAM role ("arn:aws:iam::<account-id>:role/<name>"), not of another resource',
  region: 'remove the Region: IAM role ARNs have an empty Region field ("arn:aws:iam::<account-id>:role/<name>")',
  account: 'use the 12-digit account ID (a value a deploy step fills in can be a placeholder such as "${AWS_ACCOUNT_ID}")',
  resource: 'use the role ARN ("\u2026:role/<name>"); an instance profile, user or policy cannot be assumed by ECS tasks',
  roleName: 'use the role name as IAM shows it (1-64 letters, digits and "+=,.@_-")',
  path: 'write the role path as "/segment/" between "role" and the name, or leave it out'
};
var valid_role_arn_default = defineRule({
  meta: {
    id: "valid-role-arn",
    category: "correctness",
    description: 'Require "executionRoleArn" and "taskRoleArn" to be IAM role ARNs (or, for the task role, a role name)',
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html"
    ],
    messages: {
      empty: '"{{field}}" is empty',
      bareName: '"{{field}}" is the role name "{{value}}", not an ARN',
      notRole: '"{{field}}" "{{value}}" is neither an IAM role ARN nor a role name',
      notArn: '"{{field}}" "{{value}}" is not an IAM role ARN',
      partition: '"{{field}}" has partition "{{partition}}"; expected "aws", "aws-cn", "aws-us-gov" or another AWS partition',
      service: '"{{field}}" is an ARN for "{{service}}", not an IAM role',
      region: '"{{field}}" has the Region "{{region}}", but IAM ARNs have none',
      account: '"{{field}}" has account "{{account}}", which is not a 12-digit AWS account ID',
      resource: '"{{field}}" names an IAM "{{type}}", not a role',
      roleName: '"{{field}}" has the role name "{{name}}", which IAM does not allow',
      path: '"{{field}}" has the role path "{{path}}", which IAM does not allow'
    }
  },
  check(task, ctx) {
    for (const field of FIELDS) {
      const value = task[field];
      if (typeof value !== "string" || hasPlaceholder(value)) continue;
      const path = [field];
      if (value === "") {
        ctx.report({
          messageId: "empty",
          path,
          severity: "warning",
          data: { field },
          hint: `set "${field}" to a role ARN, or remove it`
        });
        continue;
      }
      if (!value.startsWith("arn:")) {
        if (isRoleName(value)) {
          if (field === "executionRoleArn") {
            ctx.report({
              messageId: "bareName",
              path,
              severity: "note",
              data: { field, value },
              hint: `write the full ARN, "arn:aws:iam::<account-id>:role/${value}"`
            });
          }
          continue;
        }
        ctx.report({
          messageId: field === "taskRoleArn" ? "notRole" : "notArn",
          path,
          data: { field, value },
          hint: HINT.notArn
        });
        continue;
      }
      const problem = arnProblem(value);
      if (!problem) continue;
      ctx.report({
        messageId: problem.messageId,
        path,
        data: { field, value, ...problem.data },
        hint: HINT[problem.messageId]
      });
    }
  }
});

// rules/valid-secrets/index.ts
var ARN = /^arn:([^:]*):([^:]*):([^:]*):([^:]*):(.*)$/s;
var PARTITION = /^aws(-[a-z]+)*$/;
var REGION = /^[a-z]{2,}(-[a-z]+)+-\d{1,2}$/;
var ACCOUNT = /^\d{12}$/;
var SSM_NAME = /^[A-Za-z0-9_.\-/]+$/;
var SECRET_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
function classifyValueFrom(value) {
  const v = value.trim();
  if (v.startsWith("$")) return { kind: "template" };
  if (!v.startsWith("arn:")) {
    return SSM_NAME.test(v) ? { kind: "ssm-name" } : { kind: "invalid", reason: "notAName" };
  }
  const arn = parseArn(v);
  if (!arn) return { kind: "invalid", reason: "malformedArn" };
  const { partition, service, region, account, resource } = arn;
  if (service !== "secretsmanager" && service !== "ssm") {
    return { kind: "invalid", reason: "wrongService", detail: service };
  }
  if (!hasDigit(region) || !hasDigit(account)) return { kind: "template" };
  if (!isPartitionName(partition)) return { kind: "invalid", reason: "arnPart", detail: "partition" };
  if (!REGION.test(region)) return { kind: "invalid", reason: "arnPart", detail: "Region" };
  if (!isAccountId(account)) return { kind: "invalid", reason: "arnPart", detail: "account ID" };
  if (service === "ssm") {
    return resource.startsWith("parameter/") && resource.length > "parameter/".length ? { kind: "ssm" } : { kind: "invalid", reason: "ssmResource" };
  }
  if (!resource.startsWith("secret:")) return { kind: "invalid", reason: "malformedArn" };
  const parts = resource.slice("secret:".length).split(":");
  if (parts.length !== 1 && parts.length !== 4) {
    const colons = parts.length - 1;
    return { kind: "invalid", reason: "secretSuffix", detail: `${colons} ${colons === 1 ? "colon" : "colons"}` };
  }
  const [name = "", jsonKey = "", versionStage = "", versionId = ""] = parts;
  if (name === "") return { kind: "invalid", reason: "emptySecretName" };
  return { kind: "secretsmanager", jsonKey, versionStage, versionId };
}
function hasDigit(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
var cut3 = (s, max = 60) => s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
var REASON_HINTS = {
  malformedArn: 'write "arn:aws:secretsmanager:<region>:<account>:secret:<name>" or "arn:aws:ssm:<region>:<account>:parameter/<name>"',
  arnPart: "copy the full ARN from the Secrets Manager or Parameter Store console",
  wrongService: "reference a Secrets Manager secret or an SSM parameter; ECS reads secrets from nowhere else",
  secretSuffix: 'keep all three colons after the secret name: "<secret-arn>:<json-key>:<version-stage>:<version-id>", e.g. "...:secret:db-AbCdEf:password::"',
  emptySecretName: 'put the secret name after "secret:"',
  ssmResource: 'the resource part is "parameter/<name>", e.g. "arn:aws:ssm:us-east-1:123456789012:parameter/prod/db"',
  notAName: 'use the full Secrets Manager secret ARN, or an SSM parameter name (letters, digits, "_", ".", "-", "/")'
};
var valid_secrets_default = defineRule({
  meta: {
    id: "valid-secrets",
    category: "security",
    description: "Require secrets that reference a Secrets Manager secret or SSM parameter in a form ECS accepts",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Secret.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RepositoryCredentials.html"
    ],
    messages: {
      emptyName: '{{container}}: a {{list}} entry has an empty "name"',
      emptyValueFrom: '{{container}}: {{what}} has an empty "valueFrom"',
      malformedArn: '{{container}}: {{what}} "valueFrom" "{{value}}" is not a valid secret or parameter ARN',
      arnPart: '{{container}}: {{what}} "valueFrom" "{{value}}" has no valid {{detail}}',
      wrongService: '{{container}}: {{what}} "valueFrom" is an ARN of "{{detail}}", not of a Secrets Manager secret or SSM parameter',
      secretSuffix: '{{container}}: {{what}} "valueFrom" has {{detail}} after the secret name; ECS needs 0 or exactly 3',
      emptySecretName: '{{container}}: {{what}} "valueFrom" "{{value}}" has no secret name',
      ssmResource: '{{container}}: {{what}} "valueFrom" "{{value}}" does not name a parameter',
      notAName: '{{container}}: {{what}} "valueFrom" "{{value}}" is neither an ARN nor a valid SSM parameter name',
      stageAndId: '{{container}}: {{what}} "valueFrom" gives both a version stage and a version ID; they are mutually exclusive',
      fargateVersion: '{{count}} with a JSON key or version in "valueFrom": Fargate needs platform version 1.4.0 or later',
      duplicate: '{{container}}: {{list}} name "{{name}}" is given more than once',
      alsoEnvironment: '{{container}}: "{{name}}" is both a secret and an "environment" variable',
      emptyCredentials: '{{container}}: "repositoryCredentials.credentialsParameter" is empty, which RegisterTaskDefinition rejects',
      credentialsNotSecret: '{{container}}: "repositoryCredentials.credentialsParameter" "{{value}}" is not a Secrets Manager secret ARN or name'
    }
  },
  check(task, ctx) {
    const versioned = [];
    for (const c of containers(task)) {
      const container = c.label;
      checkList(ctx, versioned, c, "secrets", c.container.secrets);
      const log = obj(c.container.logConfiguration);
      if (log) checkList(ctx, versioned, c, "secretOptions", log.secretOptions);
      checkAlsoEnvironment(ctx, c);
      const creds = obj(c.container.repositoryCredentials);
      const parameter = str(creds?.credentialsParameter);
      if (parameter !== void 0 && !hasPlaceholder(parameter)) {
        const path = [...c.path, "repositoryCredentials", "credentialsParameter"];
        if (parameter.trim() === "") {
          ctx.report({
            messageId: "emptyCredentials",
            path,
            data: { container },
            // Console exports write `{"credentialsParameter": ""}` for images that need no login, and
            // RegisterTaskDefinition rejects it (amazon-ecs-deploy-task-definition PR #52 strips it for that).
            hint: 'give the ARN of the Secrets Manager secret with the registry login, or remove "repositoryCredentials"'
          });
        } else {
          const v = parameter.trim();
          if (!(v.startsWith("arn:") ? isSecretArn(v) : SECRET_NAME.test(v))) {
            ctx.report({
              messageId: "credentialsNotSecret",
              path,
              data: { container, value: cut3(v) },
              hint: 'use "arn:aws:secretsmanager:<region>:<account>:secret:<name>" (an SSM parameter does not work here)'
            });
          }
        }
      }
    }
    const firstVersioned = versioned[0];
    if (firstVersioned && isFargate(task, ctx) && !isWindows(task)) {
      ctx.report({
        messageId: "fargateVersion",
        path: firstVersioned.path,
        data: { count: versioned.length === 1 ? "1 secret" : `${versioned.length} secrets` },
        severity: "note",
        hint: "run the task on platform version LATEST or 1.4.0; 1.3.0 fails to start it",
        related: versioned.slice(1).map((v) => ({ path: v.path, message: `${v.label} uses one too` }))
      });
    }
  }
});
var entryPath = (c, listName, i, member) => listName === "secrets" ? [...c.path, "secrets", i, member] : [...c.path, "logConfiguration", "secretOptions", i, member];
function checkList(ctx, versioned, c, listName, list4) {
  if (!Array.isArray(list4)) return;
  const container = c.label;
  const firstByName = /* @__PURE__ */ new Map();
  for (let i = 0; i < list4.length; i++) {
    const entry = list4[i];
    if (!isObject(entry)) continue;
    const name = str(entry.name);
    if (name !== void 0 && name.trim() === "") {
      ctx.report({
        messageId: "emptyName",
        path: entryPath(c, listName, i, "name"),
        data: { container, list: `"${listName}"` },
        hint: listName === "secrets" ? "give the environment variable name" : "give the log option name"
      });
    } else if (name !== void 0) {
      const first = firstByName.get(name);
      if (first !== void 0) {
        ctx.report({
          messageId: "duplicate",
          path: entryPath(c, listName, i, "name"),
          data: { container, list: `"${listName}"`, name: cut3(name, 40) },
          // AWS documents no rejection; one of the two values silently wins.
          severity: "warning",
          hint: "remove one of the two entries",
          related: [{ path: entryPath(c, listName, first, "name"), message: "first given here" }]
        });
      } else firstByName.set(name, i);
    }
    const valueFrom = str(entry.valueFrom);
    if (valueFrom === void 0) continue;
    if (valueFrom.trim() === "") {
      ctx.report({
        messageId: "emptyValueFrom",
        path: entryPath(c, listName, i, "valueFrom"),
        data: { container, what: describe(name, listName, i) },
        hint: "give the ARN of a Secrets Manager secret, or the name or ARN of an SSM parameter"
      });
      continue;
    }
    if (hasPlaceholder(valueFrom)) continue;
    const ref = classifyValueFrom(valueFrom);
    if (ref.kind === "invalid") {
      ctx.report({
        messageId: ref.reason,
        path: entryPath(c, listName, i, "valueFrom"),
        data: { container, what: describe(name, listName, i), value: cut3(valueFrom.trim()), detail: ref.detail ?? "" },
        hint: REASON_HINTS[ref.reason]
      });
    } else if (ref.kind === "secretsmanager") {
      if (ref.versionStage !== "" && ref.versionId !== "") {
        ctx.report({
          messageId: "stageAndId",
          path: entryPath(c, listName, i, "valueFrom"),
          data: { container, what: describe(name, listName, i) },
          severity: "warning",
          hint: 'keep the version stage or the version ID, and leave the other empty (e.g. "...:password:AWSCURRENT:")'
        });
      }
      if (ref.jsonKey !== "" || ref.versionStage !== "" || ref.versionId !== "") {
        versioned.push({
          path: entryPath(c, listName, i, "valueFrom"),
          label: `${container}, ${describe(name, listName, i)}`
        });
      }
    }
  }
}
function checkAlsoEnvironment(ctx, c) {
  const secrets = c.container.secrets;
  if (!Array.isArray(secrets) || secrets.length === 0) return;
  const envIndex = /* @__PURE__ */ new Map();
  for (const secret of secrets) {
    const name = isObject(secret) ? str(secret.name) : void 0;
    if (name !== void 0 && name.trim() !== "") envIndex.set(name, -1);
  }
  if (envIndex.size === 0) return;
  const env = arr(c.container.environment);
  for (let i = 0; i < env.length; i++) {
    const entry = env[i];
    const name = isObject(entry) ? str(entry.name) : void 0;
    if (name !== void 0 && envIndex.get(name) === -1) envIndex.set(name, i);
  }
  for (let i = 0; i < secrets.length; i++) {
    const secret = secrets[i];
    const name = isObject(secret) ? str(secret.name) : void 0;
    const index = name === void 0 ? void 0 : envIndex.get(name);
    if (name === void 0 || index === void 0 || index === -1) continue;
    ctx.report({
      messageId: "alsoEnvironment",
      path: [...c.path, "secrets", i, "name"],
      data: { container: c.label, name: cut3(name, 40) },
      severity: "warning",
      hint: 'remove the "environment" entry: only one of the two values reaches the container',
      related: [
        {
          path: [...c.path, "environment", index, "name"],
          message: `"environment" sets "${cut3(name, 40)}" here`
        }
      ]
    });
  }
}
var describe = (name, listName, i) => name !== void 0 && name.trim() !== "" ? `secret "${cut3(name, 40)}"` : `${listName} item ${i + 1}`;
function isSecretArn(v) {
  const m = ARN.exec(v);
  return m !== null && m[2] === "secretsmanager" && PARTITION.test(m[1] ?? "") && REGION.test(m[3] ?? "") && ACCOUNT.test(m[4] ?? "") && /^secret:[^:]+$/.test(m[5] ?? "");
}

// rules/valid-tags/index.ts
var templated4 = hasPlaceholder;
var ALLOWED2 = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
var ALLOWED_CHAR = /[\p{L}\p{Z}\p{N}_.:/=+\-@]/u;
var RESERVED2 = /^aws:/i;
function badCharacters2(text) {
  const out = [];
  for (const ch of text) {
    if (ALLOWED_CHAR.test(ch)) continue;
    const code = ch.codePointAt(0) ?? 0;
    const shown4 = code < 32 || code === 127 ? `U+${code.toString(16).toUpperCase().padStart(4, "0")}` : `"${ch}"`;
    if (!out.includes(shown4)) out.push(shown4);
  }
  return out;
}
var list2 = (items) => items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
var shown = (text) => JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}\u2026` : text);
var valid_tags_default = defineRule({
  meta: {
    id: "valid-tags",
    category: "correctness",
    description: "Require task definition tags with allowed characters, unique keys and no reserved prefix",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Tag.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html",
      "https://github.com/aws-actions/amazon-ecs-deploy-task-definition/pull/52"
    ],
    messages: {
      badKeyChars: "tag key {{key}} has characters that tags do not allow: {{chars}}",
      badValueChars: "tag {{key}}: value {{value}} has characters that tags do not allow: {{chars}}",
      reservedKey: 'tag key {{key}} starts with "{{prefix}}", a prefix reserved for AWS',
      reservedValue: 'tag {{key}}: value {{value}} starts with "{{prefix}}", a prefix reserved for AWS',
      duplicateKey: "tag key {{key}} is used twice",
      emptyList: '"tags" is an empty list, which RegisterTaskDefinition rejects: "Tags can not be empty"'
    }
  },
  check(task, ctx) {
    if (ctx.kind === "task-definition" && Array.isArray(task.tags) && task.tags.length === 0) {
      ctx.report({
        messageId: "emptyList",
        path: ["tags"],
        hint: 'remove "tags", or give at least one {"key": \u2026, "value": \u2026}'
      });
    }
    const seen = /* @__PURE__ */ new Map();
    for (const [tag, i] of objects(task.tags)) {
      const path = ["tags", i];
      const key = typeof tag.key === "string" && !templated4(tag.key) ? tag.key : void 0;
      const value = typeof tag.value === "string" && !templated4(tag.value) ? tag.value : void 0;
      if (key !== void 0) {
        if (!ALLOWED2.test(key)) {
          ctx.report({
            messageId: "badKeyChars",
            path: [...path, "key"],
            data: { key: shown(key), chars: list2(badCharacters2(key)) },
            hint: "use letters, digits, spaces and _ . : / = + - @ only"
          });
        }
        const prefix = RESERVED2.exec(key)?.[0];
        if (prefix !== void 0) {
          ctx.report({
            messageId: "reservedKey",
            path: [...path, "key"],
            data: { key: shown(key), prefix },
            // Describe output may hold the aws: tags that AWS itself added (CloudFormation's, say): they
            // are only a problem when the output is registered again.
            ...ctx.kind === "describe-output" ? { severity: "warning" } : {},
            hint: ctx.kind === "describe-output" ? "remove aws: tags before registering this output again: AWS adds them itself" : 'drop the "aws:" prefix or use your own (for example "app:"); AWS adds its own aws: tags'
          });
        }
        const earlier = seen.get(key);
        if (earlier === void 0) seen.set(key, i);
        else {
          ctx.report({
            messageId: "duplicateKey",
            path: [...path, "key"],
            data: { key: shown(key) },
            hint: "keep one tag per key: remove or rename one of them",
            related: [{ path: ["tags", earlier, "key"], message: `the first tag with key ${shown(key)}` }]
          });
        }
      }
      if (value !== void 0 && key !== void 0) {
        if (!ALLOWED2.test(value)) {
          ctx.report({
            messageId: "badValueChars",
            path: [...path, "value"],
            data: { key: shown(key), value: shown(value), chars: list2(badCharacters2(value)) },
            hint: "use letters, digits, spaces and _ . : / = + - @ only"
          });
        }
        const prefix = RESERVED2.exec(value)?.[0];
        if (prefix !== void 0) {
          ctx.report({
            messageId: "reservedValue",
            path: [...path, "value"],
            data: { key: shown(key), value: shown(value), prefix },
            // The API documents the prefix as reserved for values too, but enforcement is not documented.
            severity: "warning",
            hint: 'start the value with something other than "aws:"'
          });
        }
      }
    }
  }
});

// rules/valid-task-resources/index.ts
var MIN_MEMORY_MIB = 6;
var EC2_CPU = { min: 128, max: 196608 };
function shown2(written2, value, unit) {
  if (typeof written2 === "number" || typeof written2 === "string" && written2.trim() === String(value)) {
    return String(value);
  }
  return `${JSON.stringify(written2)} (${value} ${unit})`;
}
function amount(v) {
  if (v === void 0 || v === null) return "absent";
  return num(v) ?? "unknown";
}
function checkTiny(ctx, c, property, value) {
  if (typeof value === "number" && value > 0 && value < MIN_MEMORY_MIB) {
    ctx.report({
      messageId: "tinyMemory",
      path: [...c.path, property],
      severity: "warning",
      data: { container: c.label, property, value, min: MIN_MEMORY_MIB },
      hint: `give the container at least ${MIN_MEMORY_MIB} MiB; the value is in MiB, not GB`
    });
  }
}
var reservationOf = (c) => amount(c.container.memoryReservation);
function memoryTaken(c) {
  const reservation = reservationOf(c);
  return reservation !== "absent" ? reservation : amount(c.container.memory);
}
var cpuOf = (c) => amount(c.container.cpu);
function total(all, amountOf) {
  let sum = 0;
  let count2 = 0;
  let known = true;
  for (const c of all) {
    const v = amountOf(c);
    if (v === "unknown") known = false;
    else if (typeof v === "number" && v > 0) {
      sum += v;
      count2++;
    }
  }
  return { sum, count: count2, known };
}
var partsOf = (parts) => parts.map(([c, v]) => `${who(c)} ${v}`).join(" + ");
function positive(all, amountOf) {
  const out = [];
  for (const c of all) {
    const v = amountOf(c);
    if (typeof v === "number" && v > 0) out.push([c, v]);
  }
  return out;
}
var who = (c) => c.name === void 0 ? `#${c.index + 1}` : `"${c.name}"`;
var valid_task_resources_default = defineRule({
  meta: {
    id: "valid-task-resources",
    category: "correctness",
    description: 'Keep container cpu and memory within the task size and "memoryReservation" within "memory"',
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_size"
    ],
    messages: {
      reservationAboveMemory: '{{container}}: "memoryReservation" {{reservation}} is greater than "memory" {{memory}}',
      tinyMemory: '{{container}}: "{{property}}" {{value}} MiB is less than the {{min}} MiB Docker reserves for a container',
      containerAboveTaskMemory: '{{container}}: "memory" {{memory}} MiB is greater than the task "memory" {{task}}',
      reservedAboveTaskMemory: 'the containers reserve {{sum}} MiB of memory ({{parts}}), more than the task "memory" {{task}}',
      reservationsAboveTaskMemory: 'the "memoryReservation" values add up to {{sum}} MiB ({{parts}}), more than the task "memory" {{task}}',
      cpuSumAboveTask: `the containers' "cpu" values add up to {{sum}} ({{parts}}), more than the task "cpu" {{task}}`,
      containerCpuAboveTask: '{{container}}: "cpu" {{cpu}} is greater than the task "cpu" {{task}}',
      taskCpuRange: 'task "cpu" {{task}} is outside the {{min}}\u2013{{max}} CPU units (0.125\u2013192 vCPU) that {{launchType}} accepts'
    }
  },
  check(task, ctx) {
    const all = containers(task);
    for (const c of all) {
      const memory = amount(c.container.memory);
      const reservation = amount(c.container.memoryReservation);
      if (typeof memory === "number" && typeof reservation === "number" && memory > 0 && reservation > memory) {
        ctx.report({
          messageId: "reservationAboveMemory",
          path: [...c.path, "memoryReservation"],
          data: { container: c.label, reservation, memory },
          hint: 'set "memoryReservation" (the soft limit) at or below "memory" (the hard limit)',
          related: [{ path: [...c.path, "memory"], message: `the hard limit is ${memory} MiB` }]
        });
      }
      checkTiny(ctx, c, "memory", memory);
      checkTiny(ctx, c, "memoryReservation", reservation);
    }
    if (!hasTaskContext(ctx) || ctx.kind === "dockerrun-v2") return;
    const taskMemory = parseMemory(task.memory)?.value;
    if (taskMemory !== void 0) {
      let overLimit = false;
      for (const c of all) {
        const memory = amount(c.container.memory);
        if (typeof memory === "number" && memory > taskMemory) {
          overLimit = true;
          ctx.report({
            messageId: "containerAboveTaskMemory",
            path: [...c.path, "memory"],
            data: { container: c.label, memory, task: shown2(task.memory, taskMemory, "MiB") },
            hint: 'lower the container "memory" or raise the task "memory"',
            related: [{ path: ["memory"], message: `the task has ${taskMemory} MiB` }]
          });
        }
      }
      const reservations = total(all, reservationOf);
      const reservationsOver = reservations.known && reservations.sum > taskMemory;
      if (reservationsOver) {
        const reserved = positive(all, reservationOf);
        ctx.report({
          messageId: "reservationsAboveTaskMemory",
          path: ["memory"],
          data: { sum: reservations.sum, parts: partsOf(reserved), task: shown2(task.memory, taskMemory, "MiB") },
          hint: `lower the containers' "memoryReservation" or raise the task "memory"`,
          related: reserved.map(([c]) => ({
            path: [...c.path, "memoryReservation"],
            message: `${c.label} reserves this`
          }))
        });
      }
      const { sum, count: count2, known } = total(all, memoryTaken);
      if (!overLimit && !reservationsOver && known && count2 > 1 && sum > taskMemory) {
        const reserved = positive(all, memoryTaken);
        ctx.report({
          messageId: "reservedAboveTaskMemory",
          path: ["memory"],
          severity: "warning",
          data: { sum, parts: partsOf(reserved), task: shown2(task.memory, taskMemory, "MiB") },
          hint: `lower the containers' "memoryReservation" (or "memory") or raise the task "memory"`,
          related: reserved.map(([c]) => ({
            path: [...c.path, c.container.memoryReservation !== void 0 ? "memoryReservation" : "memory"],
            message: `${c.label} reserves this`
          }))
        });
      }
    }
    const taskCpu = parseCpu(task.cpu)?.value;
    if (taskCpu !== void 0) {
      const { sum, known } = total(all, cpuOf);
      const hint = `lower the containers' "cpu" or raise the task "cpu" (1 vCPU = 1024 CPU units)`;
      const cpus = known && sum > taskCpu ? positive(all, cpuOf) : [];
      const first = cpus[0];
      if (known && sum > taskCpu && first !== void 0) {
        if (cpus.length === 1) {
          const [c, cpu] = first;
          ctx.report({
            messageId: "containerCpuAboveTask",
            path: [...c.path, "cpu"],
            data: { container: c.label, cpu, task: shown2(task.cpu, taskCpu, "CPU units") },
            hint,
            related: [{ path: ["cpu"], message: `the task has ${taskCpu} CPU units` }]
          });
        } else {
          const related = cpus.map(([c, v]) => ({
            path: [...c.path, "cpu"],
            message: `${c.label} asks for ${v}`
          }));
          ctx.report({
            messageId: "cpuSumAboveTask",
            path: ["cpu"],
            data: { sum, parts: partsOf(cpus), task: shown2(task.cpu, taskCpu, "CPU units") },
            hint,
            related
          });
        }
      }
      const types = taskCpu < EC2_CPU.min || taskCpu > EC2_CPU.max ? launchTypes(task, ctx) : void 0;
      const ec2Like = types !== void 0 && !types.has("FARGATE") && (types.has("EC2") || types.has("EXTERNAL"));
      if (ec2Like) {
        ctx.report({
          messageId: "taskCpuRange",
          path: ["cpu"],
          data: {
            task: shown2(task.cpu, taskCpu, "CPU units"),
            min: EC2_CPU.min,
            max: EC2_CPU.max,
            launchType: types?.has("EC2") ? "EC2" : "EXTERNAL"
          },
          hint: `set the task "cpu" between ${EC2_CPU.min} and ${EC2_CPU.max} CPU units, or leave it out`
        });
      }
    }
  }
});

// rules/valid-timeouts/index.ts
var FARGATE_MIN = 2;
var FARGATE_MAX = 120;
var PROPERTIES = ["startTimeout", "stopTimeout"];
var RESTART_PERIOD_MIN = 60;
var RESTART_PERIOD_MAX = 1800;
var MAX_IGNORED_EXIT_CODES = 50;
var valid_timeouts_default = defineRule({
  meta: {
    id: "valid-timeouts",
    category: "correctness",
    description: "Require container start and stop timeouts, and restart policy periods, that ECS accepts",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_timeout",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerRestartPolicy.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-restart-policy.html"
    ],
    messages: {
      fargateRange: '{{label}}: "{{property}}" {{value}} is outside 2\u2013120 seconds, the range Fargate accepts',
      notPositive: '{{label}}: "{{property}}" {{value}} is not a positive number of seconds',
      restartPeriod: '{{label}}: "restartPolicy.restartAttemptPeriod" {{value}} is outside 60\u20131800 seconds, the range ECS accepts',
      tooManyExitCodes: '{{label}}: "restartPolicy.ignoredExitCodes" lists {{count}} exit codes; ECS accepts at most 50'
    }
  },
  check(task, ctx) {
    const fargate = isFargate(task, ctx);
    for (const c of containers(task)) {
      const restart = obj(c.container.restartPolicy);
      if (restart) checkRestartPolicy(ctx, c, restart);
      for (const property of PROPERTIES) {
        const value = c.container[property];
        if (typeof value !== "number" || !Number.isFinite(value)) continue;
        const path = [...c.path, property];
        const data = { label: c.label, property, value };
        if (fargate && (value < FARGATE_MIN || value > FARGATE_MAX)) {
          ctx.report({
            messageId: "fargateRange",
            path,
            data,
            hint: property === "stopTimeout" ? `set "stopTimeout" to ${FARGATE_MIN}\u2013${FARGATE_MAX} seconds, or remove it for the default of 30` : `set "startTimeout" to ${FARGATE_MIN}\u2013${FARGATE_MAX} seconds, or remove it`
          });
        } else if (!fargate && value <= 0) {
          ctx.report({
            messageId: "notPositive",
            path,
            data,
            // AWS documents no bounds outside Fargate: a value of 0 or less is surely a mistake, not surely rejected.
            severity: "warning",
            hint: `set "${property}" to a number of seconds above 0, or remove it to use the ${property === "stopTimeout" ? "agent's default (ECS_CONTAINER_STOP_TIMEOUT, 30 s)" : "default"}`
          });
        }
      }
    }
  }
});
function checkRestartPolicy(ctx, c, restart) {
  const period = num(restart.restartAttemptPeriod);
  if (period !== void 0 && (period < RESTART_PERIOD_MIN || period > RESTART_PERIOD_MAX)) {
    ctx.report({
      messageId: "restartPeriod",
      path: [...c.path, "restartPolicy", "restartAttemptPeriod"],
      data: { label: c.label, value: period },
      hint: `set "restartAttemptPeriod" to ${RESTART_PERIOD_MIN}\u2013${RESTART_PERIOD_MAX} seconds, or remove it for the default of 300`
    });
  }
  const codes = restart.ignoredExitCodes;
  if (Array.isArray(codes) && codes.length > MAX_IGNORED_EXIT_CODES) {
    ctx.report({
      messageId: "tooManyExitCodes",
      path: [...c.path, "restartPolicy", "ignoredExitCodes"],
      target: "key",
      data: { label: c.label, count: codes.length },
      hint: `keep at most ${MAX_IGNORED_EXIT_CODES} exit codes in "ignoredExitCodes"`
    });
  }
}

// rules/valid-volumes/index.ts
var TYPE_KEYS = [
  "host",
  "dockerVolumeConfiguration",
  "efsVolumeConfiguration",
  "s3filesVolumeConfiguration",
  "fsxWindowsFileServerVolumeConfiguration",
  "configuredAtLaunch"
];
var CREDENTIALS_ARN = /^arn:aws[a-z-]*:(secretsmanager|ssm):[a-z0-9-]+:\d{12}:(secret:|parameter\/).+/;
var label = (v) => v.name === void 0 ? `volume #${v.index + 1}` : `volume "${v.name}"`;
var isBlank = (v) => typeof v === "string" && v.trim() === "";
var isSet2 = (v) => typeof v === "string" && v.trim() !== "";
var valid_volumes_default = defineRule({
  meta: {
    id: "valid-volumes",
    category: "correctness",
    description: "Require task volumes with one type each and EFS, Docker, FSx and EBS settings that AWS accepts",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DockerVolumeConfiguration.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FSxWindowsFileServerVolumeConfiguration.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html"
    ],
    messages: {
      multipleTypes: "{{volume}} sets {{types}}; a volume has at most one type",
      empty: '{{volume}}: "{{field}}" is empty',
      rootWithAccessPoint: '{{volume}}: "{{config}}.rootDirectory" is "{{root}}"; with an access point it must be omitted or "/"',
      transitRequired: '{{volume}}: "efsVolumeConfiguration.transitEncryption" is {{state}}, but {{reason}} requires "ENABLED"',
      autoprovisionTask: '{{volume}}: "autoprovision" is true but "scope" is "task"; only a "shared" volume is autoprovisioned',
      autoprovisionNoScope: '{{volume}}: "autoprovision" is true but "scope" is not set (a task volume); only a "shared" volume is autoprovisioned',
      secondLaunchVolume: '{{volume}} is a second "configuredAtLaunch" volume; a task definition takes only one',
      credentialsNotArn: '{{volume}}: "fsxWindowsFileServerVolumeConfiguration.authorizationConfig.credentialsParameter" is not a Secrets Manager or SSM parameter ARN'
    }
  },
  check(task, ctx) {
    let firstLaunch;
    for (const v of volumes(task)) {
      const volume = label(v);
      const types = TYPE_KEYS.filter(
        (k) => k === "configuredAtLaunch" ? v.volume[k] === true : v.volume[k] !== void 0 && v.volume[k] !== null
      );
      const [firstType, secondType] = types;
      if (firstType !== void 0 && secondType !== void 0) {
        ctx.report({
          messageId: "multipleTypes",
          path: [...v.path, secondType],
          target: "key",
          data: { volume, types: quoteList(types) },
          hint: "keep one and move the others to volumes of their own",
          related: [{ path: [...v.path, firstType], target: "key", message: `"${firstType}" is set here` }]
        });
      }
      if (v.volume.configuredAtLaunch === true) {
        if (firstLaunch === void 0) {
          firstLaunch = v;
        } else {
          ctx.report({
            messageId: "secondLaunchVolume",
            path: [...v.path, "configuredAtLaunch"],
            data: { volume },
            hint: 'keep "configuredAtLaunch": true on one volume only',
            related: [
              {
                path: [...firstLaunch.path, "configuredAtLaunch"],
                message: `${label(firstLaunch)} is configured at launch`
              }
            ]
          });
        }
      }
      const efs = obj(v.volume.efsVolumeConfiguration);
      if (efs) checkEfs(efs, [...v.path, "efsVolumeConfiguration"], volume, ctx.report);
      const s3files = obj(v.volume.s3filesVolumeConfiguration);
      if (s3files) {
        const path = [...v.path, "s3filesVolumeConfiguration"];
        if (isBlank(s3files.fileSystemArn)) {
          ctx.report({
            messageId: "empty",
            path: [...path, "fileSystemArn"],
            data: { volume, field: "s3filesVolumeConfiguration.fileSystemArn" },
            hint: "set the ARN of the S3 Files file system"
          });
        }
        const root = str(s3files.rootDirectory);
        if (isSet2(s3files.accessPointArn) && root !== void 0 && root !== "/" && root !== "") {
          ctx.report({
            messageId: "rootWithAccessPoint",
            path: [...path, "rootDirectory"],
            data: { volume, config: "s3filesVolumeConfiguration", root },
            hint: 'remove "rootDirectory" and set the directory on the access point instead',
            related: [{ path: [...path, "accessPointArn"], message: "the access point is set here" }]
          });
        }
      }
      const docker = obj(v.volume.dockerVolumeConfiguration);
      if (docker && docker.autoprovision === true) {
        const path = [...v.path, "dockerVolumeConfiguration"];
        if (docker.scope === "task") {
          ctx.report({
            messageId: "autoprovisionTask",
            path: [...path, "autoprovision"],
            data: { volume },
            hint: 'set "scope": "shared", or remove "autoprovision"',
            related: [{ path: [...path, "scope"], message: '"scope" is "task" here' }]
          });
        } else if (docker.scope === void 0) {
          ctx.report({
            messageId: "autoprovisionNoScope",
            path: [...path, "autoprovision"],
            data: { volume },
            severity: "warning",
            hint: 'add "scope": "shared", or remove "autoprovision"'
          });
        }
      }
      const fsx = obj(v.volume.fsxWindowsFileServerVolumeConfiguration);
      if (fsx) {
        const path = [...v.path, "fsxWindowsFileServerVolumeConfiguration"];
        const auth = obj(fsx.authorizationConfig);
        const fields = [
          [fsx.fileSystemId, [...path, "fileSystemId"], "fileSystemId"],
          [fsx.rootDirectory, [...path, "rootDirectory"], "rootDirectory"],
          [
            auth?.credentialsParameter,
            [...path, "authorizationConfig", "credentialsParameter"],
            "authorizationConfig.credentialsParameter"
          ],
          [auth?.domain, [...path, "authorizationConfig", "domain"], "authorizationConfig.domain"]
        ];
        for (const [value, fieldPath, field] of fields) {
          if (!isBlank(value)) continue;
          ctx.report({
            messageId: "empty",
            path: fieldPath,
            data: { volume, field: `fsxWindowsFileServerVolumeConfiguration.${field}` },
            hint: 'FSx for Windows File Server volumes need "fileSystemId", "rootDirectory", "credentialsParameter" and "domain"'
          });
        }
        const credentials = str(auth?.credentialsParameter);
        if (credentials !== void 0 && credentials.trim() !== "" && !CREDENTIALS_ARN.test(credentials)) {
          ctx.report({
            messageId: "credentialsNotArn",
            path: [...path, "authorizationConfig", "credentialsParameter"],
            data: { volume },
            severity: "warning",
            hint: "give the full ARN of the Secrets Manager secret or SSM parameter that holds the domain credentials"
          });
        }
      }
    }
  }
});
function checkEfs(efs, path, volume, report3) {
  if (isBlank(efs.fileSystemId)) {
    report3({
      messageId: "empty",
      path: [...path, "fileSystemId"],
      data: { volume, field: "efsVolumeConfiguration.fileSystemId" },
      hint: "set the EFS file system id (fs-\u2026)"
    });
  }
  const auth = obj(efs.authorizationConfig);
  const authPath = [...path, "authorizationConfig"];
  const accessPoint = isSet2(auth?.accessPointId);
  const root = str(efs.rootDirectory);
  if (accessPoint && root !== void 0 && root !== "/" && root !== "") {
    report3({
      messageId: "rootWithAccessPoint",
      path: [...path, "rootDirectory"],
      data: { volume, config: "efsVolumeConfiguration", root },
      hint: 'remove "rootDirectory" and set the directory on the access point instead',
      related: [{ path: [...authPath, "accessPointId"], message: "the access point is set here" }]
    });
  }
  const iam = auth?.iam === "ENABLED";
  const transit = efs.transitEncryption;
  if ((iam || accessPoint) && (transit === void 0 || transit === "DISABLED")) {
    const reason = iam && accessPoint ? "IAM authorization and the access point each" : iam ? 'IAM authorization ("iam": "ENABLED")' : "an access point";
    const cause = iam ? [...authPath, "iam"] : [...authPath, "accessPointId"];
    report3({
      messageId: "transitRequired",
      path: [...path, "transitEncryption"],
      target: transit === void 0 ? "key" : "value",
      data: { volume, state: transit === void 0 ? "not set (DISABLED)" : '"DISABLED"', reason },
      hint: 'set "transitEncryption": "ENABLED"',
      related: [{ path: cause, message: iam ? "IAM authorization is enabled here" : "the access point is set here" }]
    });
  }
}

// rules/valid-windows-task/index.ts
var isSet3 = (v) => v !== void 0 && v !== null && v !== false && v !== "" && !(Array.isArray(v) && v.length === 0) && !(typeof v === "object" && !Array.isArray(v) && Object.values(v).every((x) => x === null || x === void 0));
var CONTAINER_PARAMS2 = [
  { param: "disableNetworking", hint: "remove it", fargate: true },
  {
    param: "dnsServers",
    hint: "remove it; set DNS servers on the instance or through VPC DHCP options",
    fargate: true
  },
  { param: "dnsSearchDomains", hint: "remove it; set search domains through VPC DHCP options", fargate: true },
  { param: "extraHosts", hint: "remove it; use DNS records instead", fargate: true },
  { param: "privileged", hint: "remove it", fargate: true },
  { param: "linuxParameters", hint: 'remove "linuxParameters"; it applies to Linux containers only' },
  { param: "readonlyRootFilesystem", hint: "remove it" },
  { param: "ulimits", hint: "remove it" },
  { param: "systemControls", hint: "remove it" },
  { param: "firelensConfiguration", hint: 'remove it; send logs with the "awslogs" driver' }
];
var FARGATE_FAMILIES = [
  "WINDOWS_SERVER_2019_FULL",
  "WINDOWS_SERVER_2019_CORE",
  "WINDOWS_SERVER_2022_FULL",
  "WINDOWS_SERVER_2022_CORE"
];
var WINDOWS_IMAGE = /^mcr\.microsoft\.com\/(windows|dotnet\/framework)\/|[:-](windowsservercore|nanoserver)/i;
var valid_windows_task_default = defineRule({
  meta: {
    id: "valid-windows-task",
    category: "correctness",
    description: "Disallow parameters, architectures and network modes that Windows tasks do not support",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/windows_task_definitions.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-windows-considerations.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RuntimePlatform.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-windows-fargate.html"
    ],
    messages: {
      container: '{{container}}: "{{param}}" is not supported for Windows containers',
      task: '"{{param}}" is not supported for Windows tasks',
      architecture: '"cpuArchitecture" "{{arch}}" is not supported for Windows tasks; only "X86_64" is',
      networkMode: 'network mode "{{mode}}" is not supported for Windows tasks; use "awsvpc", or omit "networkMode"',
      family: '"{{family}}" is not available on Fargate; Fargate runs Windows Server 2019 and 2022',
      taskSize: 'task-level "{{param}}" is ignored for Windows containers outside Fargate',
      firelens: '{{container}}: log driver "awsfirelens" is not supported for Windows containers',
      logDriver: '{{container}}: log driver "{{driver}}" is not documented for Windows on Fargate; only "awslogs" is',
      gpu: "{{container}}: GPU resource requirements are not supported for Windows containers",
      efs: "{{volume}}: EFS volumes are not supported for Windows tasks",
      fsxOnLinux: "{{volume}}: FSx for Windows File Server volumes are supported only for Windows tasks, but the task runs on {{os}}",
      dockerDriver: '{{volume}}: docker volume driver "{{driver}}" is not supported on Windows; only "local" is',
      port: "{{container}}: container port 3150 is reserved for Windows tasks on Fargate",
      linuxTask: '{{container}}: image "{{image}}" is a Windows image, but the task runs on {{os}}'
    }
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx)) return;
    const fargate = isFargate(task, ctx);
    if (!isWindows(task)) {
      checkWindowsImagesOnLinux();
      return;
    }
    const platform = obj(task.runtimePlatform);
    const arch = str(platform?.cpuArchitecture);
    if (arch !== void 0 && arch !== "X86_64") {
      ctx.report({
        messageId: "architecture",
        path: ["runtimePlatform", "cpuArchitecture"],
        data: { arch },
        hint: 'set "cpuArchitecture" to "X86_64" (ARM64 is Linux only)'
      });
    }
    const family = str(platform?.operatingSystemFamily);
    if (fargate && family !== void 0 && !FARGATE_FAMILIES.includes(family)) {
      ctx.report({
        messageId: "family",
        path: ["runtimePlatform", "operatingSystemFamily"],
        data: { family },
        hint: 'use "WINDOWS_SERVER_2019_CORE", "WINDOWS_SERVER_2022_CORE" or their _FULL variants on Fargate, or run the task on EC2'
      });
    }
    const mode = str(task.networkMode);
    if (!fargate && mode !== void 0 && ["bridge", "host", "none"].includes(mode)) {
      ctx.report({
        messageId: "networkMode",
        path: ["networkMode"],
        data: { mode },
        hint: 'remove "networkMode" to use the default (NAT) mode, or use "awsvpc"'
      });
    }
    const pidMode = str(task.pidMode);
    if (isSetTask("pidMode") && !(fargate && pidMode !== "task")) reportTask("pidMode");
    if (isSetTask("ipcMode") && !fargate) reportTask("ipcMode");
    if (isSetTask("proxyConfiguration")) reportTask("proxyConfiguration");
    if (isSetTask("inferenceAccelerators") && !fargate) reportTask("inferenceAccelerators");
    if (!fargate) {
      for (const param of ["cpu", "memory"]) {
        if (!isSet3(task[param])) continue;
        ctx.report({
          messageId: "taskSize",
          path: [param],
          target: "key",
          severity: "warning",
          data: { param },
          hint: `set "${param}" on each container instead`
        });
      }
    }
    for (const c of containers(task)) {
      for (const { param, hint, fargate: fargateRule } of CONTAINER_PARAMS2) {
        if (fargate && fargateRule) continue;
        if (!isSet3(c.container[param])) continue;
        ctx.report({
          messageId: "container",
          path: [...c.path, param],
          target: "key",
          data: { container: c.label, param },
          hint
        });
      }
      const driver = str(obj(c.container.logConfiguration)?.logDriver);
      if (driver === "awsfirelens") {
        ctx.report({
          messageId: "firelens",
          path: [...c.path, "logConfiguration", "logDriver"],
          data: { container: c.label },
          hint: 'use the "awslogs" log driver'
        });
      } else if (fargate && driver === "splunk") {
        ctx.report({
          messageId: "logDriver",
          path: [...c.path, "logConfiguration", "logDriver"],
          severity: "warning",
          data: { container: c.label, driver },
          hint: 'use the "awslogs" log driver'
        });
      }
      if (!fargate) {
        for (const [req, i] of objects(c.container.resourceRequirements)) {
          if (req.type !== "GPU") continue;
          ctx.report({
            messageId: "gpu",
            path: [...c.path, "resourceRequirements", i, "type"],
            data: { container: c.label },
            hint: "run GPU workloads on Linux GPU instances"
          });
        }
      }
      if (fargate) {
        for (const [mapping, i] of objects(c.container.portMappings)) {
          if (mapping.containerPort !== 3150) continue;
          ctx.report({
            messageId: "port",
            path: [...c.path, "portMappings", i, "containerPort"],
            severity: "warning",
            data: { container: c.label },
            hint: "listen on another port"
          });
        }
      }
    }
    for (const v of volumes(task)) {
      const label2 = v.name === void 0 ? `volume #${v.index + 1}` : `volume "${v.name}"`;
      if (isSet3(v.volume.efsVolumeConfiguration)) {
        ctx.report({
          messageId: "efs",
          path: [...v.path, "efsVolumeConfiguration"],
          target: "key",
          data: { volume: label2 },
          hint: "use an FSx for Windows File Server volume (EC2), or store the data elsewhere"
        });
      }
      const dockerDriver = str(obj(v.volume.dockerVolumeConfiguration)?.driver);
      if (!fargate && dockerDriver !== void 0 && dockerDriver !== "" && dockerDriver !== "local") {
        ctx.report({
          messageId: "dockerDriver",
          path: [...v.path, "dockerVolumeConfiguration", "driver"],
          data: { volume: label2, driver: dockerDriver },
          hint: 'use the "local" driver, or an FSx for Windows File Server volume'
        });
      }
    }
    function isSetTask(param) {
      return isSet3(task[param]);
    }
    function reportTask(param) {
      ctx.report({ messageId: "task", path: [param], target: "key", data: { param }, hint: `remove "${param}"` });
    }
    function checkWindowsImagesOnLinux() {
      const stated = str(obj(task.runtimePlatform)?.operatingSystemFamily);
      if (stated === void 0 ? !fargate : hasPlaceholder(stated)) return;
      const os = stated === void 0 ? 'Linux (no "runtimePlatform")' : stated;
      if (!fargate) {
        for (const v of volumes(task)) {
          if (!isSet3(v.volume.fsxWindowsFileServerVolumeConfiguration)) continue;
          ctx.report({
            messageId: "fsxOnLinux",
            path: [...v.path, "fsxWindowsFileServerVolumeConfiguration"],
            target: "key",
            data: { volume: v.name === void 0 ? `volume #${v.index + 1}` : `volume "${v.name}"`, os },
            hint: 'set "runtimePlatform" to a Windows family and run the task on Windows instances, or use an EFS volume for Linux'
          });
        }
      }
      for (const c of containers(task)) {
        const image = str(c.container.image);
        if (image === void 0 || !WINDOWS_IMAGE.test(image)) continue;
        ctx.report({
          messageId: "linuxTask",
          path: [...c.path, "image"],
          severity: "warning",
          data: { container: c.label, image, os },
          hint: `set "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"} (or the image's version), or use a Linux image`
        });
      }
    }
  }
});

// rules/index.ts
var builtinRules = [
  allowed_image_registries_default,
  consistent_account_and_region_default,
  distinct_task_and_execution_roles_default,
  max_task_definition_size_default,
  no_dangerous_capabilities_default,
  no_docker_socket_mount_default,
  no_fargate_unsupported_parameters_default,
  no_host_namespaces_default,
  no_host_network_mode_default,
  no_latest_image_tag_default,
  no_plaintext_log_secrets_default,
  no_privileged_container_default,
  no_secrets_in_environment_default,
  require_awsvpc_on_fargate_default,
  require_container_memory_default,
  require_efs_transit_encryption_default,
  require_essential_container_default,
  require_execution_role_default,
  require_health_check_default,
  require_image_digest_default,
  require_log_configuration_default,
  require_no_new_privileges_default,
  require_non_root_user_default,
  require_readonly_root_filesystem_default,
  require_registry_credentials_default,
  valid_awslogs_options_default,
  valid_container_count_default,
  valid_container_references_default,
  valid_dockerrun_default,
  valid_environment_default,
  valid_ephemeral_storage_default,
  valid_external_task_default,
  valid_fargate_log_driver_default,
  valid_fargate_task_size_default,
  valid_firelens_default,
  valid_health_check_default,
  valid_image_reference_default,
  valid_links_default,
  valid_linux_parameters_default,
  valid_names_default,
  valid_port_mappings_default,
  valid_role_arn_default,
  valid_secrets_default,
  valid_tags_default,
  valid_task_resources_default,
  valid_timeouts_default,
  valid_volumes_default,
  valid_windows_task_default
];

// src/config/config.ts
init_lazy();
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve as resolve2, sep } from "node:path";

// src/policy/plugins.ts
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";

// src/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var ConfigError = class extends Error {
  name = "ConfigError";
};

// src/json/pointer.ts
function toPointer(path) {
  let out = "";
  for (const seg of path) {
    const s = typeof seg === "number" ? String(seg) : seg;
    out += s.includes("~") || s.includes("/") ? `/${s.replaceAll("~", "~0").replaceAll("/", "~1")}` : `/${s}`;
  }
  return out;
}
function fromPointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => {
    const seg = s.replaceAll("~1", "/").replaceAll("~0", "~");
    return /^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : seg;
  });
}

// src/policy/policies.ts
init_lazy();
var POLICY_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;
var POLICY_SCHEMA = {
  type: "object",
  required: ["id", "description", "assert", "message"],
  additionalProperties: false,
  properties: {
    id: { type: "string" },
    description: { type: "string", minLength: 1 },
    severity: { enum: ["error", "warning", "note"] },
    when: { type: ["object", "boolean"] },
    target: { type: "string" },
    assert: { type: ["object", "boolean"] },
    message: { type: "string", minLength: 1 },
    hint: { type: "string" },
    references: { type: "array", items: { type: "string" } }
  }
};
var shapeAjv;
var checkShape;
var policyAjv;
function compilePolicies(raw, source2) {
  if (!Array.isArray(raw)) throw new ConfigError(`${source2}: "policies" must be an array of policies`);
  const { Ajv } = loadAjv();
  shapeAjv ??= new Ajv({ allErrors: false, strict: false });
  checkShape ??= shapeAjv.compile(POLICY_SCHEMA);
  policyAjv ??= new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });
  const seen = /* @__PURE__ */ new Set();
  return raw.map((policy, i) => {
    const name = policy && typeof policy === "object" && typeof policy.id === "string" ? `policy "${policy.id}"` : `policy #${i + 1}`;
    const fail = (what) => {
      throw new ConfigError(`${source2}: ${name}: ${what}`);
    };
    if (!checkShape?.(policy)) {
      const e = checkShape?.errors?.[0];
      const at = e?.instancePath ? `"${e.instancePath.slice(1)}" ` : "";
      const extra = e?.keyword === "additionalProperties" ? ` "${String(e.params.additionalProperty)}"` : "";
      const missing = e?.keyword === "required" ? ` "${String(e.params.missingProperty)}"` : "";
      fail(`${at}${e?.message ?? "is invalid"}${extra}${missing}`);
    }
    const p = policy;
    if (!POLICY_ID.test(p.id)) fail('"id" must be namespaced, like "acme/require-team-tag" (lower-case, one "/")');
    if (seen.has(p.id)) fail('"id" is used by another policy');
    seen.add(p.id);
    const target = p.target ?? "";
    if (target !== "" && !target.startsWith("/"))
      fail(`"target" must be a JSON pointer starting with "/"; got "${target}"`);
    const compile = (schema, key) => {
      try {
        return policyAjv.compile(schema);
      } catch (error) {
        return fail(`"${key}" is not a valid JSON Schema: ${error.message.split("\n")[0]}`);
      }
    };
    const when = p.when === void 0 ? void 0 : compile(p.when, "when");
    const assert = compile(p.assert, "assert");
    return policyRule(p, fromPointer(target), when, assert);
  });
}
function policyRule(p, target, when, assert) {
  return defineRule({
    meta: {
      id: p.id,
      category: "policy",
      description: p.description,
      severity: p.severity ?? "error",
      presets: { recommended: p.severity ?? "error", strict: p.severity ?? "error" },
      references: p.references ?? [],
      messages: { violation: p.message }
    },
    check(task, ctx) {
      if (when && !when(task)) return;
      for (const { path, value } of expand(task, target)) {
        if (assert(value)) continue;
        const error = deepest(assert.errors ?? []);
        const where = error ? [...path, ...fromPointer(error.instancePath)] : path;
        const report3 = {
          messageId: "violation",
          path: where,
          target: error?.keyword === "required" || where.length === 0 ? "key" : "value",
          data: {
            value: shown3(where, valueAt(value, error ? fromPointer(error.instancePath) : [])),
            path: path.join("/"),
            container: containerName(task, path)
          }
        };
        if (p.hint !== void 0) report3.hint = p.hint;
        ctx.report(report3);
      }
    }
  });
}
function expand(root, pattern) {
  let current = [{ path: [], value: root }];
  for (const seg of pattern) {
    const next = [];
    for (const { path, value } of current) {
      if (seg === "*") {
        if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) next.push({ path: [...path, i], value: value[i] });
        } else if (value && typeof value === "object") {
          for (const [k, v] of Object.entries(value)) next.push({ path: [...path, k], value: v });
        }
      } else if (Array.isArray(value)) {
        const i = Number(seg);
        if (Number.isInteger(i) && i >= 0 && i < value.length) next.push({ path: [...path, i], value: value[i] });
      } else if (value && typeof value === "object" && Object.hasOwn(value, String(seg))) {
        next.push({ path: [...path, seg], value: value[String(seg)] });
      }
    }
    current = next;
  }
  return current;
}
function deepest(errors) {
  const located = errors.filter((e) => !/\/(contains|anyOf|oneOf|not)\//.test(e.schemaPath));
  return [...located.length > 0 ? located : errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
}
function valueAt(value, path) {
  let v = value;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[String(seg)];
  }
  return v;
}
var SECRET_HOLDERS = /* @__PURE__ */ new Set(["environment", "secrets", "secretOptions", "repositoryCredentials", "dockerLabels"]);
function mayHoldSecret(path) {
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (typeof seg === "string" && SECRET_HOLDERS.has(seg)) return true;
    if (seg === "options" && path[i - 1] === "logConfiguration") return true;
  }
  return false;
}
function shown3(path, value) {
  if (mayHoldSecret(path) || holdsSecretMember(value)) return "(hidden)";
  return display(value);
}
function holdsSecretMember(value) {
  const stack = [value];
  for (let seen = 0; stack.length > 0 && seen < 1e4; seen++) {
    const v = stack.pop();
    if (v === null || typeof v !== "object") continue;
    if (!Array.isArray(v)) {
      for (const k of Object.keys(v)) if (SECRET_HOLDERS.has(k) || k === "logConfiguration") return true;
    }
    stack.push(...Object.values(v));
  }
  return false;
}
function display(value) {
  if (value === void 0) return "nothing";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}\u2026` : text;
}
function containerName(task, path) {
  if (path[0] !== "containerDefinitions" || typeof path[1] !== "number") return "";
  const list4 = task.containerDefinitions;
  const c = Array.isArray(list4) ? list4[path[1]] : void 0;
  const name = c && typeof c === "object" ? c.name : void 0;
  return typeof name === "string" ? name : `#${path[1] + 1}`;
}

// src/policy/plugins.ts
var PLUGIN_IMPORT = /* @__PURE__ */ Symbol.for("ecslint.importPlugin");
var importPlugin = (url) => {
  const lent = globalThis[PLUGIN_IMPORT];
  return lent ? lent(url) : import(url);
};
var pluginPath = (spec, dir) => isAbsolute(spec) ? spec : resolve(dir, spec);
async function loadPlugins(specs, dir, source2) {
  const rules = [];
  for (const spec of specs) {
    const path = pluginPath(spec, dir);
    let mod;
    try {
      mod = await importPlugin(pathToFileURL(path).href);
    } catch (error) {
      const reason = error.code ?? error.message?.split("\n")[0];
      throw new ConfigError(`${source2}: cannot load plugin "${spec}": ${reason}`);
    }
    const exported = mod.default ?? mod;
    const list4 = Array.isArray(exported) ? exported : exported.rules;
    if (!Array.isArray(list4) || list4.length === 0) {
      throw new ConfigError(
        `${source2}: plugin "${spec}" exports no rules (export default [rule, ...] or { rules: [...] })`
      );
    }
    list4.forEach((rule, i) => {
      const id = rule?.meta?.id;
      if (typeof id !== "string" || typeof rule.check !== "function") {
        throw new ConfigError(
          `${source2}: plugin "${spec}": rule #${i + 1} is not made with defineRule({ meta, check })`
        );
      }
      if (!POLICY_ID.test(id)) {
        throw new ConfigError(
          `${source2}: plugin "${spec}": rule id "${id}" must be namespaced, like "acme/no-public-images"`
        );
      }
      const meta = rule.meta;
      if (!meta.messages || typeof meta.messages !== "object" || !["error", "warning", "note"].includes(meta.severity)) {
        throw new ConfigError(
          `${source2}: plugin "${spec}": rule "${id}" needs meta.messages and meta.severity (error, warning or note)`
        );
      }
      const defaults = {
        presets: { recommended: meta.severity, strict: meta.severity },
        references: [],
        category: "policy"
      };
      rules.push({ ...rule, meta: Object.assign(defaults, meta) });
    });
  }
  return rules;
}

// src/policy/suppressions.ts
init_docs();
init_lines();
import { findNodeAtLocation, parseTree } from "jsonc-parser";
init_lazy();
var SUPPRESSION_SCHEMA = {
  type: "object",
  required: ["files", "rules", "reason"],
  additionalProperties: false,
  properties: {
    files: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" }, minItems: 1 }] },
    rules: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" }, minItems: 1 }] },
    pointer: { type: "string" },
    reason: { type: "string", minLength: 1 }
  }
};
var list3 = (v) => Array.isArray(v) ? v : [v];
var SuppressionSet = class {
  constructor(entries) {
    this.entries = entries;
    const picomatch2 = loadPicomatch();
    this.#matchers = entries.map((s) => picomatch2(list3(s.files), { dot: true }));
    this.#pointers = entries.map((s) => pointerMatcher(s.pointer));
  }
  entries;
  #matchers;
  #pointers;
  applied = /* @__PURE__ */ new Set();
  used = /* @__PURE__ */ new Set();
  /**
   * The result with its suppressed diagnostics moved to `suppressed` (a new object; the same one when no
   * suppression applies to the file). `relPath` is the file's path relative to the config's folder, with
   * forward slashes.
   */
  apply(result2, relPath) {
    const active = this.entries.map((_, i) => i).filter((i) => this.#matchers[i]?.(relPath));
    if (active.length === 0) return result2;
    for (const i of active) this.applied.add(i);
    const kept = [];
    const suppressed = [...result2.suppressed ?? []];
    for (const d of result2.diagnostics) {
      const hit = active.find(
        (i) => list3(this.entries[i]?.rules ?? []).includes(d.ruleId) && this.#pointers[i]?.(d.pointer)
      );
      if (hit === void 0) kept.push(d);
      else {
        this.used.add(hit);
        suppressed.push({ ...d, suppression: { kind: "config", reason: this.entries[hit]?.reason ?? "" } });
      }
    }
    if (kept.length === result2.diagnostics.length) return result2;
    return { ...result2, diagnostics: kept, suppressed };
  }
  /** Indexes of suppressions that applied to at least one linted file and suppressed nothing. */
  unused() {
    return [...this.applied].filter((i) => !this.used.has(i)).sort((a, b) => a - b);
  }
};
function pointerMatcher(pattern) {
  if (pattern === void 0 || pattern === "") return () => true;
  const want = fromPointer(pattern).map(String);
  return (pointer) => {
    const have = fromPointer(pointer).map(String);
    return want.length <= have.length && want.every((seg, i) => seg === "*" || seg === have[i]);
  };
}
function unusedSuppressionResult(configFile, shownPath, configText, set, severity) {
  const unused = set.unused();
  if (unused.length === 0) return void 0;
  const lines = new LineTable(configText);
  const offsets = suppressionOffsets(configFile, configText);
  const diagnostics = unused.map((i) => {
    const s = set.entries[i];
    const { offset, length } = offsets[i] ?? { offset: 0, length: 1 };
    return {
      ruleId: "unused-suppression",
      severity,
      message: `suppression #${i + 1} (${list3(s.rules).join(", ")}) matched no finding in the files linted: ${s.reason}`,
      hint: 'remove it, or fix its "files", "rules" or "pointer"',
      pointer: `/suppressions/${i}`,
      range: lines.range(offset, length),
      docsUrl: docsUrl("unused-suppression"),
      fingerprint: `unused-suppression-${i}`
    };
  });
  return { file: shownPath, kind: "unknown", diagnostics, source: configText };
}
function suppressionOffsets(configFile, text) {
  const out = [];
  if (/\.ya?ml$/i.test(configFile)) {
    const doc = loadYaml().parseDocument(text);
    const seq = doc.get("suppressions", true);
    for (const item of seq?.items ?? []) {
      const [start, end] = item.range ?? [0, 1];
      out.push({ offset: start, length: Math.max(1, Math.min(end - start, text.indexOf("\n", start) - start)) });
    }
    return out;
  }
  const root = parseTree(text, [], { allowTrailingComma: true });
  const arr2 = root ? findNodeAtLocation(root, ["suppressions"]) : void 0;
  for (const item of arr2?.children ?? []) out.push({ offset: item.offset, length: 1 });
  return out;
}

// src/config/settings.ts
import { closest as closest5 } from "fastest-levenshtein";
import { parseTree as parseTree3 } from "jsonc-parser";

// src/engine/pseudo-rules.ts
var ALL_KINDS = [
  "task-definition",
  "describe-output",
  "container-definitions",
  "dockerrun-v1",
  "dockerrun-v2",
  "dockerrun-v3",
  "unknown"
];
var API = "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html";
var PSEUDO_RULES = [
  {
    id: "json-syntax",
    category: "correctness",
    description: "Require valid JSON: no syntax errors, comments, trailing commas, byte-order mark or duplicate keys",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: ["https://www.rfc-editor.org/rfc/rfc8259", API],
    messages: {},
    appliesTo: ALL_KINDS
  },
  {
    id: "schema",
    category: "correctness",
    description: "Require the shape of the ECS API: types, enums, required and known properties",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [API, "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html"],
    messages: {},
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowNull: { type: "boolean", default: false },
        allowOutputOnly: { type: "boolean", default: false }
      }
    },
    appliesTo: ALL_KINDS
  },
  {
    id: "document-kind",
    category: "correctness",
    description: "Require a file named for linting to be a task definition or Dockerrun.aws.json",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: [
      API,
      "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/single-container-docker-configuration.html"
    ],
    messages: {},
    appliesTo: ALL_KINDS
  },
  {
    id: "template-placeholder",
    category: "correctness",
    description: "Note template placeholders, whose values are not checked",
    severity: "note",
    presets: { recommended: "note", strict: "note" },
    references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/example_task_definitions.html"],
    messages: {},
    appliesTo: ALL_KINDS
  },
  {
    id: "unused-suppression",
    category: "correctness",
    description: "Note a config suppression that hid nothing in the files it applied to",
    severity: "note",
    presets: { recommended: "note", strict: "note" },
    references: ["https://github.com/ecslint/ecslint/blob/main/docs/policies.md#suppressions"],
    messages: {},
    appliesTo: ALL_KINDS
  },
  {
    id: "internal-error",
    category: "correctness",
    description: "Report a rule that crashed, so a bug never hides findings silently",
    severity: "error",
    presets: { recommended: "error", strict: "error" },
    references: ["https://github.com/ecslint/ecslint/issues"],
    messages: {},
    appliesTo: ALL_KINDS
  }
];
var PSEUDO_RULE_IDS = new Set(PSEUDO_RULES.map((r) => r.id));

// src/engine/severity.ts
var PRESETS = ["recommended", "strict", "all"];
var LEVELS = ["off", "note", "warning", "error"];
var SEVERITY_SOURCES = ["default", "preset", "target", "config", "overrides", "command-line"];
var SEVERITY_RANK = { note: 0, warning: 1, error: 2 };
var LEVEL_ALIASES = {
  warn: "warning",
  "0": "off",
  "1": "warning",
  "2": "error"
};
var LEVEL_SPELLINGS = [...LEVELS, "warn", "0", "1", "2"];
function toLevel(value) {
  if (typeof value === "number") return Number.isInteger(value) ? LEVEL_ALIASES[String(value)] : void 0;
  if (typeof value !== "string") return void 0;
  if (LEVELS.includes(value)) return value;
  return Object.hasOwn(LEVEL_ALIASES, value) ? LEVEL_ALIASES[value] : void 0;
}
function presetLevel(meta, preset) {
  if (preset === "all") return meta.presets.strict === "off" ? meta.severity : meta.presets.strict;
  return meta.presets[preset];
}
var PSEUDO_DEFAULT = new Map(PSEUDO_RULES.map((m) => [m.id, m.severity]));
var defaultSeverity = (ruleId) => PSEUDO_DEFAULT.get(ruleId) ?? "error";
function resolveLevels(metas, preset, layers, options) {
  const settings = /* @__PURE__ */ new Map();
  for (const meta of metas.values()) settings.set(meta.id, { level: presetLevel(meta, preset) });
  const rank = (l) => SEVERITY_SOURCES.indexOf(l.source);
  const ordered = layers.map((l, i) => [l, i]).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j);
  for (const [layer] of ordered) {
    for (const [id, entry] of Object.entries(layer.entries)) {
      const meta = metas.get(id);
      if (!meta) {
        const error = options.unknownRule(id, layer.where, layer.source);
        if (error) throw error;
        continue;
      }
      const [level, ruleOptions] = Array.isArray(entry) ? entry : [entry];
      const setting = { level };
      const where = layer.source === "command-line" ? `${layer.where} ${id}` : `${layer.where}."${id}"`;
      const kept = layer.source === "command-line" && ruleOptions === void 0 ? settings.get(id)?.options : void 0;
      if (kept !== void 0) setting.options = kept;
      else if (ruleOptions !== void 0 || meta.options) {
        const checked = options.checkOptions(meta, ruleOptions, where);
        if (checked !== void 0) setting.options = checked;
      }
      settings.set(id, setting);
    }
  }
  for (const meta of metas.values()) {
    const s = settings.get(meta.id);
    if (s && s.options === void 0 && meta.options) s.options = options.checkOptions(meta, void 0, meta.id);
  }
  return settings;
}
function findingSeverity(level, reported, ruleDefault) {
  const milder = SEVERITY_RANK[reported] < SEVERITY_RANK[ruleDefault];
  return milder && SEVERITY_RANK[reported] < SEVERITY_RANK[level] ? reported : level;
}
function levelIn(rules, ruleId) {
  return rules.get(ruleId)?.level ?? PSEUDO_DEFAULT.get(ruleId) ?? "off";
}

// src/json/parse.ts
init_lines();
import { createScanner, parseTree as parseTree2 } from "jsonc-parser";

// src/json/locate.ts
function findNode(root, path) {
  let node = root;
  let depth = 0;
  for (const seg of path) {
    const next = child(node, seg);
    if (next === void 0) break;
    node = next;
    depth++;
  }
  return { node, depth };
}
function child(node, seg) {
  const children = node.children;
  if (children === void 0) return void 0;
  if (node.type === "array") return typeof seg === "number" ? children[seg] : void 0;
  if (node.type !== "object") return void 0;
  const name = String(seg);
  for (let i = children.length - 1; i >= 0; i--) {
    const prop = children[i];
    if (prop?.children?.[0]?.value === name) return prop.children[1];
  }
  return void 0;
}
function locate(root, path, target = "value") {
  const { node, depth } = findNode(root, path);
  const exact = depth === path.length;
  const prop = node.parent?.type === "property" ? node.parent : void 0;
  const key = prop?.children?.[0];
  if (!exact) {
    if (key) return { offset: key.offset, length: key.length, exact };
    if (node.type === "object" || node.type === "array") return { offset: node.offset, length: 1, exact };
    return { offset: node.offset, length: node.length, exact };
  }
  if (target === "key" && key) return { offset: key.offset, length: key.length, exact };
  if (target === "property" && prop) return { offset: prop.offset, length: prop.length, exact };
  if (target === "key" && (node.type === "object" || node.type === "array")) {
    return { offset: node.offset, length: 1, exact };
  }
  return { offset: node.offset, length: node.length, exact };
}

// src/json/strict.ts
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var QUOTE = 34;
var COMMA = 44;
var BACKSLASH = 92;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
function stringEnd(text, start) {
  let end = text.indexOf('"', start + 1);
  for (; ; ) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end + 1;
    end = text.indexOf('"', end + 1);
  }
}

// src/json/locator.ts
function treeLocator(root) {
  return {
    locate: (path, target) => root ? locate(root, path, target) : { offset: 0, length: 0, exact: false }
  };
}
function textLocator(text) {
  const skipSpace = (i) => {
    let c = text.charCodeAt(i);
    while (c === SPACE || c === LF || c === CR || c === TAB) c = text.charCodeAt(++i);
    return i;
  };
  const stringEnd2 = (start) => stringEnd(text, start);
  let ends;
  const containerEnd = (start) => {
    if (ends === void 0) {
      ends = /* @__PURE__ */ new Map();
      const open = [];
      const structural = /["[\]{}]/g;
      while (structural.test(text)) {
        const i = structural.lastIndex - 1;
        const c = text.charCodeAt(i);
        if (c === QUOTE) structural.lastIndex = stringEnd2(i);
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) open.push(i);
        else ends.set(open.pop(), i + 1);
      }
    }
    return ends.get(start);
  };
  const valueEnd = (start) => {
    const c = text.charCodeAt(start);
    if (c === QUOTE) return stringEnd2(start);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) return containerEnd(start);
    let i = start;
    for (; ; ) {
      const d = text.charCodeAt(i);
      if (Number.isNaN(d) || d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || d === SPACE || d === LF || d === CR || d === TAB) {
        return i;
      }
      i++;
    }
  };
  const keyIs = (m, name) => {
    if (!m.escaped) return m.keyEnd - m.key - 2 === name.length && text.startsWith(name, m.key + 1);
    return JSON.parse(text.slice(m.key, m.keyEnd)) === name;
  };
  const hasBackslash = text.includes("\\");
  const objects2 = /* @__PURE__ */ new Map();
  const arrays = /* @__PURE__ */ new Map();
  const membersOf = (start) => {
    let members = objects2.get(start);
    if (members !== void 0) return members;
    members = [];
    objects2.set(start, members);
    let i = skipSpace(start + 1);
    if (text.charCodeAt(i) === CLOSE_BRACE) return members;
    for (; ; ) {
      const key = i;
      const keyEnd = stringEnd2(key);
      const value = skipSpace(skipSpace(keyEnd) + 1);
      let escaped = false;
      if (hasBackslash) {
        for (let j = key + 1; j < keyEnd - 1 && !escaped; j++) escaped = text.charCodeAt(j) === BACKSLASH;
      }
      members.push({ key, keyEnd, escaped, value });
      i = skipSpace(valueEnd(value));
      if (text.charCodeAt(i) !== COMMA) return members;
      i = skipSpace(i + 1);
    }
  };
  const itemsOf = (start) => {
    let items = arrays.get(start);
    if (items !== void 0) return items;
    items = [];
    arrays.set(start, items);
    let i = skipSpace(start + 1);
    if (text.charCodeAt(i) === CLOSE_BRACKET) return items;
    for (; ; ) {
      items.push(i);
      i = skipSpace(valueEnd(i));
      if (text.charCodeAt(i) !== COMMA) return items;
      i = skipSpace(i + 1);
    }
  };
  return {
    locate(path, target) {
      let node = skipSpace(0);
      let key;
      let depth = 0;
      for (const seg of path) {
        const c = text.charCodeAt(node);
        if (c === OPEN_BRACE) {
          const name = String(seg);
          const m = membersOf(node).find((m2) => keyIs(m2, name));
          if (m === void 0) break;
          key = { offset: m.key, length: m.keyEnd - m.key };
          node = m.value;
        } else if (c === OPEN_BRACKET && typeof seg === "number") {
          const at = itemsOf(node)[seg];
          if (at === void 0) break;
          key = void 0;
          node = at;
        } else {
          break;
        }
        depth++;
      }
      const exact = depth === path.length;
      const container = text.charCodeAt(node) === OPEN_BRACE || text.charCodeAt(node) === OPEN_BRACKET;
      if (!exact) {
        if (key) return { ...key, exact };
        if (container) return { offset: node, length: 1, exact };
        return { offset: node, length: valueEnd(node) - node, exact };
      }
      if (target === "key" && key) return { ...key, exact };
      if (target === "property" && key) return { offset: key.offset, length: valueEnd(node) - key.offset, exact };
      if (target === "key" && container) return { offset: node, length: 1, exact };
      return { offset: node, length: valueEnd(node) - node, exact };
    }
  };
}

// src/json/parse.ts
var T = {
  openBrace: 1,
  closeBrace: 2,
  openBracket: 3,
  closeBracket: 4,
  comma: 5,
  lineComment: 12,
  blockComment: 13,
  lineBreak: 14,
  trivia: 15,
  eof: 17
};
var PARSE_ERRORS = {
  1: ["invalid-symbol", "unexpected character {{char}}"],
  2: ["invalid-number", "invalid number"],
  3: ["property-name-expected", "expected a property name in double quotes"],
  4: ["value-expected", "expected a value"],
  5: ["colon-expected", 'expected ":" after the property name'],
  6: ["comma-expected", 'expected "," between items'],
  7: ["close-brace-expected", 'expected "}" to close the object'],
  8: ["close-bracket-expected", 'expected "]" to close the array'],
  9: ["end-of-file-expected", "unexpected text after the end of the JSON value"],
  10: ["invalid-comment", "comments are not allowed in JSON"],
  11: ["unterminated-comment", "unterminated block comment"],
  12: ["unterminated-string", "unterminated string"],
  13: ["unterminated-number", "unterminated number"],
  14: ["invalid-unicode", 'invalid "\\u" escape in string'],
  15: ["invalid-escape", "invalid escape sequence in string"],
  16: ["invalid-character", "control character in string; escape it"]
};
var UNQUOTED_PLACEHOLDER = /\$\{[^}\n]{0,200}\}|\$[A-Za-z_]\w{0,100}|\{\{[^}\n]{0,200}\}\}|<[A-Za-z_][\w.-]{0,100}>|%[A-Z_][A-Z0-9_]{1,100}%/g;
var DEFAULT_MAX_DEPTH = 1e3;
function parseDocument(input, options = {}) {
  const issues = [];
  let text = input;
  if (text.charCodeAt(0) === 65279) {
    text = text.slice(1);
    issues.push({
      messageId: "bom",
      message: "file starts with a byte-order mark, which the AWS CLI rejects",
      hint: "save the file as UTF-8 without a BOM",
      offset: 0,
      length: 0
    });
  }
  const empty = () => lazyDocument(text, void 0, void 0, true, issues);
  if (text.trim() === "") {
    issues.push({ messageId: "empty", message: "file is empty", offset: 0, length: 0 });
    return empty();
  }
  const fast = parseStrict(text, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  if (fast.ok) return lazyDocument(text, void 0, fast.value, false, issues);
  const tooDeep = scanTokens(text, options, issues);
  if (tooDeep) return empty();
  const errors = [];
  const root = parseTree2(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  const found = [...errors].sort((a, b) => a.offset - b.offset).map((e) => syntaxIssue(text, e));
  const placeholders = found.filter((i, n) => i.messageId === "placeholder" && found[n - 1]?.offset !== i.offset);
  issues.push(...placeholders.length > 0 ? placeholders : found.slice(0, 1));
  if (errors.length > 0 || root === void 0) return lazyDocument(text, root, void 0, true, issues);
  findDuplicateKeys(root, issues);
  return lazyDocument(text, root, nodeValue(root), false, issues);
}
function lazyDocument(text, root, value, fatal, issues) {
  let lines;
  let locator;
  const fast = root === void 0 && !fatal;
  return {
    text,
    get locator() {
      locator ??= fast ? textLocator(text) : treeLocator(root);
      return locator;
    },
    get lines() {
      lines ??= new LineTable(text);
      return lines;
    },
    value,
    fatal,
    strict: fast,
    issues
  };
}
function countKeys(text) {
  let keys = 0;
  let i = text.indexOf('"');
  while (i !== -1) {
    let j = stringEnd(text, i);
    let c = text.charCodeAt(j);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
    if (c === 58) keys++;
    i = text.indexOf('"', j);
  }
  return keys;
}
function parseStrict(text, maxDepth) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  const keys = countValueKeys(value, 1, maxDepth);
  return keys !== -1 && countKeys(text) === keys ? { ok: true, value } : { ok: false };
}
function countValueKeys(v, depth, maxDepth) {
  if (typeof v !== "object" || v === null) return 0;
  if (depth > maxDepth) return -1;
  let keys = 0;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const n = countValueKeys(v[i], depth + 1, maxDepth);
      if (n === -1) return -1;
      keys += n;
    }
    return keys;
  }
  for (const k in v) {
    const n = countValueKeys(v[k], depth + 1, maxDepth);
    if (n === -1) return -1;
    keys += n + 1;
  }
  return keys;
}
function scanTokens(text, options, issues) {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const scanner = createScanner(text, false);
  let depth = 0;
  let pendingComma = -1;
  for (let kind = scanner.scan(); kind !== T.eof; kind = scanner.scan()) {
    switch (kind) {
      case T.openBrace:
      case T.openBracket:
        pendingComma = -1;
        if (++depth > maxDepth) {
          issues.push({
            messageId: "too-deep",
            message: `nesting is deeper than ${maxDepth} levels`,
            offset: scanner.getTokenOffset(),
            length: 1
          });
          return true;
        }
        break;
      case T.closeBrace:
      case T.closeBracket:
        if (pendingComma >= 0 && !options.allowComments) {
          issues.push({
            messageId: "trailing-comma",
            message: `trailing comma before "${kind === T.closeBrace ? "}" : "]"}"`,
            hint: "remove the comma; the AWS CLI and API reject trailing commas",
            offset: pendingComma,
            length: 1
          });
        }
        pendingComma = -1;
        depth--;
        break;
      case T.comma:
        pendingComma = scanner.getTokenOffset();
        break;
      case T.lineComment:
      case T.blockComment:
        if (!options.allowComments) {
          issues.push({
            messageId: "comment",
            message: "comments are not allowed in JSON",
            hint: 'remove the comment, or set "allowComments": true in the config for template files',
            offset: scanner.getTokenOffset(),
            length: scanner.getTokenLength()
          });
        }
        break;
      case T.lineBreak:
      case T.trivia:
        break;
      default:
        pendingComma = -1;
    }
  }
  return false;
}
function syntaxIssue(text, e) {
  const [messageId, template] = PARSE_ERRORS[e.error] ?? ["syntax", "invalid JSON"];
  const ch = text.charAt(e.offset);
  const issue = {
    messageId,
    message: template.replace("{{char}}", ch === "" ? "at end of file" : JSON.stringify(ch)),
    offset: e.offset,
    length: e.length > 0 ? e.length : e.offset < text.length ? 1 : 0
  };
  const placeholder = placeholderAt(text, e.offset);
  if (placeholder) {
    issue.messageId = "placeholder";
    issue.message = `unquoted template placeholder ${placeholder.text}`;
    issue.hint = "lint the rendered file, or keep placeholders inside strings";
    issue.offset = placeholder.offset;
    issue.length = placeholder.text.length;
  }
  return issue;
}
function placeholderAt(text, offset) {
  const start = Math.max(0, offset - 210);
  const window = text.slice(start, offset + 256);
  for (const m of window.matchAll(UNQUOTED_PLACEHOLDER)) {
    const from = start + m.index;
    if (from <= offset && offset < from + m[0].length) return { offset: from, text: m[0] };
    if (from > offset) break;
  }
  return void 0;
}
function findDuplicateKeys(root, issues) {
  const stack = [root];
  for (let node = stack.pop(); node !== void 0; node = stack.pop()) {
    if (node.type === "object") {
      const seen = /* @__PURE__ */ new Map();
      for (const prop of node.children ?? []) {
        const key = prop.children?.[0];
        if (key === void 0) continue;
        const name = String(key.value);
        const first = seen.get(name);
        if (first === void 0) seen.set(name, key);
        else {
          issues.push({
            messageId: "duplicate-key",
            message: `duplicate key ${JSON.stringify(name)}; the last one wins`,
            hint: "remove one of them",
            offset: key.offset,
            length: key.length,
            related: { message: "first defined here", offset: first.offset, length: first.length }
          });
        }
      }
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}
function nodeValue(node) {
  switch (node.type) {
    case "object": {
      const obj2 = {};
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (key === void 0) continue;
        const name = String(key.value);
        const v = value === void 0 ? void 0 : nodeValue(value);
        if (name === "__proto__") {
          Object.defineProperty(obj2, name, { value: v, enumerable: true, writable: true, configurable: true });
        } else obj2[name] = v;
      }
      return obj2;
    }
    case "array":
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

// src/config/settings.ts
init_lazy();

// src/config/validators.generated.ts
function ucs2length(str2) {
  const len = str2.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str2.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str2.charCodeAt(pos);
      if ((value & 64512) === 56320) pos++;
    }
  }
  return length;
}
var validateConfig = validate10;
var schema11 = { "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "preset": { "enum": ["recommended", "strict", "all"] }, "rules": { "type": "object", "additionalProperties": { "anyOf": [{ "enum": ["off", "note", "warning", "error"] }, { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "note", "warning", "error"] }, {}], "additionalItems": false }] } }, "overrides": { "type": "array", "items": { "type": "object", "required": ["files"], "additionalProperties": false, "properties": { "files": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "rules": { "type": "object", "additionalProperties": { "anyOf": [{ "enum": ["off", "note", "warning", "error"] }, { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "note", "warning", "error"] }, {}], "additionalItems": false }] } }, "allowComments": { "type": "boolean" } } } }, "ignore": { "type": "array", "items": { "type": "string" } }, "allowComments": { "type": "boolean" }, "policies": { "type": "array", "items": { "anyOf": [{ "type": "string" }, { "type": "object" }] } }, "plugins": { "type": "array", "items": { "type": "string" } }, "suppressions": { "type": "array", "items": { "type": "object", "required": ["files", "rules", "reason"], "additionalProperties": false, "properties": { "files": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" }, "minItems": 1 }] }, "rules": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" }, "minItems": 1 }] }, "pointer": { "type": "string" }, "reason": { "type": "string", "minLength": 1 } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = ucs2length;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.preset !== void 0) {
      let data1 = data.preset;
      if (!(data1 === "recommended" || data1 === "strict" || data1 === "all")) {
        const err2 = { instancePath: instancePath + "/preset", schemaPath: "#/properties/preset/enum", keyword: "enum", params: { allowedValues: schema11.properties.preset.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data2 = data.rules;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          let data3 = data2[key1];
          const _errs9 = errors;
          let valid2 = false;
          const _errs10 = errors;
          if (!(data3 === "off" || data3 === "note" || data3 === "warning" || data3 === "error")) {
            const err3 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          var _valid0 = _errs10 === errors;
          valid2 = valid2 || _valid0;
          if (!valid2) {
            const _errs11 = errors;
            if (Array.isArray(data3)) {
              if (data3.length > 2) {
                const err4 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              if (data3.length < 1) {
                const err5 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
              const len0 = data3.length;
              if (!(len0 <= 2)) {
                const err6 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              const len1 = data3.length;
              if (len1 > 0) {
                let data4 = data3[0];
                if (!(data4 === "off" || data4 === "note" || data4 === "warning" || data4 === "error")) {
                  const err7 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/0", schemaPath: "#/properties/rules/additionalProperties/anyOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.anyOf[1].items[0].enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
            } else {
              const err8 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            var _valid0 = _errs11 === errors;
            valid2 = valid2 || _valid0;
          }
          if (!valid2) {
            const err9 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          } else {
            errors = _errs9;
            if (vErrors !== null) {
              if (_errs9) {
                vErrors.length = _errs9;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.overrides !== void 0) {
      let data5 = data.overrides;
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i0 = 0; i0 < len2; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.files === void 0) {
              const err11 = { instancePath: instancePath + "/overrides/" + i0, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            for (const key2 in data6) {
              if (!(key2 === "files" || key2 === "rules" || key2 === "allowComments")) {
                const err12 = { instancePath: instancePath + "/overrides/" + i0, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data6.files !== void 0) {
              let data7 = data6.files;
              const _errs20 = errors;
              let valid7 = false;
              const _errs21 = errors;
              if (typeof data7 !== "string") {
                const err13 = { instancePath: instancePath + "/overrides/" + i0 + "/files", schemaPath: "#/properties/overrides/items/properties/files/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              var _valid1 = _errs21 === errors;
              valid7 = valid7 || _valid1;
              if (!valid7) {
                const _errs23 = errors;
                if (Array.isArray(data7)) {
                  const len3 = data7.length;
                  for (let i1 = 0; i1 < len3; i1++) {
                    if (typeof data7[i1] !== "string") {
                      const err14 = { instancePath: instancePath + "/overrides/" + i0 + "/files/" + i1, schemaPath: "#/properties/overrides/items/properties/files/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err15 = { instancePath: instancePath + "/overrides/" + i0 + "/files", schemaPath: "#/properties/overrides/items/properties/files/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                var _valid1 = _errs23 === errors;
                valid7 = valid7 || _valid1;
              }
              if (!valid7) {
                const err16 = { instancePath: instancePath + "/overrides/" + i0 + "/files", schemaPath: "#/properties/overrides/items/properties/files/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              } else {
                errors = _errs20;
                if (vErrors !== null) {
                  if (_errs20) {
                    vErrors.length = _errs20;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data6.rules !== void 0) {
              let data9 = data6.rules;
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                for (const key3 in data9) {
                  let data10 = data9[key3];
                  const _errs31 = errors;
                  let valid11 = false;
                  const _errs32 = errors;
                  if (!(data10 === "off" || data10 === "note" || data10 === "warning" || data10 === "error")) {
                    const err17 = { instancePath: instancePath + "/overrides/" + i0 + "/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.overrides.items.properties.rules.additionalProperties.anyOf[0].enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                  var _valid2 = _errs32 === errors;
                  valid11 = valid11 || _valid2;
                  if (!valid11) {
                    const _errs33 = errors;
                    if (Array.isArray(data10)) {
                      if (data10.length > 2) {
                        const err18 = { instancePath: instancePath + "/overrides/" + i0 + "/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                      if (data10.length < 1) {
                        const err19 = { instancePath: instancePath + "/overrides/" + i0 + "/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                      const len4 = data10.length;
                      if (!(len4 <= 2)) {
                        const err20 = { instancePath: instancePath + "/overrides/" + i0 + "/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                        if (vErrors === null) {
                          vErrors = [err20];
                        } else {
                          vErrors.push(err20);
                        }
                        errors++;
                      }
                      const len5 = data10.length;
                      if (len5 > 0) {
                        let data11 = data10[0];
                        if (!(data11 === "off" || data11 === "note" || data11 === "warning" || data11 === "error")) {
                          const err21 = { instancePath: instancePath + "/overrides/" + i0 + "/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/0", schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.overrides.items.properties.rules.additionalProperties.anyOf[1].items[0].enum }, message: "must be equal to one of the allowed values" };
                          if (vErrors === null) {
                            vErrors = [err21];
                          } else {
                            vErrors.push(err21);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err22 = { instancePath: instancePath + "/overrides/" + i0 + "/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                    var _valid2 = _errs33 === errors;
                    valid11 = valid11 || _valid2;
                  }
                  if (!valid11) {
                    const err23 = { instancePath: instancePath + "/overrides/" + i0 + "/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  } else {
                    errors = _errs31;
                    if (vErrors !== null) {
                      if (_errs31) {
                        vErrors.length = _errs31;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err24 = { instancePath: instancePath + "/overrides/" + i0 + "/rules", schemaPath: "#/properties/overrides/items/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data6.allowComments !== void 0) {
              if (typeof data6.allowComments !== "boolean") {
                const err25 = { instancePath: instancePath + "/overrides/" + i0 + "/allowComments", schemaPath: "#/properties/overrides/items/properties/allowComments/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/overrides/" + i0, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data13 = data.ignore;
      if (Array.isArray(data13)) {
        const len6 = data13.length;
        for (let i2 = 0; i2 < len6; i2++) {
          if (typeof data13[i2] !== "string") {
            const err28 = { instancePath: instancePath + "/ignore/" + i2, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.allowComments !== void 0) {
      if (typeof data.allowComments !== "boolean") {
        const err30 = { instancePath: instancePath + "/allowComments", schemaPath: "#/properties/allowComments/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.policies !== void 0) {
      let data16 = data.policies;
      if (Array.isArray(data16)) {
        const len7 = data16.length;
        for (let i3 = 0; i3 < len7; i3++) {
          let data17 = data16[i3];
          const _errs47 = errors;
          let valid17 = false;
          const _errs48 = errors;
          if (typeof data17 !== "string") {
            const err31 = { instancePath: instancePath + "/policies/" + i3, schemaPath: "#/properties/policies/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          var _valid3 = _errs48 === errors;
          valid17 = valid17 || _valid3;
          if (!valid17) {
            const _errs50 = errors;
            if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
              const err32 = { instancePath: instancePath + "/policies/" + i3, schemaPath: "#/properties/policies/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            var _valid3 = _errs50 === errors;
            valid17 = valid17 || _valid3;
          }
          if (!valid17) {
            const err33 = { instancePath: instancePath + "/policies/" + i3, schemaPath: "#/properties/policies/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          } else {
            errors = _errs47;
            if (vErrors !== null) {
              if (_errs47) {
                vErrors.length = _errs47;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.plugins !== void 0) {
      let data18 = data.plugins;
      if (Array.isArray(data18)) {
        const len8 = data18.length;
        for (let i4 = 0; i4 < len8; i4++) {
          if (typeof data18[i4] !== "string") {
            const err35 = { instancePath: instancePath + "/plugins/" + i4, schemaPath: "#/properties/plugins/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/plugins", schemaPath: "#/properties/plugins/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.suppressions !== void 0) {
      let data20 = data.suppressions;
      if (Array.isArray(data20)) {
        const len9 = data20.length;
        for (let i5 = 0; i5 < len9; i5++) {
          let data21 = data20[i5];
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.files === void 0) {
              const err37 = { instancePath: instancePath + "/suppressions/" + i5, schemaPath: "#/properties/suppressions/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data21.rules === void 0) {
              const err38 = { instancePath: instancePath + "/suppressions/" + i5, schemaPath: "#/properties/suppressions/items/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data21.reason === void 0) {
              const err39 = { instancePath: instancePath + "/suppressions/" + i5, schemaPath: "#/properties/suppressions/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            for (const key4 in data21) {
              if (!(key4 === "files" || key4 === "rules" || key4 === "pointer" || key4 === "reason")) {
                const err40 = { instancePath: instancePath + "/suppressions/" + i5, schemaPath: "#/properties/suppressions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data21.files !== void 0) {
              let data22 = data21.files;
              const _errs62 = errors;
              let valid23 = false;
              const _errs63 = errors;
              if (typeof data22 !== "string") {
                const err41 = { instancePath: instancePath + "/suppressions/" + i5 + "/files", schemaPath: "#/properties/suppressions/items/properties/files/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              var _valid4 = _errs63 === errors;
              valid23 = valid23 || _valid4;
              if (!valid23) {
                const _errs65 = errors;
                if (Array.isArray(data22)) {
                  if (data22.length < 1) {
                    const err42 = { instancePath: instancePath + "/suppressions/" + i5 + "/files", schemaPath: "#/properties/suppressions/items/properties/files/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                  const len10 = data22.length;
                  for (let i6 = 0; i6 < len10; i6++) {
                    if (typeof data22[i6] !== "string") {
                      const err43 = { instancePath: instancePath + "/suppressions/" + i5 + "/files/" + i6, schemaPath: "#/properties/suppressions/items/properties/files/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err44 = { instancePath: instancePath + "/suppressions/" + i5 + "/files", schemaPath: "#/properties/suppressions/items/properties/files/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                var _valid4 = _errs65 === errors;
                valid23 = valid23 || _valid4;
              }
              if (!valid23) {
                const err45 = { instancePath: instancePath + "/suppressions/" + i5 + "/files", schemaPath: "#/properties/suppressions/items/properties/files/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              } else {
                errors = _errs62;
                if (vErrors !== null) {
                  if (_errs62) {
                    vErrors.length = _errs62;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data21.rules !== void 0) {
              let data24 = data21.rules;
              const _errs70 = errors;
              let valid26 = false;
              const _errs71 = errors;
              if (typeof data24 !== "string") {
                const err46 = { instancePath: instancePath + "/suppressions/" + i5 + "/rules", schemaPath: "#/properties/suppressions/items/properties/rules/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              var _valid5 = _errs71 === errors;
              valid26 = valid26 || _valid5;
              if (!valid26) {
                const _errs73 = errors;
                if (Array.isArray(data24)) {
                  if (data24.length < 1) {
                    const err47 = { instancePath: instancePath + "/suppressions/" + i5 + "/rules", schemaPath: "#/properties/suppressions/items/properties/rules/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                  const len11 = data24.length;
                  for (let i7 = 0; i7 < len11; i7++) {
                    if (typeof data24[i7] !== "string") {
                      const err48 = { instancePath: instancePath + "/suppressions/" + i5 + "/rules/" + i7, schemaPath: "#/properties/suppressions/items/properties/rules/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err49 = { instancePath: instancePath + "/suppressions/" + i5 + "/rules", schemaPath: "#/properties/suppressions/items/properties/rules/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                var _valid5 = _errs73 === errors;
                valid26 = valid26 || _valid5;
              }
              if (!valid26) {
                const err50 = { instancePath: instancePath + "/suppressions/" + i5 + "/rules", schemaPath: "#/properties/suppressions/items/properties/rules/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              } else {
                errors = _errs70;
                if (vErrors !== null) {
                  if (_errs70) {
                    vErrors.length = _errs70;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data21.pointer !== void 0) {
              if (typeof data21.pointer !== "string") {
                const err51 = { instancePath: instancePath + "/suppressions/" + i5 + "/pointer", schemaPath: "#/properties/suppressions/items/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data21.reason !== void 0) {
              let data27 = data21.reason;
              if (typeof data27 === "string") {
                if (func3(data27) < 1) {
                  const err52 = { instancePath: instancePath + "/suppressions/" + i5 + "/reason", schemaPath: "#/properties/suppressions/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/suppressions/" + i5 + "/reason", schemaPath: "#/properties/suppressions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/suppressions/" + i5, schemaPath: "#/properties/suppressions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/suppressions", schemaPath: "#/properties/suppressions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
  } else {
    const err56 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err56];
    } else {
      vErrors.push(err56);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var options0 = validate11;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.registries === void 0) {
      data.registries = [];
    }
    for (const key0 in data) {
      if (!(key0 === "registries")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.registries;
    if (Array.isArray(data0)) {
      const len0 = data0.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data1 = data0[i0];
        if (typeof data1 === "string") {
          if (func3(data1) < 1) {
            const err1 = { instancePath: instancePath + "/registries/" + i0, schemaPath: "#/properties/registries/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        } else {
          const err2 = { instancePath: instancePath + "/registries/" + i0, schemaPath: "#/properties/registries/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    } else {
      const err3 = { instancePath: instancePath + "/registries", schemaPath: "#/properties/registries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var options1 = validate12;
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.allowNull === void 0) {
      data.allowNull = false;
    }
    if (data.allowOutputOnly === void 0) {
      data.allowOutputOnly = false;
    }
    for (const key0 in data) {
      if (!(key0 === "allowNull" || key0 === "allowOutputOnly")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (typeof data.allowNull !== "boolean") {
      const err1 = { instancePath: instancePath + "/allowNull", schemaPath: "#/properties/allowNull/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data.allowOutputOnly !== "boolean") {
      const err2 = { instancePath: instancePath + "/allowOutputOnly", schemaPath: "#/properties/allowOutputOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var OPTION_VALIDATORS = {
  "allowed-image-registries": { schema: '{"type":"object","properties":{"registries":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"Glob patterns of allowed registries (\\"public.ecr.aws\\", \\"123456789012.dkr.ecr.*.amazonaws.com\\", \\"docker.io\\"); a pattern with \\"/\\" matches registry/repository"}},"additionalProperties":false}', validate: options0 },
  "schema": { schema: '{"type":"object","additionalProperties":false,"properties":{"allowNull":{"type":"boolean","default":false},"allowOutputOnly":{"type":"boolean","default":false}}}', validate: options1 }
};

// src/config/settings.ts
var levelSchema = { enum: LEVELS };
var ruleEntrySchema = {
  anyOf: [levelSchema, { type: "array", minItems: 1, maxItems: 2, items: [levelSchema, {}], additionalItems: false }]
};
var rulesSchema = { type: "object", additionalProperties: ruleEntrySchema };
var globsSchema = { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] };
var CONFIG_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    preset: { enum: PRESETS },
    rules: rulesSchema,
    overrides: {
      type: "array",
      items: {
        type: "object",
        required: ["files"],
        additionalProperties: false,
        properties: { files: globsSchema, rules: rulesSchema, allowComments: { type: "boolean" } }
      }
    },
    ignore: { type: "array", items: { type: "string" } },
    allowComments: { type: "boolean" },
    policies: { type: "array", items: { anyOf: [{ type: "string" }, { type: "object" }] } },
    plugins: { type: "array", items: { type: "string" } },
    suppressions: { type: "array", items: SUPPRESSION_SCHEMA }
  }
};
var ajv;
var getAjv = () => {
  ajv ??= new (loadAjv()).Ajv({ allErrors: true, strict: false, useDefaults: true });
  return ajv;
};
var validateConfigShape = validateConfig;
function checkConfig(raw, source2) {
  const proto = findKey(raw, FORBIDDEN_KEY);
  if (proto !== void 0) {
    throw new ConfigError(
      `invalid config ${source2}: key "${proto}" is not allowed (it would change object prototypes)`
    );
  }
  if (isRecord(raw) && Object.hasOwn(raw, "extends")) {
    throw new ConfigError(
      `invalid config ${source2}: unknown key "extends": ecslint configs do not extend other configs; copy the settings into this file, or use "overrides" for settings per file pattern`
    );
  }
  spellLevels(raw);
  if (!validateConfigShape(raw)) {
    const error = pickError(validateConfigShape.errors ?? []);
    throw new ConfigError(`invalid config ${source2}: ${describeConfigError(error, raw)}`);
  }
  const config = raw;
  const globs = [
    ['"ignore"', config.ignore],
    ...(config.overrides ?? []).map((o, i) => [`"overrides[${i}].files"`, o.files]),
    ...(config.suppressions ?? []).map((s, i) => [`"suppressions[${i}].files"`, s.files])
  ];
  for (const [where, value] of globs) {
    if ((Array.isArray(value) ? value : [value]).some((g) => typeof g === "string" && g.trim() === "")) {
      throw new ConfigError(`invalid config ${source2}: ${where} has an empty pattern`);
    }
  }
  (config.suppressions ?? []).forEach((s, i) => {
    if (s.pointer !== void 0 && s.pointer !== "" && !s.pointer.startsWith("/")) {
      throw new ConfigError(
        `invalid config ${source2}: "suppressions[${i}].pointer" ${JSON.stringify(s.pointer)} is not a JSON pointer; write "/${s.pointer}"`
      );
    }
  });
  return config;
}
function spellLevels(raw) {
  if (!isRecord(raw)) return;
  const spell = (rules) => {
    if (!isRecord(rules)) return;
    for (const [id, entry] of Object.entries(rules)) {
      if (Array.isArray(entry)) {
        const level = toLevel(entry[0]);
        if (level !== void 0) entry[0] = level;
      } else {
        const level = toLevel(entry);
        if (level !== void 0) rules[id] = level;
      }
    }
  };
  spell(raw.rules);
  if (Array.isArray(raw.overrides)) {
    for (const o of raw.overrides) if (isRecord(o)) spell(o.rules);
  }
}
var FORBIDDEN_KEY = "__proto__";
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function findKey(raw, key) {
  const stack = [[raw, ""]];
  for (let item = stack.pop(); item !== void 0; item = stack.pop()) {
    const [v, at] = item;
    if (typeof v !== "object" || v === null) continue;
    if (!Array.isArray(v) && Object.hasOwn(v, key)) return at === "" ? key : `${at}.${key}`;
    for (const [k, child2] of Object.entries(v)) {
      stack.push([child2, Array.isArray(v) ? `${at}[${k}]` : at === "" ? k : `${at}.${k}`]);
    }
  }
  return void 0;
}
function pickError(errors) {
  const real = errors.filter((e) => e.keyword !== "anyOf");
  return real.sort((a, b) => b.instancePath.length - a.instancePath.length)[0] ?? errors[0];
}
function describeConfigError(error, raw) {
  if (!error) return "it does not match the config schema";
  const key = error.instancePath.split("/").slice(1).map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~")).join(".");
  const where = key === "" ? "the top level" : `"${key}"`;
  switch (error.keyword) {
    case "additionalProperties": {
      const extra = String(error.params.additionalProperty);
      const known = Object.keys(
        key === "" ? CONFIG_SCHEMA.properties : CONFIG_SCHEMA.properties.overrides.items.properties
      );
      const guess = closest5(extra, known);
      return `unknown key "${key === "" ? extra : `${key}.${extra}`}"; expected one of ${known.map((k) => `"${k}"`).join(", ")}${guess && distanceOk(extra, guess) ? ` (did you mean "${guess}"?)` : ""}`;
    }
    case "enum":
      return `${where} must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}; got ${JSON.stringify(valueAt2(raw, error.instancePath))}`;
    case "type":
      return `${where} must be ${error.params.type === "object" ? "an object" : `a ${error.params.type}`}; got ${JSON.stringify(valueAt2(raw, error.instancePath))}`;
    case "required":
      return `${where} is missing "${error.params.missingProperty}"`;
    default:
      return `${where} ${error.message ?? "is invalid"}`;
  }
}
function distanceOk(a, b) {
  return a.toLowerCase() === b.toLowerCase() || Math.abs(a.length - b.length) <= 3;
}
function valueAt2(raw, pointer) {
  let v = raw;
  for (const seg of pointer.split("/").slice(1)) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[seg.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return v;
}
function parseConfigText(text, name) {
  let raw;
  if (/\.ya?ml$/i.test(name)) {
    raw = parseYaml(text, `config ${name}`);
  } else {
    const errors = [];
    try {
      const root = parseTree3(text, errors, { allowTrailingComma: true });
      raw = root === void 0 ? void 0 : nodeValue(root);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new ConfigError(`config ${name} is not valid JSON: nested too deeply`);
    }
    if (errors.length > 0) {
      const at = errors[0]?.offset ?? 0;
      const line = text.slice(0, at).split(/\r\n|\r|\n/).length;
      throw new ConfigError(`config ${name} is not valid JSON (line ${line})`);
    }
  }
  if (raw === null && text.replace(/#.*$/gm, "").trim() !== "") {
    throw new ConfigError(`invalid config ${name}: the top level must be an object`);
  }
  return checkConfig(raw ?? {}, name);
}
function configRules(config, source2, fileRules = [], pluginRules = []) {
  const inline = (config.policies ?? []).filter((entry) => typeof entry !== "string");
  const rules = [
    ...fileRules,
    // No inline policies (the usual case): skip compiling the policy schema at all.
    ...inline.length > 0 ? compilePolicies(inline, source2) : [],
    ...pluginRules
  ];
  const ids = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    if (ids.has(rule.meta.id))
      throw new ConfigError(`${source2}: two policies or plugin rules share the id "${rule.meta.id}"`);
    ids.add(rule.meta.id);
  }
  return rules;
}
function parseYaml(text, what) {
  let value;
  try {
    value = loadYaml().parse(text, { logLevel: "error" });
  } catch (error) {
    throw new ConfigError(`${what} is not valid YAML: ${error.message.split("\n")[0]}`);
  }
  if (isCyclic(value)) throw new ConfigError(`${what} is not valid: a YAML alias refers to a node it is inside`);
  return value;
}
function isCyclic(value) {
  if (typeof value !== "object" || value === null) return false;
  const onPath = /* @__PURE__ */ new Set();
  const done = /* @__PURE__ */ new Set();
  const stack = [[value, false]];
  for (let item = stack.pop(); item !== void 0; item = stack.pop()) {
    const [node, leaving] = item;
    if (leaving) {
      onPath.delete(node);
      done.add(node);
      continue;
    }
    if (done.has(node)) continue;
    onPath.add(node);
    stack.push([node, true]);
    for (const child2 of Object.values(node)) {
      if (typeof child2 !== "object" || child2 === null || done.has(child2)) continue;
      if (onPath.has(child2)) return true;
      stack.push([child2, false]);
    }
  }
  return false;
}
function settingsFor(loaded, rel, rules, options = {}) {
  const metas = /* @__PURE__ */ new Map();
  for (const meta of PSEUDO_RULES) metas.set(meta.id, meta);
  for (const rule of rules) metas.set(rule.meta.id, rule.meta);
  const preset = options.preset ?? loaded.config.preset ?? "recommended";
  const source2 = loaded.path ?? "the command line";
  const skipsPluginRule = (id) => options.plugins === false && (loaded.config.plugins?.length ?? 0) > 0 && id.includes("/");
  (loaded.config.suppressions ?? []).forEach((s, i) => {
    for (const id of Array.isArray(s.rules) ? s.rules : [s.rules]) {
      const where = `${source2}: "suppressions[${i}].rules"`;
      if (!metas.has(id)) {
        if (skipsPluginRule(id)) continue;
        throw new ConfigError(unknownRule(id, [...metas.keys()], where));
      }
      if (id === "internal-error") {
        throw new ConfigError(`${where}: "internal-error" cannot be suppressed: it reports a crash of ecslint itself`);
      }
    }
  });
  const layers = [];
  if (loaded.config.rules) layers.push({ source: "config", where: `${source2}: "rules"`, entries: loaded.config.rules });
  let allowComments = loaded.config.allowComments ?? false;
  (loaded.config.overrides ?? []).forEach((override, i) => {
    const globs = Array.isArray(override.files) ? override.files : [override.files];
    if (!loadPicomatch()(globs, { dot: true, matchBase: !globs.some((g) => g.includes("/")) })(rel)) return;
    if (override.rules) {
      layers.push({ source: "overrides", where: `${source2}: "overrides[${i}].rules"`, entries: override.rules });
    }
    if (override.allowComments !== void 0) allowComments = override.allowComments;
  });
  if (options.ruleLevels) layers.push({ source: "command-line", where: "--rule", entries: options.ruleLevels });
  const settings = resolveLevels(metas, preset, layers, {
    unknownRule: (id, where, layer) => layer !== "command-line" && skipsPluginRule(id) ? void 0 : new ConfigError(unknownRule(id, [...metas.keys()], where)),
    checkOptions: checkRuleOptions
  });
  return { rules: settings, allowComments: options.allowComments ?? allowComments };
}
function unknownRule(id, known, where) {
  const guess = closest5(id, known);
  return `${where}: unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ""} (ecslint --list-rules shows them all)`;
}
var optionValidators = /* @__PURE__ */ new WeakMap();
function optionValidator(meta) {
  let validate = optionValidators.get(meta.options);
  if (!validate) {
    const pregenerated = OPTION_VALIDATORS[meta.id];
    validate = pregenerated && pregenerated.schema === JSON.stringify(meta.options) ? pregenerated.validate : getAjv().compile(meta.options);
    optionValidators.set(meta.options, validate);
  }
  return validate;
}
function checkRuleOptions(meta, value, where) {
  if (!meta.options) {
    if (value === void 0) return void 0;
    throw new ConfigError(`${where}: rule "${meta.id}" takes no options`);
  }
  const validate = optionValidator(meta);
  const copy = value === void 0 ? {} : structuredClone(value);
  if (!validate(copy)) {
    const e = pickError(validate.errors ?? []);
    const at = e?.instancePath ? ` at "${e.instancePath.slice(1).replaceAll("/", ".")}"` : "";
    throw new ConfigError(`${where}: invalid options for rule "${meta.id}"${at}: ${e?.message ?? "invalid"}`);
  }
  return copy;
}

// src/config/config.ts
var CONFIG_NAMES = [".ecslintrc.json", ".ecslintrc.yaml", ".ecslintrc.yml", "ecslint.config.json"];
function findConfig(startDir) {
  let dir = resolve2(startDir);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (existsSync(join(dir, ".git"))) return void 0;
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function loadConfigFile(path) {
  let text;
  try {
    if (statSync(path).isDirectory()) throw new ConfigError(`config ${path} is a directory, not a file`);
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`cannot read config ${path}: ${error.code ?? String(error)}`);
  }
  const config = parseConfigText(text, path);
  const loaded = { path, dir: dirname(path), config, text };
  if (config.suppressions) loaded.suppressions = new SuppressionSet(config.suppressions);
  return loaded;
}
async function loadConfigRules(loaded, { plugins = true } = {}) {
  if (loaded.rules) return loaded.rules;
  const source2 = loaded.path ?? "config";
  for (const entry of loaded.config.policies ?? []) {
    if (typeof entry !== "string") continue;
    const file = resolve2(loaded.dir, entry);
    let text;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new ConfigError(`${source2}: cannot read policy file "${entry}": ${error.code}`);
    }
    let doc;
    try {
      doc = /\.ya?ml$/i.test(file) ? parseYaml(text, `policy file ${file}`) : JSON.parse(text);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(
        `policy file ${file} is not valid ${/\.ya?ml$/i.test(file) ? "YAML" : "JSON"}: ${error.message.split("\n")[0]}`
      );
    }
    const list4 = Array.isArray(doc) ? doc : doc?.policies;
    if (!Array.isArray(list4))
      throw new ConfigError(`policy file ${file} must hold an array of policies or { "policies": [...] }`);
    loaded.rules = [...loaded.rules ?? [], ...compilePolicies(list4, `policy file ${file}`)];
  }
  const rules = configRules(
    loaded.config,
    source2,
    loaded.rules,
    plugins ? await loadPlugins(loaded.config.plugins ?? [], loaded.dir, source2) : []
  );
  loaded.rules = rules;
  return rules;
}
function isIgnored(loaded, filePath) {
  const globs = loaded.config.ignore ?? [];
  if (globs.length === 0) return false;
  const rel = relative(loaded.dir, resolve2(filePath)).split(sep).join("/");
  return loadPicomatch()(globs, { dot: true })(rel);
}
function resolveSettings(loaded, filePath, rules, options = {}) {
  return settingsFor(loaded, relative(loaded.dir, resolve2(filePath)).split(sep).join("/"), rules, options);
}

// src/inputs/read.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
function readBounded(path, limit) {
  const fd = openSync(path, "r");
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > limit) return { size: stat.size, exact: true };
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, stat.isFile() ? stat.size + 1 : 64 * 1024));
    let chunk = buffer;
    let length = 0;
    for (; ; ) {
      if (length === chunk.length) {
        if (length > limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, chunk.length * 2));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      const n = readSync(fd, chunk, length, chunk.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) return { size: limit, exact: false };
    return { bytes: chunk.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}
function tooLarge(size, limit, exact) {
  return {
    ruleId: "document-kind",
    messageId: "too-large",
    message: `file is ${exact ? `${size} bytes, over` : "larger than"} the ${limit}-byte limit for linting; AWS accepts at most 65536 bytes of task definition`,
    hint: "raise --max-file-size to lint it anyway",
    offset: 0,
    fatal: true
  };
}

// src/session/config.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname2, isAbsolute as isAbsolute2, join as join2, resolve as resolve3 } from "node:path";
var NO_CONFIG = (dir) => ({ path: void 0, dir, config: {} });
var DISCOVERY_NAMES = /* @__PURE__ */ new Set([...CONFIG_NAMES, ".git"]);
function configResolver(cwd, config) {
  if (config === false) {
    const none2 = NO_CONFIG(cwd);
    return () => none2;
  }
  if (typeof config === "string") {
    const loaded = loadConfigFile(isAbsolute2(config) ? config : join2(cwd, config));
    return () => loaded;
  }
  const byPath = /* @__PURE__ */ new Map();
  const byDir = /* @__PURE__ */ new Map();
  const candidates2 = /* @__PURE__ */ new Map();
  const NOTHING = /* @__PURE__ */ new Set();
  const none = NO_CONFIG(cwd);
  const has2 = (dir, name) => {
    const listing = candidates2.get(dir);
    return (listing === void 0 || listing.has(name)) && existsSync2(join2(dir, name));
  };
  const lookup = (dir) => {
    let loaded = byDir.get(dir);
    if (loaded) return loaded;
    const name = CONFIG_NAMES.find((n) => has2(dir, n));
    const found = name === void 0 ? void 0 : join2(dir, name);
    if (found) {
      loaded = byPath.get(found) ?? loadConfigFile(found);
      byPath.set(found, loaded);
    } else if (has2(dir, ".git") || dirname2(dir) === dir) {
      loaded = none;
    } else {
      loaded = lookup(dirname2(dir));
    }
    byDir.set(dir, loaded);
    return loaded;
  };
  const resolver = (file) => lookup(dirname2(resolve3(cwd, file)));
  resolver.listed = (dir, names) => {
    let found = NOTHING;
    for (const n of names) {
      const lower = n.toLowerCase();
      if (DISCOVERY_NAMES.has(lower)) found = /* @__PURE__ */ new Set([...found, lower]);
    }
    candidates2.set(dir, found);
  };
  return resolver;
}

// src/reporters/index.ts
init_summary();
var LOADERS = {
  stylish: async () => (await Promise.resolve().then(() => (init_stylish(), stylish_exports))).stylish,
  compact: async () => (await Promise.resolve().then(() => (init_compact(), compact_exports))).compact,
  json: async () => (await Promise.resolve().then(() => (init_json(), json_exports))).json,
  sarif: async () => (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).sarif,
  github: async () => (await Promise.resolve().then(() => (init_github(), github_exports))).github,
  junit: async () => (await Promise.resolve().then(() => (init_junit(), junit_exports))).junit,
  markdown: async () => (await Promise.resolve().then(() => (init_markdown(), markdown_exports))).markdown
};
var FORMATS = Object.keys(LOADERS);
var isFormat = (name) => Object.hasOwn(LOADERS, name);
async function loadReporter(format) {
  return isFormat(format) ? LOADERS[format]() : void 0;
}

// src/engine/lint.ts
init_docs();

// src/fix/apply.ts
init_lines();

// src/fix/edits.ts
import { createScanner as createScanner2, parseTree as parseTree4 } from "jsonc-parser";
var COMMA2 = 5;
var LINE_COMMENT = 12;
var BLOCK_COMMENT = 13;
var LINE_BREAK = 14;
var TRIVIA = 15;
var EOF = 17;
var isSpace = (c) => c === 32 || c === 9;
var FixWriter = class {
  #tree = null;
  #text;
  constructor(text) {
    this.#text = text;
  }
  get #root() {
    if (this.#tree === null) {
      this.#tree = parseTree4(this.#text, [], { allowTrailingComma: true, disallowComments: false });
    }
    return this.#tree;
  }
  /**
   * The text edits of one fix, sorted and never overlapping; undefined when an edit's path is not in the
   * document (or two edits collide), so that no partial fix is ever offered.
   */
  edits(edits) {
    const root = this.#root;
    if (!root) return void 0;
    const out = [];
    const removals = /* @__PURE__ */ new Map();
    for (const edit of edits) {
      if (edit.op === "remove") {
        const at = this.#member(root, edit.path);
        if (!at) return void 0;
        let set = removals.get(at.container);
        if (!set) {
          set = /* @__PURE__ */ new Set();
          removals.set(at.container, set);
        }
        set.add(at.index);
      } else if (edit.op === "rename") {
        const at = this.#member(root, edit.path);
        const key = at?.container.type === "object" ? at.node.children?.[0] : void 0;
        if (!key) return void 0;
        out.push({ offset: key.offset, length: key.length, text: JSON.stringify(edit.to) });
      } else if (edit.op === "set") {
        const set = this.#set(root, edit.path, edit.value);
        if (!set) return void 0;
        out.push(set);
      } else {
        const node = this.#valueAt(root, edit.path);
        if (!node) return void 0;
        out.push({ offset: root.offset, length: root.length, text: this.#dedent(node, root) });
      }
    }
    for (const [container, indexes] of removals) out.push(...this.#removeItems(container, indexes));
    out.sort((a, b) => a.offset - b.offset || a.length - b.length);
    for (let i = 1; i < out.length; i++) {
      const prev = out[i - 1];
      const cur = out[i];
      if (cur.offset < prev.offset + prev.length || cur.offset === prev.offset && cur.length === 0) return void 0;
    }
    return out;
  }
  /** The value node at a path (duplicate keys: the last, as JSON.parse reads them). */
  #valueAt(root, path) {
    let node = root;
    for (const seg of path) {
      node = node === void 0 ? void 0 : childValue(node, seg);
      if (node === void 0) return void 0;
    }
    return node;
  }
  /** The member (property node) or array item at a path, its container and its index there. */
  #member(root, path) {
    if (path.length === 0) return void 0;
    const container = this.#valueAt(root, path.slice(0, -1));
    const seg = path.at(-1);
    const children = container?.children;
    if (!container || !children) return void 0;
    if (container.type === "array") {
      const node = typeof seg === "number" ? children[seg] : void 0;
      return node ? { node, container, index: seg } : void 0;
    }
    if (container.type !== "object") return void 0;
    for (let i = children.length - 1; i >= 0; i--) {
      const prop = children[i];
      if (prop?.children?.[0]?.value === String(seg)) return { node: prop, container, index: i };
    }
    return void 0;
  }
  #set(root, path, value) {
    const existing = this.#valueAt(root, path);
    if (existing) {
      return { offset: existing.offset, length: existing.length, text: this.#json(value, existing.offset) };
    }
    const parent = this.#valueAt(root, path.slice(0, -1));
    const key = path.at(-1);
    if (parent?.type !== "object" || typeof key !== "string") return void 0;
    const last = parent.children?.at(-1);
    if (!last) {
      const member2 = `${JSON.stringify(key)}: ${this.#json(value, parent.offset)}`;
      return { offset: parent.offset, length: parent.length, text: `{ ${member2} }` };
    }
    const lineStart = this.#lineStart(last.offset);
    const ownLine = this.#onlySpaceBetween(lineStart, last.offset);
    const indent = ownLine ? this.#text.slice(lineStart, last.offset) : "";
    const sep3 = ownLine ? `${this.#eol()}${indent}` : " ";
    const member = `${JSON.stringify(key)}: ${this.#json(value, last.offset)}`;
    const end = last.offset + last.length;
    const comma = this.#commaBetween(end, parent.offset + parent.length - 1);
    if (comma !== void 0) return { offset: comma + 1, length: 0, text: `${sep3}${member},` };
    return { offset: end, length: 0, text: `,${sep3}${member}` };
  }
  /** A value as JSON text; objects and arrays indented as the file indents, from the line at `at`. */
  #json(value, at) {
    if (value === null || typeof value !== "object") return JSON.stringify(value);
    const lineStart = this.#lineStart(at);
    let i = lineStart;
    while (isSpace(this.#text.charCodeAt(i))) i++;
    const base = this.#text.slice(lineStart, i);
    return JSON.stringify(value, null, this.#indentUnit()).replaceAll("\n", `${this.#eol()}${base}`);
  }
  /** Remove some members (or items) of one object (or array), keeping the commas between the rest right. */
  #removeItems(container, indexes) {
    const items = container.children ?? [];
    const end = (n) => n.offset + n.length;
    if (indexes.size === items.length) {
      return [{ offset: container.offset + 1, length: container.length - 2, text: "" }];
    }
    const out = [];
    let i = 0;
    while (i < items.length) {
      if (!indexes.has(i)) {
        i++;
        continue;
      }
      let j = i;
      while (indexes.has(j + 1)) j++;
      const first = items[i];
      const last = items[j];
      const before = items[i - 1];
      const after = items[j + 1];
      const lines = this.#ownLines(first, last, container);
      if (lines) {
        out.push({ offset: lines.start, length: lines.end - lines.start, text: "" });
        if (!after && !lines.comma && before) {
          const comma = this.#commaBetween(end(before), first.offset);
          if (comma !== void 0) out.push({ offset: comma, length: 1, text: "" });
        }
      } else if (before) {
        out.push({ offset: end(before), length: end(last) - end(before), text: "" });
      } else if (after) {
        out.push({ offset: first.offset, length: after.offset - first.offset, text: "" });
      }
      i = j + 1;
    }
    return out;
  }
  /**
   * When the items from `first` to `last` fill whole lines (nothing but indentation before the first, and after
   * the last only its comma and a comment), those lines with their line break; `comma` tells whether the
   * last one's comma is among them.
   */
  #ownLines(first, last, container) {
    const text = this.#text;
    const start = this.#lineStart(first.offset);
    if (start <= container.offset || !this.#onlySpaceBetween(start, first.offset)) return void 0;
    const scanner = createScanner2(text, false);
    scanner.setPosition(last.offset + last.length);
    let comma = false;
    for (; ; ) {
      const token = scanner.scan();
      if (token === TRIVIA || token === BLOCK_COMMENT) continue;
      if (token === COMMA2 && !comma) {
        comma = true;
        continue;
      }
      if (token === LINE_COMMENT) continue;
      if (token === LINE_BREAK) return { start, end: scanner.getPosition(), comma };
      if (token === EOF) return { start, end: text.length, comma };
      return void 0;
    }
  }
  /** The offset of the comma token between two offsets (comments skipped), if there is one. */
  #commaBetween(from, to) {
    const scanner = createScanner2(this.#text, false);
    scanner.setPosition(from);
    for (; ; ) {
      const token = scanner.scan();
      const at = scanner.getTokenOffset();
      if (token === EOF || at >= to) return void 0;
      if (token === COMMA2) return at;
      if (token !== TRIVIA && token !== LINE_BREAK && token !== LINE_COMMENT && token !== BLOCK_COMMENT) {
        return void 0;
      }
    }
  }
  /** The text of `node`, each line after the first shifted left by the indentation between it and `outer`. */
  #dedent(node, outer) {
    const inner = this.#text.slice(node.offset, node.offset + node.length);
    const indentAt = (offset) => {
      let i = this.#lineStart(offset);
      let n = 0;
      while (isSpace(this.#text.charCodeAt(i))) {
        i++;
        n++;
      }
      return n;
    };
    const shift = indentAt(node.offset + node.length - 1) - indentAt(outer.offset + outer.length - 1);
    if (shift <= 0) return inner;
    return inner.replace(/(\r\n|\r|\n)([ \t]*)/g, (_, eol, space) => eol + space.slice(shift));
  }
  #lineStart(offset) {
    const text = this.#text;
    let i = offset;
    while (i > 0) {
      const c = text.charCodeAt(i - 1);
      if (c === 10 || c === 13) break;
      i--;
    }
    return i;
  }
  #onlySpaceBetween(from, to) {
    for (let i = from; i < to; i++) if (!isSpace(this.#text.charCodeAt(i))) return false;
    return true;
  }
  /** The file's line break: CRLF when its first line ends with one. */
  #eol() {
    const lf = this.#text.indexOf("\n");
    return lf > 0 && this.#text.charCodeAt(lf - 1) === 13 ? "\r\n" : "\n";
  }
  /** The file's indentation step: the indentation of its first indented line (default two spaces). */
  #indentUnit() {
    const m = /(?:^|\n)([ \t]+)\S/.exec(this.#text);
    return m?.[1] ?? "  ";
  }
};
function childValue(node, seg) {
  const children = node.children;
  if (!children) return void 0;
  if (node.type === "array") return typeof seg === "number" ? children[seg] : void 0;
  if (node.type !== "object") return void 0;
  const name = String(seg);
  for (let i = children.length - 1; i >= 0; i--) {
    const prop = children[i];
    if (prop?.children?.[0]?.value === name) return prop.children[1];
  }
  return void 0;
}

// src/fix/index.ts
function toFix(writer, lines, proposal) {
  const edits = writer.edits(proposal.edits);
  if (!edits || edits.length === 0) return void 0;
  return {
    message: proposal.message,
    edits: edits.map((e) => ({ range: lines.range(e.offset, e.length), text: e.text }))
  };
}

// src/inputs/detect.ts
var identity = (path) => path;
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var has = (obj2, key) => Object.hasOwn(obj2, key);
function detectKind(value, fileName = "") {
  if (Array.isArray(value)) {
    const looksLikeContainers = value.length > 0 && value.every(isObject2) && value.some((c) => has(c, "name") || has(c, "image"));
    return looksLikeContainers ? "container-definitions" : "unknown";
  }
  if (!isObject2(value)) return "unknown";
  const namedDockerrun = /dockerrun/i.test(fileName.split(/[\\/]/).pop() ?? "");
  if (has(value, "AWSEBDockerrunVersion") || namedDockerrun) {
    const version = String(value.AWSEBDockerrunVersion ?? "").trim();
    if (version === "1" || version === "2" || version === "3") return `dockerrun-v${version}`;
    if (has(value, "containerDefinitions")) return "dockerrun-v2";
    if (has(value, "Image") || has(value, "Ports")) return "dockerrun-v1";
    if (has(value, "Authentication")) return "dockerrun-v3";
    return has(value, "AWSEBDockerrunVersion") ? "dockerrun-v1" : "unknown";
  }
  if (isObject2(value.taskDefinition)) return "describe-output";
  if (has(value, "containerDefinitions") || has(value, "family")) return "task-definition";
  if (has(value, "Image") && has(value, "Ports")) return "dockerrun-v1";
  return "unknown";
}
function viewOf(kind, value) {
  if (kind === "describe-output" && isObject2(value) && isObject2(value.taskDefinition)) {
    const inner = value.taskDefinition;
    const outerTags = has(value, "tags") && !has(inner, "tags");
    const task = outerTags ? { ...inner, tags: value.tags } : inner;
    return {
      kind,
      task,
      toSource: (path) => outerTags && path[0] === "tags" ? path : ["taskDefinition", ...path]
    };
  }
  if (kind === "container-definitions") {
    return {
      kind,
      task: { containerDefinitions: value },
      toSource: (path) => path[0] === "containerDefinitions" ? path.slice(1) : []
    };
  }
  return { kind, task: isObject2(value) ? value : {}, toSource: identity };
}
var KIND_NAMES = {
  "task-definition": "task definition",
  "describe-output": "describe-task-definition output",
  "container-definitions": "container definitions",
  "dockerrun-v1": "Dockerrun.aws.json v1",
  "dockerrun-v2": "Dockerrun.aws.json v2",
  "dockerrun-v3": "Dockerrun.aws.json v3",
  unknown: "unrecognised document"
};

// src/engine/lint.ts
init_lines();

// src/json/redact.ts
import { createScanner as createScanner3 } from "jsonc-parser";
var OPEN_BRACE2 = 1;
var CLOSE_BRACE2 = 2;
var OPEN_BRACKET2 = 3;
var CLOSE_BRACKET2 = 4;
var COLON = 6;
var STRING = 10;
var LINE_COMMENT2 = 12;
var BLOCK_COMMENT2 = 13;
var LINE_BREAK2 = 14;
var TRIVIA2 = 15;
var EOF2 = 17;
var SECRET_KEY = /pass(word|wd)?|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|auth|credential/i;
var SECRET_KEYS = /* @__PURE__ */ new Map();
function secretKey(key) {
  let secret = SECRET_KEYS.get(key);
  if (secret === void 0) {
    secret = SECRET_KEY.test(key);
    if (SECRET_KEYS.size < 4096 && key.length <= 128) SECRET_KEYS.set(key, secret);
  }
  return secret;
}
var SecretSpans = class {
  /** `decode` gives the value of the string token at [start, end), quotes included (asked for keys only). */
  constructor(decode2) {
    this.decode = decode2;
  }
  decode;
  /** The key that opened each enclosing object or array (undefined for an array item or the root). */
  #path = [];
  #key;
  /** A string whose role (key or value) the next token tells. */
  #pending = -1;
  #pendingEnd = -1;
  #pendingValue;
  spans = [];
  /** A string token at [start, end), quotes included, with its value when the scanner already has it. */
  string(start, end, value) {
    this.other();
    this.#pending = start;
    this.#pendingEnd = end;
    this.#pendingValue = value;
  }
  colon() {
    if (this.#pending === -1) return;
    this.#key = this.#pendingValue ?? this.decode(this.#pending, this.#pendingEnd);
    this.#pending = -1;
  }
  open() {
    this.other();
    this.#path.push(this.#key);
    this.#key = void 0;
  }
  close() {
    this.other();
    this.#path.pop();
    this.#key = void 0;
  }
  /** Any other token (a comma, a number, a literal, the end): a pending string was a value. */
  other() {
    if (this.#pending === -1) return;
    if (this.#secret(this.#key)) this.spans.push([this.#pending + 1, this.#pendingEnd - 1]);
    this.#pending = -1;
  }
  #secret(k) {
    if (k !== void 0 && secretKey(k)) return true;
    if (k === "value" && this.#path.at(-2) === "environment") return true;
    return this.#path.includes("repositoryCredentials");
  }
};
function mask(text, spans) {
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const [from, to] of spans) {
    if (to <= from) continue;
    const secret = text.slice(from, to);
    const masked = /[\r\n]/.test(secret) ? secret.replace(/[^\r\n]/g, "*") : "*".repeat(to - from);
    out += text.slice(at, from) + masked;
    at = to;
  }
  return out + text.slice(at);
}
function redactSecrets(text) {
  const scanner = createScanner3(text, false);
  const secrets = new SecretSpans(() => "");
  for (let kind = scanner.scan(); kind !== EOF2; kind = scanner.scan()) {
    switch (kind) {
      case TRIVIA2:
      case LINE_BREAK2:
      case LINE_COMMENT2:
      case BLOCK_COMMENT2:
        break;
      case OPEN_BRACE2:
      case OPEN_BRACKET2:
        secrets.open();
        break;
      case CLOSE_BRACE2:
      case CLOSE_BRACKET2:
        secrets.close();
        break;
      case COLON:
        secrets.colon();
        break;
      case STRING: {
        const start = scanner.getTokenOffset();
        secrets.string(start, start + scanner.getTokenLength(), scanner.getTokenValue());
        break;
      }
      default:
        secrets.other();
    }
  }
  secrets.other();
  return mask(text, secrets.spans);
}
function redactStrictSecrets(text) {
  const secrets = new SecretSpans((start, end) => {
    const raw = text.slice(start + 1, end - 1);
    return raw.includes("\\") ? JSON.parse(text.slice(start, end)) : raw;
  });
  let i = 0;
  for (; ; ) {
    const quote2 = text.indexOf('"', i);
    const gapEnd = quote2 === -1 ? text.length : quote2;
    for (; i < gapEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 123 || c === 91) secrets.open();
      else if (c === 125 || c === 93) secrets.close();
      else if (c === 58) secrets.colon();
      else if (c !== 32 && c !== 10 && c !== 13 && c !== 9) secrets.other();
    }
    if (quote2 === -1) break;
    i = stringEnd(text, quote2);
    secrets.string(quote2, i);
  }
  secrets.other();
  return mask(text, secrets.spans);
}

// src/engine/lint.ts
init_lazy();

// src/schema/validate.ts
import { distance as distance5 } from "fastest-levenshtein";

// src/schema/validators.generated.ts
function ucs2length2(str2) {
  const len = str2.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str2.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str2.charCodeAt(pos);
      if ((value & 64512) === 56320) pos++;
    }
  }
  return length;
}
var taskDefinition = validate112;
var schema12 = { "$comment": "members from @aws-sdk/client-ecs that aws-sdk lacks: enableFaultInjection", "title": "task definition", "type": "object", "properties": { "family": { "type": "string" }, "taskRoleArn": { "type": "string" }, "executionRoleArn": { "type": "string" }, "networkMode": { "$ref": "#/definitions/NetworkMode" }, "containerDefinitions": { "type": "array", "items": { "$ref": "#/definitions/ContainerDefinition" } }, "volumes": { "type": "array", "items": { "$ref": "#/definitions/Volume" } }, "placementConstraints": { "type": "array", "items": { "$ref": "#/definitions/TaskDefinitionPlacementConstraint" } }, "requiresCompatibilities": { "type": "array", "items": { "$ref": "#/definitions/Compatibility" } }, "cpu": { "type": "string" }, "memory": { "type": "string" }, "tags": { "type": "array", "items": { "$ref": "#/definitions/Tag" }, "maxItems": 50 }, "pidMode": { "$ref": "#/definitions/PidMode" }, "ipcMode": { "$ref": "#/definitions/IpcMode" }, "proxyConfiguration": { "$ref": "#/definitions/ProxyConfiguration" }, "inferenceAccelerators": { "type": "array", "items": { "$ref": "#/definitions/InferenceAccelerator" } }, "ephemeralStorage": { "$ref": "#/definitions/EphemeralStorage" }, "runtimePlatform": { "$ref": "#/definitions/RuntimePlatform" }, "enableFaultInjection": { "type": "boolean" } }, "required": ["family", "containerDefinitions"], "additionalProperties": false };
var schema13 = { "type": "string", "enum": ["awsvpc", "bridge", "host", "none"] };
var schema61 = { "type": "string", "enum": ["EC2", "EXTERNAL", "FARGATE", "MANAGED_INSTANCES"] };
var schema62 = { "title": "tag", "type": "object", "properties": { "key": { "type": "string", "minLength": 1, "maxLength": 128 }, "value": { "type": "string", "maxLength": 256 } }, "additionalProperties": false };
var schema63 = { "type": "string", "enum": ["host", "task"] };
var schema64 = { "type": "string", "enum": ["host", "none", "task"] };
var schema68 = { "title": "inference accelerator", "type": "object", "properties": { "deviceName": { "type": "string" }, "deviceType": { "type": "string" } }, "required": ["deviceName", "deviceType"], "additionalProperties": false };
var schema69 = { "title": "ephemeral storage", "type": "object", "properties": { "sizeInGiB": { "type": "integer" } }, "required": ["sizeInGiB"], "additionalProperties": false };
var func22 = Object.prototype.hasOwnProperty;
var func4 = ucs2length2;
var schema14 = { "$comment": "members from @aws-sdk/client-ecs that aws-sdk lacks: versionConsistency", "title": "container definition", "type": "object", "properties": { "name": { "type": "string" }, "image": { "type": "string" }, "repositoryCredentials": { "$ref": "#/definitions/RepositoryCredentials" }, "cpu": { "type": "integer" }, "memory": { "type": "integer" }, "memoryReservation": { "type": "integer" }, "links": { "type": "array", "items": { "type": "string" } }, "portMappings": { "type": "array", "items": { "$ref": "#/definitions/PortMapping" } }, "essential": { "type": "boolean" }, "restartPolicy": { "$ref": "#/definitions/ContainerRestartPolicy" }, "entryPoint": { "type": "array", "items": { "type": "string" } }, "command": { "type": "array", "items": { "type": "string" } }, "environment": { "type": "array", "items": { "$ref": "#/definitions/KeyValuePair" } }, "environmentFiles": { "type": "array", "items": { "$ref": "#/definitions/EnvironmentFile" } }, "mountPoints": { "type": "array", "items": { "$ref": "#/definitions/MountPoint" } }, "volumesFrom": { "type": "array", "items": { "$ref": "#/definitions/VolumeFrom" } }, "linuxParameters": { "$ref": "#/definitions/LinuxParameters" }, "secrets": { "type": "array", "items": { "$ref": "#/definitions/Secret" } }, "dependsOn": { "type": "array", "items": { "$ref": "#/definitions/ContainerDependency" } }, "startTimeout": { "type": "integer" }, "stopTimeout": { "type": "integer" }, "versionConsistency": { "$ref": "#/definitions/VersionConsistency" }, "hostname": { "type": "string" }, "user": { "type": "string" }, "workingDirectory": { "type": "string" }, "disableNetworking": { "type": "boolean" }, "privileged": { "type": "boolean" }, "readonlyRootFilesystem": { "type": "boolean" }, "dnsServers": { "type": "array", "items": { "type": "string" } }, "dnsSearchDomains": { "type": "array", "items": { "type": "string" } }, "extraHosts": { "type": "array", "items": { "$ref": "#/definitions/HostEntry" } }, "dockerSecurityOptions": { "type": "array", "items": { "type": "string" } }, "interactive": { "type": "boolean" }, "pseudoTerminal": { "type": "boolean" }, "dockerLabels": { "type": "object", "additionalProperties": { "type": "string" } }, "ulimits": { "type": "array", "items": { "$ref": "#/definitions/Ulimit" } }, "logConfiguration": { "$ref": "#/definitions/LogConfiguration" }, "healthCheck": { "$ref": "#/definitions/HealthCheck" }, "systemControls": { "type": "array", "items": { "$ref": "#/definitions/SystemControl" } }, "resourceRequirements": { "type": "array", "items": { "$ref": "#/definitions/ResourceRequirement" } }, "firelensConfiguration": { "$ref": "#/definitions/FirelensConfiguration" }, "credentialSpecs": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": false };
var schema15 = { "title": "repository credentials", "type": "object", "properties": { "credentialsParameter": { "type": "string" } }, "required": ["credentialsParameter"], "additionalProperties": false };
var schema19 = { "title": "restart policy", "type": "object", "properties": { "enabled": { "type": "boolean" }, "ignoredExitCodes": { "type": "array", "items": { "type": "integer" } }, "restartAttemptPeriod": { "type": "integer" } }, "required": ["enabled"], "additionalProperties": false };
var schema20 = { "title": "name/value pair", "type": "object", "properties": { "name": { "type": "string" }, "value": { "type": "string" } }, "additionalProperties": false };
var schema23 = { "title": "mount point", "type": "object", "properties": { "sourceVolume": { "type": "string" }, "containerPath": { "type": "string" }, "readOnly": { "type": "boolean" } }, "additionalProperties": false };
var schema24 = { "title": "volume from", "type": "object", "properties": { "sourceContainer": { "type": "string" }, "readOnly": { "type": "boolean" } }, "additionalProperties": false };
var schema30 = { "title": "secret", "type": "object", "properties": { "name": { "type": "string" }, "valueFrom": { "type": "string" } }, "required": ["name", "valueFrom"], "additionalProperties": false };
var schema33 = { "type": "string", "enum": ["disabled", "enabled"] };
var schema34 = { "title": "host entry", "type": "object", "properties": { "hostname": { "type": "string" }, "ipAddress": { "type": "string" } }, "required": ["hostname", "ipAddress"], "additionalProperties": false };
var schema40 = { "title": "health check", "type": "object", "properties": { "command": { "type": "array", "items": { "type": "string" } }, "interval": { "type": "integer" }, "timeout": { "type": "integer" }, "retries": { "type": "integer" }, "startPeriod": { "type": "integer" } }, "required": ["command"], "additionalProperties": false };
var schema41 = { "title": "system control", "type": "object", "properties": { "namespace": { "type": "string" }, "value": { "type": "string" } }, "additionalProperties": false };
var schema16 = { "title": "port mapping", "type": "object", "properties": { "containerPort": { "type": "integer" }, "hostPort": { "type": "integer" }, "protocol": { "$ref": "#/definitions/TransportProtocol" }, "name": { "type": "string" }, "appProtocol": { "$ref": "#/definitions/ApplicationProtocol" }, "containerPortRange": { "type": "string" } }, "additionalProperties": false };
var schema17 = { "type": "string", "enum": ["tcp", "udp"] };
var schema18 = { "type": "string", "enum": ["grpc", "http", "http2"] };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "containerPort" || key0 === "hostPort" || key0 === "protocol" || key0 === "name" || key0 === "appProtocol" || key0 === "containerPortRange")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.containerPort !== void 0) {
      let data0 = data.containerPort;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/containerPort", schemaPath: "#/properties/containerPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties.containerPort.type, parentSchema: schema16.properties.containerPort, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.hostPort !== void 0) {
      let data1 = data.hostPort;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err2 = { instancePath: instancePath + "/hostPort", schemaPath: "#/properties/hostPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties.hostPort.type, parentSchema: schema16.properties.hostPort, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.protocol !== void 0) {
      let data2 = data.protocol;
      if (typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/protocol", schemaPath: "#/definitions/TransportProtocol/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.type, parentSchema: schema17, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data2 === "tcp" || data2 === "udp")) {
        const err4 = { instancePath: instancePath + "/protocol", schemaPath: "#/definitions/TransportProtocol/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values", schema: schema17.enum, parentSchema: schema17, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data3 = data.name;
      if (typeof data3 !== "string") {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.name.type, parentSchema: schema16.properties.name, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.appProtocol !== void 0) {
      let data4 = data.appProtocol;
      if (typeof data4 !== "string") {
        const err6 = { instancePath: instancePath + "/appProtocol", schemaPath: "#/definitions/ApplicationProtocol/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data4 === "grpc" || data4 === "http" || data4 === "http2")) {
        const err7 = { instancePath: instancePath + "/appProtocol", schemaPath: "#/definitions/ApplicationProtocol/enum", keyword: "enum", params: { allowedValues: schema18.enum }, message: "must be equal to one of the allowed values", schema: schema18.enum, parentSchema: schema18, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.containerPortRange !== void 0) {
      let data5 = data.containerPortRange;
      if (typeof data5 !== "string") {
        const err8 = { instancePath: instancePath + "/containerPortRange", schemaPath: "#/properties/containerPortRange/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.containerPortRange.type, parentSchema: schema16.properties.containerPortRange, data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema21 = { "title": "environment file", "type": "object", "properties": { "value": { "type": "string" }, "type": { "$ref": "#/definitions/EnvironmentFileType" } }, "required": ["value", "type"], "additionalProperties": false };
var schema22 = { "type": "string", "enum": ["s3"] };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.value === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "value" || key0 === "type")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data0 = data.value;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.value.type, parentSchema: schema21.properties.value, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/EnvironmentFileType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === "s3")) {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/EnvironmentFileType/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema25 = { "title": "linux parameters", "type": "object", "properties": { "capabilities": { "$ref": "#/definitions/KernelCapabilities" }, "devices": { "type": "array", "items": { "$ref": "#/definitions/Device" } }, "initProcessEnabled": { "type": "boolean" }, "sharedMemorySize": { "type": "integer" }, "tmpfs": { "type": "array", "items": { "$ref": "#/definitions/Tmpfs" } }, "maxSwap": { "type": "integer" }, "swappiness": { "type": "integer" } }, "additionalProperties": false };
var schema26 = { "title": "kernel capabilities", "type": "object", "properties": { "add": { "type": "array", "items": { "type": "string" } }, "drop": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": false };
var schema29 = { "title": "tmpfs", "type": "object", "properties": { "containerPath": { "type": "string" }, "size": { "type": "integer" }, "mountOptions": { "type": "array", "items": { "type": "string" } } }, "required": ["containerPath", "size"], "additionalProperties": false };
var schema27 = { "title": "device", "type": "object", "properties": { "hostPath": { "type": "string" }, "containerPath": { "type": "string" }, "permissions": { "type": "array", "items": { "$ref": "#/definitions/DeviceCgroupPermission" } } }, "required": ["hostPath"], "additionalProperties": false };
var schema28 = { "type": "string", "enum": ["mknod", "read", "write"] };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.hostPath === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hostPath" }, message: "must have required property 'hostPath'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "hostPath" || key0 === "containerPath" || key0 === "permissions")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.hostPath !== void 0) {
      let data0 = data.hostPath;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/hostPath", schemaPath: "#/properties/hostPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.hostPath.type, parentSchema: schema27.properties.hostPath, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.containerPath !== void 0) {
      let data1 = data.containerPath;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/containerPath", schemaPath: "#/properties/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.containerPath.type, parentSchema: schema27.properties.containerPath, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.permissions !== void 0) {
      let data2 = data.permissions;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/permissions/" + i0, schemaPath: "#/definitions/DeviceCgroupPermission/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.type, parentSchema: schema28, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (!(data3 === "mknod" || data3 === "read" || data3 === "write")) {
            const err5 = { instancePath: instancePath + "/permissions/" + i0, schemaPath: "#/definitions/DeviceCgroupPermission/enum", keyword: "enum", params: { allowedValues: schema28.enum }, message: "must be equal to one of the allowed values", schema: schema28.enum, parentSchema: schema28, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.permissions.type, parentSchema: schema27.properties.permissions, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "capabilities" || key0 === "devices" || key0 === "initProcessEnabled" || key0 === "sharedMemorySize" || key0 === "tmpfs" || key0 === "maxSwap" || key0 === "swappiness")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.capabilities !== void 0) {
      let data0 = data.capabilities;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "add" || key1 === "drop")) {
            const err1 = { instancePath: instancePath + "/capabilities", schemaPath: "#/definitions/KernelCapabilities/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.add !== void 0) {
          let data1 = data0.add;
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (typeof data2 !== "string") {
                const err2 = { instancePath: instancePath + "/capabilities/add/" + i0, schemaPath: "#/definitions/KernelCapabilities/properties/add/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.add.items.type, parentSchema: schema26.properties.add.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
          } else {
            const err3 = { instancePath: instancePath + "/capabilities/add", schemaPath: "#/definitions/KernelCapabilities/properties/add/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.add.type, parentSchema: schema26.properties.add, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.drop !== void 0) {
          let data3 = data0.drop;
          if (Array.isArray(data3)) {
            const len1 = data3.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data4 = data3[i1];
              if (typeof data4 !== "string") {
                const err4 = { instancePath: instancePath + "/capabilities/drop/" + i1, schemaPath: "#/definitions/KernelCapabilities/properties/drop/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.drop.items.type, parentSchema: schema26.properties.drop.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          } else {
            const err5 = { instancePath: instancePath + "/capabilities/drop", schemaPath: "#/definitions/KernelCapabilities/properties/drop/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.drop.type, parentSchema: schema26.properties.drop, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/capabilities", schemaPath: "#/definitions/KernelCapabilities/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.devices !== void 0) {
      let data5 = data.devices;
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate18(data5[i2], { instancePath: instancePath + "/devices/" + i2, parentData: data5, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/devices", schemaPath: "#/properties/devices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.devices.type, parentSchema: schema25.properties.devices, data: data5 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.initProcessEnabled !== void 0) {
      let data7 = data.initProcessEnabled;
      if (typeof data7 !== "boolean") {
        const err8 = { instancePath: instancePath + "/initProcessEnabled", schemaPath: "#/properties/initProcessEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties.initProcessEnabled.type, parentSchema: schema25.properties.initProcessEnabled, data: data7 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.sharedMemorySize !== void 0) {
      let data8 = data.sharedMemorySize;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err9 = { instancePath: instancePath + "/sharedMemorySize", schemaPath: "#/properties/sharedMemorySize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema25.properties.sharedMemorySize.type, parentSchema: schema25.properties.sharedMemorySize, data: data8 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.tmpfs !== void 0) {
      let data9 = data.tmpfs;
      if (Array.isArray(data9)) {
        const len3 = data9.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data10 = data9[i3];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.containerPath === void 0) {
              const err10 = { instancePath: instancePath + "/tmpfs/" + i3, schemaPath: "#/definitions/Tmpfs/required", keyword: "required", params: { missingProperty: "containerPath" }, message: "must have required property 'containerPath'", schema: schema29.required, parentSchema: schema29, data: data10 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data10.size === void 0) {
              const err11 = { instancePath: instancePath + "/tmpfs/" + i3, schemaPath: "#/definitions/Tmpfs/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'", schema: schema29.required, parentSchema: schema29, data: data10 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            for (const key2 in data10) {
              if (!(key2 === "containerPath" || key2 === "size" || key2 === "mountOptions")) {
                const err12 = { instancePath: instancePath + "/tmpfs/" + i3, schemaPath: "#/definitions/Tmpfs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data: data10 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data10.containerPath !== void 0) {
              let data11 = data10.containerPath;
              if (typeof data11 !== "string") {
                const err13 = { instancePath: instancePath + "/tmpfs/" + i3 + "/containerPath", schemaPath: "#/definitions/Tmpfs/properties/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.containerPath.type, parentSchema: schema29.properties.containerPath, data: data11 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data10.size !== void 0) {
              let data12 = data10.size;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                const err14 = { instancePath: instancePath + "/tmpfs/" + i3 + "/size", schemaPath: "#/definitions/Tmpfs/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema29.properties.size.type, parentSchema: schema29.properties.size, data: data12 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data10.mountOptions !== void 0) {
              let data13 = data10.mountOptions;
              if (Array.isArray(data13)) {
                const len4 = data13.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data14 = data13[i4];
                  if (typeof data14 !== "string") {
                    const err15 = { instancePath: instancePath + "/tmpfs/" + i3 + "/mountOptions/" + i4, schemaPath: "#/definitions/Tmpfs/properties/mountOptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.mountOptions.items.type, parentSchema: schema29.properties.mountOptions.items, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = { instancePath: instancePath + "/tmpfs/" + i3 + "/mountOptions", schemaPath: "#/definitions/Tmpfs/properties/mountOptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.mountOptions.type, parentSchema: schema29.properties.mountOptions, data: data13 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/tmpfs/" + i3, schemaPath: "#/definitions/Tmpfs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/tmpfs", schemaPath: "#/properties/tmpfs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.tmpfs.type, parentSchema: schema25.properties.tmpfs, data: data9 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.maxSwap !== void 0) {
      let data15 = data.maxSwap;
      if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
        const err19 = { instancePath: instancePath + "/maxSwap", schemaPath: "#/properties/maxSwap/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema25.properties.maxSwap.type, parentSchema: schema25.properties.maxSwap, data: data15 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.swappiness !== void 0) {
      let data16 = data.swappiness;
      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
        const err20 = { instancePath: instancePath + "/swappiness", schemaPath: "#/properties/swappiness/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema25.properties.swappiness.type, parentSchema: schema25.properties.swappiness, data: data16 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var schema31 = { "title": "container dependency", "type": "object", "properties": { "containerName": { "type": "string" }, "condition": { "$ref": "#/definitions/ContainerCondition" } }, "required": ["containerName", "condition"], "additionalProperties": false };
var schema32 = { "type": "string", "enum": ["COMPLETE", "HEALTHY", "START", "SUCCESS"] };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.containerName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "containerName" }, message: "must have required property 'containerName'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.condition === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "condition" }, message: "must have required property 'condition'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "containerName" || key0 === "condition")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.containerName !== void 0) {
      let data0 = data.containerName;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/containerName", schemaPath: "#/properties/containerName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.containerName.type, parentSchema: schema31.properties.containerName, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.condition !== void 0) {
      let data1 = data.condition;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/condition", schemaPath: "#/definitions/ContainerCondition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === "COMPLETE" || data1 === "HEALTHY" || data1 === "START" || data1 === "SUCCESS")) {
        const err5 = { instancePath: instancePath + "/condition", schemaPath: "#/definitions/ContainerCondition/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values", schema: schema32.enum, parentSchema: schema32, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var schema35 = { "title": "ulimit", "type": "object", "properties": { "name": { "$ref": "#/definitions/UlimitName" }, "softLimit": { "type": "integer" }, "hardLimit": { "type": "integer" } }, "required": ["name", "softLimit", "hardLimit"], "additionalProperties": false };
var schema36 = { "type": "string", "enum": ["core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice", "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack"] };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.softLimit === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "softLimit" }, message: "must have required property 'softLimit'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.hardLimit === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hardLimit" }, message: "must have required property 'hardLimit'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "softLimit" || key0 === "hardLimit")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/UlimitName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "core" || data0 === "cpu" || data0 === "data" || data0 === "fsize" || data0 === "locks" || data0 === "memlock" || data0 === "msgqueue" || data0 === "nice" || data0 === "nofile" || data0 === "nproc" || data0 === "rss" || data0 === "rtprio" || data0 === "rttime" || data0 === "sigpending" || data0 === "stack")) {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/UlimitName/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values", schema: schema36.enum, parentSchema: schema36, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.softLimit !== void 0) {
      let data1 = data.softLimit;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/softLimit", schemaPath: "#/properties/softLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.softLimit.type, parentSchema: schema35.properties.softLimit, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.hardLimit !== void 0) {
      let data2 = data.hardLimit;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err7 = { instancePath: instancePath + "/hardLimit", schemaPath: "#/properties/hardLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.hardLimit.type, parentSchema: schema35.properties.hardLimit, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var schema37 = { "title": "log configuration", "type": "object", "properties": { "logDriver": { "$ref": "#/definitions/LogDriver" }, "options": { "type": "object", "additionalProperties": { "type": "string" } }, "secretOptions": { "type": "array", "items": { "$ref": "#/definitions/Secret" } } }, "required": ["logDriver"], "additionalProperties": false };
var schema38 = { "type": "string", "enum": ["awsfirelens", "awslogs", "fluentd", "gelf", "journald", "json-file", "splunk", "syslog"] };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.logDriver === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "logDriver" }, message: "must have required property 'logDriver'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "logDriver" || key0 === "options" || key0 === "secretOptions")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.logDriver !== void 0) {
      let data0 = data.logDriver;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/logDriver", schemaPath: "#/definitions/LogDriver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "awsfirelens" || data0 === "awslogs" || data0 === "fluentd" || data0 === "gelf" || data0 === "journald" || data0 === "json-file" || data0 === "splunk" || data0 === "syslog")) {
        const err3 = { instancePath: instancePath + "/logDriver", schemaPath: "#/definitions/LogDriver/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values", schema: schema38.enum, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data1 = data.options;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          let data2 = data1[key1];
          if (typeof data2 !== "string") {
            const err4 = { instancePath: instancePath + "/options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/options/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.options.additionalProperties.type, parentSchema: schema37.properties.options.additionalProperties, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.options.type, parentSchema: schema37.properties.options, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.secretOptions !== void 0) {
      let data3 = data.secretOptions;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.name === void 0) {
              const err6 = { instancePath: instancePath + "/secretOptions/" + i0, schemaPath: "#/definitions/Secret/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema30.required, parentSchema: schema30, data: data4 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data4.valueFrom === void 0) {
              const err7 = { instancePath: instancePath + "/secretOptions/" + i0, schemaPath: "#/definitions/Secret/required", keyword: "required", params: { missingProperty: "valueFrom" }, message: "must have required property 'valueFrom'", schema: schema30.required, parentSchema: schema30, data: data4 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key2 in data4) {
              if (!(key2 === "name" || key2 === "valueFrom")) {
                const err8 = { instancePath: instancePath + "/secretOptions/" + i0, schemaPath: "#/definitions/Secret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data: data4 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data4.name !== void 0) {
              let data5 = data4.name;
              if (typeof data5 !== "string") {
                const err9 = { instancePath: instancePath + "/secretOptions/" + i0 + "/name", schemaPath: "#/definitions/Secret/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.name.type, parentSchema: schema30.properties.name, data: data5 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data4.valueFrom !== void 0) {
              let data6 = data4.valueFrom;
              if (typeof data6 !== "string") {
                const err10 = { instancePath: instancePath + "/secretOptions/" + i0 + "/valueFrom", schemaPath: "#/definitions/Secret/properties/valueFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.valueFrom.type, parentSchema: schema30.properties.valueFrom, data: data6 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/secretOptions/" + i0, schemaPath: "#/definitions/Secret/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/secretOptions", schemaPath: "#/properties/secretOptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.secretOptions.type, parentSchema: schema37.properties.secretOptions, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var schema42 = { "$comment": "members from @aws-sdk/client-ecs that aws-sdk lacks: sharingStrategy; required as @aws-sdk/client-ecs says: value (required in aws-sdk)", "title": "resource requirement", "type": "object", "properties": { "value": { "type": "string" }, "type": { "$ref": "#/definitions/ResourceType" }, "sharingStrategy": { "$ref": "#/definitions/SharingStrategy" } }, "required": ["type"], "additionalProperties": false };
var schema43 = { "type": "string", "enum": ["GPU", "InferenceAccelerator", "NeuronDevice"] };
var schema44 = { "$comment": "not in the aws-sdk model; from @aws-sdk/client-ecs", "title": "sharing strategy", "type": "object", "properties": { "nvidiaMps": { "$ref": "#/definitions/NvidiaMpsAllocation" } }, "minProperties": 1, "maxProperties": 1, "additionalProperties": false };
var schema45 = { "$comment": "not in the aws-sdk model; from @aws-sdk/client-ecs", "title": "NVIDIA MPS allocation", "type": "object", "properties": { "memory": { "type": "integer" }, "maxComputePercent": { "type": "integer" } }, "required": ["memory"], "additionalProperties": false };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 1) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "nvidiaMps")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.nvidiaMps !== void 0) {
      let data0 = data.nvidiaMps;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.memory === void 0) {
          const err3 = { instancePath: instancePath + "/nvidiaMps", schemaPath: "#/definitions/NvidiaMpsAllocation/required", keyword: "required", params: { missingProperty: "memory" }, message: "must have required property 'memory'", schema: schema45.required, parentSchema: schema45, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "memory" || key1 === "maxComputePercent")) {
            const err4 = { instancePath: instancePath + "/nvidiaMps", schemaPath: "#/definitions/NvidiaMpsAllocation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.memory !== void 0) {
          let data1 = data0.memory;
          if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
            const err5 = { instancePath: instancePath + "/nvidiaMps/memory", schemaPath: "#/definitions/NvidiaMpsAllocation/properties/memory/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.memory.type, parentSchema: schema45.properties.memory, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.maxComputePercent !== void 0) {
          let data2 = data0.maxComputePercent;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
            const err6 = { instancePath: instancePath + "/nvidiaMps/maxComputePercent", schemaPath: "#/definitions/NvidiaMpsAllocation/properties/maxComputePercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.maxComputePercent.type, parentSchema: schema45.properties.maxComputePercent, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/nvidiaMps", schemaPath: "#/definitions/NvidiaMpsAllocation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "value" || key0 === "type" || key0 === "sharingStrategy")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data0 = data.value;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.value.type, parentSchema: schema42.properties.value, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/ResourceType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === "GPU" || data1 === "InferenceAccelerator" || data1 === "NeuronDevice")) {
        const err4 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/ResourceType/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.sharingStrategy !== void 0) {
      if (!validate28(data.sharingStrategy, { instancePath: instancePath + "/sharingStrategy", parentData: data, parentDataProperty: "sharingStrategy", rootData })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
var schema46 = { "title": "firelens configuration", "type": "object", "properties": { "type": { "$ref": "#/definitions/FirelensConfigurationType" }, "options": { "type": "object", "additionalProperties": { "type": "string" } } }, "required": ["type"], "additionalProperties": false };
var schema47 = { "type": "string", "enum": ["fluentbit", "fluentd"] };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "options")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/FirelensConfigurationType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "fluentbit" || data0 === "fluentd")) {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/FirelensConfigurationType/enum", keyword: "enum", params: { allowedValues: schema47.enum }, message: "must be equal to one of the allowed values", schema: schema47.enum, parentSchema: schema47, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data1 = data.options;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          let data2 = data1[key1];
          if (typeof data2 !== "string") {
            const err4 = { instancePath: instancePath + "/options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/options/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.options.additionalProperties.type, parentSchema: schema46.properties.options.additionalProperties, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.properties.options.type, parentSchema: schema46.properties.options, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate122(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func22.call(schema14.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.name.type, parentSchema: schema14.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data1 = data.image;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.image.type, parentSchema: schema14.properties.image, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.repositoryCredentials !== void 0) {
      let data2 = data.repositoryCredentials;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.credentialsParameter === void 0) {
          const err3 = { instancePath: instancePath + "/repositoryCredentials", schemaPath: "#/definitions/RepositoryCredentials/required", keyword: "required", params: { missingProperty: "credentialsParameter" }, message: "must have required property 'credentialsParameter'", schema: schema15.required, parentSchema: schema15, data: data2 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "credentialsParameter")) {
            const err4 = { instancePath: instancePath + "/repositoryCredentials", schemaPath: "#/definitions/RepositoryCredentials/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data2.credentialsParameter !== void 0) {
          let data3 = data2.credentialsParameter;
          if (typeof data3 !== "string") {
            const err5 = { instancePath: instancePath + "/repositoryCredentials/credentialsParameter", schemaPath: "#/definitions/RepositoryCredentials/properties/credentialsParameter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.credentialsParameter.type, parentSchema: schema15.properties.credentialsParameter, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/repositoryCredentials", schemaPath: "#/definitions/RepositoryCredentials/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.cpu !== void 0) {
      let data4 = data.cpu;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err7 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.cpu.type, parentSchema: schema14.properties.cpu, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.memory !== void 0) {
      let data5 = data.memory;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err8 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.memory.type, parentSchema: schema14.properties.memory, data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.memoryReservation !== void 0) {
      let data6 = data.memoryReservation;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err9 = { instancePath: instancePath + "/memoryReservation", schemaPath: "#/properties/memoryReservation/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.memoryReservation.type, parentSchema: schema14.properties.memoryReservation, data: data6 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.links !== void 0) {
      let data7 = data.links;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 !== "string") {
            const err10 = { instancePath: instancePath + "/links/" + i0, schemaPath: "#/properties/links/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.links.items.type, parentSchema: schema14.properties.links.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/links", schemaPath: "#/properties/links/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.links.type, parentSchema: schema14.properties.links, data: data7 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.portMappings !== void 0) {
      let data9 = data.portMappings;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate13(data9[i1], { instancePath: instancePath + "/portMappings/" + i1, parentData: data9, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/portMappings", schemaPath: "#/properties/portMappings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.portMappings.type, parentSchema: schema14.properties.portMappings, data: data9 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.essential !== void 0) {
      let data11 = data.essential;
      if (typeof data11 !== "boolean") {
        const err13 = { instancePath: instancePath + "/essential", schemaPath: "#/properties/essential/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.essential.type, parentSchema: schema14.properties.essential, data: data11 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.restartPolicy !== void 0) {
      let data12 = data.restartPolicy;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.enabled === void 0) {
          const err14 = { instancePath: instancePath + "/restartPolicy", schemaPath: "#/definitions/ContainerRestartPolicy/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'", schema: schema19.required, parentSchema: schema19, data: data12 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key2 in data12) {
          if (!(key2 === "enabled" || key2 === "ignoredExitCodes" || key2 === "restartAttemptPeriod")) {
            const err15 = { instancePath: instancePath + "/restartPolicy", schemaPath: "#/definitions/ContainerRestartPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data: data12 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data12.enabled !== void 0) {
          let data13 = data12.enabled;
          if (typeof data13 !== "boolean") {
            const err16 = { instancePath: instancePath + "/restartPolicy/enabled", schemaPath: "#/definitions/ContainerRestartPolicy/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.enabled.type, parentSchema: schema19.properties.enabled, data: data13 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data12.ignoredExitCodes !== void 0) {
          let data14 = data12.ignoredExitCodes;
          if (Array.isArray(data14)) {
            const len2 = data14.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data15 = data14[i2];
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                const err17 = { instancePath: instancePath + "/restartPolicy/ignoredExitCodes/" + i2, schemaPath: "#/definitions/ContainerRestartPolicy/properties/ignoredExitCodes/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.ignoredExitCodes.items.type, parentSchema: schema19.properties.ignoredExitCodes.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/restartPolicy/ignoredExitCodes", schemaPath: "#/definitions/ContainerRestartPolicy/properties/ignoredExitCodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.ignoredExitCodes.type, parentSchema: schema19.properties.ignoredExitCodes, data: data14 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data12.restartAttemptPeriod !== void 0) {
          let data16 = data12.restartAttemptPeriod;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err19 = { instancePath: instancePath + "/restartPolicy/restartAttemptPeriod", schemaPath: "#/definitions/ContainerRestartPolicy/properties/restartAttemptPeriod/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.restartAttemptPeriod.type, parentSchema: schema19.properties.restartAttemptPeriod, data: data16 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/restartPolicy", schemaPath: "#/definitions/ContainerRestartPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data: data12 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.entryPoint !== void 0) {
      let data17 = data.entryPoint;
      if (Array.isArray(data17)) {
        const len3 = data17.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data18 = data17[i3];
          if (typeof data18 !== "string") {
            const err21 = { instancePath: instancePath + "/entryPoint/" + i3, schemaPath: "#/properties/entryPoint/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.entryPoint.items.type, parentSchema: schema14.properties.entryPoint.items, data: data18 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/entryPoint", schemaPath: "#/properties/entryPoint/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.entryPoint.type, parentSchema: schema14.properties.entryPoint, data: data17 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data19 = data.command;
      if (Array.isArray(data19)) {
        const len4 = data19.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data20 = data19[i4];
          if (typeof data20 !== "string") {
            const err23 = { instancePath: instancePath + "/command/" + i4, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.command.items.type, parentSchema: schema14.properties.command.items, data: data20 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.command.type, parentSchema: schema14.properties.command, data: data19 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data21 = data.environment;
      if (Array.isArray(data21)) {
        const len5 = data21.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data22 = data21[i5];
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (const key3 in data22) {
              if (!(key3 === "name" || key3 === "value")) {
                const err25 = { instancePath: instancePath + "/environment/" + i5, schemaPath: "#/definitions/KeyValuePair/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data: data22 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data22.name !== void 0) {
              let data23 = data22.name;
              if (typeof data23 !== "string") {
                const err26 = { instancePath: instancePath + "/environment/" + i5 + "/name", schemaPath: "#/definitions/KeyValuePair/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.name.type, parentSchema: schema20.properties.name, data: data23 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data22.value !== void 0) {
              let data24 = data22.value;
              if (typeof data24 !== "string") {
                const err27 = { instancePath: instancePath + "/environment/" + i5 + "/value", schemaPath: "#/definitions/KeyValuePair/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.value.type, parentSchema: schema20.properties.value, data: data24 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/environment/" + i5, schemaPath: "#/definitions/KeyValuePair/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data: data22 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.environment.type, parentSchema: schema14.properties.environment, data: data21 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.environmentFiles !== void 0) {
      let data25 = data.environmentFiles;
      if (Array.isArray(data25)) {
        const len6 = data25.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate15(data25[i6], { instancePath: instancePath + "/environmentFiles/" + i6, parentData: data25, parentDataProperty: i6, rootData })) {
            vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/environmentFiles", schemaPath: "#/properties/environmentFiles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.environmentFiles.type, parentSchema: schema14.properties.environmentFiles, data: data25 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.mountPoints !== void 0) {
      let data27 = data.mountPoints;
      if (Array.isArray(data27)) {
        const len7 = data27.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data28 = data27[i7];
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            for (const key4 in data28) {
              if (!(key4 === "sourceVolume" || key4 === "containerPath" || key4 === "readOnly")) {
                const err31 = { instancePath: instancePath + "/mountPoints/" + i7, schemaPath: "#/definitions/MountPoint/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data: data28 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data28.sourceVolume !== void 0) {
              let data29 = data28.sourceVolume;
              if (typeof data29 !== "string") {
                const err32 = { instancePath: instancePath + "/mountPoints/" + i7 + "/sourceVolume", schemaPath: "#/definitions/MountPoint/properties/sourceVolume/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.sourceVolume.type, parentSchema: schema23.properties.sourceVolume, data: data29 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data28.containerPath !== void 0) {
              let data30 = data28.containerPath;
              if (typeof data30 !== "string") {
                const err33 = { instancePath: instancePath + "/mountPoints/" + i7 + "/containerPath", schemaPath: "#/definitions/MountPoint/properties/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.containerPath.type, parentSchema: schema23.properties.containerPath, data: data30 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data28.readOnly !== void 0) {
              let data31 = data28.readOnly;
              if (typeof data31 !== "boolean") {
                const err34 = { instancePath: instancePath + "/mountPoints/" + i7 + "/readOnly", schemaPath: "#/definitions/MountPoint/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.readOnly.type, parentSchema: schema23.properties.readOnly, data: data31 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/mountPoints/" + i7, schemaPath: "#/definitions/MountPoint/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data: data28 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/mountPoints", schemaPath: "#/properties/mountPoints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.mountPoints.type, parentSchema: schema14.properties.mountPoints, data: data27 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.volumesFrom !== void 0) {
      let data32 = data.volumesFrom;
      if (Array.isArray(data32)) {
        const len8 = data32.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data33 = data32[i8];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            for (const key5 in data33) {
              if (!(key5 === "sourceContainer" || key5 === "readOnly")) {
                const err37 = { instancePath: instancePath + "/volumesFrom/" + i8, schemaPath: "#/definitions/VolumeFrom/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data: data33 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data33.sourceContainer !== void 0) {
              let data34 = data33.sourceContainer;
              if (typeof data34 !== "string") {
                const err38 = { instancePath: instancePath + "/volumesFrom/" + i8 + "/sourceContainer", schemaPath: "#/definitions/VolumeFrom/properties/sourceContainer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.sourceContainer.type, parentSchema: schema24.properties.sourceContainer, data: data34 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data33.readOnly !== void 0) {
              let data35 = data33.readOnly;
              if (typeof data35 !== "boolean") {
                const err39 = { instancePath: instancePath + "/volumesFrom/" + i8 + "/readOnly", schemaPath: "#/definitions/VolumeFrom/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema24.properties.readOnly.type, parentSchema: schema24.properties.readOnly, data: data35 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/volumesFrom/" + i8, schemaPath: "#/definitions/VolumeFrom/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data33 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/volumesFrom", schemaPath: "#/properties/volumesFrom/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.volumesFrom.type, parentSchema: schema14.properties.volumesFrom, data: data32 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.linuxParameters !== void 0) {
      if (!validate17(data.linuxParameters, { instancePath: instancePath + "/linuxParameters", parentData: data, parentDataProperty: "linuxParameters", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data.secrets !== void 0) {
      let data37 = data.secrets;
      if (Array.isArray(data37)) {
        const len9 = data37.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data38 = data37[i9];
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            if (data38.name === void 0) {
              const err42 = { instancePath: instancePath + "/secrets/" + i9, schemaPath: "#/definitions/Secret/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema30.required, parentSchema: schema30, data: data38 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data38.valueFrom === void 0) {
              const err43 = { instancePath: instancePath + "/secrets/" + i9, schemaPath: "#/definitions/Secret/required", keyword: "required", params: { missingProperty: "valueFrom" }, message: "must have required property 'valueFrom'", schema: schema30.required, parentSchema: schema30, data: data38 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            for (const key6 in data38) {
              if (!(key6 === "name" || key6 === "valueFrom")) {
                const err44 = { instancePath: instancePath + "/secrets/" + i9, schemaPath: "#/definitions/Secret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data: data38 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data38.name !== void 0) {
              let data39 = data38.name;
              if (typeof data39 !== "string") {
                const err45 = { instancePath: instancePath + "/secrets/" + i9 + "/name", schemaPath: "#/definitions/Secret/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.name.type, parentSchema: schema30.properties.name, data: data39 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data38.valueFrom !== void 0) {
              let data40 = data38.valueFrom;
              if (typeof data40 !== "string") {
                const err46 = { instancePath: instancePath + "/secrets/" + i9 + "/valueFrom", schemaPath: "#/definitions/Secret/properties/valueFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.valueFrom.type, parentSchema: schema30.properties.valueFrom, data: data40 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/secrets/" + i9, schemaPath: "#/definitions/Secret/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data: data38 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.secrets.type, parentSchema: schema14.properties.secrets, data: data37 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.dependsOn !== void 0) {
      let data41 = data.dependsOn;
      if (Array.isArray(data41)) {
        const len10 = data41.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (!validate21(data41[i10], { instancePath: instancePath + "/dependsOn/" + i10, parentData: data41, parentDataProperty: i10, rootData })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/dependsOn", schemaPath: "#/properties/dependsOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.dependsOn.type, parentSchema: schema14.properties.dependsOn, data: data41 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.startTimeout !== void 0) {
      let data43 = data.startTimeout;
      if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
        const err50 = { instancePath: instancePath + "/startTimeout", schemaPath: "#/properties/startTimeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.startTimeout.type, parentSchema: schema14.properties.startTimeout, data: data43 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.stopTimeout !== void 0) {
      let data44 = data.stopTimeout;
      if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)) && isFinite(data44))) {
        const err51 = { instancePath: instancePath + "/stopTimeout", schemaPath: "#/properties/stopTimeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.stopTimeout.type, parentSchema: schema14.properties.stopTimeout, data: data44 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.versionConsistency !== void 0) {
      let data45 = data.versionConsistency;
      if (typeof data45 !== "string") {
        const err52 = { instancePath: instancePath + "/versionConsistency", schemaPath: "#/definitions/VersionConsistency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data45 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      if (!(data45 === "disabled" || data45 === "enabled")) {
        const err53 = { instancePath: instancePath + "/versionConsistency", schemaPath: "#/definitions/VersionConsistency/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data45 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      let data46 = data.hostname;
      if (typeof data46 !== "string") {
        const err54 = { instancePath: instancePath + "/hostname", schemaPath: "#/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.hostname.type, parentSchema: schema14.properties.hostname, data: data46 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data47 = data.user;
      if (typeof data47 !== "string") {
        const err55 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.user.type, parentSchema: schema14.properties.user, data: data47 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.workingDirectory !== void 0) {
      let data48 = data.workingDirectory;
      if (typeof data48 !== "string") {
        const err56 = { instancePath: instancePath + "/workingDirectory", schemaPath: "#/properties/workingDirectory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.workingDirectory.type, parentSchema: schema14.properties.workingDirectory, data: data48 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.disableNetworking !== void 0) {
      let data49 = data.disableNetworking;
      if (typeof data49 !== "boolean") {
        const err57 = { instancePath: instancePath + "/disableNetworking", schemaPath: "#/properties/disableNetworking/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.disableNetworking.type, parentSchema: schema14.properties.disableNetworking, data: data49 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.privileged !== void 0) {
      let data50 = data.privileged;
      if (typeof data50 !== "boolean") {
        const err58 = { instancePath: instancePath + "/privileged", schemaPath: "#/properties/privileged/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.privileged.type, parentSchema: schema14.properties.privileged, data: data50 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.readonlyRootFilesystem !== void 0) {
      let data51 = data.readonlyRootFilesystem;
      if (typeof data51 !== "boolean") {
        const err59 = { instancePath: instancePath + "/readonlyRootFilesystem", schemaPath: "#/properties/readonlyRootFilesystem/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.readonlyRootFilesystem.type, parentSchema: schema14.properties.readonlyRootFilesystem, data: data51 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.dnsServers !== void 0) {
      let data52 = data.dnsServers;
      if (Array.isArray(data52)) {
        const len11 = data52.length;
        for (let i11 = 0; i11 < len11; i11++) {
          let data53 = data52[i11];
          if (typeof data53 !== "string") {
            const err60 = { instancePath: instancePath + "/dnsServers/" + i11, schemaPath: "#/properties/dnsServers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.dnsServers.items.type, parentSchema: schema14.properties.dnsServers.items, data: data53 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/dnsServers", schemaPath: "#/properties/dnsServers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.dnsServers.type, parentSchema: schema14.properties.dnsServers, data: data52 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.dnsSearchDomains !== void 0) {
      let data54 = data.dnsSearchDomains;
      if (Array.isArray(data54)) {
        const len12 = data54.length;
        for (let i12 = 0; i12 < len12; i12++) {
          let data55 = data54[i12];
          if (typeof data55 !== "string") {
            const err62 = { instancePath: instancePath + "/dnsSearchDomains/" + i12, schemaPath: "#/properties/dnsSearchDomains/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.dnsSearchDomains.items.type, parentSchema: schema14.properties.dnsSearchDomains.items, data: data55 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/dnsSearchDomains", schemaPath: "#/properties/dnsSearchDomains/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.dnsSearchDomains.type, parentSchema: schema14.properties.dnsSearchDomains, data: data54 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.extraHosts !== void 0) {
      let data56 = data.extraHosts;
      if (Array.isArray(data56)) {
        const len13 = data56.length;
        for (let i13 = 0; i13 < len13; i13++) {
          let data57 = data56[i13];
          if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
            if (data57.hostname === void 0) {
              const err64 = { instancePath: instancePath + "/extraHosts/" + i13, schemaPath: "#/definitions/HostEntry/required", keyword: "required", params: { missingProperty: "hostname" }, message: "must have required property 'hostname'", schema: schema34.required, parentSchema: schema34, data: data57 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data57.ipAddress === void 0) {
              const err65 = { instancePath: instancePath + "/extraHosts/" + i13, schemaPath: "#/definitions/HostEntry/required", keyword: "required", params: { missingProperty: "ipAddress" }, message: "must have required property 'ipAddress'", schema: schema34.required, parentSchema: schema34, data: data57 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            for (const key7 in data57) {
              if (!(key7 === "hostname" || key7 === "ipAddress")) {
                const err66 = { instancePath: instancePath + "/extraHosts/" + i13, schemaPath: "#/definitions/HostEntry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data57 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data57.hostname !== void 0) {
              let data58 = data57.hostname;
              if (typeof data58 !== "string") {
                const err67 = { instancePath: instancePath + "/extraHosts/" + i13 + "/hostname", schemaPath: "#/definitions/HostEntry/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.hostname.type, parentSchema: schema34.properties.hostname, data: data58 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data57.ipAddress !== void 0) {
              let data59 = data57.ipAddress;
              if (typeof data59 !== "string") {
                const err68 = { instancePath: instancePath + "/extraHosts/" + i13 + "/ipAddress", schemaPath: "#/definitions/HostEntry/properties/ipAddress/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.ipAddress.type, parentSchema: schema34.properties.ipAddress, data: data59 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
          } else {
            const err69 = { instancePath: instancePath + "/extraHosts/" + i13, schemaPath: "#/definitions/HostEntry/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data57 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
      } else {
        const err70 = { instancePath: instancePath + "/extraHosts", schemaPath: "#/properties/extraHosts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.extraHosts.type, parentSchema: schema14.properties.extraHosts, data: data56 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.dockerSecurityOptions !== void 0) {
      let data60 = data.dockerSecurityOptions;
      if (Array.isArray(data60)) {
        const len14 = data60.length;
        for (let i14 = 0; i14 < len14; i14++) {
          let data61 = data60[i14];
          if (typeof data61 !== "string") {
            const err71 = { instancePath: instancePath + "/dockerSecurityOptions/" + i14, schemaPath: "#/properties/dockerSecurityOptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.dockerSecurityOptions.items.type, parentSchema: schema14.properties.dockerSecurityOptions.items, data: data61 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/dockerSecurityOptions", schemaPath: "#/properties/dockerSecurityOptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.dockerSecurityOptions.type, parentSchema: schema14.properties.dockerSecurityOptions, data: data60 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.interactive !== void 0) {
      let data62 = data.interactive;
      if (typeof data62 !== "boolean") {
        const err73 = { instancePath: instancePath + "/interactive", schemaPath: "#/properties/interactive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.interactive.type, parentSchema: schema14.properties.interactive, data: data62 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.pseudoTerminal !== void 0) {
      let data63 = data.pseudoTerminal;
      if (typeof data63 !== "boolean") {
        const err74 = { instancePath: instancePath + "/pseudoTerminal", schemaPath: "#/properties/pseudoTerminal/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.pseudoTerminal.type, parentSchema: schema14.properties.pseudoTerminal, data: data63 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.dockerLabels !== void 0) {
      let data64 = data.dockerLabels;
      if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
        for (const key8 in data64) {
          let data65 = data64[key8];
          if (typeof data65 !== "string") {
            const err75 = { instancePath: instancePath + "/dockerLabels/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dockerLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.dockerLabels.additionalProperties.type, parentSchema: schema14.properties.dockerLabels.additionalProperties, data: data65 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/dockerLabels", schemaPath: "#/properties/dockerLabels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.dockerLabels.type, parentSchema: schema14.properties.dockerLabels, data: data64 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.ulimits !== void 0) {
      let data66 = data.ulimits;
      if (Array.isArray(data66)) {
        const len15 = data66.length;
        for (let i15 = 0; i15 < len15; i15++) {
          if (!validate23(data66[i15], { instancePath: instancePath + "/ulimits/" + i15, parentData: data66, parentDataProperty: i15, rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/ulimits", schemaPath: "#/properties/ulimits/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.ulimits.type, parentSchema: schema14.properties.ulimits, data: data66 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.logConfiguration !== void 0) {
      if (!validate25(data.logConfiguration, { instancePath: instancePath + "/logConfiguration", parentData: data, parentDataProperty: "logConfiguration", rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.healthCheck !== void 0) {
      let data69 = data.healthCheck;
      if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
        if (data69.command === void 0) {
          const err78 = { instancePath: instancePath + "/healthCheck", schemaPath: "#/definitions/HealthCheck/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema40.required, parentSchema: schema40, data: data69 };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
        for (const key9 in data69) {
          if (!(key9 === "command" || key9 === "interval" || key9 === "timeout" || key9 === "retries" || key9 === "startPeriod")) {
            const err79 = { instancePath: instancePath + "/healthCheck", schemaPath: "#/definitions/HealthCheck/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data: data69 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data69.command !== void 0) {
          let data70 = data69.command;
          if (Array.isArray(data70)) {
            const len16 = data70.length;
            for (let i16 = 0; i16 < len16; i16++) {
              let data71 = data70[i16];
              if (typeof data71 !== "string") {
                const err80 = { instancePath: instancePath + "/healthCheck/command/" + i16, schemaPath: "#/definitions/HealthCheck/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.command.items.type, parentSchema: schema40.properties.command.items, data: data71 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/healthCheck/command", schemaPath: "#/definitions/HealthCheck/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.command.type, parentSchema: schema40.properties.command, data: data70 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data69.interval !== void 0) {
          let data72 = data69.interval;
          if (!(typeof data72 == "number" && (!(data72 % 1) && !isNaN(data72)) && isFinite(data72))) {
            const err82 = { instancePath: instancePath + "/healthCheck/interval", schemaPath: "#/definitions/HealthCheck/properties/interval/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.properties.interval.type, parentSchema: schema40.properties.interval, data: data72 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data69.timeout !== void 0) {
          let data73 = data69.timeout;
          if (!(typeof data73 == "number" && (!(data73 % 1) && !isNaN(data73)) && isFinite(data73))) {
            const err83 = { instancePath: instancePath + "/healthCheck/timeout", schemaPath: "#/definitions/HealthCheck/properties/timeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.properties.timeout.type, parentSchema: schema40.properties.timeout, data: data73 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data69.retries !== void 0) {
          let data74 = data69.retries;
          if (!(typeof data74 == "number" && (!(data74 % 1) && !isNaN(data74)) && isFinite(data74))) {
            const err84 = { instancePath: instancePath + "/healthCheck/retries", schemaPath: "#/definitions/HealthCheck/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.properties.retries.type, parentSchema: schema40.properties.retries, data: data74 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data69.startPeriod !== void 0) {
          let data75 = data69.startPeriod;
          if (!(typeof data75 == "number" && (!(data75 % 1) && !isNaN(data75)) && isFinite(data75))) {
            const err85 = { instancePath: instancePath + "/healthCheck/startPeriod", schemaPath: "#/definitions/HealthCheck/properties/startPeriod/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.properties.startPeriod.type, parentSchema: schema40.properties.startPeriod, data: data75 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/healthCheck", schemaPath: "#/definitions/HealthCheck/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data: data69 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.systemControls !== void 0) {
      let data76 = data.systemControls;
      if (Array.isArray(data76)) {
        const len17 = data76.length;
        for (let i17 = 0; i17 < len17; i17++) {
          let data77 = data76[i17];
          if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
            for (const key10 in data77) {
              if (!(key10 === "namespace" || key10 === "value")) {
                const err87 = { instancePath: instancePath + "/systemControls/" + i17, schemaPath: "#/definitions/SystemControl/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data: data77 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data77.namespace !== void 0) {
              let data78 = data77.namespace;
              if (typeof data78 !== "string") {
                const err88 = { instancePath: instancePath + "/systemControls/" + i17 + "/namespace", schemaPath: "#/definitions/SystemControl/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.namespace.type, parentSchema: schema41.properties.namespace, data: data78 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data77.value !== void 0) {
              let data79 = data77.value;
              if (typeof data79 !== "string") {
                const err89 = { instancePath: instancePath + "/systemControls/" + i17 + "/value", schemaPath: "#/definitions/SystemControl/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.value.type, parentSchema: schema41.properties.value, data: data79 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
          } else {
            const err90 = { instancePath: instancePath + "/systemControls/" + i17, schemaPath: "#/definitions/SystemControl/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data: data77 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
      } else {
        const err91 = { instancePath: instancePath + "/systemControls", schemaPath: "#/properties/systemControls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.systemControls.type, parentSchema: schema14.properties.systemControls, data: data76 };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data.resourceRequirements !== void 0) {
      let data80 = data.resourceRequirements;
      if (Array.isArray(data80)) {
        const len18 = data80.length;
        for (let i18 = 0; i18 < len18; i18++) {
          if (!validate27(data80[i18], { instancePath: instancePath + "/resourceRequirements/" + i18, parentData: data80, parentDataProperty: i18, rootData })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/resourceRequirements", schemaPath: "#/properties/resourceRequirements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.resourceRequirements.type, parentSchema: schema14.properties.resourceRequirements, data: data80 };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data.firelensConfiguration !== void 0) {
      if (!validate31(data.firelensConfiguration, { instancePath: instancePath + "/firelensConfiguration", parentData: data, parentDataProperty: "firelensConfiguration", rootData })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.credentialSpecs !== void 0) {
      let data83 = data.credentialSpecs;
      if (Array.isArray(data83)) {
        const len19 = data83.length;
        for (let i19 = 0; i19 < len19; i19++) {
          let data84 = data83[i19];
          if (typeof data84 !== "string") {
            const err93 = { instancePath: instancePath + "/credentialSpecs/" + i19, schemaPath: "#/properties/credentialSpecs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.credentialSpecs.items.type, parentSchema: schema14.properties.credentialSpecs.items, data: data84 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/credentialSpecs", schemaPath: "#/properties/credentialSpecs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.credentialSpecs.type, parentSchema: schema14.properties.credentialSpecs, data: data83 };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
  } else {
    const err95 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err95];
    } else {
      vErrors.push(err95);
    }
    errors++;
  }
  validate122.errors = vErrors;
  return errors === 0;
}
var schema48 = { "$comment": "members from @aws-sdk/client-ecs that aws-sdk lacks: s3filesVolumeConfiguration", "title": "volume", "type": "object", "properties": { "name": { "type": "string" }, "host": { "$ref": "#/definitions/HostVolumeProperties" }, "dockerVolumeConfiguration": { "$ref": "#/definitions/DockerVolumeConfiguration" }, "efsVolumeConfiguration": { "$ref": "#/definitions/EFSVolumeConfiguration" }, "s3filesVolumeConfiguration": { "$ref": "#/definitions/S3FilesVolumeConfiguration" }, "fsxWindowsFileServerVolumeConfiguration": { "$ref": "#/definitions/FSxWindowsFileServerVolumeConfiguration" }, "configuredAtLaunch": { "type": "boolean" } }, "additionalProperties": false };
var schema49 = { "title": "host volume properties", "type": "object", "properties": { "sourcePath": { "type": "string" } }, "additionalProperties": false };
var schema56 = { "$comment": "not in the aws-sdk model; from @aws-sdk/client-ecs", "title": "S3 Files volume configuration", "type": "object", "properties": { "fileSystemArn": { "type": "string" }, "rootDirectory": { "type": "string" }, "transitEncryptionPort": { "type": "integer" }, "accessPointArn": { "type": "string" } }, "required": ["fileSystemArn"], "additionalProperties": false };
var schema50 = { "title": "docker volume configuration", "type": "object", "properties": { "scope": { "$ref": "#/definitions/Scope" }, "autoprovision": { "type": "boolean" }, "driver": { "type": "string" }, "driverOpts": { "type": "object", "additionalProperties": { "type": "string" } }, "labels": { "type": "object", "additionalProperties": { "type": "string" } } }, "additionalProperties": false };
var schema51 = { "type": "string", "enum": ["shared", "task"] };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "scope" || key0 === "autoprovision" || key0 === "driver" || key0 === "driverOpts" || key0 === "labels")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data0 = data.scope;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/scope", schemaPath: "#/definitions/Scope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.type, parentSchema: schema51, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "shared" || data0 === "task")) {
        const err2 = { instancePath: instancePath + "/scope", schemaPath: "#/definitions/Scope/enum", keyword: "enum", params: { allowedValues: schema51.enum }, message: "must be equal to one of the allowed values", schema: schema51.enum, parentSchema: schema51, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.autoprovision !== void 0) {
      let data1 = data.autoprovision;
      if (typeof data1 !== "boolean") {
        const err3 = { instancePath: instancePath + "/autoprovision", schemaPath: "#/properties/autoprovision/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.autoprovision.type, parentSchema: schema50.properties.autoprovision, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.driver !== void 0) {
      let data2 = data.driver;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.driver.type, parentSchema: schema50.properties.driver, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.driverOpts !== void 0) {
      let data3 = data.driverOpts;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (typeof data4 !== "string") {
            const err5 = { instancePath: instancePath + "/driverOpts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/driverOpts/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.driverOpts.additionalProperties.type, parentSchema: schema50.properties.driverOpts.additionalProperties, data: data4 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/driverOpts", schemaPath: "#/properties/driverOpts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.driverOpts.type, parentSchema: schema50.properties.driverOpts, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data5 = data.labels;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key2 in data5) {
          let data6 = data5[key2];
          if (typeof data6 !== "string") {
            const err7 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.labels.additionalProperties.type, parentSchema: schema50.properties.labels.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.labels.type, parentSchema: schema50.properties.labels, data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
var schema52 = { "title": "EFS volume configuration", "type": "object", "properties": { "fileSystemId": { "type": "string" }, "rootDirectory": { "type": "string" }, "transitEncryption": { "$ref": "#/definitions/EFSTransitEncryption" }, "transitEncryptionPort": { "type": "integer" }, "authorizationConfig": { "$ref": "#/definitions/EFSAuthorizationConfig" } }, "required": ["fileSystemId"], "additionalProperties": false };
var schema53 = { "type": "string", "enum": ["DISABLED", "ENABLED"] };
var schema54 = { "title": "EFS authorization config", "type": "object", "properties": { "accessPointId": { "type": "string" }, "iam": { "$ref": "#/definitions/EFSAuthorizationConfigIAM" } }, "additionalProperties": false };
var schema55 = { "type": "string", "enum": ["DISABLED", "ENABLED"] };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "accessPointId" || key0 === "iam")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.accessPointId !== void 0) {
      let data0 = data.accessPointId;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/accessPointId", schemaPath: "#/properties/accessPointId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.accessPointId.type, parentSchema: schema54.properties.accessPointId, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.iam !== void 0) {
      let data1 = data.iam;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/iam", schemaPath: "#/definitions/EFSAuthorizationConfigIAM/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.type, parentSchema: schema55, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data1 === "DISABLED" || data1 === "ENABLED")) {
        const err3 = { instancePath: instancePath + "/iam", schemaPath: "#/definitions/EFSAuthorizationConfigIAM/enum", keyword: "enum", params: { allowedValues: schema55.enum }, message: "must be equal to one of the allowed values", schema: schema55.enum, parentSchema: schema55, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.fileSystemId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fileSystemId" }, message: "must have required property 'fileSystemId'", schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fileSystemId" || key0 === "rootDirectory" || key0 === "transitEncryption" || key0 === "transitEncryptionPort" || key0 === "authorizationConfig")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.fileSystemId !== void 0) {
      let data0 = data.fileSystemId;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/fileSystemId", schemaPath: "#/properties/fileSystemId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.fileSystemId.type, parentSchema: schema52.properties.fileSystemId, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.rootDirectory !== void 0) {
      let data1 = data.rootDirectory;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/rootDirectory", schemaPath: "#/properties/rootDirectory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.rootDirectory.type, parentSchema: schema52.properties.rootDirectory, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.transitEncryption !== void 0) {
      let data2 = data.transitEncryption;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/transitEncryption", schemaPath: "#/definitions/EFSTransitEncryption/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.type, parentSchema: schema53, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data2 === "DISABLED" || data2 === "ENABLED")) {
        const err5 = { instancePath: instancePath + "/transitEncryption", schemaPath: "#/definitions/EFSTransitEncryption/enum", keyword: "enum", params: { allowedValues: schema53.enum }, message: "must be equal to one of the allowed values", schema: schema53.enum, parentSchema: schema53, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.transitEncryptionPort !== void 0) {
      let data3 = data.transitEncryptionPort;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err6 = { instancePath: instancePath + "/transitEncryptionPort", schemaPath: "#/properties/transitEncryptionPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.transitEncryptionPort.type, parentSchema: schema52.properties.transitEncryptionPort, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.authorizationConfig !== void 0) {
      if (!validate38(data.authorizationConfig, { instancePath: instancePath + "/authorizationConfig", parentData: data, parentDataProperty: "authorizationConfig", rootData })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
var schema57 = { "title": "FSx for Windows File Server volume configuration", "type": "object", "properties": { "fileSystemId": { "type": "string" }, "rootDirectory": { "type": "string" }, "authorizationConfig": { "$ref": "#/definitions/FSxWindowsFileServerAuthorizationConfig" } }, "required": ["fileSystemId", "rootDirectory", "authorizationConfig"], "additionalProperties": false };
var schema58 = { "title": "FSx for Windows File Server authorization config", "type": "object", "properties": { "credentialsParameter": { "type": "string" }, "domain": { "type": "string" } }, "required": ["credentialsParameter", "domain"], "additionalProperties": false };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.fileSystemId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fileSystemId" }, message: "must have required property 'fileSystemId'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.rootDirectory === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rootDirectory" }, message: "must have required property 'rootDirectory'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.authorizationConfig === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "authorizationConfig" }, message: "must have required property 'authorizationConfig'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fileSystemId" || key0 === "rootDirectory" || key0 === "authorizationConfig")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.fileSystemId !== void 0) {
      let data0 = data.fileSystemId;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/fileSystemId", schemaPath: "#/properties/fileSystemId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.fileSystemId.type, parentSchema: schema57.properties.fileSystemId, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.rootDirectory !== void 0) {
      let data1 = data.rootDirectory;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/rootDirectory", schemaPath: "#/properties/rootDirectory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.rootDirectory.type, parentSchema: schema57.properties.rootDirectory, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.authorizationConfig !== void 0) {
      let data2 = data.authorizationConfig;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.credentialsParameter === void 0) {
          const err6 = { instancePath: instancePath + "/authorizationConfig", schemaPath: "#/definitions/FSxWindowsFileServerAuthorizationConfig/required", keyword: "required", params: { missingProperty: "credentialsParameter" }, message: "must have required property 'credentialsParameter'", schema: schema58.required, parentSchema: schema58, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2.domain === void 0) {
          const err7 = { instancePath: instancePath + "/authorizationConfig", schemaPath: "#/definitions/FSxWindowsFileServerAuthorizationConfig/required", keyword: "required", params: { missingProperty: "domain" }, message: "must have required property 'domain'", schema: schema58.required, parentSchema: schema58, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "credentialsParameter" || key1 === "domain")) {
            const err8 = { instancePath: instancePath + "/authorizationConfig", schemaPath: "#/definitions/FSxWindowsFileServerAuthorizationConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.credentialsParameter !== void 0) {
          let data3 = data2.credentialsParameter;
          if (typeof data3 !== "string") {
            const err9 = { instancePath: instancePath + "/authorizationConfig/credentialsParameter", schemaPath: "#/definitions/FSxWindowsFileServerAuthorizationConfig/properties/credentialsParameter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.credentialsParameter.type, parentSchema: schema58.properties.credentialsParameter, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.domain !== void 0) {
          let data4 = data2.domain;
          if (typeof data4 !== "string") {
            const err10 = { instancePath: instancePath + "/authorizationConfig/domain", schemaPath: "#/definitions/FSxWindowsFileServerAuthorizationConfig/properties/domain/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.domain.type, parentSchema: schema58.properties.domain, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/authorizationConfig", schemaPath: "#/definitions/FSxWindowsFileServerAuthorizationConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "host" || key0 === "dockerVolumeConfiguration" || key0 === "efsVolumeConfiguration" || key0 === "s3filesVolumeConfiguration" || key0 === "fsxWindowsFileServerVolumeConfiguration" || key0 === "configuredAtLaunch")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.name.type, parentSchema: schema48.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.host !== void 0) {
      let data1 = data.host;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "sourcePath")) {
            const err2 = { instancePath: instancePath + "/host", schemaPath: "#/definitions/HostVolumeProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data1.sourcePath !== void 0) {
          let data2 = data1.sourcePath;
          if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/host/sourcePath", schemaPath: "#/definitions/HostVolumeProperties/properties/sourcePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.sourcePath.type, parentSchema: schema49.properties.sourcePath, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/host", schemaPath: "#/definitions/HostVolumeProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.dockerVolumeConfiguration !== void 0) {
      if (!validate35(data.dockerVolumeConfiguration, { instancePath: instancePath + "/dockerVolumeConfiguration", parentData: data, parentDataProperty: "dockerVolumeConfiguration", rootData })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.efsVolumeConfiguration !== void 0) {
      if (!validate37(data.efsVolumeConfiguration, { instancePath: instancePath + "/efsVolumeConfiguration", parentData: data, parentDataProperty: "efsVolumeConfiguration", rootData })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.s3filesVolumeConfiguration !== void 0) {
      let data5 = data.s3filesVolumeConfiguration;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.fileSystemArn === void 0) {
          const err5 = { instancePath: instancePath + "/s3filesVolumeConfiguration", schemaPath: "#/definitions/S3FilesVolumeConfiguration/required", keyword: "required", params: { missingProperty: "fileSystemArn" }, message: "must have required property 'fileSystemArn'", schema: schema56.required, parentSchema: schema56, data: data5 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "fileSystemArn" || key2 === "rootDirectory" || key2 === "transitEncryptionPort" || key2 === "accessPointArn")) {
            const err6 = { instancePath: instancePath + "/s3filesVolumeConfiguration", schemaPath: "#/definitions/S3FilesVolumeConfiguration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data: data5 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data5.fileSystemArn !== void 0) {
          let data6 = data5.fileSystemArn;
          if (typeof data6 !== "string") {
            const err7 = { instancePath: instancePath + "/s3filesVolumeConfiguration/fileSystemArn", schemaPath: "#/definitions/S3FilesVolumeConfiguration/properties/fileSystemArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.fileSystemArn.type, parentSchema: schema56.properties.fileSystemArn, data: data6 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data5.rootDirectory !== void 0) {
          let data7 = data5.rootDirectory;
          if (typeof data7 !== "string") {
            const err8 = { instancePath: instancePath + "/s3filesVolumeConfiguration/rootDirectory", schemaPath: "#/definitions/S3FilesVolumeConfiguration/properties/rootDirectory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.rootDirectory.type, parentSchema: schema56.properties.rootDirectory, data: data7 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data5.transitEncryptionPort !== void 0) {
          let data8 = data5.transitEncryptionPort;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err9 = { instancePath: instancePath + "/s3filesVolumeConfiguration/transitEncryptionPort", schemaPath: "#/definitions/S3FilesVolumeConfiguration/properties/transitEncryptionPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.properties.transitEncryptionPort.type, parentSchema: schema56.properties.transitEncryptionPort, data: data8 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data5.accessPointArn !== void 0) {
          let data9 = data5.accessPointArn;
          if (typeof data9 !== "string") {
            const err10 = { instancePath: instancePath + "/s3filesVolumeConfiguration/accessPointArn", schemaPath: "#/definitions/S3FilesVolumeConfiguration/properties/accessPointArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.accessPointArn.type, parentSchema: schema56.properties.accessPointArn, data: data9 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/s3filesVolumeConfiguration", schemaPath: "#/definitions/S3FilesVolumeConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.fsxWindowsFileServerVolumeConfiguration !== void 0) {
      if (!validate41(data.fsxWindowsFileServerVolumeConfiguration, { instancePath: instancePath + "/fsxWindowsFileServerVolumeConfiguration", parentData: data, parentDataProperty: "fsxWindowsFileServerVolumeConfiguration", rootData })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.configuredAtLaunch !== void 0) {
      let data11 = data.configuredAtLaunch;
      if (typeof data11 !== "boolean") {
        const err12 = { instancePath: instancePath + "/configuredAtLaunch", schemaPath: "#/properties/configuredAtLaunch/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema48.properties.configuredAtLaunch.type, parentSchema: schema48.properties.configuredAtLaunch, data: data11 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
var schema59 = { "title": "placement constraint", "type": "object", "properties": { "type": { "$ref": "#/definitions/TaskDefinitionPlacementConstraintType" }, "expression": { "type": "string" } }, "additionalProperties": false };
var schema60 = { "type": "string", "enum": ["memberOf"] };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "expression")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/TaskDefinitionPlacementConstraintType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.type, parentSchema: schema60, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "memberOf")) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/TaskDefinitionPlacementConstraintType/enum", keyword: "enum", params: { allowedValues: schema60.enum }, message: "must be equal to one of the allowed values", schema: schema60.enum, parentSchema: schema60, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.expression !== void 0) {
      let data1 = data.expression;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/expression", schemaPath: "#/properties/expression/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.expression.type, parentSchema: schema59.properties.expression, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
var schema65 = { "title": "proxy configuration", "type": "object", "properties": { "type": { "$ref": "#/definitions/ProxyConfigurationType" }, "containerName": { "type": "string" }, "properties": { "type": "array", "items": { "$ref": "#/definitions/KeyValuePair" } } }, "required": ["containerName"], "additionalProperties": false };
var schema66 = { "type": "string", "enum": ["APPMESH"] };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.containerName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "containerName" }, message: "must have required property 'containerName'", schema: schema65.required, parentSchema: schema65, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "containerName" || key0 === "properties")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema65, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/ProxyConfigurationType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.type, parentSchema: schema66, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "APPMESH")) {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/ProxyConfigurationType/enum", keyword: "enum", params: { allowedValues: schema66.enum }, message: "must be equal to one of the allowed values", schema: schema66.enum, parentSchema: schema66, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.containerName !== void 0) {
      let data1 = data.containerName;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/containerName", schemaPath: "#/properties/containerName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.properties.containerName.type, parentSchema: schema65.properties.containerName, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.properties !== void 0) {
      let data2 = data.properties;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key1 in data3) {
              if (!(key1 === "name" || key1 === "value")) {
                const err5 = { instancePath: instancePath + "/properties/" + i0, schemaPath: "#/definitions/KeyValuePair/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data: data3 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data3.name !== void 0) {
              let data4 = data3.name;
              if (typeof data4 !== "string") {
                const err6 = { instancePath: instancePath + "/properties/" + i0 + "/name", schemaPath: "#/definitions/KeyValuePair/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.name.type, parentSchema: schema20.properties.name, data: data4 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data3.value !== void 0) {
              let data5 = data3.value;
              if (typeof data5 !== "string") {
                const err7 = { instancePath: instancePath + "/properties/" + i0 + "/value", schemaPath: "#/definitions/KeyValuePair/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.value.type, parentSchema: schema20.properties.value, data: data5 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/properties/" + i0, schemaPath: "#/definitions/KeyValuePair/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema65.properties.properties.type, parentSchema: schema65.properties.properties, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema65.type, parentSchema: schema65, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
var schema70 = { "title": "runtime platform", "type": "object", "properties": { "cpuArchitecture": { "$ref": "#/definitions/CPUArchitecture" }, "operatingSystemFamily": { "$ref": "#/definitions/OSFamily" } }, "additionalProperties": false };
var schema71 = { "type": "string", "enum": ["ARM64", "X86_64"] };
var schema72 = { "type": "string", "enum": ["LINUX", "WINDOWS_SERVER_2004_CORE", "WINDOWS_SERVER_2016_FULL", "WINDOWS_SERVER_2019_CORE", "WINDOWS_SERVER_2019_FULL", "WINDOWS_SERVER_2022_CORE", "WINDOWS_SERVER_2022_FULL", "WINDOWS_SERVER_2025_CORE", "WINDOWS_SERVER_2025_FULL", "WINDOWS_SERVER_20H2_CORE"] };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "cpuArchitecture" || key0 === "operatingSystemFamily")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema70, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.cpuArchitecture !== void 0) {
      let data0 = data.cpuArchitecture;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/cpuArchitecture", schemaPath: "#/definitions/CPUArchitecture/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.type, parentSchema: schema71, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "ARM64" || data0 === "X86_64")) {
        const err2 = { instancePath: instancePath + "/cpuArchitecture", schemaPath: "#/definitions/CPUArchitecture/enum", keyword: "enum", params: { allowedValues: schema71.enum }, message: "must be equal to one of the allowed values", schema: schema71.enum, parentSchema: schema71, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.operatingSystemFamily !== void 0) {
      let data1 = data.operatingSystemFamily;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/operatingSystemFamily", schemaPath: "#/definitions/OSFamily/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.type, parentSchema: schema72, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === "LINUX" || data1 === "WINDOWS_SERVER_2004_CORE" || data1 === "WINDOWS_SERVER_2016_FULL" || data1 === "WINDOWS_SERVER_2019_CORE" || data1 === "WINDOWS_SERVER_2019_FULL" || data1 === "WINDOWS_SERVER_2022_CORE" || data1 === "WINDOWS_SERVER_2022_FULL" || data1 === "WINDOWS_SERVER_2025_CORE" || data1 === "WINDOWS_SERVER_2025_FULL" || data1 === "WINDOWS_SERVER_20H2_CORE")) {
        const err4 = { instancePath: instancePath + "/operatingSystemFamily", schemaPath: "#/definitions/OSFamily/enum", keyword: "enum", params: { allowedValues: schema72.enum }, message: "must be equal to one of the allowed values", schema: schema72.enum, parentSchema: schema72, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema70.type, parentSchema: schema70, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.family === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "family" }, message: "must have required property 'family'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.containerDefinitions === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "containerDefinitions" }, message: "must have required property 'containerDefinitions'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func22.call(schema12.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.family !== void 0) {
      let data0 = data.family;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/family", schemaPath: "#/properties/family/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.family.type, parentSchema: schema12.properties.family, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.taskRoleArn !== void 0) {
      let data1 = data.taskRoleArn;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/taskRoleArn", schemaPath: "#/properties/taskRoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.taskRoleArn.type, parentSchema: schema12.properties.taskRoleArn, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.executionRoleArn !== void 0) {
      let data2 = data.executionRoleArn;
      if (typeof data2 !== "string") {
        const err5 = { instancePath: instancePath + "/executionRoleArn", schemaPath: "#/properties/executionRoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.executionRoleArn.type, parentSchema: schema12.properties.executionRoleArn, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.networkMode !== void 0) {
      let data3 = data.networkMode;
      if (typeof data3 !== "string") {
        const err6 = { instancePath: instancePath + "/networkMode", schemaPath: "#/definitions/NetworkMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data3 === "awsvpc" || data3 === "bridge" || data3 === "host" || data3 === "none")) {
        const err7 = { instancePath: instancePath + "/networkMode", schemaPath: "#/definitions/NetworkMode/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.containerDefinitions !== void 0) {
      let data4 = data.containerDefinitions;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate122(data4[i0], { instancePath: instancePath + "/containerDefinitions/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/containerDefinitions", schemaPath: "#/properties/containerDefinitions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.containerDefinitions.type, parentSchema: schema12.properties.containerDefinitions, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.volumes !== void 0) {
      let data6 = data.volumes;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate34(data6[i1], { instancePath: instancePath + "/volumes/" + i1, parentData: data6, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.volumes.type, parentSchema: schema12.properties.volumes, data: data6 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.placementConstraints !== void 0) {
      let data8 = data.placementConstraints;
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate44(data8[i2], { instancePath: instancePath + "/placementConstraints/" + i2, parentData: data8, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/placementConstraints", schemaPath: "#/properties/placementConstraints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.placementConstraints.type, parentSchema: schema12.properties.placementConstraints, data: data8 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.requiresCompatibilities !== void 0) {
      let data10 = data.requiresCompatibilities;
      if (Array.isArray(data10)) {
        const len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data11 = data10[i3];
          if (typeof data11 !== "string") {
            const err11 = { instancePath: instancePath + "/requiresCompatibilities/" + i3, schemaPath: "#/definitions/Compatibility/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.type, parentSchema: schema61, data: data11 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (!(data11 === "EC2" || data11 === "EXTERNAL" || data11 === "FARGATE" || data11 === "MANAGED_INSTANCES")) {
            const err12 = { instancePath: instancePath + "/requiresCompatibilities/" + i3, schemaPath: "#/definitions/Compatibility/enum", keyword: "enum", params: { allowedValues: schema61.enum }, message: "must be equal to one of the allowed values", schema: schema61.enum, parentSchema: schema61, data: data11 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/requiresCompatibilities", schemaPath: "#/properties/requiresCompatibilities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.requiresCompatibilities.type, parentSchema: schema12.properties.requiresCompatibilities, data: data10 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.cpu !== void 0) {
      let data12 = data.cpu;
      if (typeof data12 !== "string") {
        const err14 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.cpu.type, parentSchema: schema12.properties.cpu, data: data12 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.memory !== void 0) {
      let data13 = data.memory;
      if (typeof data13 !== "string") {
        const err15 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.memory.type, parentSchema: schema12.properties.memory, data: data13 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data14 = data.tags;
      if (Array.isArray(data14)) {
        if (data14.length > 50) {
          const err16 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema12.properties.tags, data: data14 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        const len4 = data14.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data15 = data14[i4];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key1 in data15) {
              if (!(key1 === "key" || key1 === "value")) {
                const err17 = { instancePath: instancePath + "/tags/" + i4, schemaPath: "#/definitions/Tag/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data: data15 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data15.key !== void 0) {
              let data16 = data15.key;
              if (typeof data16 === "string") {
                if (func4(data16) > 128) {
                  const err18 = { instancePath: instancePath + "/tags/" + i4 + "/key", schemaPath: "#/definitions/Tag/properties/key/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema62.properties.key, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                if (func4(data16) < 1) {
                  const err19 = { instancePath: instancePath + "/tags/" + i4 + "/key", schemaPath: "#/definitions/Tag/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema62.properties.key, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/tags/" + i4 + "/key", schemaPath: "#/definitions/Tag/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.key.type, parentSchema: schema62.properties.key, data: data16 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data15.value !== void 0) {
              let data17 = data15.value;
              if (typeof data17 === "string") {
                if (func4(data17) > 256) {
                  const err21 = { instancePath: instancePath + "/tags/" + i4 + "/value", schemaPath: "#/definitions/Tag/properties/value/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema62.properties.value, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/tags/" + i4 + "/value", schemaPath: "#/definitions/Tag/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.value.type, parentSchema: schema62.properties.value, data: data17 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/tags/" + i4, schemaPath: "#/definitions/Tag/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data: data15 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.tags.type, parentSchema: schema12.properties.tags, data: data14 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.pidMode !== void 0) {
      let data18 = data.pidMode;
      if (typeof data18 !== "string") {
        const err25 = { instancePath: instancePath + "/pidMode", schemaPath: "#/definitions/PidMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.type, parentSchema: schema63, data: data18 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (!(data18 === "host" || data18 === "task")) {
        const err26 = { instancePath: instancePath + "/pidMode", schemaPath: "#/definitions/PidMode/enum", keyword: "enum", params: { allowedValues: schema63.enum }, message: "must be equal to one of the allowed values", schema: schema63.enum, parentSchema: schema63, data: data18 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.ipcMode !== void 0) {
      let data19 = data.ipcMode;
      if (typeof data19 !== "string") {
        const err27 = { instancePath: instancePath + "/ipcMode", schemaPath: "#/definitions/IpcMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.type, parentSchema: schema64, data: data19 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (!(data19 === "host" || data19 === "none" || data19 === "task")) {
        const err28 = { instancePath: instancePath + "/ipcMode", schemaPath: "#/definitions/IpcMode/enum", keyword: "enum", params: { allowedValues: schema64.enum }, message: "must be equal to one of the allowed values", schema: schema64.enum, parentSchema: schema64, data: data19 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.proxyConfiguration !== void 0) {
      if (!validate46(data.proxyConfiguration, { instancePath: instancePath + "/proxyConfiguration", parentData: data, parentDataProperty: "proxyConfiguration", rootData })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
    if (data.inferenceAccelerators !== void 0) {
      let data21 = data.inferenceAccelerators;
      if (Array.isArray(data21)) {
        const len5 = data21.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data22 = data21[i5];
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.deviceName === void 0) {
              const err29 = { instancePath: instancePath + "/inferenceAccelerators/" + i5, schemaPath: "#/definitions/InferenceAccelerator/required", keyword: "required", params: { missingProperty: "deviceName" }, message: "must have required property 'deviceName'", schema: schema68.required, parentSchema: schema68, data: data22 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data22.deviceType === void 0) {
              const err30 = { instancePath: instancePath + "/inferenceAccelerators/" + i5, schemaPath: "#/definitions/InferenceAccelerator/required", keyword: "required", params: { missingProperty: "deviceType" }, message: "must have required property 'deviceType'", schema: schema68.required, parentSchema: schema68, data: data22 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            for (const key2 in data22) {
              if (!(key2 === "deviceName" || key2 === "deviceType")) {
                const err31 = { instancePath: instancePath + "/inferenceAccelerators/" + i5, schemaPath: "#/definitions/InferenceAccelerator/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema68, data: data22 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data22.deviceName !== void 0) {
              let data23 = data22.deviceName;
              if (typeof data23 !== "string") {
                const err32 = { instancePath: instancePath + "/inferenceAccelerators/" + i5 + "/deviceName", schemaPath: "#/definitions/InferenceAccelerator/properties/deviceName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.deviceName.type, parentSchema: schema68.properties.deviceName, data: data23 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data22.deviceType !== void 0) {
              let data24 = data22.deviceType;
              if (typeof data24 !== "string") {
                const err33 = { instancePath: instancePath + "/inferenceAccelerators/" + i5 + "/deviceType", schemaPath: "#/definitions/InferenceAccelerator/properties/deviceType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.deviceType.type, parentSchema: schema68.properties.deviceType, data: data24 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/inferenceAccelerators/" + i5, schemaPath: "#/definitions/InferenceAccelerator/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema68.type, parentSchema: schema68, data: data22 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/inferenceAccelerators", schemaPath: "#/properties/inferenceAccelerators/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.inferenceAccelerators.type, parentSchema: schema12.properties.inferenceAccelerators, data: data21 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.ephemeralStorage !== void 0) {
      let data25 = data.ephemeralStorage;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.sizeInGiB === void 0) {
          const err36 = { instancePath: instancePath + "/ephemeralStorage", schemaPath: "#/definitions/EphemeralStorage/required", keyword: "required", params: { missingProperty: "sizeInGiB" }, message: "must have required property 'sizeInGiB'", schema: schema69.required, parentSchema: schema69, data: data25 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        for (const key3 in data25) {
          if (!(key3 === "sizeInGiB")) {
            const err37 = { instancePath: instancePath + "/ephemeralStorage", schemaPath: "#/definitions/EphemeralStorage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema69, data: data25 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data25.sizeInGiB !== void 0) {
          let data26 = data25.sizeInGiB;
          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
            const err38 = { instancePath: instancePath + "/ephemeralStorage/sizeInGiB", schemaPath: "#/definitions/EphemeralStorage/properties/sizeInGiB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema69.properties.sizeInGiB.type, parentSchema: schema69.properties.sizeInGiB, data: data26 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/ephemeralStorage", schemaPath: "#/definitions/EphemeralStorage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema69.type, parentSchema: schema69, data: data25 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.runtimePlatform !== void 0) {
      if (!validate48(data.runtimePlatform, { instancePath: instancePath + "/runtimePlatform", parentData: data, parentDataProperty: "runtimePlatform", rootData })) {
        vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
        errors = vErrors.length;
      }
    }
    if (data.enableFaultInjection !== void 0) {
      let data28 = data.enableFaultInjection;
      if (typeof data28 !== "boolean") {
        const err40 = { instancePath: instancePath + "/enableFaultInjection", schemaPath: "#/properties/enableFaultInjection/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.enableFaultInjection.type, parentSchema: schema12.properties.enableFaultInjection, data: data28 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate112.errors = vErrors;
  return errors === 0;
}
var describeOutput = validate50;
var schema73 = { "title": "describe-task-definition output", "type": "object", "properties": { "taskDefinition": { "$ref": "#/definitions/TaskDefinition" }, "tags": { "type": "array", "items": { "$ref": "#/definitions/Tag" }, "maxItems": 50 } }, "additionalProperties": false };
var schema74 = { "$comment": "members from @aws-sdk/client-ecs that aws-sdk lacks: deleteRequestedAt, enableFaultInjection", "title": "task definition", "type": "object", "properties": { "taskDefinitionArn": { "type": "string" }, "containerDefinitions": { "type": "array", "items": { "$ref": "#/definitions/ContainerDefinition" } }, "family": { "type": "string" }, "taskRoleArn": { "type": "string" }, "executionRoleArn": { "type": "string" }, "networkMode": { "$ref": "#/definitions/NetworkMode" }, "revision": { "type": "integer" }, "volumes": { "type": "array", "items": { "$ref": "#/definitions/Volume" } }, "status": { "$ref": "#/definitions/TaskDefinitionStatus" }, "requiresAttributes": { "type": "array", "items": { "$ref": "#/definitions/Attribute" } }, "placementConstraints": { "type": "array", "items": { "$ref": "#/definitions/TaskDefinitionPlacementConstraint" } }, "compatibilities": { "type": "array", "items": { "$ref": "#/definitions/Compatibility" } }, "runtimePlatform": { "$ref": "#/definitions/RuntimePlatform" }, "requiresCompatibilities": { "type": "array", "items": { "$ref": "#/definitions/Compatibility" } }, "cpu": { "type": "string" }, "memory": { "type": "string" }, "inferenceAccelerators": { "type": "array", "items": { "$ref": "#/definitions/InferenceAccelerator" } }, "pidMode": { "$ref": "#/definitions/PidMode" }, "ipcMode": { "$ref": "#/definitions/IpcMode" }, "proxyConfiguration": { "$ref": "#/definitions/ProxyConfiguration" }, "registeredAt": { "type": ["string", "number"] }, "deregisteredAt": { "type": ["string", "number"] }, "deleteRequestedAt": { "type": ["string", "number"] }, "registeredBy": { "type": "string" }, "ephemeralStorage": { "$ref": "#/definitions/EphemeralStorage" }, "enableFaultInjection": { "type": "boolean" } }, "additionalProperties": false };
var schema76 = { "type": "string", "enum": ["ACTIVE", "DELETE_IN_PROGRESS", "INACTIVE"] };
var schema77 = { "title": "attribute", "type": "object", "properties": { "name": { "type": "string" }, "value": { "type": "string" }, "targetType": { "$ref": "#/definitions/TargetType" }, "targetId": { "type": "string" } }, "required": ["name"], "additionalProperties": false };
var schema78 = { "type": "string", "enum": ["container-instance"] };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema77.required, parentSchema: schema77, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "value" || key0 === "targetType" || key0 === "targetId")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema77, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema77.properties.name.type, parentSchema: schema77.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data1 = data.value;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema77.properties.value.type, parentSchema: schema77.properties.value, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.targetType !== void 0) {
      let data2 = data.targetType;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/targetType", schemaPath: "#/definitions/TargetType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema78.type, parentSchema: schema78, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data2 === "container-instance")) {
        const err5 = { instancePath: instancePath + "/targetType", schemaPath: "#/definitions/TargetType/enum", keyword: "enum", params: { allowedValues: schema78.enum }, message: "must be equal to one of the allowed values", schema: schema78.enum, parentSchema: schema78, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.targetId !== void 0) {
      let data3 = data.targetId;
      if (typeof data3 !== "string") {
        const err6 = { instancePath: instancePath + "/targetId", schemaPath: "#/properties/targetId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema77.properties.targetId.type, parentSchema: schema77.properties.targetId, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema77.type, parentSchema: schema77, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func22.call(schema74.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema74, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.taskDefinitionArn !== void 0) {
      let data0 = data.taskDefinitionArn;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/taskDefinitionArn", schemaPath: "#/properties/taskDefinitionArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.taskDefinitionArn.type, parentSchema: schema74.properties.taskDefinitionArn, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.containerDefinitions !== void 0) {
      let data1 = data.containerDefinitions;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate122(data1[i0], { instancePath: instancePath + "/containerDefinitions/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/containerDefinitions", schemaPath: "#/properties/containerDefinitions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.containerDefinitions.type, parentSchema: schema74.properties.containerDefinitions, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.family !== void 0) {
      let data3 = data.family;
      if (typeof data3 !== "string") {
        const err3 = { instancePath: instancePath + "/family", schemaPath: "#/properties/family/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.family.type, parentSchema: schema74.properties.family, data: data3 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.taskRoleArn !== void 0) {
      let data4 = data.taskRoleArn;
      if (typeof data4 !== "string") {
        const err4 = { instancePath: instancePath + "/taskRoleArn", schemaPath: "#/properties/taskRoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.taskRoleArn.type, parentSchema: schema74.properties.taskRoleArn, data: data4 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.executionRoleArn !== void 0) {
      let data5 = data.executionRoleArn;
      if (typeof data5 !== "string") {
        const err5 = { instancePath: instancePath + "/executionRoleArn", schemaPath: "#/properties/executionRoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.executionRoleArn.type, parentSchema: schema74.properties.executionRoleArn, data: data5 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.networkMode !== void 0) {
      let data6 = data.networkMode;
      if (typeof data6 !== "string") {
        const err6 = { instancePath: instancePath + "/networkMode", schemaPath: "#/definitions/NetworkMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data6 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data6 === "awsvpc" || data6 === "bridge" || data6 === "host" || data6 === "none")) {
        const err7 = { instancePath: instancePath + "/networkMode", schemaPath: "#/definitions/NetworkMode/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data: data6 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.revision !== void 0) {
      let data7 = data.revision;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err8 = { instancePath: instancePath + "/revision", schemaPath: "#/properties/revision/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema74.properties.revision.type, parentSchema: schema74.properties.revision, data: data7 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.volumes !== void 0) {
      let data8 = data.volumes;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate34(data8[i1], { instancePath: instancePath + "/volumes/" + i1, parentData: data8, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.volumes.type, parentSchema: schema74.properties.volumes, data: data8 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data10 = data.status;
      if (typeof data10 !== "string") {
        const err10 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/TaskDefinitionStatus/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.type, parentSchema: schema76, data: data10 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data10 === "ACTIVE" || data10 === "DELETE_IN_PROGRESS" || data10 === "INACTIVE")) {
        const err11 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/TaskDefinitionStatus/enum", keyword: "enum", params: { allowedValues: schema76.enum }, message: "must be equal to one of the allowed values", schema: schema76.enum, parentSchema: schema76, data: data10 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.requiresAttributes !== void 0) {
      let data11 = data.requiresAttributes;
      if (Array.isArray(data11)) {
        const len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate54(data11[i2], { instancePath: instancePath + "/requiresAttributes/" + i2, parentData: data11, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/requiresAttributes", schemaPath: "#/properties/requiresAttributes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.requiresAttributes.type, parentSchema: schema74.properties.requiresAttributes, data: data11 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.placementConstraints !== void 0) {
      let data13 = data.placementConstraints;
      if (Array.isArray(data13)) {
        const len3 = data13.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate44(data13[i3], { instancePath: instancePath + "/placementConstraints/" + i3, parentData: data13, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/placementConstraints", schemaPath: "#/properties/placementConstraints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.placementConstraints.type, parentSchema: schema74.properties.placementConstraints, data: data13 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.compatibilities !== void 0) {
      let data15 = data.compatibilities;
      if (Array.isArray(data15)) {
        const len4 = data15.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data16 = data15[i4];
          if (typeof data16 !== "string") {
            const err14 = { instancePath: instancePath + "/compatibilities/" + i4, schemaPath: "#/definitions/Compatibility/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.type, parentSchema: schema61, data: data16 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (!(data16 === "EC2" || data16 === "EXTERNAL" || data16 === "FARGATE" || data16 === "MANAGED_INSTANCES")) {
            const err15 = { instancePath: instancePath + "/compatibilities/" + i4, schemaPath: "#/definitions/Compatibility/enum", keyword: "enum", params: { allowedValues: schema61.enum }, message: "must be equal to one of the allowed values", schema: schema61.enum, parentSchema: schema61, data: data16 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/compatibilities", schemaPath: "#/properties/compatibilities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.compatibilities.type, parentSchema: schema74.properties.compatibilities, data: data15 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.runtimePlatform !== void 0) {
      if (!validate48(data.runtimePlatform, { instancePath: instancePath + "/runtimePlatform", parentData: data, parentDataProperty: "runtimePlatform", rootData })) {
        vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
        errors = vErrors.length;
      }
    }
    if (data.requiresCompatibilities !== void 0) {
      let data18 = data.requiresCompatibilities;
      if (Array.isArray(data18)) {
        const len5 = data18.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data19 = data18[i5];
          if (typeof data19 !== "string") {
            const err17 = { instancePath: instancePath + "/requiresCompatibilities/" + i5, schemaPath: "#/definitions/Compatibility/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.type, parentSchema: schema61, data: data19 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (!(data19 === "EC2" || data19 === "EXTERNAL" || data19 === "FARGATE" || data19 === "MANAGED_INSTANCES")) {
            const err18 = { instancePath: instancePath + "/requiresCompatibilities/" + i5, schemaPath: "#/definitions/Compatibility/enum", keyword: "enum", params: { allowedValues: schema61.enum }, message: "must be equal to one of the allowed values", schema: schema61.enum, parentSchema: schema61, data: data19 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/requiresCompatibilities", schemaPath: "#/properties/requiresCompatibilities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.requiresCompatibilities.type, parentSchema: schema74.properties.requiresCompatibilities, data: data18 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.cpu !== void 0) {
      let data20 = data.cpu;
      if (typeof data20 !== "string") {
        const err20 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.cpu.type, parentSchema: schema74.properties.cpu, data: data20 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.memory !== void 0) {
      let data21 = data.memory;
      if (typeof data21 !== "string") {
        const err21 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.memory.type, parentSchema: schema74.properties.memory, data: data21 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.inferenceAccelerators !== void 0) {
      let data22 = data.inferenceAccelerators;
      if (Array.isArray(data22)) {
        const len6 = data22.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data23 = data22[i6];
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.deviceName === void 0) {
              const err22 = { instancePath: instancePath + "/inferenceAccelerators/" + i6, schemaPath: "#/definitions/InferenceAccelerator/required", keyword: "required", params: { missingProperty: "deviceName" }, message: "must have required property 'deviceName'", schema: schema68.required, parentSchema: schema68, data: data23 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data23.deviceType === void 0) {
              const err23 = { instancePath: instancePath + "/inferenceAccelerators/" + i6, schemaPath: "#/definitions/InferenceAccelerator/required", keyword: "required", params: { missingProperty: "deviceType" }, message: "must have required property 'deviceType'", schema: schema68.required, parentSchema: schema68, data: data23 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            for (const key1 in data23) {
              if (!(key1 === "deviceName" || key1 === "deviceType")) {
                const err24 = { instancePath: instancePath + "/inferenceAccelerators/" + i6, schemaPath: "#/definitions/InferenceAccelerator/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema68, data: data23 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data23.deviceName !== void 0) {
              let data24 = data23.deviceName;
              if (typeof data24 !== "string") {
                const err25 = { instancePath: instancePath + "/inferenceAccelerators/" + i6 + "/deviceName", schemaPath: "#/definitions/InferenceAccelerator/properties/deviceName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.deviceName.type, parentSchema: schema68.properties.deviceName, data: data24 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data23.deviceType !== void 0) {
              let data25 = data23.deviceType;
              if (typeof data25 !== "string") {
                const err26 = { instancePath: instancePath + "/inferenceAccelerators/" + i6 + "/deviceType", schemaPath: "#/definitions/InferenceAccelerator/properties/deviceType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.deviceType.type, parentSchema: schema68.properties.deviceType, data: data25 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/inferenceAccelerators/" + i6, schemaPath: "#/definitions/InferenceAccelerator/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema68.type, parentSchema: schema68, data: data23 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/inferenceAccelerators", schemaPath: "#/properties/inferenceAccelerators/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.inferenceAccelerators.type, parentSchema: schema74.properties.inferenceAccelerators, data: data22 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.pidMode !== void 0) {
      let data26 = data.pidMode;
      if (typeof data26 !== "string") {
        const err29 = { instancePath: instancePath + "/pidMode", schemaPath: "#/definitions/PidMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.type, parentSchema: schema63, data: data26 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (!(data26 === "host" || data26 === "task")) {
        const err30 = { instancePath: instancePath + "/pidMode", schemaPath: "#/definitions/PidMode/enum", keyword: "enum", params: { allowedValues: schema63.enum }, message: "must be equal to one of the allowed values", schema: schema63.enum, parentSchema: schema63, data: data26 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.ipcMode !== void 0) {
      let data27 = data.ipcMode;
      if (typeof data27 !== "string") {
        const err31 = { instancePath: instancePath + "/ipcMode", schemaPath: "#/definitions/IpcMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.type, parentSchema: schema64, data: data27 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (!(data27 === "host" || data27 === "none" || data27 === "task")) {
        const err32 = { instancePath: instancePath + "/ipcMode", schemaPath: "#/definitions/IpcMode/enum", keyword: "enum", params: { allowedValues: schema64.enum }, message: "must be equal to one of the allowed values", schema: schema64.enum, parentSchema: schema64, data: data27 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.proxyConfiguration !== void 0) {
      if (!validate46(data.proxyConfiguration, { instancePath: instancePath + "/proxyConfiguration", parentData: data, parentDataProperty: "proxyConfiguration", rootData })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
    if (data.registeredAt !== void 0) {
      let data29 = data.registeredAt;
      if (typeof data29 !== "string" && !(typeof data29 == "number" && isFinite(data29))) {
        const err33 = { instancePath: instancePath + "/registeredAt", schemaPath: "#/properties/registeredAt/type", keyword: "type", params: { type: schema74.properties.registeredAt.type }, message: "must be string,number", schema: schema74.properties.registeredAt.type, parentSchema: schema74.properties.registeredAt, data: data29 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.deregisteredAt !== void 0) {
      let data30 = data.deregisteredAt;
      if (typeof data30 !== "string" && !(typeof data30 == "number" && isFinite(data30))) {
        const err34 = { instancePath: instancePath + "/deregisteredAt", schemaPath: "#/properties/deregisteredAt/type", keyword: "type", params: { type: schema74.properties.deregisteredAt.type }, message: "must be string,number", schema: schema74.properties.deregisteredAt.type, parentSchema: schema74.properties.deregisteredAt, data: data30 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.deleteRequestedAt !== void 0) {
      let data31 = data.deleteRequestedAt;
      if (typeof data31 !== "string" && !(typeof data31 == "number" && isFinite(data31))) {
        const err35 = { instancePath: instancePath + "/deleteRequestedAt", schemaPath: "#/properties/deleteRequestedAt/type", keyword: "type", params: { type: schema74.properties.deleteRequestedAt.type }, message: "must be string,number", schema: schema74.properties.deleteRequestedAt.type, parentSchema: schema74.properties.deleteRequestedAt, data: data31 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.registeredBy !== void 0) {
      let data32 = data.registeredBy;
      if (typeof data32 !== "string") {
        const err36 = { instancePath: instancePath + "/registeredBy", schemaPath: "#/properties/registeredBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.registeredBy.type, parentSchema: schema74.properties.registeredBy, data: data32 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.ephemeralStorage !== void 0) {
      let data33 = data.ephemeralStorage;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        if (data33.sizeInGiB === void 0) {
          const err37 = { instancePath: instancePath + "/ephemeralStorage", schemaPath: "#/definitions/EphemeralStorage/required", keyword: "required", params: { missingProperty: "sizeInGiB" }, message: "must have required property 'sizeInGiB'", schema: schema69.required, parentSchema: schema69, data: data33 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        for (const key2 in data33) {
          if (!(key2 === "sizeInGiB")) {
            const err38 = { instancePath: instancePath + "/ephemeralStorage", schemaPath: "#/definitions/EphemeralStorage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema69, data: data33 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data33.sizeInGiB !== void 0) {
          let data34 = data33.sizeInGiB;
          if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
            const err39 = { instancePath: instancePath + "/ephemeralStorage/sizeInGiB", schemaPath: "#/definitions/EphemeralStorage/properties/sizeInGiB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema69.properties.sizeInGiB.type, parentSchema: schema69.properties.sizeInGiB, data: data34 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/ephemeralStorage", schemaPath: "#/definitions/EphemeralStorage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema69.type, parentSchema: schema69, data: data33 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.enableFaultInjection !== void 0) {
      let data35 = data.enableFaultInjection;
      if (typeof data35 !== "boolean") {
        const err41 = { instancePath: instancePath + "/enableFaultInjection", schemaPath: "#/properties/enableFaultInjection/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema74.properties.enableFaultInjection.type, parentSchema: schema74.properties.enableFaultInjection, data: data35 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
  } else {
    const err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema74.type, parentSchema: schema74, data };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "taskDefinition" || key0 === "tags")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema73, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.taskDefinition !== void 0) {
      if (!validate51(data.taskDefinition, { instancePath: instancePath + "/taskDefinition", parentData: data, parentDataProperty: "taskDefinition", rootData })) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.tags !== void 0) {
      let data1 = data.tags;
      if (Array.isArray(data1)) {
        if (data1.length > 50) {
          const err1 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema73.properties.tags, data: data1 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
              if (!(key1 === "key" || key1 === "value")) {
                const err2 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/definitions/Tag/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data: data2 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data2.key !== void 0) {
              let data3 = data2.key;
              if (typeof data3 === "string") {
                if (func4(data3) > 128) {
                  const err3 = { instancePath: instancePath + "/tags/" + i0 + "/key", schemaPath: "#/definitions/Tag/properties/key/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema62.properties.key, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
                if (func4(data3) < 1) {
                  const err4 = { instancePath: instancePath + "/tags/" + i0 + "/key", schemaPath: "#/definitions/Tag/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema62.properties.key, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              } else {
                const err5 = { instancePath: instancePath + "/tags/" + i0 + "/key", schemaPath: "#/definitions/Tag/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.key.type, parentSchema: schema62.properties.key, data: data3 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data2.value !== void 0) {
              let data4 = data2.value;
              if (typeof data4 === "string") {
                if (func4(data4) > 256) {
                  const err6 = { instancePath: instancePath + "/tags/" + i0 + "/value", schemaPath: "#/definitions/Tag/properties/value/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema62.properties.value, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = { instancePath: instancePath + "/tags/" + i0 + "/value", schemaPath: "#/definitions/Tag/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.value.type, parentSchema: schema62.properties.value, data: data4 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/definitions/Tag/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema73.properties.tags.type, parentSchema: schema73.properties.tags, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema73.type, parentSchema: schema73, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
var containerDefinitions = validate60;
var schema86 = { "$id": "container-definitions", "title": "container definitions", "type": "array", "items": { "$ref": "ecs.schema.json#/definitions/ContainerDefinition" } };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func22.call(schema14.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.name.type, parentSchema: schema14.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data1 = data.image;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.image.type, parentSchema: schema14.properties.image, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.repositoryCredentials !== void 0) {
      let data2 = data.repositoryCredentials;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.credentialsParameter === void 0) {
          const err3 = { instancePath: instancePath + "/repositoryCredentials", schemaPath: "#/definitions/RepositoryCredentials/required", keyword: "required", params: { missingProperty: "credentialsParameter" }, message: "must have required property 'credentialsParameter'", schema: schema15.required, parentSchema: schema15, data: data2 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "credentialsParameter")) {
            const err4 = { instancePath: instancePath + "/repositoryCredentials", schemaPath: "#/definitions/RepositoryCredentials/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data2.credentialsParameter !== void 0) {
          let data3 = data2.credentialsParameter;
          if (typeof data3 !== "string") {
            const err5 = { instancePath: instancePath + "/repositoryCredentials/credentialsParameter", schemaPath: "#/definitions/RepositoryCredentials/properties/credentialsParameter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.credentialsParameter.type, parentSchema: schema15.properties.credentialsParameter, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/repositoryCredentials", schemaPath: "#/definitions/RepositoryCredentials/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.cpu !== void 0) {
      let data4 = data.cpu;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err7 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.cpu.type, parentSchema: schema14.properties.cpu, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.memory !== void 0) {
      let data5 = data.memory;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err8 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.memory.type, parentSchema: schema14.properties.memory, data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.memoryReservation !== void 0) {
      let data6 = data.memoryReservation;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err9 = { instancePath: instancePath + "/memoryReservation", schemaPath: "#/properties/memoryReservation/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.memoryReservation.type, parentSchema: schema14.properties.memoryReservation, data: data6 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.links !== void 0) {
      let data7 = data.links;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 !== "string") {
            const err10 = { instancePath: instancePath + "/links/" + i0, schemaPath: "#/properties/links/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.links.items.type, parentSchema: schema14.properties.links.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/links", schemaPath: "#/properties/links/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.links.type, parentSchema: schema14.properties.links, data: data7 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.portMappings !== void 0) {
      let data9 = data.portMappings;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate13(data9[i1], { instancePath: instancePath + "/portMappings/" + i1, parentData: data9, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/portMappings", schemaPath: "#/properties/portMappings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.portMappings.type, parentSchema: schema14.properties.portMappings, data: data9 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.essential !== void 0) {
      let data11 = data.essential;
      if (typeof data11 !== "boolean") {
        const err13 = { instancePath: instancePath + "/essential", schemaPath: "#/properties/essential/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.essential.type, parentSchema: schema14.properties.essential, data: data11 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.restartPolicy !== void 0) {
      let data12 = data.restartPolicy;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.enabled === void 0) {
          const err14 = { instancePath: instancePath + "/restartPolicy", schemaPath: "#/definitions/ContainerRestartPolicy/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'", schema: schema19.required, parentSchema: schema19, data: data12 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key2 in data12) {
          if (!(key2 === "enabled" || key2 === "ignoredExitCodes" || key2 === "restartAttemptPeriod")) {
            const err15 = { instancePath: instancePath + "/restartPolicy", schemaPath: "#/definitions/ContainerRestartPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data: data12 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data12.enabled !== void 0) {
          let data13 = data12.enabled;
          if (typeof data13 !== "boolean") {
            const err16 = { instancePath: instancePath + "/restartPolicy/enabled", schemaPath: "#/definitions/ContainerRestartPolicy/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.enabled.type, parentSchema: schema19.properties.enabled, data: data13 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data12.ignoredExitCodes !== void 0) {
          let data14 = data12.ignoredExitCodes;
          if (Array.isArray(data14)) {
            const len2 = data14.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data15 = data14[i2];
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                const err17 = { instancePath: instancePath + "/restartPolicy/ignoredExitCodes/" + i2, schemaPath: "#/definitions/ContainerRestartPolicy/properties/ignoredExitCodes/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.ignoredExitCodes.items.type, parentSchema: schema19.properties.ignoredExitCodes.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/restartPolicy/ignoredExitCodes", schemaPath: "#/definitions/ContainerRestartPolicy/properties/ignoredExitCodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.ignoredExitCodes.type, parentSchema: schema19.properties.ignoredExitCodes, data: data14 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data12.restartAttemptPeriod !== void 0) {
          let data16 = data12.restartAttemptPeriod;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err19 = { instancePath: instancePath + "/restartPolicy/restartAttemptPeriod", schemaPath: "#/definitions/ContainerRestartPolicy/properties/restartAttemptPeriod/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.restartAttemptPeriod.type, parentSchema: schema19.properties.restartAttemptPeriod, data: data16 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/restartPolicy", schemaPath: "#/definitions/ContainerRestartPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data: data12 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.entryPoint !== void 0) {
      let data17 = data.entryPoint;
      if (Array.isArray(data17)) {
        const len3 = data17.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data18 = data17[i3];
          if (typeof data18 !== "string") {
            const err21 = { instancePath: instancePath + "/entryPoint/" + i3, schemaPath: "#/properties/entryPoint/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.entryPoint.items.type, parentSchema: schema14.properties.entryPoint.items, data: data18 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/entryPoint", schemaPath: "#/properties/entryPoint/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.entryPoint.type, parentSchema: schema14.properties.entryPoint, data: data17 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data19 = data.command;
      if (Array.isArray(data19)) {
        const len4 = data19.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data20 = data19[i4];
          if (typeof data20 !== "string") {
            const err23 = { instancePath: instancePath + "/command/" + i4, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.command.items.type, parentSchema: schema14.properties.command.items, data: data20 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.command.type, parentSchema: schema14.properties.command, data: data19 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data21 = data.environment;
      if (Array.isArray(data21)) {
        const len5 = data21.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data22 = data21[i5];
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (const key3 in data22) {
              if (!(key3 === "name" || key3 === "value")) {
                const err25 = { instancePath: instancePath + "/environment/" + i5, schemaPath: "#/definitions/KeyValuePair/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data: data22 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data22.name !== void 0) {
              let data23 = data22.name;
              if (typeof data23 !== "string") {
                const err26 = { instancePath: instancePath + "/environment/" + i5 + "/name", schemaPath: "#/definitions/KeyValuePair/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.name.type, parentSchema: schema20.properties.name, data: data23 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data22.value !== void 0) {
              let data24 = data22.value;
              if (typeof data24 !== "string") {
                const err27 = { instancePath: instancePath + "/environment/" + i5 + "/value", schemaPath: "#/definitions/KeyValuePair/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.value.type, parentSchema: schema20.properties.value, data: data24 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/environment/" + i5, schemaPath: "#/definitions/KeyValuePair/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data: data22 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.environment.type, parentSchema: schema14.properties.environment, data: data21 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.environmentFiles !== void 0) {
      let data25 = data.environmentFiles;
      if (Array.isArray(data25)) {
        const len6 = data25.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate15(data25[i6], { instancePath: instancePath + "/environmentFiles/" + i6, parentData: data25, parentDataProperty: i6, rootData })) {
            vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/environmentFiles", schemaPath: "#/properties/environmentFiles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.environmentFiles.type, parentSchema: schema14.properties.environmentFiles, data: data25 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.mountPoints !== void 0) {
      let data27 = data.mountPoints;
      if (Array.isArray(data27)) {
        const len7 = data27.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data28 = data27[i7];
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            for (const key4 in data28) {
              if (!(key4 === "sourceVolume" || key4 === "containerPath" || key4 === "readOnly")) {
                const err31 = { instancePath: instancePath + "/mountPoints/" + i7, schemaPath: "#/definitions/MountPoint/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data: data28 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data28.sourceVolume !== void 0) {
              let data29 = data28.sourceVolume;
              if (typeof data29 !== "string") {
                const err32 = { instancePath: instancePath + "/mountPoints/" + i7 + "/sourceVolume", schemaPath: "#/definitions/MountPoint/properties/sourceVolume/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.sourceVolume.type, parentSchema: schema23.properties.sourceVolume, data: data29 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data28.containerPath !== void 0) {
              let data30 = data28.containerPath;
              if (typeof data30 !== "string") {
                const err33 = { instancePath: instancePath + "/mountPoints/" + i7 + "/containerPath", schemaPath: "#/definitions/MountPoint/properties/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.containerPath.type, parentSchema: schema23.properties.containerPath, data: data30 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data28.readOnly !== void 0) {
              let data31 = data28.readOnly;
              if (typeof data31 !== "boolean") {
                const err34 = { instancePath: instancePath + "/mountPoints/" + i7 + "/readOnly", schemaPath: "#/definitions/MountPoint/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.readOnly.type, parentSchema: schema23.properties.readOnly, data: data31 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/mountPoints/" + i7, schemaPath: "#/definitions/MountPoint/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data: data28 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/mountPoints", schemaPath: "#/properties/mountPoints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.mountPoints.type, parentSchema: schema14.properties.mountPoints, data: data27 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.volumesFrom !== void 0) {
      let data32 = data.volumesFrom;
      if (Array.isArray(data32)) {
        const len8 = data32.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data33 = data32[i8];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            for (const key5 in data33) {
              if (!(key5 === "sourceContainer" || key5 === "readOnly")) {
                const err37 = { instancePath: instancePath + "/volumesFrom/" + i8, schemaPath: "#/definitions/VolumeFrom/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data: data33 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data33.sourceContainer !== void 0) {
              let data34 = data33.sourceContainer;
              if (typeof data34 !== "string") {
                const err38 = { instancePath: instancePath + "/volumesFrom/" + i8 + "/sourceContainer", schemaPath: "#/definitions/VolumeFrom/properties/sourceContainer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.sourceContainer.type, parentSchema: schema24.properties.sourceContainer, data: data34 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data33.readOnly !== void 0) {
              let data35 = data33.readOnly;
              if (typeof data35 !== "boolean") {
                const err39 = { instancePath: instancePath + "/volumesFrom/" + i8 + "/readOnly", schemaPath: "#/definitions/VolumeFrom/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema24.properties.readOnly.type, parentSchema: schema24.properties.readOnly, data: data35 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/volumesFrom/" + i8, schemaPath: "#/definitions/VolumeFrom/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data33 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/volumesFrom", schemaPath: "#/properties/volumesFrom/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.volumesFrom.type, parentSchema: schema14.properties.volumesFrom, data: data32 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.linuxParameters !== void 0) {
      if (!validate17(data.linuxParameters, { instancePath: instancePath + "/linuxParameters", parentData: data, parentDataProperty: "linuxParameters", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data.secrets !== void 0) {
      let data37 = data.secrets;
      if (Array.isArray(data37)) {
        const len9 = data37.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data38 = data37[i9];
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            if (data38.name === void 0) {
              const err42 = { instancePath: instancePath + "/secrets/" + i9, schemaPath: "#/definitions/Secret/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema30.required, parentSchema: schema30, data: data38 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data38.valueFrom === void 0) {
              const err43 = { instancePath: instancePath + "/secrets/" + i9, schemaPath: "#/definitions/Secret/required", keyword: "required", params: { missingProperty: "valueFrom" }, message: "must have required property 'valueFrom'", schema: schema30.required, parentSchema: schema30, data: data38 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            for (const key6 in data38) {
              if (!(key6 === "name" || key6 === "valueFrom")) {
                const err44 = { instancePath: instancePath + "/secrets/" + i9, schemaPath: "#/definitions/Secret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data: data38 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data38.name !== void 0) {
              let data39 = data38.name;
              if (typeof data39 !== "string") {
                const err45 = { instancePath: instancePath + "/secrets/" + i9 + "/name", schemaPath: "#/definitions/Secret/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.name.type, parentSchema: schema30.properties.name, data: data39 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data38.valueFrom !== void 0) {
              let data40 = data38.valueFrom;
              if (typeof data40 !== "string") {
                const err46 = { instancePath: instancePath + "/secrets/" + i9 + "/valueFrom", schemaPath: "#/definitions/Secret/properties/valueFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.valueFrom.type, parentSchema: schema30.properties.valueFrom, data: data40 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/secrets/" + i9, schemaPath: "#/definitions/Secret/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data: data38 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.secrets.type, parentSchema: schema14.properties.secrets, data: data37 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.dependsOn !== void 0) {
      let data41 = data.dependsOn;
      if (Array.isArray(data41)) {
        const len10 = data41.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (!validate21(data41[i10], { instancePath: instancePath + "/dependsOn/" + i10, parentData: data41, parentDataProperty: i10, rootData })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/dependsOn", schemaPath: "#/properties/dependsOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.dependsOn.type, parentSchema: schema14.properties.dependsOn, data: data41 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.startTimeout !== void 0) {
      let data43 = data.startTimeout;
      if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
        const err50 = { instancePath: instancePath + "/startTimeout", schemaPath: "#/properties/startTimeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.startTimeout.type, parentSchema: schema14.properties.startTimeout, data: data43 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.stopTimeout !== void 0) {
      let data44 = data.stopTimeout;
      if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)) && isFinite(data44))) {
        const err51 = { instancePath: instancePath + "/stopTimeout", schemaPath: "#/properties/stopTimeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.stopTimeout.type, parentSchema: schema14.properties.stopTimeout, data: data44 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.versionConsistency !== void 0) {
      let data45 = data.versionConsistency;
      if (typeof data45 !== "string") {
        const err52 = { instancePath: instancePath + "/versionConsistency", schemaPath: "#/definitions/VersionConsistency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data45 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      if (!(data45 === "disabled" || data45 === "enabled")) {
        const err53 = { instancePath: instancePath + "/versionConsistency", schemaPath: "#/definitions/VersionConsistency/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data45 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      let data46 = data.hostname;
      if (typeof data46 !== "string") {
        const err54 = { instancePath: instancePath + "/hostname", schemaPath: "#/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.hostname.type, parentSchema: schema14.properties.hostname, data: data46 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data47 = data.user;
      if (typeof data47 !== "string") {
        const err55 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.user.type, parentSchema: schema14.properties.user, data: data47 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.workingDirectory !== void 0) {
      let data48 = data.workingDirectory;
      if (typeof data48 !== "string") {
        const err56 = { instancePath: instancePath + "/workingDirectory", schemaPath: "#/properties/workingDirectory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.workingDirectory.type, parentSchema: schema14.properties.workingDirectory, data: data48 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.disableNetworking !== void 0) {
      let data49 = data.disableNetworking;
      if (typeof data49 !== "boolean") {
        const err57 = { instancePath: instancePath + "/disableNetworking", schemaPath: "#/properties/disableNetworking/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.disableNetworking.type, parentSchema: schema14.properties.disableNetworking, data: data49 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.privileged !== void 0) {
      let data50 = data.privileged;
      if (typeof data50 !== "boolean") {
        const err58 = { instancePath: instancePath + "/privileged", schemaPath: "#/properties/privileged/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.privileged.type, parentSchema: schema14.properties.privileged, data: data50 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.readonlyRootFilesystem !== void 0) {
      let data51 = data.readonlyRootFilesystem;
      if (typeof data51 !== "boolean") {
        const err59 = { instancePath: instancePath + "/readonlyRootFilesystem", schemaPath: "#/properties/readonlyRootFilesystem/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.readonlyRootFilesystem.type, parentSchema: schema14.properties.readonlyRootFilesystem, data: data51 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.dnsServers !== void 0) {
      let data52 = data.dnsServers;
      if (Array.isArray(data52)) {
        const len11 = data52.length;
        for (let i11 = 0; i11 < len11; i11++) {
          let data53 = data52[i11];
          if (typeof data53 !== "string") {
            const err60 = { instancePath: instancePath + "/dnsServers/" + i11, schemaPath: "#/properties/dnsServers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.dnsServers.items.type, parentSchema: schema14.properties.dnsServers.items, data: data53 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/dnsServers", schemaPath: "#/properties/dnsServers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.dnsServers.type, parentSchema: schema14.properties.dnsServers, data: data52 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.dnsSearchDomains !== void 0) {
      let data54 = data.dnsSearchDomains;
      if (Array.isArray(data54)) {
        const len12 = data54.length;
        for (let i12 = 0; i12 < len12; i12++) {
          let data55 = data54[i12];
          if (typeof data55 !== "string") {
            const err62 = { instancePath: instancePath + "/dnsSearchDomains/" + i12, schemaPath: "#/properties/dnsSearchDomains/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.dnsSearchDomains.items.type, parentSchema: schema14.properties.dnsSearchDomains.items, data: data55 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/dnsSearchDomains", schemaPath: "#/properties/dnsSearchDomains/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.dnsSearchDomains.type, parentSchema: schema14.properties.dnsSearchDomains, data: data54 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.extraHosts !== void 0) {
      let data56 = data.extraHosts;
      if (Array.isArray(data56)) {
        const len13 = data56.length;
        for (let i13 = 0; i13 < len13; i13++) {
          let data57 = data56[i13];
          if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
            if (data57.hostname === void 0) {
              const err64 = { instancePath: instancePath + "/extraHosts/" + i13, schemaPath: "#/definitions/HostEntry/required", keyword: "required", params: { missingProperty: "hostname" }, message: "must have required property 'hostname'", schema: schema34.required, parentSchema: schema34, data: data57 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data57.ipAddress === void 0) {
              const err65 = { instancePath: instancePath + "/extraHosts/" + i13, schemaPath: "#/definitions/HostEntry/required", keyword: "required", params: { missingProperty: "ipAddress" }, message: "must have required property 'ipAddress'", schema: schema34.required, parentSchema: schema34, data: data57 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            for (const key7 in data57) {
              if (!(key7 === "hostname" || key7 === "ipAddress")) {
                const err66 = { instancePath: instancePath + "/extraHosts/" + i13, schemaPath: "#/definitions/HostEntry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data57 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data57.hostname !== void 0) {
              let data58 = data57.hostname;
              if (typeof data58 !== "string") {
                const err67 = { instancePath: instancePath + "/extraHosts/" + i13 + "/hostname", schemaPath: "#/definitions/HostEntry/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.hostname.type, parentSchema: schema34.properties.hostname, data: data58 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data57.ipAddress !== void 0) {
              let data59 = data57.ipAddress;
              if (typeof data59 !== "string") {
                const err68 = { instancePath: instancePath + "/extraHosts/" + i13 + "/ipAddress", schemaPath: "#/definitions/HostEntry/properties/ipAddress/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.ipAddress.type, parentSchema: schema34.properties.ipAddress, data: data59 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
          } else {
            const err69 = { instancePath: instancePath + "/extraHosts/" + i13, schemaPath: "#/definitions/HostEntry/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data57 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
      } else {
        const err70 = { instancePath: instancePath + "/extraHosts", schemaPath: "#/properties/extraHosts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.extraHosts.type, parentSchema: schema14.properties.extraHosts, data: data56 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.dockerSecurityOptions !== void 0) {
      let data60 = data.dockerSecurityOptions;
      if (Array.isArray(data60)) {
        const len14 = data60.length;
        for (let i14 = 0; i14 < len14; i14++) {
          let data61 = data60[i14];
          if (typeof data61 !== "string") {
            const err71 = { instancePath: instancePath + "/dockerSecurityOptions/" + i14, schemaPath: "#/properties/dockerSecurityOptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.dockerSecurityOptions.items.type, parentSchema: schema14.properties.dockerSecurityOptions.items, data: data61 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/dockerSecurityOptions", schemaPath: "#/properties/dockerSecurityOptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.dockerSecurityOptions.type, parentSchema: schema14.properties.dockerSecurityOptions, data: data60 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.interactive !== void 0) {
      let data62 = data.interactive;
      if (typeof data62 !== "boolean") {
        const err73 = { instancePath: instancePath + "/interactive", schemaPath: "#/properties/interactive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.interactive.type, parentSchema: schema14.properties.interactive, data: data62 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.pseudoTerminal !== void 0) {
      let data63 = data.pseudoTerminal;
      if (typeof data63 !== "boolean") {
        const err74 = { instancePath: instancePath + "/pseudoTerminal", schemaPath: "#/properties/pseudoTerminal/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.pseudoTerminal.type, parentSchema: schema14.properties.pseudoTerminal, data: data63 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.dockerLabels !== void 0) {
      let data64 = data.dockerLabels;
      if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
        for (const key8 in data64) {
          let data65 = data64[key8];
          if (typeof data65 !== "string") {
            const err75 = { instancePath: instancePath + "/dockerLabels/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dockerLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.dockerLabels.additionalProperties.type, parentSchema: schema14.properties.dockerLabels.additionalProperties, data: data65 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/dockerLabels", schemaPath: "#/properties/dockerLabels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.dockerLabels.type, parentSchema: schema14.properties.dockerLabels, data: data64 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.ulimits !== void 0) {
      let data66 = data.ulimits;
      if (Array.isArray(data66)) {
        const len15 = data66.length;
        for (let i15 = 0; i15 < len15; i15++) {
          if (!validate23(data66[i15], { instancePath: instancePath + "/ulimits/" + i15, parentData: data66, parentDataProperty: i15, rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/ulimits", schemaPath: "#/properties/ulimits/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.ulimits.type, parentSchema: schema14.properties.ulimits, data: data66 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.logConfiguration !== void 0) {
      if (!validate25(data.logConfiguration, { instancePath: instancePath + "/logConfiguration", parentData: data, parentDataProperty: "logConfiguration", rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.healthCheck !== void 0) {
      let data69 = data.healthCheck;
      if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
        if (data69.command === void 0) {
          const err78 = { instancePath: instancePath + "/healthCheck", schemaPath: "#/definitions/HealthCheck/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema40.required, parentSchema: schema40, data: data69 };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
        for (const key9 in data69) {
          if (!(key9 === "command" || key9 === "interval" || key9 === "timeout" || key9 === "retries" || key9 === "startPeriod")) {
            const err79 = { instancePath: instancePath + "/healthCheck", schemaPath: "#/definitions/HealthCheck/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data: data69 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data69.command !== void 0) {
          let data70 = data69.command;
          if (Array.isArray(data70)) {
            const len16 = data70.length;
            for (let i16 = 0; i16 < len16; i16++) {
              let data71 = data70[i16];
              if (typeof data71 !== "string") {
                const err80 = { instancePath: instancePath + "/healthCheck/command/" + i16, schemaPath: "#/definitions/HealthCheck/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.command.items.type, parentSchema: schema40.properties.command.items, data: data71 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/healthCheck/command", schemaPath: "#/definitions/HealthCheck/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.command.type, parentSchema: schema40.properties.command, data: data70 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data69.interval !== void 0) {
          let data72 = data69.interval;
          if (!(typeof data72 == "number" && (!(data72 % 1) && !isNaN(data72)) && isFinite(data72))) {
            const err82 = { instancePath: instancePath + "/healthCheck/interval", schemaPath: "#/definitions/HealthCheck/properties/interval/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.properties.interval.type, parentSchema: schema40.properties.interval, data: data72 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data69.timeout !== void 0) {
          let data73 = data69.timeout;
          if (!(typeof data73 == "number" && (!(data73 % 1) && !isNaN(data73)) && isFinite(data73))) {
            const err83 = { instancePath: instancePath + "/healthCheck/timeout", schemaPath: "#/definitions/HealthCheck/properties/timeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.properties.timeout.type, parentSchema: schema40.properties.timeout, data: data73 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data69.retries !== void 0) {
          let data74 = data69.retries;
          if (!(typeof data74 == "number" && (!(data74 % 1) && !isNaN(data74)) && isFinite(data74))) {
            const err84 = { instancePath: instancePath + "/healthCheck/retries", schemaPath: "#/definitions/HealthCheck/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.properties.retries.type, parentSchema: schema40.properties.retries, data: data74 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data69.startPeriod !== void 0) {
          let data75 = data69.startPeriod;
          if (!(typeof data75 == "number" && (!(data75 % 1) && !isNaN(data75)) && isFinite(data75))) {
            const err85 = { instancePath: instancePath + "/healthCheck/startPeriod", schemaPath: "#/definitions/HealthCheck/properties/startPeriod/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.properties.startPeriod.type, parentSchema: schema40.properties.startPeriod, data: data75 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/healthCheck", schemaPath: "#/definitions/HealthCheck/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data: data69 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.systemControls !== void 0) {
      let data76 = data.systemControls;
      if (Array.isArray(data76)) {
        const len17 = data76.length;
        for (let i17 = 0; i17 < len17; i17++) {
          let data77 = data76[i17];
          if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
            for (const key10 in data77) {
              if (!(key10 === "namespace" || key10 === "value")) {
                const err87 = { instancePath: instancePath + "/systemControls/" + i17, schemaPath: "#/definitions/SystemControl/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data: data77 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data77.namespace !== void 0) {
              let data78 = data77.namespace;
              if (typeof data78 !== "string") {
                const err88 = { instancePath: instancePath + "/systemControls/" + i17 + "/namespace", schemaPath: "#/definitions/SystemControl/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.namespace.type, parentSchema: schema41.properties.namespace, data: data78 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data77.value !== void 0) {
              let data79 = data77.value;
              if (typeof data79 !== "string") {
                const err89 = { instancePath: instancePath + "/systemControls/" + i17 + "/value", schemaPath: "#/definitions/SystemControl/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.value.type, parentSchema: schema41.properties.value, data: data79 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
          } else {
            const err90 = { instancePath: instancePath + "/systemControls/" + i17, schemaPath: "#/definitions/SystemControl/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data: data77 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
      } else {
        const err91 = { instancePath: instancePath + "/systemControls", schemaPath: "#/properties/systemControls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.systemControls.type, parentSchema: schema14.properties.systemControls, data: data76 };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data.resourceRequirements !== void 0) {
      let data80 = data.resourceRequirements;
      if (Array.isArray(data80)) {
        const len18 = data80.length;
        for (let i18 = 0; i18 < len18; i18++) {
          if (!validate27(data80[i18], { instancePath: instancePath + "/resourceRequirements/" + i18, parentData: data80, parentDataProperty: i18, rootData })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/resourceRequirements", schemaPath: "#/properties/resourceRequirements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.resourceRequirements.type, parentSchema: schema14.properties.resourceRequirements, data: data80 };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data.firelensConfiguration !== void 0) {
      if (!validate31(data.firelensConfiguration, { instancePath: instancePath + "/firelensConfiguration", parentData: data, parentDataProperty: "firelensConfiguration", rootData })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.credentialSpecs !== void 0) {
      let data83 = data.credentialSpecs;
      if (Array.isArray(data83)) {
        const len19 = data83.length;
        for (let i19 = 0; i19 < len19; i19++) {
          let data84 = data83[i19];
          if (typeof data84 !== "string") {
            const err93 = { instancePath: instancePath + "/credentialSpecs/" + i19, schemaPath: "#/properties/credentialSpecs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.credentialSpecs.items.type, parentSchema: schema14.properties.credentialSpecs.items, data: data84 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/credentialSpecs", schemaPath: "#/properties/credentialSpecs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.credentialSpecs.type, parentSchema: schema14.properties.credentialSpecs, data: data83 };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
  } else {
    const err95 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err95];
    } else {
      vErrors.push(err95);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate61(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.type, parentSchema: schema86, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
var dockerrunV1 = validate71;
var schema99 = { "title": "Dockerrun.aws.json v1", "type": "object", "properties": { "AWSEBDockerrunVersion": { "enum": ["1", 1] }, "Image": { "$ref": "#/definitions/DockerrunV1Image" }, "Ports": { "type": "array", "items": { "$ref": "#/definitions/DockerrunV1Port" } }, "Volumes": { "type": "array", "items": { "$ref": "#/definitions/DockerrunV1Volume" } }, "Logging": { "type": "string" }, "Authentication": { "$ref": "#/definitions/DockerrunV1Authentication" }, "Entrypoint": { "type": "string" }, "Command": { "type": "string" } }, "required": ["AWSEBDockerrunVersion"], "additionalProperties": false };
var schema100 = { "$comment": 'Update is a string; the EB CLI treats only the exact string "false" as false. Name is needed only without a Dockerfile (valid-dockerrun checks that)', "title": '"Image"', "type": "object", "properties": { "Name": { "type": "string" }, "Update": { "type": "string", "enum": ["true", "false"] } }, "additionalProperties": false };
var schema101 = { "$comment": "AWS examples write ports both as numbers and as numeric strings; HostPort defaults to ContainerPort", "title": "port mapping", "type": "object", "properties": { "ContainerPort": { "type": ["integer", "string"], "pattern": "^[0-9]+$" }, "HostPort": { "type": ["integer", "string"], "pattern": "^[0-9]+$" } }, "required": ["ContainerPort"], "additionalProperties": false };
var schema102 = { "title": "volume mapping", "type": "object", "properties": { "HostDirectory": { "type": "string" }, "ContainerDirectory": { "type": "string" } }, "required": ["HostDirectory", "ContainerDirectory"], "additionalProperties": false };
var schema103 = { "$comment": "S3 object holding a .dockercfg / config.json; capitalised keys in v1", "title": '"Authentication"', "type": "object", "properties": { "Bucket": { "type": "string" }, "Key": { "type": "string" } }, "required": ["Bucket", "Key"], "additionalProperties": false };
var pattern0 = new RegExp("^[0-9]+$", "u");
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.AWSEBDockerrunVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "AWSEBDockerrunVersion" }, message: "must have required property 'AWSEBDockerrunVersion'", schema: schema99.required, parentSchema: schema99, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "AWSEBDockerrunVersion" || key0 === "Image" || key0 === "Ports" || key0 === "Volumes" || key0 === "Logging" || key0 === "Authentication" || key0 === "Entrypoint" || key0 === "Command")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema99, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.AWSEBDockerrunVersion !== void 0) {
      let data0 = data.AWSEBDockerrunVersion;
      if (!(data0 === "1" || data0 === 1)) {
        const err2 = { instancePath: instancePath + "/AWSEBDockerrunVersion", schemaPath: "#/properties/AWSEBDockerrunVersion/enum", keyword: "enum", params: { allowedValues: schema99.properties.AWSEBDockerrunVersion.enum }, message: "must be equal to one of the allowed values", schema: schema99.properties.AWSEBDockerrunVersion.enum, parentSchema: schema99.properties.AWSEBDockerrunVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.Image !== void 0) {
      let data1 = data.Image;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "Name" || key1 === "Update")) {
            const err3 = { instancePath: instancePath + "/Image", schemaPath: "#/definitions/DockerrunV1Image/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema100, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.Name !== void 0) {
          let data2 = data1.Name;
          if (typeof data2 !== "string") {
            const err4 = { instancePath: instancePath + "/Image/Name", schemaPath: "#/definitions/DockerrunV1Image/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema100.properties.Name.type, parentSchema: schema100.properties.Name, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.Update !== void 0) {
          let data3 = data1.Update;
          if (typeof data3 !== "string") {
            const err5 = { instancePath: instancePath + "/Image/Update", schemaPath: "#/definitions/DockerrunV1Image/properties/Update/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema100.properties.Update.type, parentSchema: schema100.properties.Update, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (!(data3 === "true" || data3 === "false")) {
            const err6 = { instancePath: instancePath + "/Image/Update", schemaPath: "#/definitions/DockerrunV1Image/properties/Update/enum", keyword: "enum", params: { allowedValues: schema100.properties.Update.enum }, message: "must be equal to one of the allowed values", schema: schema100.properties.Update.enum, parentSchema: schema100.properties.Update, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/Image", schemaPath: "#/definitions/DockerrunV1Image/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema100.type, parentSchema: schema100, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.Ports !== void 0) {
      let data4 = data.Ports;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.ContainerPort === void 0) {
              const err8 = { instancePath: instancePath + "/Ports/" + i0, schemaPath: "#/definitions/DockerrunV1Port/required", keyword: "required", params: { missingProperty: "ContainerPort" }, message: "must have required property 'ContainerPort'", schema: schema101.required, parentSchema: schema101, data: data5 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key2 in data5) {
              if (!(key2 === "ContainerPort" || key2 === "HostPort")) {
                const err9 = { instancePath: instancePath + "/Ports/" + i0, schemaPath: "#/definitions/DockerrunV1Port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema101, data: data5 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data5.ContainerPort !== void 0) {
              let data6 = data5.ContainerPort;
              if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6)) && typeof data6 !== "string") {
                const err10 = { instancePath: instancePath + "/Ports/" + i0 + "/ContainerPort", schemaPath: "#/definitions/DockerrunV1Port/properties/ContainerPort/type", keyword: "type", params: { type: schema101.properties.ContainerPort.type }, message: "must be integer,string", schema: schema101.properties.ContainerPort.type, parentSchema: schema101.properties.ContainerPort, data: data6 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              if (typeof data6 === "string") {
                if (!pattern0.test(data6)) {
                  const err11 = { instancePath: instancePath + "/Ports/" + i0 + "/ContainerPort", schemaPath: "#/definitions/DockerrunV1Port/properties/ContainerPort/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"', schema: "^[0-9]+$", parentSchema: schema101.properties.ContainerPort, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
            }
            if (data5.HostPort !== void 0) {
              let data7 = data5.HostPort;
              if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7)) && typeof data7 !== "string") {
                const err12 = { instancePath: instancePath + "/Ports/" + i0 + "/HostPort", schemaPath: "#/definitions/DockerrunV1Port/properties/HostPort/type", keyword: "type", params: { type: schema101.properties.HostPort.type }, message: "must be integer,string", schema: schema101.properties.HostPort.type, parentSchema: schema101.properties.HostPort, data: data7 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              if (typeof data7 === "string") {
                if (!pattern0.test(data7)) {
                  const err13 = { instancePath: instancePath + "/Ports/" + i0 + "/HostPort", schemaPath: "#/definitions/DockerrunV1Port/properties/HostPort/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"', schema: "^[0-9]+$", parentSchema: schema101.properties.HostPort, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/Ports/" + i0, schemaPath: "#/definitions/DockerrunV1Port/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema101.type, parentSchema: schema101, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/Ports", schemaPath: "#/properties/Ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema99.properties.Ports.type, parentSchema: schema99.properties.Ports, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.Volumes !== void 0) {
      let data8 = data.Volumes;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.HostDirectory === void 0) {
              const err16 = { instancePath: instancePath + "/Volumes/" + i1, schemaPath: "#/definitions/DockerrunV1Volume/required", keyword: "required", params: { missingProperty: "HostDirectory" }, message: "must have required property 'HostDirectory'", schema: schema102.required, parentSchema: schema102, data: data9 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data9.ContainerDirectory === void 0) {
              const err17 = { instancePath: instancePath + "/Volumes/" + i1, schemaPath: "#/definitions/DockerrunV1Volume/required", keyword: "required", params: { missingProperty: "ContainerDirectory" }, message: "must have required property 'ContainerDirectory'", schema: schema102.required, parentSchema: schema102, data: data9 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key3 in data9) {
              if (!(key3 === "HostDirectory" || key3 === "ContainerDirectory")) {
                const err18 = { instancePath: instancePath + "/Volumes/" + i1, schemaPath: "#/definitions/DockerrunV1Volume/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema102, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data9.HostDirectory !== void 0) {
              let data10 = data9.HostDirectory;
              if (typeof data10 !== "string") {
                const err19 = { instancePath: instancePath + "/Volumes/" + i1 + "/HostDirectory", schemaPath: "#/definitions/DockerrunV1Volume/properties/HostDirectory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.properties.HostDirectory.type, parentSchema: schema102.properties.HostDirectory, data: data10 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data9.ContainerDirectory !== void 0) {
              let data11 = data9.ContainerDirectory;
              if (typeof data11 !== "string") {
                const err20 = { instancePath: instancePath + "/Volumes/" + i1 + "/ContainerDirectory", schemaPath: "#/definitions/DockerrunV1Volume/properties/ContainerDirectory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.properties.ContainerDirectory.type, parentSchema: schema102.properties.ContainerDirectory, data: data11 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/Volumes/" + i1, schemaPath: "#/definitions/DockerrunV1Volume/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema102.type, parentSchema: schema102, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/Volumes", schemaPath: "#/properties/Volumes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema99.properties.Volumes.type, parentSchema: schema99.properties.Volumes, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.Logging !== void 0) {
      let data12 = data.Logging;
      if (typeof data12 !== "string") {
        const err23 = { instancePath: instancePath + "/Logging", schemaPath: "#/properties/Logging/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema99.properties.Logging.type, parentSchema: schema99.properties.Logging, data: data12 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.Authentication !== void 0) {
      let data13 = data.Authentication;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.Bucket === void 0) {
          const err24 = { instancePath: instancePath + "/Authentication", schemaPath: "#/definitions/DockerrunV1Authentication/required", keyword: "required", params: { missingProperty: "Bucket" }, message: "must have required property 'Bucket'", schema: schema103.required, parentSchema: schema103, data: data13 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data13.Key === void 0) {
          const err25 = { instancePath: instancePath + "/Authentication", schemaPath: "#/definitions/DockerrunV1Authentication/required", keyword: "required", params: { missingProperty: "Key" }, message: "must have required property 'Key'", schema: schema103.required, parentSchema: schema103, data: data13 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        for (const key4 in data13) {
          if (!(key4 === "Bucket" || key4 === "Key")) {
            const err26 = { instancePath: instancePath + "/Authentication", schemaPath: "#/definitions/DockerrunV1Authentication/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema103, data: data13 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data13.Bucket !== void 0) {
          let data14 = data13.Bucket;
          if (typeof data14 !== "string") {
            const err27 = { instancePath: instancePath + "/Authentication/Bucket", schemaPath: "#/definitions/DockerrunV1Authentication/properties/Bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema103.properties.Bucket.type, parentSchema: schema103.properties.Bucket, data: data14 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data13.Key !== void 0) {
          let data15 = data13.Key;
          if (typeof data15 !== "string") {
            const err28 = { instancePath: instancePath + "/Authentication/Key", schemaPath: "#/definitions/DockerrunV1Authentication/properties/Key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema103.properties.Key.type, parentSchema: schema103.properties.Key, data: data15 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/Authentication", schemaPath: "#/definitions/DockerrunV1Authentication/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema103.type, parentSchema: schema103, data: data13 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.Entrypoint !== void 0) {
      let data16 = data.Entrypoint;
      if (typeof data16 !== "string") {
        const err30 = { instancePath: instancePath + "/Entrypoint", schemaPath: "#/properties/Entrypoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema99.properties.Entrypoint.type, parentSchema: schema99.properties.Entrypoint, data: data16 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.Command !== void 0) {
      let data17 = data.Command;
      if (typeof data17 !== "string") {
        const err31 = { instancePath: instancePath + "/Command", schemaPath: "#/properties/Command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema99.properties.Command.type, parentSchema: schema99.properties.Command, data: data17 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema99.type, parentSchema: schema99, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate72.errors = vErrors;
  return errors === 0;
}
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!validate72(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
    errors = vErrors.length;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
var dockerrunV2 = validate74;
var schema104 = { "$comment": "Elastic Beanstalk Dockerrun.aws.json version 2 (ECS platform): the EB Developer Guide (create_deploy_docker_v2config.md), aws-facts.md \xA76.2. EB builds an ECS task definition from it.", "title": "Dockerrun.aws.json v2", "type": "object", "properties": { "AWSEBDockerrunVersion": { "enum": [2, "2"] }, "containerDefinitions": { "type": "array", "items": { "$ref": "#/definitions/ContainerDefinition" } }, "volumes": { "type": "array", "items": { "$ref": "#/definitions/Volume" } }, "authentication": { "$ref": "#/definitions/DockerrunAuthentication" }, "executionRoleArn": { "type": "string" } }, "required": ["AWSEBDockerrunVersion", "containerDefinitions"], "additionalProperties": false };
var schema105 = { "$comment": "S3 object holding a .dockercfg / config.json; lower-case keys in v2 (aws-facts.md \xA76.2)", "title": '"authentication"', "type": "object", "properties": { "bucket": { "type": "string" }, "key": { "type": "string" } }, "required": ["bucket", "key"], "additionalProperties": false };
function validate74(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.AWSEBDockerrunVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "AWSEBDockerrunVersion" }, message: "must have required property 'AWSEBDockerrunVersion'", schema: schema104.required, parentSchema: schema104, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.containerDefinitions === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "containerDefinitions" }, message: "must have required property 'containerDefinitions'", schema: schema104.required, parentSchema: schema104, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "AWSEBDockerrunVersion" || key0 === "containerDefinitions" || key0 === "volumes" || key0 === "authentication" || key0 === "executionRoleArn")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema104, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.AWSEBDockerrunVersion !== void 0) {
      let data0 = data.AWSEBDockerrunVersion;
      if (!(data0 === 2 || data0 === "2")) {
        const err3 = { instancePath: instancePath + "/AWSEBDockerrunVersion", schemaPath: "#/properties/AWSEBDockerrunVersion/enum", keyword: "enum", params: { allowedValues: schema104.properties.AWSEBDockerrunVersion.enum }, message: "must be equal to one of the allowed values", schema: schema104.properties.AWSEBDockerrunVersion.enum, parentSchema: schema104.properties.AWSEBDockerrunVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.containerDefinitions !== void 0) {
      let data1 = data.containerDefinitions;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate122(data1[i0], { instancePath: instancePath + "/containerDefinitions/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/containerDefinitions", schemaPath: "#/properties/containerDefinitions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema104.properties.containerDefinitions.type, parentSchema: schema104.properties.containerDefinitions, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.volumes !== void 0) {
      let data3 = data.volumes;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate34(data3[i1], { instancePath: instancePath + "/volumes/" + i1, parentData: data3, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema104.properties.volumes.type, parentSchema: schema104.properties.volumes, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.authentication !== void 0) {
      let data5 = data.authentication;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.bucket === void 0) {
          const err6 = { instancePath: instancePath + "/authentication", schemaPath: "#/definitions/DockerrunAuthentication/required", keyword: "required", params: { missingProperty: "bucket" }, message: "must have required property 'bucket'", schema: schema105.required, parentSchema: schema105, data: data5 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data5.key === void 0) {
          const err7 = { instancePath: instancePath + "/authentication", schemaPath: "#/definitions/DockerrunAuthentication/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema105.required, parentSchema: schema105, data: data5 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "bucket" || key1 === "key")) {
            const err8 = { instancePath: instancePath + "/authentication", schemaPath: "#/definitions/DockerrunAuthentication/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema105, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data5.bucket !== void 0) {
          let data6 = data5.bucket;
          if (typeof data6 !== "string") {
            const err9 = { instancePath: instancePath + "/authentication/bucket", schemaPath: "#/definitions/DockerrunAuthentication/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.bucket.type, parentSchema: schema105.properties.bucket, data: data6 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data5.key !== void 0) {
          let data7 = data5.key;
          if (typeof data7 !== "string") {
            const err10 = { instancePath: instancePath + "/authentication/key", schemaPath: "#/definitions/DockerrunAuthentication/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.key.type, parentSchema: schema105.properties.key, data: data7 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/authentication", schemaPath: "#/definitions/DockerrunAuthentication/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema105.type, parentSchema: schema105, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.executionRoleArn !== void 0) {
      let data8 = data.executionRoleArn;
      if (typeof data8 !== "string") {
        const err12 = { instancePath: instancePath + "/executionRoleArn", schemaPath: "#/properties/executionRoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema104.properties.executionRoleArn.type, parentSchema: schema104.properties.executionRoleArn, data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema104.type, parentSchema: schema104, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
var dockerrunV3 = validate77;
var schema107 = { "title": "Dockerrun.aws.json v3", "type": "object", "properties": { "AWSEBDockerrunVersion": { "enum": ["3", 3] }, "Authentication": { "$ref": "#/definitions/DockerrunV3Authentication" } }, "required": ["AWSEBDockerrunVersion"], "additionalProperties": false };
var schema108 = { "$comment": "S3 object holding a .dockercfg / config.json", "title": '"Authentication"', "type": "object", "properties": { "bucket": { "type": "string" }, "key": { "type": "string" } }, "required": ["bucket", "key"], "additionalProperties": false };
function validate78(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.AWSEBDockerrunVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "AWSEBDockerrunVersion" }, message: "must have required property 'AWSEBDockerrunVersion'", schema: schema107.required, parentSchema: schema107, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "AWSEBDockerrunVersion" || key0 === "Authentication")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema107, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.AWSEBDockerrunVersion !== void 0) {
      let data0 = data.AWSEBDockerrunVersion;
      if (!(data0 === "3" || data0 === 3)) {
        const err2 = { instancePath: instancePath + "/AWSEBDockerrunVersion", schemaPath: "#/properties/AWSEBDockerrunVersion/enum", keyword: "enum", params: { allowedValues: schema107.properties.AWSEBDockerrunVersion.enum }, message: "must be equal to one of the allowed values", schema: schema107.properties.AWSEBDockerrunVersion.enum, parentSchema: schema107.properties.AWSEBDockerrunVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.Authentication !== void 0) {
      let data1 = data.Authentication;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.bucket === void 0) {
          const err3 = { instancePath: instancePath + "/Authentication", schemaPath: "#/definitions/DockerrunV3Authentication/required", keyword: "required", params: { missingProperty: "bucket" }, message: "must have required property 'bucket'", schema: schema108.required, parentSchema: schema108, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1.key === void 0) {
          const err4 = { instancePath: instancePath + "/Authentication", schemaPath: "#/definitions/DockerrunV3Authentication/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema108.required, parentSchema: schema108, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "bucket" || key1 === "key")) {
            const err5 = { instancePath: instancePath + "/Authentication", schemaPath: "#/definitions/DockerrunV3Authentication/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema108, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.bucket !== void 0) {
          let data2 = data1.bucket;
          if (typeof data2 !== "string") {
            const err6 = { instancePath: instancePath + "/Authentication/bucket", schemaPath: "#/definitions/DockerrunV3Authentication/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema108.properties.bucket.type, parentSchema: schema108.properties.bucket, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data1.key !== void 0) {
          let data3 = data1.key;
          if (typeof data3 !== "string") {
            const err7 = { instancePath: instancePath + "/Authentication/key", schemaPath: "#/definitions/DockerrunV3Authentication/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema108.properties.key.type, parentSchema: schema108.properties.key, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/Authentication", schemaPath: "#/definitions/DockerrunV3Authentication/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema108.type, parentSchema: schema108, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema107.type, parentSchema: schema107, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
function validate77(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!validate78(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
    errors = vErrors.length;
  }
  validate77.errors = vErrors;
  return errors === 0;
}

// src/schema/validate.ts
var VALIDATORS = {
  "task-definition": taskDefinition,
  "describe-output": describeOutput,
  "container-definitions": containerDefinitions,
  "dockerrun-v1": dockerrunV1,
  "dockerrun-v2": dockerrunV2,
  "dockerrun-v3": dockerrunV3
};
var NAMED_ITEMS = {
  "task-definition": [
    { array: ["containerDefinitions"], noun: "container", title: "container definition" },
    { array: ["volumes"], noun: "volume", title: "volume" }
  ],
  "describe-output": [
    { array: ["taskDefinition", "containerDefinitions"], noun: "container", title: "container definition" },
    { array: ["taskDefinition", "volumes"], noun: "volume", title: "volume" }
  ],
  "container-definitions": [{ array: [], noun: "container", title: "container definition" }],
  "dockerrun-v1": [],
  "dockerrun-v2": [
    { array: ["containerDefinitions"], noun: "container", title: "container definition" },
    { array: ["volumes"], noun: "volume", title: "volume" }
  ],
  "dockerrun-v3": []
};
var SENSITIVE_KEYS = /* @__PURE__ */ new Set([
  "environment",
  "secrets",
  "secretOptions",
  "options",
  "dockerLabels",
  "driverOpts",
  "labels",
  "repositoryCredentials",
  "properties"
]);
var PATTERN_DESCRIPTIONS = { "^[0-9]+$": "a whole number" };
var VALUE_HINTS = {
  "networkMode default": 'remove "networkMode": the API has no "default" value; omitting it gives bridge on Linux, NAT on Windows',
  "networkMode nat": 'remove "networkMode": the API has no "nat" value; omitting it gives NAT on Windows',
  "logDriver logentries": 'the ECS API no longer accepts "logentries"; pick another driver'
};
var WRAPPER_KEYWORDS = /* @__PURE__ */ new Set(["if", "then", "else", "anyOf", "oneOf", "allOf", "not", "$ref"]);
var MAX_SHOWN_LENGTH = 40;
var MAX_LISTED_VALUES = 8;
var OUTPUT_ONLY = new Set(OUTPUT_ONLY_TASK_FIELDS);
function validateSchema(target, value) {
  const validate = VALIDATORS[target];
  let errors;
  try {
    if (validate(value)) return [];
    errors = validate.errors ?? [];
  } catch {
    return [];
  }
  return mapAjvErrors(target, value, errors);
}
function mapAjvErrors(target, root, errors) {
  const typeErrorAt = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const issues = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (WRAPPER_KEYWORDS.has(error.keyword)) continue;
    if (error.keyword === "enum" && typeErrorAt.has(error.instancePath)) continue;
    const issue = safeIssue(target, root, error);
    const key = JSON.stringify([issue.path, issue.target, issue.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}
function safeIssue(target, root, error) {
  try {
    return toIssue(new Context(target, root, error));
  } catch {
    return {
      path: [],
      target: "value",
      messageId: "invalid",
      message: `${error.instancePath || "the document"} ${error.message ?? "is not valid"}`,
      data: { keyword: error.keyword }
    };
  }
}
var Context = class {
  constructor(target, root, error) {
    this.target = target;
    this.root = root;
    this.error = error;
    this.path = decodePath(error.instancePath, root);
    this.data = valueAt3(root, this.path);
  }
  target;
  root;
  error;
  path;
  data;
  get params() {
    return this.error.params;
  }
  get parentSchema() {
    const s = this.error.parentSchema;
    return isObject3(s) ? s : {};
  }
  /** Whether values at `path` must not be echoed. */
  sensitive(path = this.path) {
    return path.some((seg) => typeof seg === "string" && SENSITIVE_KEYS.has(seg));
  }
  /** The nearest named item (container, volume) that holds `path`, if `path` is inside one. */
  owner(path = this.path) {
    for (const scope of NAMED_ITEMS[this.target]) {
      const n = scope.array.length;
      if (path.length <= n || typeof path[n] !== "number") continue;
      if (!scope.array.every((seg, i) => path[i] === seg)) continue;
      const itemPath = path.slice(0, n + 1);
      const item = valueAt3(this.root, itemPath);
      const name = isObject3(item) && typeof item.name === "string" && item.name !== "" ? item.name : void 0;
      return { noun: scope.noun, title: scope.title, name, path: itemPath };
    }
    return void 0;
  }
  /** `container "web": ` for findings inside a named item (not about the item itself). */
  prefix(objectPath) {
    const owner = this.owner(objectPath);
    if (owner?.name === void 0 || owner.path.length === objectPath.length) return "";
    return `${owner.noun} ${quote(owner.name)}: `;
  }
  /** What an object is called in a message: `container "web"`, `port mapping`, `task definition`. */
  objectName(objectPath) {
    const owner = this.owner(objectPath);
    if (owner && owner.path.length === objectPath.length) {
      return owner.name === void 0 ? owner.title : `${owner.noun} ${quote(owner.name)}`;
    }
    const title = this.parentSchema.title;
    return typeof title === "string" ? title : "object";
  }
};
function toIssue(ctx) {
  const { error } = ctx;
  switch (error.keyword) {
    case "required":
      return required(ctx);
    case "additionalProperties":
      return additionalProperty(ctx);
    case "type":
      return typeMismatch(ctx);
    case "enum":
      return notInEnum(ctx);
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return numberBound(ctx);
    case "minLength":
    case "maxLength":
      return lengthBound(ctx);
    case "minItems":
    case "maxItems":
      return itemsBound(ctx);
    case "minProperties":
    case "maxProperties":
      return propertiesBound(ctx);
    case "pattern":
      return patternMismatch(ctx);
    default:
      return {
        path: ctx.path,
        target: "value",
        messageId: "invalid",
        message: `${ctx.prefix(ctx.path)}${subject(ctx.path, ctx)} ${error.message ?? "is not valid"}`,
        data: { property: lastKey(ctx.path), keyword: error.keyword }
      };
  }
}
function required(ctx) {
  const property = String(ctx.params.missingProperty);
  const owner = ctx.owner();
  let message;
  if (ctx.path.length === 0) message = `missing required property ${quote(property)}`;
  else if (owner && owner.path.length === ctx.path.length) {
    message = `${ctx.objectName(ctx.path)} is missing required property ${quote(property)}`;
  } else {
    message = `${ctx.prefix(ctx.path)}${ctx.objectName(ctx.path)} is missing required property ${quote(property)}`;
  }
  return { path: ctx.path, target: "key", messageId: "required", message, data: { property } };
}
function additionalProperty(ctx) {
  const property = String(ctx.params.additionalProperty);
  const path = [...ctx.path, property];
  if (ctx.target === "task-definition" && ctx.path.length === 0 && OUTPUT_ONLY.has(property)) {
    return {
      path,
      target: "key",
      messageId: "outputOnly",
      message: `${quote(property)} is output of describe-task-definition; RegisterTaskDefinition rejects it`,
      hint: 'remove it (amazon-ecs-deploy-task-definition strips it: then set the schema option "allowOutputOnly")',
      data: { property },
      fix: { message: `remove ${quote(property)}`, edits: [{ op: "remove", path }] }
    };
  }
  const known = isObject3(ctx.parentSchema.properties) ? Object.keys(ctx.parentSchema.properties) : [];
  const present2 = isObject3(ctx.data) ? new Set(Object.keys(ctx.data)) : /* @__PURE__ */ new Set();
  const candidates2 = known.filter((k) => !present2.has(k));
  const suggestion2 = closest6(property, candidates2);
  const issue = {
    path,
    target: "key",
    messageId: "unknownProperty",
    message: `${ctx.prefix(ctx.path)}unknown property ${quote(property)} in ${ctx.objectName(ctx.path)}`,
    data: { property }
  };
  if (suggestion2 !== void 0) {
    issue.hint = `did you mean ${quote(suggestion2)}?`;
    issue.data.suggestion = suggestion2;
    const rename = {
      message: `rename ${quote(property)} to ${quote(suggestion2)}`,
      edits: [{ op: "rename", path, to: suggestion2 }]
    };
    if (isSafeCorrection(property, suggestion2, candidates2)) issue.fix = rename;
    else issue.suggestions = [rename];
  }
  return issue;
}
function typeMismatch(ctx) {
  const expected = toArray(ctx.error.schema).map(String);
  const actual = jsonType(ctx.data);
  const sensitive = ctx.sensitive();
  const shown4 = sensitive || actual === "object" || actual === "array" || actual === "null";
  const got = shown4 ? actual : `${actual} ${show2(ctx.data)}`;
  const issue = {
    path: ctx.path,
    target: "value",
    // A null is its own case: the AWS CLI rejects it, while some deploy tools drop null members first.
    messageId: actual === "null" ? "null" : "type",
    message: `${ctx.prefix(ctx.path)}${subject(ctx.path, ctx)} must be ${expected.map(article).join(" or ")}, got ${got}`,
    data: { property: lastKey(ctx.path), expected: expected.join(","), actual }
  };
  const hint = typeHint(ctx, expected, sensitive);
  if (hint !== void 0) issue.hint = hint;
  const fix = typeFix(ctx, expected, sensitive);
  if (fix) issue.fix = fix;
  return issue;
}
function typeFix(ctx, expected, sensitive) {
  const value = ctx.data;
  const path = ctx.path;
  const last = path.at(-1);
  if (last === void 0) return void 0;
  const name = typeof last === "number" ? `the null item of ${quote(lastKey(path))}` : quote(last);
  if (value === null) return { message: `remove ${name}`, edits: [{ op: "remove", path }] };
  if (sensitive) return void 0;
  let fixed;
  if (expected.includes("string") && (typeof value === "number" || typeof value === "boolean")) {
    const allowed = ctx.parentSchema.enum;
    if (Array.isArray(allowed) && !allowed.includes(String(value))) return void 0;
    fixed = String(value);
  } else if (typeof value === "string") {
    const text = value.trim();
    if (expected.includes("integer") && /^-?\d+$/.test(text)) fixed = Number(text);
    else if (expected.includes("number") && text !== "" && Number.isFinite(Number(text))) fixed = Number(text);
    else if (expected.includes("boolean") && /^(true|false)$/i.test(text)) fixed = text.toLowerCase() === "true";
  }
  if (fixed === void 0 || typeof fixed === "number" && !Number.isSafeInteger(fixed) && expected.includes("integer")) {
    return void 0;
  }
  return {
    message: `write ${quote(lastKey(path))} as ${JSON.stringify(fixed)}`,
    edits: [{ op: "set", path, value: fixed }]
  };
}
function typeHint(ctx, expected, sensitive) {
  const value = ctx.data;
  if (value === null) {
    if (ctx.path.length === 0) return void 0;
    return typeof ctx.path.at(-1) === "number" ? "remove the null item" : 'remove the property (deploy tools that drop nulls: set the schema option "allowNull")';
  }
  if (expected.includes("string") && (typeof value === "number" || typeof value === "boolean")) {
    const allowed = ctx.parentSchema.enum;
    if (Array.isArray(allowed) && !allowed.includes(String(value))) return void 0;
    return sensitive ? "write it in double quotes, as a string" : `write it as a string: ${JSON.stringify(String(value))}`;
  }
  if (expected.includes("object") && typeof value === "string" && ctx.path.at(-2) === "environment") {
    return 'write each variable as {"name": "...", "value": "..."}';
  }
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (expected.includes("integer") && /^-?\d+$/.test(text)) {
    return sensitive ? "write it without quotes, as a number" : `write it as a number: ${Number(text)}`;
  }
  if (expected.includes("number") && text !== "" && Number.isFinite(Number(text))) {
    return sensitive ? "write it without quotes, as a number" : `write it as a number: ${Number(text)}`;
  }
  if (expected.includes("boolean") && /^(true|false)$/i.test(text)) {
    return `write it without quotes: ${text.toLowerCase()}`;
  }
  return void 0;
}
function notInEnum(ctx) {
  const allowed = toArray(ctx.params.allowedValues);
  const shown4 = ctx.sensitive() ? "value" : show2(ctx.data);
  const last = ctx.path.at(-1);
  const parent = ctx.path.at(-2);
  const what = typeof last === "number" && typeof parent === "string" ? `${shown4} in ${quote(parent)}` : `${subject(ctx.path, ctx)} ${shown4}`;
  const listed = allowed.map(show2).join(", ");
  const suggestion2 = typeof ctx.data === "string" ? closest6(
    ctx.data,
    allowed.filter((v) => typeof v === "string")
  ) : void 0;
  const issue = {
    path: ctx.path,
    target: "value",
    messageId: "enum",
    message: allowed.length <= MAX_LISTED_VALUES ? `${ctx.prefix(ctx.path)}${what} is not one of ${listed}` : `${ctx.prefix(ctx.path)}${what} is not a valid value`,
    data: { property: lastKey(ctx.path), value: typeof ctx.data === "string" ? ctx.data : jsonType(ctx.data) }
  };
  const known = typeof ctx.data === "string" ? VALUE_HINTS[`${lastKey(ctx.path)} ${ctx.data}`] : void 0;
  if (known !== void 0) {
    issue.hint = known;
  } else if (suggestion2 !== void 0) {
    issue.hint = `did you mean ${quote(suggestion2)}?`;
    issue.data.suggestion = suggestion2;
    if (!ctx.sensitive()) {
      const set = {
        message: `write ${quote(suggestion2)}`,
        edits: [{ op: "set", path: ctx.path, value: suggestion2 }]
      };
      const strings = allowed.filter((v) => typeof v === "string");
      if (isSafeCorrection(String(ctx.data), suggestion2, strings)) issue.fix = set;
      else issue.suggestions = [set];
    }
  } else if (allowed.length > MAX_LISTED_VALUES) {
    issue.hint = `use one of ${listed}`;
  }
  return issue;
}
function numberBound(ctx) {
  const limit = Number(ctx.params.limit);
  const actual = typeof ctx.data === "number" ? ctx.data : Number.NaN;
  const words = {
    minimum: `is less than the minimum of ${limit}`,
    maximum: `is more than the maximum of ${limit}`,
    exclusiveMinimum: `must be more than ${limit}`,
    exclusiveMaximum: `must be less than ${limit}`
  };
  return {
    path: ctx.path,
    target: "value",
    messageId: ctx.error.keyword,
    message: `${ctx.prefix(ctx.path)}${subject(ctx.path, ctx)} ${ctx.sensitive() ? "" : `${actual} `}${words[ctx.error.keyword]}`,
    data: { property: lastKey(ctx.path), limit, actual }
  };
}
function lengthBound(ctx) {
  const limit = Number(ctx.params.limit);
  const actual = typeof ctx.data === "string" ? [...ctx.data].length : 0;
  const what = `${ctx.prefix(ctx.path)}${subject(ctx.path, ctx)}`;
  let message;
  if (ctx.error.keyword === "minLength") {
    message = actual === 0 && limit === 1 ? `${what} must not be empty` : `${what} is ${plural3(actual, "character")} long, fewer than the minimum of ${limit}`;
  } else {
    message = `${what} is ${plural3(actual, "character")} long, more than the maximum of ${limit}`;
  }
  return {
    path: ctx.path,
    target: "value",
    messageId: ctx.error.keyword,
    message,
    data: { property: lastKey(ctx.path), limit, actual }
  };
}
function itemsBound(ctx) {
  const limit = Number(ctx.params.limit);
  const actual = Array.isArray(ctx.data) ? ctx.data.length : 0;
  const bound = ctx.error.keyword === "minItems" ? `fewer than the minimum of ${limit}` : `more than the maximum of ${limit}`;
  return {
    path: ctx.path,
    target: "value",
    messageId: ctx.error.keyword,
    message: `${ctx.prefix(ctx.path)}${subject(ctx.path, ctx)} has ${plural3(actual, "item")}, ${bound}`,
    data: { property: lastKey(ctx.path), limit, actual }
  };
}
function propertiesBound(ctx) {
  const schema = ctx.parentSchema;
  const limit = Number(ctx.params.limit);
  const actual = isObject3(ctx.data) ? Object.keys(ctx.data).length : 0;
  const members = isObject3(schema.properties) ? Object.keys(schema.properties) : [];
  const what = `${ctx.prefix(ctx.path)}${subject(ctx.path, ctx)}`;
  let message;
  if (schema.minProperties === 1 && schema.maxProperties === 1) {
    message = `${what} must set exactly one of ${members.map(quote).join(", ")}${actual > 1 ? `, got ${actual}` : ""}`;
  } else if (ctx.error.keyword === "minProperties") {
    message = `${what} has ${plural3(actual, "property", "properties")}, fewer than the minimum of ${limit}`;
  } else {
    message = `${what} has ${plural3(actual, "property", "properties")}, more than the maximum of ${limit}`;
  }
  return {
    path: ctx.path,
    target: "value",
    messageId: ctx.error.keyword,
    message,
    data: { property: lastKey(ctx.path), limit, actual }
  };
}
function patternMismatch(ctx) {
  const pattern = String(ctx.params.pattern);
  const expected = PATTERN_DESCRIPTIONS[pattern];
  const shown4 = ctx.sensitive() ? "" : ` ${show2(ctx.data)}`;
  return {
    path: ctx.path,
    target: "value",
    messageId: "pattern",
    message: expected === void 0 ? `${ctx.prefix(ctx.path)}${subject(ctx.path, ctx)}${shown4} does not match the pattern /${pattern}/` : `${ctx.prefix(ctx.path)}${subject(ctx.path, ctx)}${shown4} must be ${expected}`,
    data: { property: lastKey(ctx.path), pattern }
  };
}
function subject(path, ctx) {
  const last = path.at(-1);
  const parent = path.at(-2);
  if (last === void 0) return "the document";
  if (typeof last === "number") {
    const owner = ctx.owner(path);
    if (owner && owner.path.length === path.length) {
      return owner.name === void 0 ? `${owner.title} ${last + 1}` : `${owner.noun} ${quote(owner.name)}`;
    }
    return typeof parent === "string" ? `item ${last + 1} of ${quote(parent)}` : `item ${last + 1}`;
  }
  if (typeof parent === "string" && /\/additionalProperties\//.test(ctx.error.schemaPath)) {
    return `${quote(last)} in ${quote(parent)}`;
  }
  return quote(last);
}
function quote(s) {
  return JSON.stringify(s);
}
function show2(value) {
  if (typeof value === "string") {
    const chars = [...value];
    return JSON.stringify(chars.length > MAX_SHOWN_LENGTH ? `${chars.slice(0, MAX_SHOWN_LENGTH).join("")}\u2026` : value);
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return jsonType(value);
}
function jsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
function article(type) {
  return `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}
function plural3(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function lastKey(path) {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === "string") return seg;
  }
  return "";
}
function closest6(word, candidates2) {
  const lower = word.toLowerCase();
  const exact = candidates2.find((c) => c.toLowerCase() === lower);
  if (exact !== void 0) return exact;
  const limit = Math.min(3, Math.max(1, Math.floor(lower.length / 4)));
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates2) {
    const c = candidate.toLowerCase();
    const d = distance5(lower, c);
    const swapped = d === 2 && c.length === lower.length && [...c].sort().join("") === [...lower].sort().join("");
    if ((d <= limit || swapped) && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function isSafeCorrection(word, match, candidates2) {
  const lower = word.toLowerCase();
  if (match.toLowerCase() === lower) return true;
  const near = (c) => {
    const d = distance5(lower, c.toLowerCase());
    return d <= 1 || d === 2 && isSwap(lower, c.toLowerCase());
  };
  if (!near(match)) return false;
  return candidates2.filter((c) => c !== match && distance5(lower, c.toLowerCase()) <= 2).length === 0;
}
function isSwap(a, b) {
  if (a.length !== b.length) return false;
  const diff = [];
  for (let i2 = 0; i2 < a.length && diff.length <= 2; i2++) if (a[i2] !== b[i2]) diff.push(i2);
  const [i, j] = diff;
  return diff.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}
function isObject3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function toArray(value) {
  return Array.isArray(value) ? value : [value];
}
function decodePath(pointer, root) {
  if (pointer === "") return [];
  const path = [];
  let current = root;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = isObject3(current) && Object.hasOwn(current, segment) ? current[segment] : void 0;
    }
  }
  return path;
}
function valueAt3(root, path) {
  let current = root;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else if (isObject3(current) && typeof segment === "string" && Object.hasOwn(current, segment)) {
      current = current[segment];
    } else return void 0;
  }
  return current;
}

// src/engine/lint.ts
init_text();

// src/engine/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var utf8Lossy = new TextDecoder("utf-8", { ignoreBOM: true });
function decode(bytes2) {
  const [b0, b1] = [bytes2[0], bytes2[1]];
  const utf16 = b0 === 255 && b1 === 254 ? "utf-16le" : b0 === 254 && b1 === 255 ? "utf-16be" : (
    // No BOM: JSON starts with ASCII, so UTF-16 shows as a NUL beside the first character.
    bytes2.length >= 4 && b0 !== 0 && b1 === 0 && bytes2[3] === 0 ? "utf-16le" : bytes2.length >= 4 && b0 === 0 && b1 !== 0 && bytes2[2] === 0 ? "utf-16be" : void 0
  );
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes2).replace(/^\uFEFF/, "");
    return {
      text,
      problem: {
        messageId: "utf16",
        message: `file is ${utf16.toUpperCase()} encoded; the AWS CLI reads UTF-8`,
        hint: "save the file as UTF-8",
        offset: 0,
        fatal: false
      }
    };
  }
  const nul = bytes2.indexOf(0);
  if (nul !== -1) {
    return {
      text: "",
      problem: {
        messageId: "binary",
        message: `binary file (NUL byte at byte ${nul}), not JSON`,
        offset: 0,
        fatal: true
      }
    };
  }
  try {
    return { text: utf8.decode(bytes2) };
  } catch {
    const bad = firstInvalidUtf8(bytes2);
    const text = utf8Lossy.decode(bytes2);
    const offset = utf8Lossy.decode(bytes2.subarray(0, bad)).length;
    return {
      text,
      problem: {
        messageId: "invalid-utf8",
        message: `invalid UTF-8 byte 0x${(bytes2[bad] ?? 0).toString(16).padStart(2, "0")}`,
        hint: "save the file as UTF-8",
        offset: text.charCodeAt(0) === 65279 ? offset - 1 : offset,
        fatal: false
      }
    };
  }
}
function firstInvalidUtf8(bytes2) {
  let lo = 0;
  let hi = bytes2.length;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (validPrefix(bytes2, mid)) lo = mid;
    else hi = mid - 1;
  }
  for (let k = 1; k <= 3 && lo - k >= 0; k++) {
    const b = bytes2[lo - k] ?? 0;
    if (b >= 192) return lo - k;
    if (b < 128) break;
  }
  return lo;
}
function validPrefix(bytes2, end) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes2.subarray(0, end), { stream: true });
    return true;
  } catch {
    return false;
  }
}

// src/engine/interpolate.ts
var MAX_VALUE = 120;
var PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
var SPLIT = /* @__PURE__ */ new Map();
var MAX_TEMPLATES = 4096;
function split(template) {
  let parts = SPLIT.get(template);
  if (parts === void 0) {
    const out = [];
    let at = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      out.push(template.slice(at, m.index), m[1], m[0]);
      at = m.index + m[0].length;
    }
    out.push(template.slice(at));
    parts = out;
    if (SPLIT.size < MAX_TEMPLATES) SPLIT.set(template, parts);
  }
  return parts;
}
function interpolate(template, data = {}) {
  const parts = split(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i];
    if (Object.hasOwn(data, name)) {
      const text = String(data[name]);
      out += text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}\u2026` : text;
    } else {
      out += parts[i + 1];
    }
    out += parts[i + 2];
  }
  return out;
}

// src/engine/lint.ts
init_docs();
function lintBytes(bytes2, options) {
  const { text, problem } = decode(bytes2);
  return lintText(text, problem ? { ...options, decodeProblem: problem } : options);
}
var SHELL_KEYS = /* @__PURE__ */ new Set(["command", "entryPoint"]);
function lintText(text, options) {
  const { settings } = options;
  const levelOf = (ruleId) => levelIn(settings.rules, ruleId);
  const decodeProblem = options.decodeProblem;
  const parsed = parseDocument(decodeProblem?.fatal ? "" : text, { allowComments: settings.allowComments ?? false });
  if (decodeProblem) {
    const issue = { ...decodeProblem, length: 0 };
    if (decodeProblem.fatal) parsed.issues.splice(0, parsed.issues.length, issue);
    else parsed.issues.unshift(issue);
  }
  const pending = [];
  const push = (p, base = defaultSeverity(p.ruleId)) => {
    const level = levelOf(p.ruleId);
    if (level === "off") return;
    p.message = oneLine(p.message);
    if (p.hint !== void 0) p.hint = oneLine(p.hint);
    if (p.related) for (const r of p.related) r.message = oneLine(r.message);
    if (p.offset?.related) p.offset.related.message = oneLine(p.offset.related.message);
    p.severity = findingSeverity(level, p.severity, base);
    pending.push(p);
  };
  for (const issue of parsed.issues) push(fromSyntax(issue));
  let kind = "unknown";
  if (!parsed.fatal) {
    kind = detectKind(parsed.value, options.file);
    if (kind === "unknown") {
      if (options.explicit) {
        push({
          ruleId: "document-kind",
          severity: "error",
          messageId: "unknown",
          message: `not a recognised document: expected an ECS task definition, describe-task-definition output, a container-definitions array or a Dockerrun.aws.json`,
          hint: 'lint only task definitions and Dockerrun files, or exclude this file with "ignore" in the config',
          path: [],
          target: "key"
        });
      }
    } else {
      lintDocument(parsed.value, kind, options, push, levelOf, mayHavePlaceholders(parsed.text));
    }
  }
  const diagnostics = pending.length === 0 ? [] : finish(pending, parsed, kind);
  const result2 = {
    file: options.file,
    kind,
    diagnostics,
    source: options.keepSource === false ? "" : diagnostics.length === 0 ? parsed.text : parsed.strict ? redactStrictSecrets(parsed.text) : redactSecrets(parsed.text)
  };
  if (diagnostics.length > 0 && result2.source !== "") rememberSourceLines(result2, parsed.lines.over(result2.source));
  return result2;
}
function fromSyntax(issue) {
  const p = {
    ruleId: issue.ruleId ?? "json-syntax",
    severity: "error",
    messageId: issue.messageId,
    message: issue.message,
    path: [],
    target: "value",
    offset: { offset: issue.offset, length: issue.length }
  };
  if (issue.hint !== void 0) p.hint = issue.hint;
  if (issue.related && p.offset) p.offset.related = issue.related;
  return p;
}
function lintDocument(value, kind, options, push, levelOf, placeholdersPossible = true) {
  const placeholders = placeholdersPossible ? findPlaceholders(value) : [];
  const first = placeholders[0];
  if (first) {
    const more = placeholders.length > 1 ? ` and ${placeholders.length - 1} more` : "";
    push({
      ruleId: "template-placeholder",
      severity: "note",
      messageId: "placeholder",
      message: `template placeholder ${JSON.stringify(first.match)}${more}: values with placeholders are not checked`,
      hint: "lint the rendered file to check those values too",
      path: first.path,
      target: "value"
    });
  }
  const view = viewOf(kind, value);
  const toSource = (path) => path;
  if (levelOf("schema") !== "off" && kind !== "unknown") {
    const schemaOptions = options.settings.rules.get("schema")?.options ?? {};
    for (const issue of validateSchema(kind, value)) {
      if (issue.messageId === "null" && schemaOptions.allowNull) continue;
      if (issue.messageId === "outputOnly" && schemaOptions.allowOutputOnly) continue;
      const p = {
        ruleId: "schema",
        severity: "error",
        messageId: issue.messageId,
        message: issue.message,
        path: issue.path,
        target: issue.target,
        data: issue.data
      };
      if (issue.hint !== void 0) p.hint = issue.hint;
      if (issue.fix) p.fix = sourceProposal(issue.fix, toSource);
      if (issue.suggestions) p.suggestions = issue.suggestions.map((s) => sourceProposal(s, toSource));
      push(p);
    }
  }
  for (const rule of options.rules) {
    const { meta } = rule;
    if (levelOf(meta.id) === "off") continue;
    if (!(meta.appliesTo ?? TASK_KINDS).includes(kind)) continue;
    const ctx = {
      options: options.settings.rules.get(meta.id)?.options,
      file: options.file,
      kind,
      document: value,
      report(r) {
        const template = meta.messages[r.messageId];
        const p = {
          ruleId: meta.id,
          severity: r.severity ?? meta.severity,
          messageId: r.messageId,
          message: template === void 0 ? r.messageId : interpolate(template, r.data),
          path: view.toSource(r.path),
          target: r.target ?? "value"
        };
        if (r.data) p.data = r.data;
        if (r.hint !== void 0) p.hint = r.hint;
        if (r.fix) p.fix = sourceProposal(r.fix, view.toSource);
        if (r.suggestions && r.suggestions.length > 0) {
          p.suggestions = r.suggestions.map((s) => sourceProposal(s, view.toSource));
        }
        if (meta.id.includes("/")) p.docs = ruleDocsUrl(meta);
        if (r.related) {
          p.related = r.related.map((rel) => ({
            path: view.toSource(rel.path),
            message: rel.message,
            target: rel.target ?? "value"
          }));
        }
        push(p, meta.severity);
      }
    };
    try {
      const returned = rule.check(view.task, ctx);
      if (isThenable(returned)) {
        returned.then(void 0, () => {
        });
        throw new Error("check() returned a promise; rules must be synchronous");
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      push({
        ruleId: "internal-error",
        severity: "error",
        messageId: "crash",
        message: `rule "${meta.id}" crashed on ${KIND_NAMES[kind]}: ${reason.split("\n")[0]}`,
        hint: "report this at https://github.com/ecslint/ecslint/issues with the file; other rules still ran",
        path: [],
        target: "key"
      });
    }
  }
}
function sourceProposal(proposal, toSource) {
  return {
    message: oneLine(proposal.message),
    edits: proposal.edits.map((e) => ({ ...e, path: toSource(e.path) }))
  };
}
var isThenable = (v) => (typeof v === "object" || typeof v === "function") && v !== null && typeof v.then === "function";
function mayHavePlaceholders(text) {
  return text.includes("$") || text.includes("{{") || text.includes("<") || text.includes("%") || text.includes("\\u");
}
function findPlaceholders(value) {
  const hits = [];
  const walk2 = (v, path) => {
    if (typeof v === "string") {
      const match = findPlaceholder(v);
      if (match !== void 0)
        hits.push({ path: [...path], match: match.length > 40 ? `${match.slice(0, 39)}\u2026` : match });
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk2(v[i], [...path, i]);
    } else if (isObject2(v)) {
      for (const [k, item] of Object.entries(v)) if (!SHELL_KEYS.has(k)) walk2(item, [...path, k]);
    }
  };
  walk2(value, []);
  return hits;
}
function finish(pending, parsed, kind) {
  const { lines, locator, value } = parsed;
  let writer;
  const fixOf = (proposal) => {
    writer ??= new FixWriter(parsed.text);
    return toFix(writer, lines, proposal);
  };
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const p of pending) {
    let offset = p.offset?.offset ?? 0;
    let length = p.offset?.length ?? 0;
    if (!p.offset && !parsed.fatal) {
      if (p.ruleId !== "template-placeholder" && atPlaceholder(value, p.path)) continue;
      ({ offset, length } = locator.locate(p.path, p.target));
    }
    const pointer = toPointer(p.path);
    const d = {
      ruleId: p.ruleId,
      severity: p.severity,
      message: p.message,
      pointer,
      range: lines.range(offset, length),
      docsUrl: p.docs ?? docsUrl(p.ruleId)
    };
    lazyFingerprint(d, p, pointer, kind);
    if (p.hint !== void 0) d.hint = p.hint;
    const related = [];
    if (p.offset?.related) {
      const r = p.offset.related;
      related.push({ message: r.message, pointer: "", range: lines.range(r.offset, r.length) });
    }
    for (const r of p.related ?? []) {
      if (parsed.fatal) continue;
      const loc = locator.locate(r.path, r.target);
      related.push({ message: r.message, pointer: toPointer(r.path), range: lines.range(loc.offset, loc.length) });
    }
    if (related.length > 0) d.related = related;
    if (!parsed.fatal) {
      const fix = p.fix && fixOf(p.fix);
      if (fix) d.fix = fix;
      const suggestions = p.suggestions?.map(fixOf).filter((f) => f !== void 0) ?? [];
      if (suggestions.length > 0) d.suggestions = suggestions;
    }
    const key = `${d.ruleId}\0${d.message}\0${offset}:${length}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort(compareDiagnostics);
}
function atPlaceholder(document, path) {
  let v = document;
  for (const seg of path) {
    if (Array.isArray(v)) v = typeof seg === "number" ? v[seg] : void 0;
    else if (isObject2(v) && Object.hasOwn(v, seg)) v = v[String(seg)];
    else return false;
  }
  return typeof v === "string" && hasPlaceholder(v);
}
function compareDiagnostics(a, b) {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function lazyFingerprint(d, p, pointer, kind) {
  let hashed;
  const settle = (value) => {
    hashed = value;
    try {
      Object.defineProperty(d, "fingerprint", { value, writable: true, enumerable: true, configurable: true });
    } catch {
    }
    return value;
  };
  Object.defineProperty(d, "fingerprint", {
    get: () => hashed ?? settle(fingerprint2(p, pointer, kind)),
    set: settle,
    enumerable: true,
    configurable: true
  });
}
function fingerprint2(p, pointer, kind) {
  const data = p.data ? JSON.stringify(Object.entries(p.data).sort(([a], [b]) => a < b ? -1 : 1)) : "";
  const where = p.offset ? p.message : pointer;
  return sha256Hex(`${p.ruleId}\0${kind}\0${where}\0${p.messageId}\0${data}`).slice(0, 16);
}

// src/session/report.ts
var CHUNK = 64 * 1024;

// src/session/run.ts
import { resolve as resolve5 } from "node:path";

// src/inputs/targets.ts
import { readdirSync, realpathSync, statSync as statSync2 } from "node:fs";
import { join as join3, relative as relative2, resolve as resolve4, sep as sep2 } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn"]);
var DOCUMENT_NAME = /(task[-_]?def|container[-_]?def|dockerrun|ecs)[^/\\]*\.json$/i;
async function collectTargets(args, options) {
  const targets = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (path, explicit) => {
    const key = resolve4(options.cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ path, explicit });
  };
  for (const arg of args) {
    const stat = statOrUndefined(resolve4(options.cwd, arg), arg);
    if (stat?.isDirectory()) {
      for (const file of walk(arg, options)) add(file, false);
    } else if (stat) {
      if (!options.isIgnored(arg)) add(arg, true);
    } else {
      const { glob, isDynamicPattern } = await import("tinyglobby");
      if (!isDynamicPattern(arg)) throw new UsageError(`no such file or directory: ${arg}`);
      const matches = await glob(arg, { cwd: options.cwd, ignore: ["**/node_modules/**", "**/.git/**"], dot: true });
      if (matches.length === 0) throw new UsageError(`no files match the pattern ${arg}`);
      for (const file of matches.sort()) if (!options.isIgnored(file)) add(file, false);
    }
  }
  return targets;
}
function statOrUndefined(absolute, shown4) {
  try {
    return statSync2(absolute);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw new UsageError(`cannot read ${shown4}: ${code ?? String(error)}`);
  }
}
function* walk(root, options) {
  const visited = /* @__PURE__ */ new Set();
  const trees = [options.cwd, resolve4(options.cwd, root)].map((d) => {
    try {
      return realpathSync.native(d);
    } catch {
      return resolve4(d);
    }
  });
  const inTree = (real) => trees.some((t) => real === t || real.startsWith(t.endsWith(sep2) ? t : t + sep2));
  const stack = [{ dir: root, real: void 0 }];
  while (stack.length > 0) {
    const { dir, real: known } = stack.pop();
    const absolute = resolve4(options.cwd, dir);
    let real;
    let entries;
    try {
      real = known ?? realpathSync.native(absolute);
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
      const code = error.code ?? String(error);
      if (dir === root) throw new UsageError(`cannot read ${dir}: ${code}`);
      options.warn(`skipping ${dir}: ${code}`);
      continue;
    }
    if (visited.has(real)) continue;
    visited.add(real);
    options.listed?.(
      absolute,
      entries.map((e) => e.name)
    );
    const subdirs = [];
    for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      const path = dir === "." ? entry.name : `${dir.replace(/[\\/]+$/, "")}/${entry.name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let target = isDir ? join3(real, entry.name) : void 0;
      if (entry.isSymbolicLink()) {
        try {
          const s = statSync2(resolve4(options.cwd, path));
          isDir = s.isDirectory();
          isFile = s.isFile();
          target = isDir || isFile ? realpathSync.native(resolve4(options.cwd, path)) : void 0;
          if (target !== void 0 && !inTree(target)) {
            options.warn(`skipping ${path}: symbolic link to a place outside the folder linted`);
            continue;
          }
        } catch (error) {
          const code = error.code;
          options.warn(`skipping ${path}: broken symbolic link${code ? ` (${code})` : ""}`);
          continue;
        }
      }
      if (isDir) {
        if (!SKIP_DIRS.has(entry.name) && !options.isIgnored(path)) subdirs.push({ dir: path, real: target });
      } else if (isFile && entry.name.toLowerCase().endsWith(".json") && !options.isIgnored(path)) {
        yield path;
      }
    }
    stack.push(...subdirs.reverse());
  }
}

// src/session/run.ts
init_lines();

// src/policy/baseline.ts
import { readFileSync as readFileSync2 } from "node:fs";
function readBaseline(path) {
  let raw;
  try {
    raw = JSON.parse(readFileSync2(path, "utf8"));
  } catch (error) {
    const code = error.code;
    throw new UsageError(`cannot read baseline ${path}: ${code ?? "not valid JSON"}`);
  }
  const b = raw;
  const ok = b?.version === 1 && Array.isArray(b.findings) && b.findings.every((f) => typeof f?.file === "string" && typeof f?.fingerprint === "string");
  if (!ok) throw new UsageError(`baseline ${path} is not an ecslint baseline (write one with --write-baseline)`);
  return b;
}
function baselineFilter(baseline2) {
  const budget = /* @__PURE__ */ new Map();
  for (const f of baseline2.findings) {
    const key = `${f.file}\0${f.fingerprint}`;
    budget.set(key, (budget.get(key) ?? 0) + 1);
  }
  const filter = (r) => {
    let suppressed;
    const diagnostics = r.diagnostics.filter((d) => {
      if (d.ruleId === "internal-error") return true;
      const key = `${r.file}\0${d.fingerprint}`;
      const left = budget.get(key) ?? 0;
      if (left === 0) return true;
      budget.set(key, left - 1);
      suppressed ??= [...r.suppressed ?? []];
      suppressed.push({ ...d, suppression: { kind: "baseline", reason: "in the baseline" } });
      return false;
    });
    return suppressed === void 0 ? r : { ...r, diagnostics, suppressed };
  };
  return Object.assign(filter, {
    unused() {
      const left = new Map(budget);
      const out = [];
      for (const f of [...baseline2.findings].reverse()) {
        const key = `${f.file}\0${f.fingerprint}`;
        const n = left.get(key) ?? 0;
        if (n === 0) continue;
        left.set(key, n - 1);
        out.push(f);
      }
      return out.reverse();
    }
  });
}

// src/session/steps.ts
import { relative as relative3 } from "node:path";
var slash = (p) => p.replaceAll("\\", "/");
var documents = {
  name: "documents",
  file: (result2, file) => file.explicit || file.keep || result2.kind !== "unknown" || result2.diagnostics.length > 0 && DOCUMENT_NAME.test(file.absolute) ? result2 : void 0
};
var source = {
  name: "source",
  file: (result2, _file, run) => run.whole && result2.diagnostics.length === 0 && result2.source !== "" ? { ...result2, source: "" } : result2
};
var suppressions = {
  name: "suppressions",
  file: (result2, file, run) => {
    if (run.whole) run.configsUsed.add(file.config);
    const set = file.config.suppressions;
    return set ? set.apply(result2, slash(relative3(file.config.dir, file.absolute))) : result2;
  },
  finish: (run) => {
    const out = [];
    for (const loaded of run.configsUsed) {
      if (!loaded.path || !loaded.suppressions || loaded.text === void 0) continue;
      const level = run.unusedSuppressionLevel(loaded);
      if (level === "off") continue;
      const shown4 = slash(relative3(run.cwd, loaded.path));
      const note = unusedSuppressionResult(loaded.path, shown4, loaded.text, loaded.suppressions, level);
      if (note) out.push(note);
    }
    return out;
  }
};
var baseline = {
  name: "baseline",
  file: (result2, _file, run) => run.baseline ? run.baseline(result2) : result2
};
var STEPS = [documents, source, suppressions, baseline];
function postProcess(result2, file, run) {
  let out = result2;
  for (const step of STEPS) {
    if (!step.file) continue;
    out = step.file(out, file, run);
    if (out === void 0) return void 0;
  }
  return out;
}
function finishSteps(run) {
  return STEPS.flatMap((step) => step.finish?.(run) ?? []);
}

// src/session/run.ts
async function runSession(input, options = {}, onResult) {
  const cwd = options.cwd ?? process.cwd();
  const configFor = configResolver(cwd, options.config);
  const rules = [...options.rules ?? builtinRules];
  const known = new Set(rules.map((r) => r.meta.id));
  const results = [];
  const emit = (result2) => {
    freeze2(result2);
    if (onResult) onResult(result2, rules);
    else results.push(result2);
  };
  const byConfig = /* @__PURE__ */ new Map();
  const settingsFor2 = async (loaded, absolute) => {
    let perConfig = byConfig.get(loaded);
    if (!perConfig) {
      const configRules2 = [
        ...options.rules ?? builtinRules,
        ...await loadConfigRules(loaded, { plugins: options.plugins !== false })
      ];
      for (const rule of configRules2) {
        if (known.has(rule.meta.id)) continue;
        known.add(rule.meta.id);
        rules.push(rule);
      }
      perConfig = { rules: configRules2, settings: void 0 };
      byConfig.set(loaded, perConfig);
    }
    let settings = perConfig.settings;
    if (!settings) {
      settings = resolveSettings(loaded, absolute, perConfig.rules, options);
      if (!loaded.config.overrides?.length) perConfig.settings = settings;
    }
    return { rules: perConfig.rules, settings };
  };
  const whole = "paths" in input;
  const run = {
    cwd,
    configsUsed: /* @__PURE__ */ new Set(),
    whole,
    // The config's own path decides: its rules, the overrides that match it, --rule.
    unusedSuppressionLevel: (loaded) => levelIn(
      resolveSettings(loaded, loaded.path ?? cwd, byConfig.get(loaded)?.rules ?? [], options).rules,
      "unused-suppression"
    )
  };
  if (options.baseline !== void 0) run.baseline = baselineFilter(readBaseline(resolve5(cwd, options.baseline)));
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const lintOne = async (file, explicit, read) => {
    const absolute = resolve5(cwd, file);
    const loaded = configFor(file);
    const { rules: fileRules, settings } = await settingsFor2(loaded, absolute);
    const lintOptions = {
      file,
      rules: fileRules,
      settings,
      explicit,
      ...options.keepSource === false ? { keepSource: false } : {}
    };
    const result2 = "size" in read ? lintText("", { ...lintOptions, decodeProblem: tooLarge(read.size, maxFileSize, read.exact) }) : "text" in read ? lintText(read.text, lintOptions) : lintBytes(read.bytes, lintOptions);
    const context = { absolute, config: loaded, explicit, keep: "size" in read };
    const final = postProcess(result2, context, run);
    if (final === void 0) return;
    carrySourceLines(result2, final);
    emit(final);
  };
  if ("paths" in input) {
    const targets = await collectTargets(input.paths.length > 0 ? input.paths : ["."], {
      cwd,
      warn: options.warn ?? (() => {
      }),
      isIgnored: (path) => isIgnored(configFor(path), resolve5(cwd, path)),
      ...configFor.listed ? { listed: configFor.listed } : {}
    });
    options.onTargets?.(targets.length);
    for (const target of targets) {
      let read;
      try {
        read = readBounded(resolve5(cwd, target.path), maxFileSize);
      } catch (error) {
        const code = error.code ?? String(error);
        if (target.explicit) throw new UsageError(`cannot read ${target.path}: ${code}`);
        options.warn?.(`skipping ${target.path}: ${code}`);
        continue;
      }
      await lintOne(target.path, target.explicit, read);
    }
    for (const result2 of finishSteps(run)) emit(result2);
  } else {
    const { text } = input;
    await lintOne(
      input.file,
      true,
      typeof text === "string" ? { text } : text.length > maxFileSize ? { size: maxFileSize, exact: false } : { bytes: text }
    );
  }
  return Object.freeze({
    results: Object.freeze(results),
    rules,
    configFiles: Object.freeze(configFilesOf(run.configsUsed))
  });
}
function configFilesOf(configs) {
  const files = /* @__PURE__ */ new Set();
  for (const loaded of configs) {
    if (loaded.path) files.add(loaded.path);
    for (const entry of loaded.config.policies ?? [])
      if (typeof entry === "string") files.add(resolve5(loaded.dir, entry));
    for (const spec of loaded.config.plugins ?? []) files.add(pluginPath(spec, loaded.dir));
  }
  return [...files];
}
function freeze2(result2) {
  Object.freeze(result2.diagnostics);
  if (result2.suppressed) Object.freeze(result2.suppressed);
  Object.freeze(result2);
}

// src/api.ts
async function lint(paths, options = {}) {
  return [...(await runSession({ paths }, options)).results];
}
async function lintText2(text, file, options = {}) {
  const [result2] = (await runSession({ text, file }, options)).results;
  if (!result2) throw new Error(`no result for ${file}`);
  return result2;
}

// src/reporters/all.ts
init_compact();
init_github();
init_json();
init_junit();
init_markdown();
init_sarif();
init_stylish();
var reporters = { stylish, compact, json, sarif, github, junit, markdown };

// src/version.ts
var VERSION = "0.1.0";
export {
  CONFIG_NAMES,
  ConfigError,
  FORMATS,
  LOG_DRIVERS,
  OUTPUT_ONLY_TASK_FIELDS,
  PSEUDO_RULES,
  TASK_KINDS,
  UsageError,
  VERSION,
  builtinRules,
  checkConfig,
  defineRule,
  findConfig,
  findPlaceholder,
  hasPlaceholder,
  lint,
  lintText as lintDocument,
  lintText2 as lintText,
  loadConfigFile,
  loadReporter,
  presetLevel,
  reporters,
  resolveSettings,
  summarize
};
