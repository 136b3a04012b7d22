/**
 * The Kubernetes manifests held to the code: every container's environment, resolved as the
 * kubelet would from literals, the ConfigMap and the Secrets, goes through the config class its
 * process validates at boot, and a variable no class knows fails as surely as a missing or refused
 * one. NATS and the replica counts are held to what docs/ARCHITECTURE.md ("Running it") promises.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getMetadataStorage } from 'class-validator';
import { parse, parseAllDocuments } from 'yaml';
import { loadConfig } from '#linli/platform';
import { generateTokenKeyPair, tokenKeyEnv } from '#linli/platform/local';
import { GatewayConfig } from '../../gateway/src/gateway.config.js';
import { entryOf, GATEWAY_ENTRY, loadDefinition, SERVICE_NAMES } from '../registry.js';

const DIR = dirname(fileURLToPath(import.meta.url));
/** Files that are not Kubernetes resources: kustomize's list and the NATS chart's values. */
const NOT_RESOURCES = new Set(['kustomization.yaml', 'nats-values.yaml']);

/**
 * What a Secret's key holds in a real cluster, by variable: values of the right shape, so the
 * validator judges the manifests and not the placeholders in `config.yaml`'s example Secret.
 */
/** A real key set in place of the ones `npm run auth:keys` prints for a deployment. */
const TOKEN_KEYS = tokenKeyEnv([generateTokenKeyPair('identity')], [generateTokenKeyPair('service')]);

/** ConfigMap values that `config.yaml` documents as "replace before applying", with a valid stand-in. */
const CONFIG_PLACEHOLDERS: Record<string, { shipped: string; value: string }> = {
  AUTH_PUBLIC_KEYS: { shipped: '{"keys":[]}', value: TOKEN_KEYS.AUTH_PUBLIC_KEYS },
};

const SECRET_PLACEHOLDERS: Record<string, string> = {
  AUTH_IDENTITY_KEY: TOKEN_KEYS.AUTH_IDENTITY_KEY!,
  AUTH_SERVICE_KEY: TOKEN_KEYS.AUTH_SERVICE_KEY!,
  DATABASE_URL: 'postgres://linli:secret@postgres:5432/linli',
  DATABASE_READ_URL: 'postgres://linli:secret@postgres-replica:5432/linli',
  AUTH_SECRET: randomBytes(48).toString('base64'),
  DATA_KEY: randomBytes(32).toString('base64'),
  METRICS_TOKEN: randomBytes(24).toString('base64'),
};

interface KeyRef {
  name: string;
  key: string;
  optional?: boolean;
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    configMapKeyRef?: KeyRef;
    secretKeyRef?: KeyRef;
    fieldRef?: { fieldPath: string };
    resourceFieldRef?: { resource: string };
  };
}
interface EnvFrom {
  prefix?: string;
  configMapRef?: { name: string; optional?: boolean };
  secretRef?: { name: string; optional?: boolean };
}
interface Container {
  name: string;
  args?: string[];
  command?: string[];
  env?: EnvVar[];
  envFrom?: EnvFrom[];
}
interface Resource {
  kind: string;
  metadata: { name: string };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  spec?: { replicas?: number; template?: { spec?: { containers?: Container[] } } };
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml') && !NOT_RESOURCES.has(f));
const resources: Resource[] = files.flatMap((file) =>
  parseAllDocuments(readFileSync(join(DIR, file), 'utf8')).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
    return doc.toJS() as Resource;
  }),
);
const byKind = (kind: string) => new Map(resources.filter((r) => r.kind === kind).map((r) => [r.metadata.name, r]));
const configMaps = byKind('ConfigMap');
const secrets = byKind('Secret');
const deployments = [...byKind('Deployment').values()];

const configMapData = (name: string): Record<string, string> | undefined => {
  const data = configMaps.get(name)?.data;
  if (!data) return data;
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      CONFIG_PLACEHOLDERS[key]?.shipped === value ? CONFIG_PLACEHOLDERS[key].value : value,
    ]),
  );
};
const secretKeys = (name: string) => {
  const secret = secrets.get(name);
  return secret ? Object.keys({ ...secret.data, ...secret.stringData }) : undefined;
};
const secretValue = (key: string) => SECRET_PLACEHOLDERS[key] ?? randomBytes(32).toString('base64');

/**
 * The environment the kubelet gives a container (envFrom first, then env, which wins), or the
 * problems that would stop the pod before the process even starts (a reference to nothing).
 */
