import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { CommonErrors, type FieldError } from './domain.exception.js';
import { validationPipeOptions } from './validation.js';
import { rememberValidationMetadata } from './validation-metadata.js';

/** Deeper input than this is refused before class-transformer recurses into it. */
export const MAX_INPUT_DEPTH = 32;

// A NUL (PostgreSQL text cannot hold it) or a UTF-16 surrogate without its pair (what a JSON
// `\ud800` escape or a broken client produces; it cannot be stored as UTF-8).
const BAD_TEXT_RE = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const hasBadText = (text: string) => BAD_TEXT_RE.test(text);

/** The text without NUL bytes, an unpaired surrogate replaced by U+FFFD: what a field can hold. */
export const wellFormedText = (text: string) =>
  hasBadText(text) ? text.replace(new RegExp(BAD_TEXT_RE.source, 'g'), (bad) => (bad === '\0' ? '' : '\ufffd')) : text;

const badText = (field: string): FieldError => ({
  field,
  code: 'FIELD.INVALID_TEXT',
  message: '含有不允许的字符（NUL 或无效的 Unicode）/ Contains a NUL byte or invalid Unicode',
});

const tooDeep = (field: string): FieldError => ({
  field,
  code: 'FIELD.TOO_DEEP',
  message: `嵌套超过 ${MAX_INPUT_DEPTH} 层 / Nested more than ${MAX_INPUT_DEPTH} levels deep`,
});

/**
 * Field problems of text no field may hold, anywhere in a parsed body, query or payload: NUL
 * bytes and unpaired surrogates in values and keys, and nesting deeper than MAX_INPUT_DEPTH.
 * Walks iteratively, so a hostile depth cannot exhaust the stack here either.
 */
export function inputTextProblems(value: unknown, root = ''): FieldError[] {
  const problems: FieldError[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: root, depth: 0 }];
  while (stack.length > 0 && problems.length < 20) {
    const { value: node, path, depth } = stack.pop()!;
    if (typeof node === 'string') {
      if (hasBadText(node)) problems.push(badText(path || 'value'));
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      problems.push(tooDeep(path || 'value'));
      continue;
    }
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        stack.push({ value: node[i], path: path ? `${path}.${i}` : String(i), depth: depth + 1 });
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      const field = path ? `${path}.${key}` : key;
      if (hasBadText(key)) {
        problems.push(badText(path || 'value'));
        continue;
      }
      stack.push({ value: (node as Record<string, unknown>)[key], path: field, depth: depth + 1 });
    }
  }
  return problems;
}

/** Throws the 400 VALIDATION problem for input no field may hold. */
export function assertInputText(value: unknown, root = ''): void {
  const problems = inputTextProblems(value, root);
  if (problems.length > 0) throw CommonErrors.validation(problems);
}

/**
 * The ValidationPipe every boundary uses (gateway routes, service handlers): first refuses
 * text no field may hold and hostile nesting, then validates against the declared class.
 * Custom parameter decorators (the caller, the request) are not user input and are skipped.
 */
export class ContractValidationPipe extends ValidationPipe {
  constructor(options: ConstructorParameters<typeof ValidationPipe>[0] = {}) {
    super({ ...validationPipeOptions, ...options });
    rememberValidationMetadata();
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') assertInputText(value, metadata.data ?? '');
    return super.transform(value, metadata);
  }
}
