type Reason = 'ecr' | 'awslogs' | 'repositoryCredentials' | 'secrets' | 'secretOptions' | 'environmentFiles' | 'firelensS3';
declare const _default: import("../../src/rule.js").Rule<Reason, undefined>;
export default _default;
