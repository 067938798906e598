import { LAUNCH_KINDS, RECOGNISED_KINDS, type RuleMeta } from '../rule.js';
import type { DocumentKind } from '../types.js';

const ALL_KINDS: readonly DocumentKind[] = [...RECOGNISED_KINDS, 'unknown'];

const API = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html';

/**
 * Findings the engine itself makes. They are listed, documented and configurable like rules, but their
 * logic lives in src/ (parse, detect, schema), not in rules/.
 */
export const PSEUDO_RULES: readonly RuleMeta[] = [
  {
    id: 'json-syntax',
    category: 'correctness',
    description: 'Require valid JSON: no syntax errors, comments, trailing commas, byte-order mark or duplicate keys',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: ['https://www.rfc-editor.org/rfc/rfc8259', API],
    messages: {},
    appliesTo: ALL_KINDS,
  },
  {
    id: 'schema',
    category: 'correctness',
    description: 'Require the shape of the ECS API: types, enums, required and known properties',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      API,
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html',
      'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/create_deploy_docker_v2config.html',
      // What CloudFormation and the Terraform AWS provider do with unknown keys and nulls (docs/targets.md).
      'https://aws.amazon.com/premiumsupport/knowledge-center/cloudformation-template-validation/',
      'https://github.com/hashicorp/terraform-provider-aws/blob/main/internal/service/ecs/container_definitions.go',
      'https://pkg.go.dev/encoding/json#Unmarshal',
      // Under deploy-action: members the deploy Action's bundled SDK drops (docs/targets.md has the rest).
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_SharingStrategy.html',
      'https://github.com/aws-actions/amazon-ecs-deploy-task-definition/blob/v2.6.3/CHANGELOG.md',
      'https://github.com/aws-actions/amazon-ecs-deploy-task-definition/blob/v2.6.3/package.json',
    ],
    messages: {},
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowNull: { type: 'boolean', default: false },
        allowOutputOnly: { type: 'boolean', default: false },
      },
    },
    appliesTo: ALL_KINDS,
  },
  {
    id: 'document-kind',
    category: 'correctness',
    description: 'Require a file named for linting to be a task definition or Dockerrun.aws.json',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      API,
      'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/single-container-docker-configuration.html',
    ],
    messages: {},
    appliesTo: ALL_KINDS,
  },
  {
    id: 'template-placeholder',
    category: 'correctness',
    description: 'Note template placeholders, whose values are not checked',
    severity: 'note',
    presets: { recommended: 'note', strict: 'note' },
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/example_task_definitions.html'],
    messages: {},
    appliesTo: ALL_KINDS,
  },
  {
    id: 'task-definition-pairing',
    category: 'correctness',
    description: 'Note a service, AppSpec, run-task input or EventBridge target whose task definition was not found',
    severity: 'note',
    presets: { recommended: 'note', strict: 'note' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
      'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html',
    ],
    messages: {},
    appliesTo: LAUNCH_KINDS,
  },
  {
    id: 'unused-suppression',
    category: 'correctness',
    description: 'Note a config suppression that hid nothing in the files it applied to',
    severity: 'note',
    presets: { recommended: 'note', strict: 'note' },
    references: ['https://github.com/ecslint/ecslint/blob/main/docs/policies.md#suppressions'],
    messages: {},
    appliesTo: ALL_KINDS,
  },
  {
    id: 'internal-error',
    category: 'correctness',
    description: 'Report a rule that crashed, so a bug never hides findings silently',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: ['https://github.com/ecslint/ecslint/issues'],
    messages: {},
    appliesTo: ALL_KINDS,
  },
];

export const PSEUDO_RULE_IDS = new Set(PSEUDO_RULES.map((r) => r.id));
