/**
 * The JSON schemas the extension contributes (jsonValidation), so plain VS Code completes and checks the
 * shapes: the ecslint config with every rule id, and task definitions and container definitions as the ECS
 * API takes them. Made from the same sources the linter uses, at build time (build.mjs).
 */
import { builtinRules } from '../../../rules/index.js';
import { CONFIG_SCHEMA } from '../../../src/config/config.js';
import { PSEUDO_RULES } from '../../../src/engine/pseudo-rules.js';
import ecs from '../../../src/schema/ecs.schema.json' with { type: 'json' };

const DRAFT = 'http://json-schema.org/draft-07/schema#';

export function schemas(): Record<string, object> {
  const entry = CONFIG_SCHEMA.properties.rules.additionalProperties;
  const metas = [...builtinRules.map((r) => r.meta), ...PSEUDO_RULES];
  const rules = {
    type: 'object',
    properties: Object.fromEntries(
      metas
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((m) => [m.id, { ...entry, description: `${m.description} (${m.severity} by default)` }]),
    ),
    // Policies and plugin rules: namespaced ids.
    additionalProperties: entry,
  };
  const config = {
    $schema: DRAFT,
    title: 'ecslint config',
    ...CONFIG_SCHEMA,
    properties: {
      ...CONFIG_SCHEMA.properties,
      rules,
      overrides: {
        ...CONFIG_SCHEMA.properties.overrides,
        items: {
          ...CONFIG_SCHEMA.properties.overrides.items,
          properties: { ...CONFIG_SCHEMA.properties.overrides.items.properties, rules },
        },
      },
    },
  };
  const definitions = ecs.definitions;
  return {
    'ecslintrc.schema.json': config,
    'task-definition.schema.json': {
      $schema: DRAFT,
      title: 'Amazon ECS task definition (RegisterTaskDefinition input or describe-task-definition output)',
      definitions,
      anyOf: [
        { $ref: '#/definitions/RegisterTaskDefinitionRequest' },
        { $ref: '#/definitions/DescribeTaskDefinitionResponse' },
      ],
    },
    'container-definitions.schema.json': {
      $schema: DRAFT,
      title: 'Amazon ECS container definitions',
      definitions,
      type: 'array',
      items: { $ref: '#/definitions/ContainerDefinition' },
    },
  };
}
