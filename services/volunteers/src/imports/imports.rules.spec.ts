import { randomBytes, randomUUID } from 'node:crypto';
import { FieldCipher } from '../crypto/field-cipher.js';
import { makeResidentId } from '../volunteers/id-number.js';
import { checkRows, planBatch, type Existing, type RowChecks } from './imports.rules.js';

const TODAY = '2021-11-30';
const village = { id: randomUUID(), path: '/root/community/village/' };
const elsewhere = { id: randomUUID(), path: '/root/other/' };

const checks: RowChecks = {
  cipher: new FieldCipher(randomBytes(32)),
  today: TODAY,
  resolveTier: (text) => (text === 'JL-01-01' ? village : text === 'JL-02' ? elsewhere : 'unknown'),
  canWrite: (path) => path.startsWith('/root/community/'),
  canRead: () => true,
};

const row = (n: number, extra: Record<string, string> = {}) => ({
  row: n,
  name: `志愿者${n}`,
  idNumber: makeResidentId('370704', '1986-04-15', 100 + n),
  phone: `1580000${String(n).padStart(4, '0')}`,
  tier: 'JL-01-01',
  ...extra,
});

const stored = (over: Partial<Existing>): Existing => ({
  id: randomUUID(),
  idHash: '',
  phone: '15899999999',
  tierNodeId: village.id,
  tierPath: village.path,
  name: '',
  sex: 'male',
  birthDate: '1986-04-15',
  skills: [],
  teamName: null,
  status: 'active',
  guardianName: null,
  guardianConsent: false,
  insuredUntil: null,
  recruitedBy: null,
  ...over,
});

describe('import rows', () => {
  it('rejects each bad row with its own code and keeps the good ones', () => {
    const { candidates, rejected } = checkRows(
      [
        row(2),
        row(3, { idNumber: '12345' }),
        row(4, { phone: '123' }),
        row(5, { tier: 'nowhere' }),
        row(6, { tier: 'JL-02' }),
        row(7, { sex: '未知' }),
      ],
      checks,
    );
    expect(candidates.map((c) => c.row)).toEqual([2]);
    expect(rejected.map((r) => [r.row, r.code])).toEqual([
      [3, 'VOLUNTEER.ID_NUMBER_INVALID'],
      [4, 'VOLUNTEER.PHONE_INVALID'],
      [5, 'IMPORT.TIER_UNKNOWN'],
      [6, 'IMPORT.TIER_UNKNOWN'],
      [7, 'VOLUNTEER.SEX_INVALID'],
    ]);
  });

  it('refuses a second row with an ID number or phone seen earlier in the batch', () => {
    const first = row(2);
    const { rejected } = checkRows(
      [first, row(3, { idNumber: first.idNumber }), row(4, { phone: first.phone })],
      checks,
    );
    expect(rejected.map((r) => [r.row, r.code])).toEqual([
      [3, 'IMPORT.DUPLICATE_ROW'],
      [4, 'IMPORT.DUPLICATE_ROW'],
    ]);
  });

  it('sorts candidates into creates, updates, unchanged and refusals against stored volunteers', () => {
    const { candidates } = checkRows([row(2), row(3), row(4), row(5), row(6)], checks);
    const [fresh, same, renamed, foreign, phoneTaken] = candidates;
    const existing = [
      stored({ idHash: same.idHash, phone: same.phone, name: same.name, sex: same.sex }),
      stored({ idHash: renamed.idHash, phone: renamed.phone, name: '旧名字', sex: renamed.sex }),
      stored({ idHash: foreign.idHash, phone: foreign.phone, tierPath: elsewhere.path }),
      stored({ idHash: 'someone-else', phone: phoneTaken.phone }),
    ];
    const plan = planBatch(candidates, existing, checks);
    expect(plan.creates.map((c) => c.row)).toEqual([fresh.row]);
    expect(plan.updates.map((u) => u.c.row)).toEqual([renamed.row]);
    expect(plan.unchanged).toBe(1);
    expect(plan.rejected.map((r) => [r.row, r.code])).toEqual([
      [foreign.row, 'VOLUNTEER.DUPLICATE'],
      [phoneTaken.row, 'VOLUNTEER.DUPLICATE'],
    ]);
  });
});
