import { describe, expect, it } from 'vitest';
import { classifyValueFrom } from './index.js';

const SM = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf';

describe('classifyValueFrom', () => {
  it('accepts a whole Secrets Manager secret and the three-field suffix', () => {
    expect(classifyValueFrom(SM)).toEqual({ kind: 'secretsmanager', jsonKey: '', versionStage: '', versionId: '' });
    expect(classifyValueFrom(`${SM}:password::`)).toMatchObject({ jsonKey: 'password' });
    expect(classifyValueFrom(`${SM}::AWSPREVIOUS:`)).toMatchObject({ versionStage: 'AWSPREVIOUS' });
    expect(classifyValueFrom(`${SM}:::`)).toMatchObject({ kind: 'secretsmanager' });
  });

  it('rejects a suffix with the wrong number of colons', () => {
    expect(classifyValueFrom(`${SM}:password`)).toMatchObject({ reason: 'secretSuffix', detail: '1 colon' });
    expect(classifyValueFrom(`${SM}:password:`)).toMatchObject({ reason: 'secretSuffix', detail: '2 colons' });
    expect(classifyValueFrom(`${SM}::::`)).toMatchObject({ reason: 'secretSuffix', detail: '4 colons' });
  });

  it('accepts SSM parameters by ARN and by name, with or without a leading slash', () => {
    expect(classifyValueFrom('arn:aws:ssm:eu-west-1:123456789012:parameter/app/db')).toEqual({ kind: 'ssm' });
    expect(classifyValueFrom('arn:aws-us-gov:ssm:us-gov-west-1:123456789012:parameter/x')).toEqual({ kind: 'ssm' });
    expect(classifyValueFrom('arn:aws-eusc:ssm:eusc-de-east-1:123456789012:parameter/x')).toEqual({ kind: 'ssm' });
    expect(classifyValueFrom('/app/prod/db-password')).toEqual({ kind: 'ssm-name' });
    expect(classifyValueFrom('app.db_password-2')).toEqual({ kind: 'ssm-name' });
  });

  it('rejects other services, bad parts and names SSM does not allow', () => {
    expect(classifyValueFrom('arn:aws:s3:::bucket/key.env')).toMatchObject({ reason: 'wrongService', detail: 's3' });
    expect(classifyValueFrom('arn:aws:ssm:us-east1:123456789012:parameter/x')).toMatchObject({ detail: 'Region' });
    expect(classifyValueFrom('arn:aws:ssm:us-east-1:1234567890123:parameter/x')).toMatchObject({
      detail: 'account ID',
    });
    expect(classifyValueFrom('arn:aws:ssm:us-east-1:123456789012:x')).toMatchObject({ reason: 'ssmResource' });
    expect(classifyValueFrom('arn:aws:secretsmanager:us-east-1:123456789012:secret:')).toMatchObject({
      reason: 'emptySecretName',
    });
    expect(classifyValueFrom('my secret')).toMatchObject({ reason: 'notAName' });
    expect(classifyValueFrom('arn:aws:secretsmanager')).toMatchObject({ reason: 'malformedArn' });
  });

  it('says nothing about template values', () => {
    expect(classifyValueFrom('arn:aws:secretsmanager:REGION:ACCOUNT_ID:secret:db')).toEqual({ kind: 'template' });
    expect(classifyValueFrom('arn:aws:ssm:us-east-1:aws_account_id:parameter/x')).toEqual({ kind: 'template' });
    expect(classifyValueFrom('$DB_SECRET_ARN')).toEqual({ kind: 'template' });
  });
});
