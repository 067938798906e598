import { defineRule, LOG_DRIVERS } from '../../src/rule.js';
import { containers, hasTaskContext, isFargate, obj, quoteList, str } from '../_helpers/index.js';

/** The log drivers Fargate supports (aws-facts.md §2.6). */
const FARGATE_LOG_DRIVERS = ['awslogs', 'splunk', 'awsfirelens'];

export default defineRule({
  meta: {
    id: 'valid-fargate-log-driver',
    category: 'correctness',
    description: 'Require log drivers and FireLens config file types that Fargate supports',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FirelensConfiguration.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/firelens-taskdef.html',
    ],
    messages: {
      driver: '{{container}}: log driver "{{driver}}" is not supported on Fargate; use {{allowed}}',
      configFileType:
        '{{container}}: FireLens "config-file-type" "{{type}}" is not supported on Fargate; only "file" is',
    },
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx) || !isFargate(task, ctx)) return;
    for (const c of containers(task)) {
      const driver = str(obj(c.container.logConfiguration)?.logDriver);
      // A value outside the API enum is the schema's finding.
      if (driver !== undefined && (LOG_DRIVERS as readonly string[]).includes(driver)) {
        if (!FARGATE_LOG_DRIVERS.includes(driver)) {
          ctx.report({
            messageId: 'driver',
            path: [...c.path, 'logConfiguration', 'logDriver'],
            data: { container: c.label, driver, allowed: quoteList(FARGATE_LOG_DRIVERS, 'or') },
            hint:
              driver === 'fluentd' || driver === 'gelf' || driver === 'syslog' || driver === 'journald'
                ? `use "awsfirelens" with a Fluent Bit router to ship logs where ${driver} did`
                : 'use "awslogs" to send the logs to CloudWatch Logs',
          });
        }
      }

      const type = str(obj(obj(c.container.firelensConfiguration)?.options)?.['config-file-type']);
      if (type !== undefined && type !== 'file') {
        ctx.report({
          messageId: 'configFileType',
          path: [...c.path, 'firelensConfiguration', 'options', 'config-file-type'],
          data: { container: c.label, type },
          hint: 'build the config file into the router image and use "config-file-type": "file" with its path',
        });
      }
    }
  },
});