function resolveEnv(container: Container): { env: Record<string, string>; problems: string[] } {
  const env: Record<string, string> = {};
  const problems: string[] = [];
  for (const from of container.envFrom ?? []) {
    const prefix = from.prefix ?? '';
    if (from.configMapRef) {
      const data = configMapData(from.configMapRef.name);
      if (!data && !from.configMapRef.optional) problems.push(`envFrom: no ConfigMap ${from.configMapRef.name}`);
      for (const [key, value] of Object.entries(data ?? {})) env[prefix + key] = String(value);
    }
    if (from.secretRef) {
      const keys = secretKeys(from.secretRef.name);
      if (!keys && !from.secretRef.optional) problems.push(`envFrom: no Secret ${from.secretRef.name}`);
      for (const key of keys ?? []) env[prefix + key] = secretValue(key);
    }
  }
  for (const v of container.env ?? []) {
    const ref = v.valueFrom;
    if (v.value !== undefined) env[v.name] = String(v.value);
    else if (ref?.configMapKeyRef) {
      const { name, key, optional } = ref.configMapKeyRef;
      const value = configMapData(name)?.[key];
      if (value !== undefined) env[v.name] = String(value);
      else if (!optional) problems.push(`${v.name}: no key ${key} in ConfigMap ${name}`);
    } else if (ref?.secretKeyRef) {
      const { name, key, optional } = ref.secretKeyRef;
      if (secretKeys(name)?.includes(key)) env[v.name] = secretValue(key);
      else if (!optional) problems.push(`${v.name}: no key ${key} in Secret ${name}`);
    } else if (ref?.fieldRef) env[v.name] = `field-${ref.fieldRef.fieldPath}`;
    else if (ref?.resourceFieldRef) env[v.name] = '1';
    else env[v.name] = '';
  }
  return { env, problems };
}

/** The variables a config class reads: every property it (or a class it extends) validates. */
function variablesOf(cls: new () => object): Set<string> {
  return new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(cls, '', true, false)
      .map((m) => m.propertyName),
  );
}

/** Which process a container runs, from its entry point, and the config class that process loads. */
async function configClassOf(container: Container): Promise<{ process: string; cls: new () => object }> {
  const entry = [...(container.command ?? []), ...(container.args ?? [])].find((a) => a.endsWith('main.js'));
  if (entry === GATEWAY_ENTRY) return { process: 'gateway', cls: GatewayConfig };
  const service = SERVICE_NAMES.find((name) => entryOf(name) === entry);
  if (!service)
    throw new Error(`container ${container.name} runs ${entry ?? 'nothing known'}: no process of the registry`);
  return { process: service, cls: (await loadDefinition(service)).config };
}

/** Everything wrong with one container's environment, as its process would see it at boot. */
async function problemsOf(container: Container): Promise<string[]> {
  const { cls } = await configClassOf(container);
  const { env, problems } = resolveEnv(container);
  const known = variablesOf(cls);
  for (const name of Object.keys(env)) if (!known.has(name)) problems.push(`${name}: not a setting of ${cls.name}`);
  try {
    loadConfig(cls, env);
  } catch (error) {
    problems.push(
      ...(error as Error).message
        .split('\n')
        .slice(1)
        .map((line) => line.trim()),
    );
  }
  return problems;
}

const containers = deployments.flatMap((d) =>
  (d.spec?.template?.spec?.containers ?? []).map((c) => [`${d.metadata.name}/${c.name}`, c] as const),
);

describe('deploy/k8s manifests', () => {
  it('run every process of the registry, and only those', async () => {
    const processes = await Promise.all(containers.map(async ([, c]) => (await configClassOf(c)).process));
    expect(processes.sort()).toEqual([...SERVICE_NAMES, 'gateway'].sort());
  });

  it.each(containers)('%s boots on its environment: every variable known, none missing, none refused', async (_, c) => {
    expect(await problemsOf(c)).toEqual([]);
  });

  it('run at least two replicas of every Deployment', () => {
    expect(deployments.length).toBeGreaterThan(0);
    const fewer = deployments.map((d) => [d.metadata.name, d.spec?.replicas ?? 1] as const).filter(([, n]) => n < 2);
    expect(fewer).toEqual([]);
  });

  it('replicate the events stream three times, on a 3-node NATS cluster with JetStream on file storage', () => {
    expect(configMapData('linli-config')?.EVENTS_REPLICAS).toBe('3');
    const values = parse(readFileSync(join(DIR, 'nats-values.yaml'), 'utf8'));
    expect(values.config.cluster).toMatchObject({ enabled: true, replicas: 3 });
    expect(values.config.jetstream).toMatchObject({
      enabled: true,
      fileStore: { enabled: true, pvc: { enabled: true } },
      memoryStore: { enabled: false },
      merge: { sync_interval: 'always' },
    });
  });

  it('finds what is out of step: an unknown variable, a missing one, a refused value, a reference to nothing', async () => {
    const gateway = containers.find(([name]) => name.startsWith('gateway/'))![1];
    const broken: Container = {
      ...gateway,
      envFrom: [],
      env: [
        { name: 'PORT', value: 'eighty' },
        { name: 'EVENTS_REPLICAS', value: '3' },
        { name: 'METRICS_TOKEN', valueFrom: { secretKeyRef: { name: 'linli-secrets', key: 'NO_SUCH_KEY' } } },
      ],
    };
    const problems = await problemsOf(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        'METRICS_TOKEN: no key NO_SUCH_KEY in Secret linli-secrets',
        'EVENTS_REPLICAS: not a setting of GatewayConfig',
        expect.stringMatching(/^PORT: /),
        expect.stringMatching(/^AUTH_SECRET: /),
      ]),
    );
  });
});
