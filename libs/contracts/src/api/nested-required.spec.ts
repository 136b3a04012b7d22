import 'reflect-metadata';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { ActivitiesApi, HoursApi, IdentityApi, OrganisationsApi, TeamsApi, VolunteersApi } from '../index.js';

type Class = new (...args: unknown[]) => object;

/** Every class an operation's input reaches through its nested (@ValidateNested + @Type) properties. */
function reachable(root: Class, seen = new Set<Class>()): Set<Class> {
  if (seen.has(root)) return seen;
  seen.add(root);
  for (const meta of getMetadataStorage().getTargetValidationMetadatas(root, '', true, false)) {
    if (meta.type !== ValidationTypes.NESTED_VALIDATION) continue;
    const nested = defaultMetadataStorage.findTypeMetadata(root, meta.propertyName)?.typeFunction() as
      Class | undefined;
    if (typeof nested === 'function' && nested !== Date) reachable(nested, seen);
  }
  return seen;
}

const PRESENCE = new Set(['isDefined', 'isArray', 'isObject']);

const apis = [ActivitiesApi, HoursApi, IdentityApi, OrganisationsApi, TeamsApi, VolunteersApi];
const inputs = apis.flatMap((api) =>
  Object.entries(api.operations).flatMap(([key, op]) =>
    op.input ? [{ name: `${api.service}.${key}`, input: op.input as unknown as Class }] : [],
  ),
);

describe('nested inputs', () => {
  it('finds the operations and their nested classes', () => {
    expect(inputs.length).toBeGreaterThan(50);
    const all = new Set(inputs.flatMap(({ input }) => [...reachable(input)]));
    expect([...all].map((c) => c.name)).toContain('StationHeadDto');
  });

  // A nested object that is neither required nor optional is silently skipped when missing, and the
  // handler then reads a property of undefined: each must say which it is.
  it.each(inputs)('$name: every nested object is either required or @IsOptional', ({ input }) => {
    const storage = getMetadataStorage();
    const loose: string[] = [];
    for (const cls of reachable(input)) {
      const metas = storage.getTargetValidationMetadatas(cls, '', true, false);
      const byProperty = new Map<string, Set<string>>();
      for (const m of metas) byProperty.set(m.propertyName, (byProperty.get(m.propertyName) ?? new Set()).add(m.type));
      for (const [property, kinds] of byProperty) {
        if (!kinds.has(ValidationTypes.NESTED_VALIDATION)) continue;
        // @ValidateNested skips undefined; @IsDefined, @IsArray and @IsObject do not.
        const presence =
          kinds.has(ValidationTypes.CONDITIONAL_VALIDATION) ||
          metas.some((m) => m.propertyName === property && PRESENCE.has(m.name ?? ''));
        if (!presence) loose.push(`${cls.name}.${property}`);
      }
    }
    expect(loose).toEqual([]);
  });
});
