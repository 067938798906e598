// An ecslint plugin: rules made with the same defineRule API as the built-in ones.
// Load it from the config with:  plugins: [./acme-plugin.js]
// (In a package of your own, import { defineRule } from 'ecslint'; a plain object works the same.)

/** Containers that take traffic (have port mappings) must set a health check grace period via startPeriod. */
const requireStartPeriod = {
  meta: {
    id: 'acme/require-start-period',
    category: 'policy',
    description: 'Containers with port mappings set healthCheck.startPeriod',
    severity: 'warning',
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html'],
    messages: {
      missing: 'container "{{name}}" takes traffic but its health check has no "startPeriod"',
    },
  },
  check(task, ctx) {
    const containers = Array.isArray(task.containerDefinitions) ? task.containerDefinitions : [];
    containers.forEach((c, i) => {
      if (!c || typeof c !== 'object' || !Array.isArray(c.portMappings) || c.portMappings.length === 0) return;
      if (c.healthCheck && typeof c.healthCheck.startPeriod === 'number') return;
      ctx.report({
        messageId: 'missing',
        path: ['containerDefinitions', i, c.healthCheck ? 'healthCheck' : 'name'],
        target: c.healthCheck ? 'key' : 'value',
        data: { name: String(c.name) },
        hint: 'set "healthCheck": { ..., "startPeriod": 30 } so slow starts are not killed',
      });
    });
  },
};

export default [requireStartPeriod];
