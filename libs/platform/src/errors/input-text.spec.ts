import { IsString } from 'class-validator';
import { DomainException } from './domain.exception.js';
import { ContractValidationPipe, inputTextProblems, MAX_INPUT_DEPTH, wellFormedText } from './input-text.js';

class PhoneDto {
  @IsString() phone: string;
}

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

describe('input text', () => {
  it('names the field holding a NUL or an unpaired surrogate, in values and in arrays', () => {
    expect(inputTextProblems({ phone: '1380013\u00008000' })).toEqual([
      expect.objectContaining({ field: 'phone', code: 'FIELD.INVALID_TEXT' }),
    ]);
    expect(inputTextProblems({ head: { names: ['ok', 'bad\ud800'] } }).map((p) => p.field)).toEqual(['head.names.1']);
    expect(inputTextProblems({ note: 'x\udc00y' })).toHaveLength(1);
    expect(inputTextProblems('\u0000', 'id')).toEqual([expect.objectContaining({ field: 'id' })]);
  });

  it('refuses a bad key and keeps paired surrogates, Chinese text and emoji', () => {
    expect(inputTextProblems({ ['k\u0000']: 1 })).toHaveLength(1);
    expect(inputTextProblems({ name: '南湖街道社工站 👍 𠮷', n: 1, b: true, z: null })).toEqual([]);
  });

  it('refuses nesting deeper than the limit without recursing', () => {
    expect(inputTextProblems(nested(MAX_INPUT_DEPTH - 1))).toEqual([]);
    expect(inputTextProblems(nested(MAX_INPUT_DEPTH + 1))).toEqual([
      expect.objectContaining({ code: 'FIELD.TOO_DEEP' }),
    ]);
    // Far deeper than any call stack: still an answer, not a RangeError.
    expect(inputTextProblems(nested(200_000))).toHaveLength(1);
  });

  it('the pipe answers 400 VALIDATION.FAILED before the class is validated, and skips custom parameters', async () => {
    const pipe = new ContractValidationPipe();
    const refused = await pipe
      .transform({ phone: 'a\u0000' }, { type: 'body', metatype: PhoneDto })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainException);
    expect((refused as DomainException).status).toBe(400);
    expect((refused as DomainException).errors).toEqual([expect.objectContaining({ field: 'phone' })]);
    await expect(pipe.transform({ phone: '13800138000' }, { type: 'body', metatype: PhoneDto })).resolves.toEqual({
      phone: '13800138000',
    });
    await expect(pipe.transform({ raw: 'a\u0000' }, { type: 'custom' })).resolves.toEqual({ raw: 'a\u0000' });
  });
});

describe('well-formed text', () => {
  it('drops NUL bytes and replaces unpaired surrogates, keeping pairs and Chinese text', () => {
    expect(wellFormedText('张\u0000三\ud800 👍')).toBe('张三\ufffd 👍');
    expect(wellFormedText('南湖')).toBe('南湖');
  });
});

describe('remembered validation rules', () => {
  it('validate a class the same way every time, and see a rule registered after the first validation', async () => {
    class LaterDto {
      @IsString() name: string;
      code: string;
    }
    const pipe = new ContractValidationPipe({ forbidNonWhitelisted: false });
    const metadata = { type: 'body' as const, metatype: LaterDto };
    await expect(pipe.transform({ name: 'a', code: 'b' }, metadata)).resolves.toEqual({ name: 'a' });
    await expect(pipe.transform({ name: 1 }, metadata)).rejects.toBeInstanceOf(DomainException);
    // A decorator applied later (a module loaded afterwards) registers a new rule.
    IsString()(LaterDto.prototype, 'code');
    await expect(pipe.transform({ name: 'a', code: 'b' }, metadata)).resolves.toEqual({ name: 'a', code: 'b' });
    await expect(pipe.transform({ name: 'a', code: 2 }, metadata)).rejects.toBeInstanceOf(DomainException);
  });
});
