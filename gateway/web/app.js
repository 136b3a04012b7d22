// The console shell: a hash router (#/growth, #/tiers, #/organisations?filters, #/login), the
// signed-in user's bar and the global loading indicator. Each view keeps its state in the hash,
// so links, reloads and the back button all work; the router mounts a view once and hands it
// later changes. Without a session every route leads to the login page, and back afterwards.
import { api, onLoadingChange, onUnauthenticated, session } from './api.js';
import { ROLE_LABELS } from './labels.js';
import { allows, currentPersona, homeRoute, tabsFor } from './roles.js';
import * as approvals from './views/approvals.js';
import * as bureau from './views/bureau.js';
import * as coverage from './views/coverage.js';
import * as growth from './views/growth.js';
import * as importView from './views/import.js';
import * as inbox from './views/inbox.js';
import * as login from './views/login.js';
import * as myHours from './views/my-hours.js';
import * as my from './views/my.js';
import * as organisations from './views/organisations.js';
import * as plan from './views/plan.js';
import * as roster from './views/roster.js';
import * as shifts from './views/shifts.js';
import * as teams from './views/teams.js';
import * as tiers from './views/tiers.js';
import * as volunteers from './views/volunteers.js';
import { bi, h } from './ui.js';

const ROUTES = {
  bureau,
  growth,
  coverage,
  tiers,
  organisations,
  shifts,
  roster,
  plan,
  approvals,
  volunteers,
  import: importView,
  teams,
  my,
  'my-hours': myHours,
  inbox,
  login,
};

const viewRoot = document.getElementById('view');
const nav = document.querySelector('.app-nav');
const userBox = document.getElementById('user-box');
const stationName = document.getElementById('station-name');
let current = null; // { name, controller }
let stationShownFor = null; // the access token the station name was loaded with

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, search = ''] = raw.split('?');
  const name = path.split('/')[0];
  return { name: Object.hasOwn(ROUTES, name) ? name : null, params: new URLSearchParams(search) };
}

function toLogin(reason) {
  const { name } = parseHash();
  if (name === 'login') return; // several calls refused at once: go there once
  const next = name && name !== 'login' ? location.hash : '';
  const search = new URLSearchParams();
  if (next) search.set('next', next);
  if (reason) search.set('reason', reason);
  location.replace(`#/login${search.size ? `?${search}` : ''}`);
}

function render() {
  const { name, params } = parseHash();
  const signedIn = session.get();
  if (!name) {
    location.replace(signedIn ? homeRoute(currentPersona()) : '#/login');
    return;
  }
  if (!signedIn && !ROUTES[name].isPublic) {
    toLogin();
    return;
  }
  if (signedIn && name === 'login') {
    location.replace(login.nextRoute(params));
    return;
  }
  // A screen this person has no use for (a volunteer on growth): their own home instead.
  if (signedIn && !ROUTES[name].isPublic && !allows(currentPersona(), name)) {
    location.replace(homeRoute(currentPersona()));
    return;
  }
  drawChrome(signedIn);
  const tab = ROUTES[name].tab ?? name; // the roster sits under shifts
  for (const link of nav.querySelectorAll('a')) {
    if (link.dataset.route === tab) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  revealActiveTab();
  const view = ROUTES[name];
  document.title = `${view.title} · 邻里 Linli`;
  if (current?.name === name) {
    current.controller.update(params);
    return;
  }
  const first = current === null;
  current?.controller.unmount?.();
  viewRoot.replaceChildren();
  current = { name, controller: view.mount(viewRoot, params) };
  // Move focus to the new view's heading so keyboard and screen-reader users follow along.
  if (!first) viewRoot.querySelector('h1')?.focus({ preventScroll: false });
  window.scrollTo({ top: 0 });
}

/** On a phone the tabs scroll sideways: keep the current one in sight. */
function revealActiveTab() {
  const active = nav.querySelector('a[aria-current]');
  if (!active || nav.scrollWidth <= nav.clientWidth) return;
  const offset = active.getBoundingClientRect().left - nav.getBoundingClientRect().left + nav.scrollLeft;
  nav.scrollLeft = Math.max(0, offset - (nav.clientWidth - active.offsetWidth) / 2);
}

/** Navigation, the user's name and role, and the station's name: only when signed in. */
function drawChrome(signedIn) {
  nav.hidden = !signedIn;
  if (!signedIn) {
    userBox.replaceChildren();
    stationName.replaceChildren('站长工作台 ', h('span', { class: 'en', lang: 'en' }, 'Station console'));
    stationShownFor = null;
    return;
  }
  const user = signedIn.user ?? {};
  drawNav(signedIn);
  const roles = [...new Set((user.grants ?? []).map((g) => ROLE_LABELS[g.role] ?? g.role))].join('、');
  userBox.replaceChildren(
    h('span', { class: 'user-name' }, user.name ?? '', roles ? h('span', { class: 'user-role' }, ` ${roles}`) : null),
    h('button', { type: 'button', class: 'secondary small', onclick: logout }, bi('退出', 'Log out')),
  );
  if (currentPersona().bureau && !currentPersona().head) {
    // An officer belongs to no station: the console is theirs for the stations they supervise.
    stationName.replaceChildren('民政局督导台 ', h('span', { class: 'en', lang: 'en' }, 'Bureau console'));
    stationShownFor = signedIn.refreshToken;
  } else if (stationShownFor !== signedIn.refreshToken) {
    stationShownFor = signedIn.refreshToken;
    // The station's name is the root of the tree this user can see; the console works without it.
    api
      .tierTree()
      .then((roots) => {
        const root = roots?.[0];
        const persona = currentPersona();
        const role = persona.head ? 'Station console' : persona.leader ? 'Leader' : 'Volunteer';
        if (root) stationName.replaceChildren(root.name, ' · ', h('span', { class: 'en', lang: 'en' }, role));
      })
      .catch(() => undefined);
  }
}

let navDrawnFor = null;
/** The tabs this person's grants open, in a fixed order. */
function drawNav(signedIn) {
  if (navDrawnFor === signedIn.refreshToken && nav.childElementCount) return;
  navDrawnFor = signedIn.refreshToken;
  nav.replaceChildren(
    ...tabsFor(currentPersona()).map((tab) =>
      h(
        'a',
        { href: `#/${tab.route}`, dataset: { route: tab.route } },
        tab.zh,
        ' ',
        h('span', { class: 'en', lang: 'en' }, tab.en),
      ),
    ),
  );
}

async function logout() {
  await api.logout();
  current?.controller.unmount?.();
  current = null;
  location.hash = '#/login';
}

// The server turned the session down (expired, revoked): log in again, then come back here.
onUnauthenticated(() => {
  current?.controller.unmount?.();
  current = null;
  toLogin('expired');
});

// Slow calls show a bar at the top and announce themselves.
const bar = document.getElementById('loading-bar');
const barText = document.getElementById('loading-text');
onLoadingChange((loading) => {
  bar.hidden = !loading;
  document.body.toggleAttribute('data-loading', loading);
  barText.textContent = loading ? '加载中… Loading' : '';
});

window.addEventListener('hashchange', render);
window.addEventListener('resize', revealActiveTab);
render();
