import type { DomainException } from '#linli/platform';
import {
  checkJoin,
  checkRemoval,
  departureReason,
  isJoinable,
  leftLeaderless,
  type CurrentMember,
} from './memberships.rules.js';

const codeOf = (fn: () => void): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as DomainException).code;
  }
};

const team = 'team-1';
const leader = (volunteerId: string): CurrentMember => ({ volunteerId, role: 'leader' });
const member = (volunteerId: string): CurrentMember => ({ volunteerId, role: 'member' });

describe('the last-leader rule', () => {
  it('refuses to remove the only leader while members remain', () => {
    expect(codeOf(() => checkRemoval(team, [leader('a'), member('b')], 'a'))).toBe('TEAM.LAST_LEADER');
  });

  it('lets a leader go when another leader remains', () => {
    expect(codeOf(() => checkRemoval(team, [leader('a'), leader('c'), member('b')], 'a'))).toBeUndefined();
  });

  it('lets the last leader leave an otherwise empty team', () => {
    expect(codeOf(() => checkRemoval(team, [leader('a')], 'a'))).toBeUndefined();
  });

  it('always lets a plain member go, even from a team without a leader', () => {
    expect(codeOf(() => checkRemoval(team, [leader('a'), member('b')], 'b'))).toBeUndefined();
    expect(codeOf(() => checkRemoval(team, [member('b'), member('c')], 'b'))).toBeUndefined();
  });

  it('answers not a member for someone not currently in the team', () => {
    expect(codeOf(() => checkRemoval(team, [leader('a')], 'z'))).toBe('TEAM.NOT_MEMBER');
  });
});

describe('joining', () => {
  it('refuses joining twice, allows joining a team one is not in', () => {
    expect(codeOf(() => checkJoin(team, [member('b')], 'b'))).toBe('TEAM.ALREADY_MEMBER');
    expect(codeOf(() => checkJoin(team, [member('b')], 'c'))).toBeUndefined();
  });

  it('keeps volunteers pending confirmation, suspended or gone out', () => {
    expect(isJoinable('pending')).toBe(false);
    expect(isJoinable('suspended')).toBe(false);
    expect(isJoinable('left')).toBe(false);
    expect(isJoinable('active')).toBe(true);
  });
});

describe('a volunteer who leaves or is suspended', () => {
  it('ends their stints for left and suspended only', () => {
    expect(departureReason('left')).toBe('volunteer_left');
    expect(departureReason('suspended')).toBe('volunteer_suspended');
    expect(departureReason('active')).toBeUndefined();
    expect(departureReason('pending')).toBeUndefined();
    expect(departureReason('toString')).toBeUndefined();
    expect(departureReason(undefined)).toBeUndefined();
  });

  it('flags a team left with members and no leader', () => {
    expect(leftLeaderless('leader', { leaders: 0, members: 2 })).toBe(true);
    expect(leftLeaderless('leader', { leaders: 1, members: 2 })).toBe(false);
    expect(leftLeaderless('leader', { leaders: 0, members: 0 })).toBe(false);
    expect(leftLeaderless('member', { leaders: 0, members: 2 })).toBe(false);
  });
});
