declare const _default: import("../../src/rule.js").Rule<MessageId, undefined>;
export default _default;
type MessageId = 'account' | 'region' | 'partition' | 'roleAccount';
