import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { mayTake, scopeOf, sideOf } from './submission-access';

describe('submission access', () => {
  it('binds a bureau account to its body and gives the office every body', () => {
    expect(
      scopeOf(sideOf({ role: 'viewer', name: 'b', tokenId: null, userId: 1, account: 'bureau', agencyId: 7 })),
    ).toBe(7);
    expect(
      scopeOf(sideOf({ role: 'analyst', name: 'r', tokenId: null, userId: 2, account: 'reviewer', agencyId: null })),
    ).toBeNull();
    expect(scopeOf(sideOf({ role: 'admin', name: 'script', tokenId: 3 }))).toBeNull();
  });
  it('refuses anonymous callers and tokens below admin', () => {
    expect(() => sideOf(null)).toThrow(UnauthorizedException);
    expect(() => sideOf({ role: 'analyst', name: 'a', tokenId: 4 })).toThrow(ForbiddenException);
    expect(() => sideOf({ role: 'viewer', name: 'v', tokenId: 5 })).toThrow(ForbiddenException);
  });
  it('lets each side take only its own steps', () => {
    const bureau = { kind: 'bureau' as const, agencyId: 1, name: 'b' };
    const office = { kind: 'office' as const, name: 'o' };
    expect(mayTake(bureau, 'submit')).toBe(true);
    expect(mayTake(bureau, 'accept')).toBe(false);
    expect(mayTake(office, 'return')).toBe(true);
    expect(mayTake(office, 'save')).toBe(false);
    expect(mayTake(bureau, 'publish') && mayTake(office, 'publish')).toBe(true);
  });
});
