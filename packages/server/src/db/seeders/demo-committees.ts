import type { EntityManager } from '@mikro-orm/core';
import { Account } from '../../modules/account/account.entity.js';
import { Committee } from '../../modules/committee/committee.entity.js';
import { FollowUp, FollowUpEvent } from '../../modules/follow-up/follow-up.entity.js';
import { committeeChangeNote } from '../../modules/follow-up/committees.js';
import { FollowUpAction } from '../../modules/follow-up/follow-up-timeline.js';

/** The county's 专（工）委, in their usual order. */
const committees: [name: string, shortName: string][] = [
  ['财政经济委员会', '财经委'],
  ['监察和司法委员会', '监司委'],
  ['教育科学文化卫生委员会', '教科文卫委'],
  ['农业农村委员会', '农委'],
  ['社会建设委员会', '社会建设委'],
  ['环境资源城乡建设委员会', '环资城建委'],
];

/**
 * The committees, the demo's dispatched items spread across them (one in every five left without a
 * committee, so the board's "no committee" filter shows something), each with its step on the
 * timeline (given today, as committees came after the items), and one staff account bound to 财经委
 * (its password is printed with the others).
 */
export async function seedCommittees(em: EntityManager): Promise<{ username: string; displayName: string; account: Account }> {
  const created = committees.map(([name, shortName], index) => em.create(Committee, { name, shortName, position: index + 1 }));
  const staff = await em.findOneOrFail(Account, { username: 'admin' });
  const items = await em.find(FollowUp, { parent: null, status: { $ne: 'DRAFT' } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  items.forEach((item, index) => {
    if (index % 5 === 4) return;
    const committee = created[index % created.length]!;
    item.committee = committee;
    em.create(FollowUpEvent, {
      followUp: item,
      action: FollowUpAction.COMMITTEE_CHANGED,
      actorId: staff.id,
      note: committeeChangeNote(null, committee.name),
      handlingRound: item.handlingRound,
    });
  });
  const children = await em.find(FollowUp, { parent: { $in: items.map((i) => i.id) } }, { populate: ['parent'] });
  for (const child of children) child.committee = child.parent?.committee ?? null;
  const displayName = '财经委工作人员 钱进';
  const account = em.create(Account, {
    username: 'caijingwei',
    displayName,
    role: 'ADMIN',
    committee: created[0]!,
    passwordHash: '',
  });
  return { username: account.username, displayName, account };
}
