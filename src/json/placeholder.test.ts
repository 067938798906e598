import { describe, expect, it } from 'vitest';
import { findPlaceholder } from './placeholder.js';

describe('findPlaceholder', () => {
  it.each([
    ['${IMAGE}', '${IMAGE}'],
    ['123.dkr.ecr.eu-west-1.amazonaws.com/app:${TAG}', '${TAG}'],
    ['{{ image }}', '{{ image }}'],
    ['api:{{must_env `TAG`}}', '{{must_env `TAG`}}'],
    ['<IMAGE1_NAME>', '<IMAGE1_NAME>'],
    ['<container port>', '<container port>'],
    ['arn:aws:iam::123456789012:role/<role-name>', '<role-name>'],
    ['%BUILD_TAG%', '%BUILD_TAG%'],
    ['$APP_IMAGE', '$APP_IMAGE'],
    ['arn:aws:iam::$AWS_ACCOUNT_ID:role/ecsTaskExecutionRole', '$AWS_ACCOUNT_ID'],
    ['arn:aws:iam::$account_id:role/x', '$account_id'],
    ['$ACCOUNT.dkr.ecr.us-east-1.amazonaws.com/app:1.2', '$ACCOUNT'],
    ['123456789012.dkr.ecr.$AWS_REGION.amazonaws.com/app', '$AWS_REGION'],
    ['123456789012.dkr.ecr.us-east-1.amazonaws.com/app:$TAG', '$TAG'],
    ['/ecs/$SERVICE_NAME', '$SERVICE_NAME'],
    ['arn:aws:iam::<%= account_id %>:role/x', '<%= account_id %>'],
    ['arn:aws:iam::#{AccountId}:role/x', '#{AccountId}'],
  ])('finds %s', (value, expected) => {
    expect(findPlaceholder(value)).toBe(expected);
  });

  it.each([
    ['nginx:1.27'],
    ['{{.Name}}/{{.ID}}'],
    ['%Y-%m-%d %H:%M:%S'],
    ['%Y%m%d'],
    ['echo $HOME && run'],
    ['echo $HOME/bin'],
    ['Pa$sw0rd'],
    ['arn:aws:iam::<account-id>:role/ecsTaskExecutionRole'],
    ['arn:aws:secretsmanager:us-east-1:<aws_account_id>:secret:db-AbCdEf'],
    ['<account-id>.dkr.ecr.us-east-1.amazonaws.com/app:1.0'],
    ['arn:aws:iam::XXXXXXXXXXXX:role/x'],
    ['#{}'],
    ['/ecs/app#1'],
    ['$(ecs_cluster)/$(ecs_task_id)'],
    ['a < b > c'],
    ['${unterminated'],
    ['{{ a }'],
    ['${a\nb}'],
    [''],
  ])('leaves %j alone', (value) => {
    expect(findPlaceholder(value)).toBeUndefined();
  });

  it('stays linear on hostile input (a catastrophic scan would hang this test)', () => {
    for (const s of [
      '{{'.repeat(500_000),
      '${'.repeat(500_000),
      '<a'.repeat(500_000),
      '%A'.repeat(500_000),
      '<%'.repeat(500_000),
      '#{'.repeat(500_000),
      '$('.repeat(500_000),
      ` ${'$A '.repeat(300_000)}`,
      `${'{'.repeat(1_000_000)}`,
    ]) {
      expect(findPlaceholder(s)).toBeUndefined();
    }
    expect(findPlaceholder(`${'${'.repeat(100_000)}x}`)).toMatch(/^(\$\{)+x\}$/);
    // ARN-shaped runs of angle-bracket names: each one is looked at once.
    expect(findPlaceholder(`arn:aws:iam::${'<a>:'.repeat(300_000)}`)).toBe('<a>');
  });
});
