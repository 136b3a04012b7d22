// Hash routes (#/growth, #/organisations?type=…, #/login): each screen keeps its state in the
// query, so links, reloads and the back button all work. Without a session every route leads
// to the login page, and back afterwards; a screen a person has no use for leads to their home.
import { defineComponent, h, nextTick, type Component } from 'vue';
import {
  createRouter,
  createWebHashHistory,
  type LocationQuery,
  type LocationQueryRaw,
  type RouteLocationNormalized,
  type RouteRecordRaw,
} from 'vue-router';
import { currentSession } from './api/http.ts';
import { allows, currentPersona, homeRoute } from './personas.ts';
import type { LegacyModule } from './views/legacy-module.ts';

declare module 'vue-router' {
  interface RouteMeta {
    /** The document title's first part. */
    title: string;
    /** The tab the route sits under (the roster under shifts); its own name otherwise. */
    tab?: string;
    /** Open without a session (the login page). */
    public?: boolean;
  }
}

type Lazy = () => Promise<Component | { default: Component }>;
/** A screen still drawn by its DOM module (mount/update/unmount), inside the Vue shell. */
const legacy =
  (load: () => Promise<unknown>): Lazy =>
  async () => {
    const [{ default: LegacyView }, view] = await Promise.all([import('./views/LegacyView.vue'), load()]);
    return defineComponent({ name: 'LegacyScreen', setup: () => () => h(LegacyView, { view: view as LegacyModule }) });
  };

const screen = (
  name: string,
  title: string,
  component: Lazy,
  meta: Partial<RouteRecordRaw['meta']> = {},
): RouteRecordRaw => ({
  path: `/${name}`,
  name,
  component,
  meta: { title, ...meta },
});

export const routes: RouteRecordRaw[] = [
  screen('login', '登录 Log in', () => import('./views/LoginView.vue'), { public: true }),
  screen(
    'bureau',
    '督导汇总 Bureau',
    legacy(() => import('./legacy/views/bureau.js')),
  ),
  screen(
    'growth',
    '组织发展 Growth',
    legacy(() => import('./legacy/views/growth.js')),
  ),
  screen(
    'coverage',
    '村级覆盖 Coverage',
    legacy(() => import('./legacy/views/coverage.js')),
  ),
  screen(
    'tiers',
    '三级架构 Tiers',
    legacy(() => import('./legacy/views/tiers.js')),
  ),
  screen(
    'organisations',
    '组织名录 Organisations',
    legacy(() => import('./legacy/views/organisations.js')),
  ),
  screen(
    'shifts',
    '班次 Shifts',
    legacy(() => import('./legacy/views/shifts.js')),
  ),
  screen(
    'roster',
    '名单 Roster',
    legacy(() => import('./legacy/views/roster.js')),
    { tab: 'shifts' },
  ),
  screen(
    'plan',
    '排班 Plan',
    legacy(() => import('./legacy/views/plan.js')),
    { tab: 'shifts' },
  ),
  screen(
    'approvals',
    '待审核时长 Hours queue',
    legacy(() => import('./legacy/views/approvals.js')),
  ),
  screen(
    'volunteers',
    '志愿者 Volunteers',
    legacy(() => import('./legacy/views/volunteers.js')),
  ),
  screen(
    'import',
    '导入 Import',
    legacy(() => import('./legacy/views/import.js')),
  ),
  screen(
    'teams',
    '志愿服务队 Teams',
    legacy(() => import('./legacy/views/teams.js')),
  ),
  screen(
    'my',
    '我的班次 My shifts',
    legacy(() => import('./legacy/views/my.js')),
  ),
  screen(
    'my-hours',
    '我的时长 My hours',
    legacy(() => import('./legacy/views/my-hours.js')),
  ),
  screen(
    'inbox',
    '消息 Messages',
    legacy(() => import('./legacy/views/inbox.js')),
  ),
  // Anything else: the signed-in person's home, or the login page.
  { path: '/:unknown(.*)*', name: 'unknown', component: { render: () => null }, meta: { title: '邻里 Linli' } },
];

/** Queries as URLSearchParams writes them: a `next` route inside a query stays one value. */
function stringifyQuery(query: LocationQueryRaw = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) params.append(key, String(item));
    }
  }
  return params.toString();
}

function parseQuery(search: string): LocationQuery {
  const query: LocationQuery = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const seen = query[key];
    query[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return query;
}

export const router = createRouter({
  history: createWebHashHistory(),
  routes,
  parseQuery,
  stringifyQuery,
  scrollBehavior: () => ({ top: 0 }),
});

/** `#/login?next=…&reason=…` for a route that needs a session. */
export function loginRoute(from: RouteLocationNormalized | null, reason?: string) {
  const query: Record<string, string> = {};
  if (from && from.name !== 'login' && from.name !== 'unknown') query.next = `#${from.fullPath}`;
  if (reason) query.reason = reason;
  return { name: 'login', query };
}

/** Where to go after logging in: a console route from `next`, never back to the login page. */
export function nextRoute(next: unknown): string {
  const text = typeof next === 'string' ? next : '';
  return /^#\/(?!login)[a-z]/.test(text) ? text.slice(1) : homeRoute(currentPersona());
}

router.beforeEach((to) => {
  const signedIn = currentSession.value;
  if (to.name === 'unknown') return signedIn ? homeRoute(currentPersona()) : { name: 'login' };
  if (!signedIn && !to.meta.public) return loginRoute(to);
  if (signedIn && to.name === 'login') return nextRoute(to.query.next);
  if (signedIn && !to.meta.public && !allows(currentPersona(), String(to.name))) return homeRoute(currentPersona());
  return true;
});

router.afterEach((to, from) => {
  document.title = `${to.meta.title} · 邻里 Linli`;
  // A new screen: move focus to its heading so keyboard and screen-reader users follow along.
  if (from.matched.length && from.name !== to.name) {
    void nextTick(() => setTimeout(() => document.querySelector<HTMLElement>('#view h1')?.focus(), 0));
  }
});
