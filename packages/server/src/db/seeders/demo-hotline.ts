import type { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import { Account } from '../../modules/account/account.entity.js';
import { AuditEntry } from '../../modules/audit/audit-entry.entity.js';
import { Clue } from '../../modules/clue/clue.entity.js';
import { maskPhone, type PhoneSeal } from '../../modules/clue/phone.js';
import { newTrackingCode } from '../../modules/clue/tracking-code.js';
import type { Department } from '../../modules/department/department.entity.js';
import { FollowUp, FollowUpEvent } from '../../modules/follow-up/follow-up.entity.js';
import { chinaDate, endOfChinaDay } from '../../modules/follow-up/working-days.js';

const day = 86_400_000;

/** Work orders of one 12345 export: order number, days since 12345 took the call, title, text, category, place, department. */
const orders: [orderNo: string, daysAgo: number, title: string, content: string, category: string, address: string, unit: string | null][] =
  [
    [
      'YX12345-20261101-0087',
      9,
      '小区门口井盖缺失',
      '滨江苑北门人行道井盖缺失多日，只用锥桶围着，晚上看不清，怕有人掉下去。',
      'FACILITIES',
      '云溪县滨江苑北门',
      null,
    ],
    [
      'YX12345-20261103-0142',
      7,
      '广场舞音响扰民',
      '文化广场每晚广场舞音响开到很大声，十点以后还不停，附近居民无法休息。',
      'OTHER',
      '云溪县文化广场',
      null,
    ],
    [
      'YX12345-20261104-0201',
      6,
      '老旧小区雨污管道堵塞',
      '城东小区雨污管道堵塞，下雨时污水倒灌进一楼住户家中。',
      'SANITATION',
      '云溪县城东小区',
      null,
    ],
    [
      'YX12345-20261105-0233',
      5,
      '人行道违规停放共享单车',
      '人民路人行道上共享单车乱停乱放，轮椅和婴儿车都过不去。',
      'TRANSPORT',
      '云溪县人民路',
      '城管局',
    ],
  ];

/**
 * One 12345 import batch, as staff imported it yesterday as clues: each remembers its 工单编号 and
 * 12345 受理时间, and the batch is in the audit log like a real import. Three wait for triage; staff
 * referred the last to 城管局 and made its draft item from the clue page, so the 12345 export has it.
 */
export async function seedHotlineBatch(em: CoreEntityManager, phones: PhoneSeal, department: (shortName: string) => Department) {
  const staff = await em.findOne(Account, { role: 'ADMIN' });
  const importedAt = new Date(Date.now() - day);
  const referredAt = new Date(importedAt.getTime() + 3_600_000);
  const audit = (action: string, subjectType: string, subjectId: string | null, detail: Record<string, unknown>, at: Date) =>
    em.create(AuditEntry, { at, actorId: staff?.id ?? null, action, subjectType, subjectId, detail });
  orders.forEach(([orderNo, daysAgo, title, content, category, address, unit], index) => {
    const phone = `137${String(20_000_000 + index * 4_111).slice(0, 8)}`;
    const referred = unit !== null;
    const clue = em.create(Clue, {
      trackingCode: newTrackingCode(),
      hotlineOrderNo: orderNo,
      hotlineReceivedAt: new Date(Date.now() - daysAgo * day + index * 3_600_000),
      title,
      description: content,
      category,
      location: address,
      submitterName: `${['刘', '杨', '何', '郭'][index]}女士`,
      phoneMasked: maskPhone(phone),
      phoneSealed: phones.seal(phone),
      createdAt: importedAt,
      ...(referred ? { status: 'REFERRED' as const, department: department(unit), decidedAt: referredAt } : {}),
    });
    audit('clue.submit', 'Clue', clue.id, { sessionId: null, photos: 0, hotlineOrderNo: orderNo }, importedAt);
    if (!referred) return;
    const to = clue.department!;
    audit('clue.refer', 'Clue', clue.id, { departmentId: to.id, departmentName: to.name, note: '占道问题，转城管局办理。' }, referredAt);
    const item = em.create(FollowUp, {
      title,
      commitment: '',
      deadline: endOfChinaDay(chinaDate(new Date(Date.now() + 15 * day))),
      department: clue.department!,
      sourceClue: clue,
      createdAt: referredAt,
    });
    em.create(FollowUpEvent, {
      followUp: item,
      action: 'CREATED',
      actorId: staff?.id ?? null,
      note: '由转办线索生成',
      deadline: item.deadline,
      handlingRound: 1,
      at: referredAt,
    });
  });
  audit(
    'clue.hotlineImport',
    'HotlineImport',
    null,
    { mode: 'CLUES', orders: orders.length, skipped: 0, fileName: '12345工单导出-11月上旬.xlsx' },
    importedAt,
  );
}
