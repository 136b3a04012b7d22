import { plainToInstance } from 'class-transformer';
import { IsString, validateSync } from 'class-validator';
import { answersOf, event, eventsFilter, listItemOf, listOf, operation, serviceApi } from './operation.js';

class NoteDto {
  @IsString() text: string;
}

const errorsOf = (cls: new () => object, plain: object) =>
  validateSync(plainToInstance(cls, plain) as object, { whitelist: true, forbidNonWhitelisted: true }).map(
    (e) => e.property,
  );

describe('operation declarations', () => {
  it('validates the input and the gateway fields with one request class; a `string?` field may be left out', () => {
    const op = operation({ subject: 'x.note.add', input: NoteDto, fields: { id: 'uuid', host: 'string?' } });
    const id = '6a1f0c2e-0000-4000-8000-000000000002';
    expect(errorsOf(op.request, { text: 'hi', id })).toEqual([]);
    expect(errorsOf(op.request, { text: 'hi', id, host: 'http://x' })).toEqual([]);
    expect(errorsOf(op.request, { text: 'hi', id: 'nope' })).toEqual(['id']);
    expect(errorsOf(op.request, { id, extra: 1 }).sort()).toEqual(['extra', 'text']);
  });

  it('implies the common codes by the operation’s kind and keeps the declared ones', () => {
    const op = operation({ subject: 'x.note.add', input: NoteDto, idempotent: true, errors: { 'NOTE.GONE': 404 } });
    expect(answersOf(op)).toMatchObject({ 'NOTE.GONE': 404, 'VALIDATION.FAILED': 400, 'IDEMPOTENCY.IN_PROGRESS': 409 });
    expect(answersOf(operation({ subject: 'x.note.list', public: true }))).not.toHaveProperty('ACCESS.FORBIDDEN');
  });

  it('refuses a subject outside the service and a code declared with two statuses', () => {
    expect(() => serviceApi('x', { a: operation({ subject: 'y.note.add' }) })).toThrow(/not x\.\*/);
    expect(() =>
      serviceApi('x', {
        a: operation({ subject: 'x.note.a', errors: { 'NOTE.GONE': 404 } }),
        b: operation({ subject: 'x.note.b', errors: { 'NOTE.GONE': 410 } }),
      }),
    ).toThrow(/NOTE.GONE declared as 404 and 410/);
  });

  it('marks a list reply with its item class', () => {
    expect(listItemOf(listOf(NoteDto))).toBe(NoteDto);
    expect(listItemOf(NoteDto)).toBeUndefined();
  });

  it('derives a consumer’s subject filter from the events it applies', () => {
    const a = event('evt.x.note.added', NoteDto);
    const b = event('evt.x.note.removed', NoteDto);
    const c = event('evt.x.tag.added', NoteDto);
    expect(eventsFilter([a])).toBe('evt.x.note.added');
    expect(eventsFilter([a, b])).toBe('evt.x.note.>');
    expect(eventsFilter([a, b, c])).toBe('evt.x.>');
    expect(() => eventsFilter([])).toThrow();
  });
});
