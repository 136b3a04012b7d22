// Pieces the station head's coverage screen and the bureau officer's roll-up share: the bureau
// report's headline figures and handing a downloaded file to the browser.
import { bi, formatNumber, h } from './ui.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hands a downloaded file to the browser as a save. */
export function saveBlob(blob, filename) {
  const link = h('a', { href: URL.createObjectURL(blob), download: filename });
  document.body.append(link);
  link.click();
  link.remove();
}

/** A bureau report's title and headline figures, as a list. */
export function bureauFigures(r) {
  const item = (zh, en, value) => h('li', {}, h('span', {}, bi(zh, en)), h('strong', {}, formatNumber(value)));
  return [
    h('h3', {}, `${r.station} ${r.period.label}`),
    h(
      'ul',
      { class: 'bureau-figures' },
      item('在册组织', 'Organisations', r.organisations.total),
      item('新增组织', 'New', r.organisations.new),
      item('在册志愿者', 'Volunteers', r.volunteers.total),
      item('招募志愿者', 'Recruited', r.volunteers.recruited),
      item('其中未成年人', 'Minors', r.volunteers.recruitedMinors),
      item('核定时长（小时）', 'Hours', r.hours.approvedHours),
      item('开展活动', 'Activities', r.activitiesHeld),
      item('出具证明', 'Certificates', r.certificatesIssued),
    ),
  ];
}

/** Last calendar month, `YYYY-MM`, the period the bureau asks for at the start of each month. */
export function lastMonth(today) {
  const [y, m] = today.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
