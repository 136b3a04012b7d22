import { getMetadataStorage } from 'class-validator';

type Lookup = (target: object, schema: string, always: boolean, strictGroups: boolean, groups?: string[]) => object[];
type Group = (metadatas: object[]) => Record<string, object[]>;

interface Storage {
  getTargetValidationMetadatas: Lookup;
  groupByPropertyName: Group;
  addValidationMetadata: (metadata: object) => void;
}

let remembered = false;

/**
 * Remembers class-validator's lookup of a class's validation rules. class-validator filters its
 * whole registry on every validation (for each class with rules, an `instanceof` to find parent
 * classes) and groups the result by property again: the same answer each time for a class,
 * recomputed for every request at the gateway and again in the service. The lookups are kept
 * per class and options, and forgotten whenever a rule is registered (a module loaded later).
 * Every caller only reads what they return.
 */
export function rememberValidationMetadata(): void {
  if (remembered) return;
  remembered = true;
  const storage = getMetadataStorage() as unknown as Storage;
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let lookups = new WeakMap<object, Map<string, object[]>>();
  let groups = new WeakMap<object[], Record<string, object[]>>();
  storage.addValidationMetadata = (metadata) => {
    lookups = new WeakMap();
    groups = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groupNames) => {
    if (typeof target !== 'function') return lookup(target, schema, always, strictGroups, groupNames);
    const key = `${schema}\0${always}\0${strictGroups}\0${groupNames?.join('\0') ?? ''}`;
    let byOptions = lookups.get(target);
    if (!byOptions) lookups.set(target, (byOptions = new Map()));
    let found = byOptions.get(key);
    if (!found) byOptions.set(key, (found = lookup(target, schema, always, strictGroups, groupNames)));
    return found;
  };
  storage.groupByPropertyName = (metadatas) => {
    let grouped = groups.get(metadatas);
    if (!grouped) groups.set(metadatas, (grouped = group(metadatas)));
    return grouped;
  };
}
