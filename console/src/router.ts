// Hash routes (#/growth, #/organisations?type=…, #/login): each screen keeps its state in the
// query, so links, reloads and the back button all work. Without a session every route leads
// to the login page, and back afterwards; a screen a person has no use for leads to their home.
import { nextTick } from 'vue';
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
import type { Lazy } from './views/screen.ts';
import { screens as directory } from './views/directory/screens.ts';
import { screens as leader } from './views/leader/screens.ts';
import { screens as people } from './views/people/screens.ts';
import { screens as reports } from './views/reports/screens.ts';
import { screens as volunteer } from './views/volunteer/screens.ts';

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
  screen('bureau', '督导汇总 Bureau', reports['bureau']),
  screen('growth', '组织发展 Growth', reports['growth']),
  screen('coverage', '村级覆盖 Coverage', reports['coverage']),
  screen('tiers', '三级架构 Tiers', directory['tiers']),
  screen('organisations', '组织名录 Organisations', directory['organisations']),
  screen('shifts', '班次 Shifts', leader['shifts']),
  screen('roster', '名单 Roster', leader['roster'], { tab: 'shifts' }),
  screen('plan', '排班 Plan', leader['plan'], { tab: 'shifts' }),
  screen('approvals', '待审核时长 Hours queue', leader['approvals']),
  screen('volunteers', '志愿者 Volunteers', people['volunteers']),
  screen('import', '导入 Import', people['import']),
  screen('teams', '志愿服务队 Teams', people['teams']),
  screen('my', '我的班次 My shifts', volunteer['my']),
  screen('my-hours', '我的时长 My hours', volunteer['my-hours']),
  screen('inbox', '消息 Messages', volunteer['inbox']),
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
