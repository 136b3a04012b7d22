// 消息 Messages: reminders, waitlist promotions and leaders' messages, newest first; mark read.
import { api } from '../api.js';
import { bi, errorState, h, loadingState, problemAlert } from '../ui.js';

export const title = '消息 Messages';

const stamp = new Intl.DateTimeFormat('zh-CN', {
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export function mount(root) {
  const box = h('section', { class: 'panel', id: 'inbox' }, loadingState());
  root.append(
    h(
      'div',
      { class: 'view-head with-action' },
      h('h1', { tabindex: '-1' }, bi('消息', 'Messages')),
      h('button', { type: 'button', class: 'secondary small', onclick: () => load() }, bi('刷新', 'Refresh')),
    ),
    box,
  );
  let alive = true;

  async function load() {
    try {
      const page = await api.notifications({ pageSize: 50 });
      if (!alive) return;
      const items = page.items ?? [];
      box.replaceChildren(
        h(
          'p',
          { class: 'muted', id: 'inbox-unread' },
          `未读 ${page.unread ?? 0} 条 `,
          h('span', { class: 'en' }, 'unread'),
        ),
        items.length
          ? h(
              'ul',
              { class: 'note-list' },
              items.map((n) => note(n)),
            )
          : h('p', { class: 'empty-state' }, '暂无消息 ', h('span', { class: 'en' }, 'No messages')),
      );
    } catch (error) {
      box.replaceChildren(errorState(error, load));
    }
  }

  function note(n) {
    const status = h('div');
    return h(
      'li',
      { class: `note${n.readAt ? '' : ' unread'}`, dataset: { id: n.id } },
      h(
        'p',
        { class: 'note-title' },
        n.readAt ? null : h('span', { class: 'dot', 'aria-label': '未读 Unread' }),
        n.title,
      ),
      h('p', { class: 'note-body' }, n.body),
      h(
        'p',
        { class: 'muted small note-foot' },
        stamp.format(new Date(n.createdAt)),
        n.readAt
          ? null
          : h(
              'button',
              {
                type: 'button',
                class: 'secondary small',
                onclick: async () => {
                  try {
                    await api.markRead(n.id);
                    await load();
                  } catch (error) {
                    status.replaceChildren(problemAlert(error));
                  }
                },
              },
              bi('标为已读', 'Mark read'),
            ),
      ),
      status,
    );
  }

  load();
  return {
    update() {},
    unmount() {
      alive = false;
    },
  };
}
