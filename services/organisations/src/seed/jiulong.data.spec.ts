import {
  JIULONG_AS_OF,
  JIULONG_MONTHLY_JOINED,
  jiulongOrganisations,
  jiulongTiers,
  type SeedOrganisation,
} from './jiulong.data.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTHS = ['2021-06', '2021-07', '2021-08', '2021-09', '2021-10', '2021-11'];

function allDates(org: SeedOrganisation): string[] {
  return [org.foundedOn, org.joinedOn, ...org.statusHistory.map((s) => s.effectiveOn)];
}

describe('Jiulong seed data', () => {
  const tiers = jiulongTiers();
  const orgs = jiulongOrganisations();

  describe('tiers', () => {
    it('has 1 station, 6 communities and 51 villages', () => {
      expect(tiers).toHaveLength(1 + 6 + 51);
      const station = tiers.filter((n) => n.level === 'station');
      expect(station).toHaveLength(1);
      expect(station[0]).toMatchObject({
        key: 'root',
        parentKey: null,
        name: '九龙街道社工站',
        code: 'JL',
      });
      expect(tiers.filter((n) => n.level === 'community')).toHaveLength(6);
      expect(tiers.filter((n) => n.level === 'village')).toHaveLength(51);
    });

    it('gives villages unique names and all nodes unique keys and codes', () => {
      const villages = tiers.filter((n) => n.level === 'village');
      expect(new Set(villages.map((v) => v.name)).size).toBe(51);
      expect(new Set(tiers.map((n) => n.key)).size).toBe(tiers.length);
      expect(new Set(tiers.map((n) => n.code)).size).toBe(tiers.length);
    });

    it('forms a three-tier tree with villages spread unevenly (7–11 per community)', () => {
      const byKey = new Map(tiers.map((n) => [n.key, n]));
      const perCommunity = new Map<string, number>();
      for (const node of tiers) {
        if (node.level === 'community') expect(node.parentKey).toBe('root');
        if (node.level === 'village') {
          const parent = byKey.get(node.parentKey ?? '');
          expect(parent?.level).toBe('community');
          expect(node.code.startsWith(`${parent?.code}-`)).toBe(true);
          perCommunity.set(parent!.key, (perCommunity.get(parent!.key) ?? 0) + 1);
        }
      }
      const counts = [...perCommunity.values()];
      expect(counts).toHaveLength(6);
      for (const c of counts) {
        expect(c).toBeGreaterThanOrEqual(7);
        expect(c).toBeLessThanOrEqual(11);
      }
      expect(new Set(counts).size).toBeGreaterThan(1);
    });
  });

  describe('organisations', () => {
    it('has exactly 254 organisations with unique names', () => {
      expect(orgs).toHaveLength(254);
      expect(new Set(orgs.map((o) => o.name)).size).toBe(254);
    });

    it('places every organisation on an existing node, with at least 2 in every village', () => {
      const keys = new Set(tiers.map((n) => n.key));
      for (const org of orgs) expect(keys.has(org.tierKey)).toBe(true);
      for (const village of tiers.filter((n) => n.level === 'village')) {
        expect(orgs.filter((o) => o.tierKey === village.key).length).toBeGreaterThanOrEqual(2);
      }
      expect(orgs.filter((o) => o.tierKey === 'root').length).toBeGreaterThan(0);
      const communityKeys = new Set(tiers.filter((n) => n.level === 'community').map((n) => n.key));
      expect(orgs.filter((o) => communityKeys.has(o.tierKey)).length).toBeGreaterThan(0);
    });

    it('grows every month from June to November 2021 and reaches 254 by 2021-11-30', () => {
      const cumulative = MONTHS.map((m) => orgs.filter((o) => o.joinedOn.slice(0, 7) <= m).length);
      for (let i = 1; i < cumulative.length; i++) {
        expect(cumulative[i]!).toBeGreaterThan(cumulative[i - 1]!);
      }
      expect(orgs.filter((o) => o.joinedOn <= JIULONG_AS_OF)).toHaveLength(254);
      expect(cumulative[cumulative.length - 1]).toBe(254);
      expect(orgs.every((o) => o.joinedOn >= '2021-06-01')).toBe(true);

      const june = cumulative[0]!;
      expect(june).toBeGreaterThanOrEqual(60);
      expect(june).toBeLessThanOrEqual(80);
      const monthly = MONTHS.map((m) => orgs.filter((o) => o.joinedOn.startsWith(m)).length);
      expect(Object.fromEntries(MONTHS.map((m, i) => [m, monthly[i]]))).toEqual(JIULONG_MONTHLY_JOINED);
    });

    it('uses valid dates, none after 2021-11-30, founded on or before joining', () => {
      for (const org of orgs) {
        for (const d of allDates(org)) {
          expect(d).toMatch(ISO_DATE);
          expect(d <= JIULONG_AS_OF).toBe(true);
          expect(d >= '1995-01-01').toBe(true);
          expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
        }
        expect(org.foundedOn <= org.joinedOn).toBe(true);
      }
    });

    it('has ordered status histories that start on joinedOn and always change status', () => {
      for (const org of orgs) {
        const h = org.statusHistory;
        expect(h.length).toBeGreaterThan(0);
        expect(h[0]!.effectiveOn).toBe(org.joinedOn);
        expect(['incubating', 'active', 'registered']).toContain(h[0]!.status);
        for (let i = 1; i < h.length; i++) {
          expect(h[i]!.status).not.toBe(h[i - 1]!.status);
          expect(h[i]!.effectiveOn >= h[i - 1]!.effectiveOn).toBe(true);
        }
        for (const entry of h) expect(entry.reason.length).toBeGreaterThan(0);
      }
    });

    it('has no dissolved organisation and a plausible final status mix', () => {
      const finals = orgs.map((o) => o.statusHistory[o.statusHistory.length - 1]!.status);
      const count = (s: string) => finals.filter((f) => f === s).length;
      expect(orgs.some((o) => o.statusHistory.some((s) => s.status === 'dissolved'))).toBe(false);
      expect(count('active')).toBeGreaterThan(254 / 2);
      expect(count('registered')).toBeGreaterThan(0);
      expect(count('incubating')).toBeGreaterThan(0);
      expect(count('dormant')).toBeGreaterThan(0);
      expect(count('dormant')).toBeLessThan(count('registered'));
    });

    it('mixes organisation types', () => {
      const types = new Set(orgs.map((o) => o.type));
      for (const t of [
        'volunteer_team',
        'elderly_association',
        'culture_sports',
        'caring_enterprise',
        'caring_individuals',
        'mutual_aid',
        'other',
      ]) {
        expect(types.has(t as SeedOrganisation['type'])).toBe(true);
      }
    });

    it('has plausible contacts, member counts and descriptions', () => {
      for (const org of orgs) {
        expect(org.contact).toMatch(/^1[358]\d{9}$/);
        expect(org.memberCount).toBeGreaterThanOrEqual(5);
        expect(org.memberCount).toBeLessThanOrEqual(120);
        expect(Number.isInteger(org.memberCount)).toBe(true);
        expect(org.leader.length).toBeGreaterThanOrEqual(2);
        expect(org.description.length).toBeGreaterThan(5);
      }
    });
  });

  it('is deterministic: two calls deep-equal', () => {
    expect(jiulongTiers()).toEqual(jiulongTiers());
    expect(jiulongOrganisations()).toEqual(jiulongOrganisations());
    expect(jiulongOrganisations()).toEqual(orgs);
  });
});
