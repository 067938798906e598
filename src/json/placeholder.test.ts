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
    ['arn:aws:iam::<account-id>:role/x', '<account-id>'],
    ['%BUILD_TAG%', '%BUILD_TAG%'],
    ['$APP_IMAGE', '$APP_IMAGE'],
  ])('finds %s', (value, expected) => {
    expect(findPlaceholder(value)).toBe(expected);
  });

  it.each([
    ['nginx:1.27'],
    ['{{.Name}}/{{.ID}}'],
    ['%Y-%m-%d %H:%M:%S'],
    ['%Y%m%d'],
    ['echo $HOME && run'],
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
      `${'{'.repeat(1_000_000)}`,
    ]) {
      expect(findPlaceholder(s)).toBeUndefined();
    }
    expect(findPlaceholder(`${'${'.repeat(100_000)}x}`)).toMatch(/^(\$\{)+x\}$/);
  });
});
