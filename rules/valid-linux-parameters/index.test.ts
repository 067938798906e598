import { describe, expect, it } from 'vitest';
import { classifyCapability } from './index.js';

describe('classifyCapability', () => {
  it('accepts the names the ECS API lists', () => {
    for (const name of ['ALL', 'SYS_PTRACE', 'NET_BIND_SERVICE', 'SYSLOG', 'WAKE_ALARM']) {
      expect(classifyCapability(name)).toEqual({ kind: 'ok' });
    }
  });

  it('tells the CAP_ prefix and lower case apart from unknown names', () => {
    expect(classifyCapability('CAP_SYS_ADMIN')).toEqual({ kind: 'prefix', fix: 'SYS_ADMIN' });
    expect(classifyCapability('cap_net_raw')).toEqual({ kind: 'prefix', fix: 'NET_RAW' });
    expect(classifyCapability('sys_admin')).toEqual({ kind: 'case', fix: 'SYS_ADMIN' });
    expect(classifyCapability('CAP_AUDIT_READ')).toEqual({ kind: 'prefix', fix: 'AUDIT_READ' });
  });

  it('reports spaces Docker would keep, and CAP_ALL, which Docker does not take', () => {
    expect(classifyCapability(' NET_ADMIN')).toEqual({ kind: 'spaces', fix: 'NET_ADMIN' });
    expect(classifyCapability('cap_sys_admin ')).toEqual({ kind: 'spaces', fix: 'SYS_ADMIN' });
    expect(classifyCapability('CAP_ALL')).toEqual({ kind: 'unknown', suggestion: 'ALL' });
    expect(classifyCapability('ALL')).toEqual({ kind: 'ok' });
  });

  it('warns about real capabilities the ECS list leaves out', () => {
    expect(classifyCapability('AUDIT_READ')).toEqual({ kind: 'notInApi' });
    expect(classifyCapability('BPF')).toEqual({ kind: 'notInApi' });
  });

  it('suggests the closest name for a typo, and nothing for a far-off word', () => {
    expect(classifyCapability('NET_ADMN')).toEqual({ kind: 'unknown', suggestion: 'NET_ADMIN' });
    expect(classifyCapability('SYS_PTRAC')).toEqual({ kind: 'unknown', suggestion: 'SYS_PTRACE' });
    expect(classifyCapability('PRIVILEGED')).toEqual({ kind: 'unknown' });
    expect(classifyCapability('  ')).toEqual({ kind: 'empty' });
  });
});
