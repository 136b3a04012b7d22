import { declaredStatus, VolunteersApi } from '#linli/contracts';
import { ImportErrors, VolunteerErrors } from './volunteers.errors.js';

describe('volunteers errors', () => {
  it('answers every code with the status its operations declare', () => {
    const factories = { ...VolunteerErrors, ...ImportErrors } as Record<string, (...args: never[]) => unknown>;
    for (const [name, factory] of Object.entries(factories)) {
      const error = (factory as (...args: unknown[]) => { code: string; status: number })('x', 'y');
      expect([name, error.status]).toEqual([name, declaredStatus(VolunteersApi, error.code)]);
    }
  });

  it('points ID number refusals at the fields the form shows', () => {
    expect(VolunteerErrors.idChecksum().errors).toEqual([
      expect.objectContaining({ field: 'idNumber', code: 'VOLUNTEER.ID_CHECKSUM' }),
    ]);
    expect(VolunteerErrors.idSexMismatch().errors?.map((e) => e.field)).toEqual(['idNumber', 'sex']);
    expect(VolunteerErrors.fieldRequired('birthDate').toJSON()).toMatchObject({
      status: 400,
      details: { field: 'birthDate' },
      errors: [{ field: 'birthDate', code: 'VOLUNTEER.FIELD_REQUIRED' }],
    });
  });
});
