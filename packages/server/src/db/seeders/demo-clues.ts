import type { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import { AuditEntry } from '../../modules/audit/audit-entry.entity.js';
import { Clue, ClueSupport } from '../../modules/clue/clue.entity.js';
import type { ClueStatus, RejectReason } from '../../modules/clue/clue-status.js';
import { maskPhone, type PhoneSeal } from '../../modules/clue/phone.js';
import { newTrackingCode } from '../../modules/clue/tracking-code.js';
import type { Department } from '../../modules/department/department.entity.js';
import type { Question } from '../../modules/question/question.entity.js';
import type { Session } from '../../modules/session/session.entity.js';

/** A category code, among the defaults the clue_categories migration inserts. */
type Category = string;
const estates = ['阳光花园', '锦绣家园', '滨江苑', '翠湖名邸', '城东小区', '幸福里', '金桂苑', '东方明珠小区'];
/** Clues on the session's theme; `question` is the index of the question an accepted clue became. */
const clueTexts: [title: string, description: string, category: Category][] = [
  ['物业撤场后垃圾堆积无人清运', '小区物业公司上月撤场，楼道和垃圾房垃圾堆积已两周，夏天气味很大。', 'SANITATION'],
  ['路灯坏了一年没人修', '小区主干道路灯一半不亮，老人晚上出门摔倒过，找物业说没钱修。', 'FACILITIES'],
  ['电梯停运半年，维修资金用不了', '3 号楼电梯停运半年，申请动用维修资金要三分之二业主签字，根本凑不齐。', 'MAINTENANCE_FUND'],
  ['顶楼私自加盖阳光房', '顶楼住户私自加盖阳光房，导致楼下漏水，多次举报后拆了又建。', 'ILLEGAL_BUILDING'],
  ['绿地被圈占成私家菜园', '小区中心绿地被几户业主圈起来种菜，物业不管。', 'ILLEGAL_BUILDING'],
  ['电梯广告收益去向不明', '电梯里的广告已经做了五年，收益从来没有公示过。', 'FEES'],
  ['物业费上涨未经业主同意', '物业费从每平米 1.2 元涨到 1.8 元，没有开业主大会。', 'FEES'],
  ['楼道电动车充电隐患大', '每天晚上都有人把电动车推进楼道飞线充电，很危险。', 'FIRE_SAFETY'],
  ['小区没有充电桩', '小区几百辆电动车却一个充电桩都没有，大家只能在家里充。', 'FIRE_SAFETY'],
  ['消防通道被私家车长期占用', '消防通道常年停满车，上次救护车都进不来。', 'PARKING'],
  ['地下车库漏水严重', '下雨天地下车库积水到脚踝，物业只是拿沙袋挡一挡。', 'FACILITIES'],
  ['单元门禁坏了无人修', '单元门禁坏了三个月，外来人员随意进出。', 'PROPERTY_SERVICE'],
  ['物业服务态度差、报修不响应', '报修水管漏水一周没人上门，打物业电话没人接。', 'PROPERTY_SERVICE'],
  ['停车位只租不售且价格过高', '开发商车位只租不售，每月 500 元，远高于周边。', 'PARKING'],
  ['二次供水水箱多年未清洗', '小区水箱从没见过清洗记录，自来水有时发黄。', 'PROPERTY_SERVICE'],
  ['业委会成立难', '想成立业主委员会，街道和物业都推来推去。', 'PROPERTY_SERVICE'],
  ['公共区域监控全部损坏', '小区监控全坏了，电动车被偷找不到。', 'FACILITIES'],
  ['外墙瓷砖脱落砸坏车辆', '外墙瓷砖脱落，已经砸坏两辆车，物业说要动用维修资金。', 'MAINTENANCE_FUND'],
  ['小区垃圾分类形同虚设', '分类垃圾桶摆着，但清运时全部混装。', 'SANITATION'],
  ['物业更换未经业主表决', '街道直接指定了新物业，业主没有参与选聘。', 'PROPERTY_SERVICE'],
  ['楼顶防水层破损屋内漏雨', '顶楼住户家里一下雨就漏，维修资金申请半年没批。', 'MAINTENANCE_FUND'],
  ['小区内违规开设群租房', '一套房隔成十几间出租，人员复杂、消防隐患大。', 'FIRE_SAFETY'],
  ['化粪池满溢污水横流', '化粪池堵塞外溢，物业说不归他们管。', 'SANITATION'],
  ['停车收费标准不公示', '临时停车收费标准没有公示，收费员随意收费。', 'FEES'],
  ['健身器材损坏存在安全隐患', '小区健身器材锈蚀断裂，孩子玩耍时受伤。', 'FACILITIES'],
  ['物业公司拒不移交共用设施资料', '新物业进场半年，老物业不移交图纸和设施资料。', 'PROPERTY_SERVICE'],
  ['楼道堆放杂物堵塞通道', '楼道里堆满纸箱和旧家具，物业劝不动。', 'FIRE_SAFETY'],
  ['小区道路破损坑洼', '小区道路坑坑洼洼，雨天积水，老人容易摔倒。', 'FACILITIES'],
];
/** General submissions, outside any session's call. */
const generalClueTexts: [title: string, description: string, category: Category, location: string | null][] = [
  ['学校门口早晚高峰拥堵', '实验小学门口上下学时段车辆乱停，孩子过马路很危险，希望设置临时停车区和护学岗。', 'TRANSPORT', '云溪县实验小学'],
  ['公交站台没有遮雨棚', '人民路公交站只有一根站牌，下雨天老人小孩只能淋雨等车。', 'TRANSPORT', '云溪县人民路公交站'],
  ['菜市场周边占道经营', '农贸市场外面一圈都是流动摊贩，早上车辆根本过不去。', 'MARKET', '云溪县城南农贸市场'],
  ['社区卫生服务中心挂号难', '社区卫生服务中心每天只放 30 个号，早上六点排队都挂不上。', 'HEALTH', '云溪县城东社区卫生服务中心'],
  ['河道漂浮垃圾多有异味', '城西河段漂浮垃圾很多，夏天有明显异味，希望定期打捞。', 'SANITATION', '云溪县城西河段'],
  ['养老金认证手续繁琐', '父母年纪大了不会用手机认证，每年都要跑社保中心。', 'SOCIAL_SECURITY', null],
  ['幼儿园学位紧张', '新城片区只有一所公办幼儿园，报名要抽签，希望增加学位。', 'EDUCATION', '云溪县新城片区'],
  ['夜间施工噪音扰民', '工地晚上十一点以后还在施工，附近居民无法休息。', 'OTHER', '云溪县滨江路工地'],
];
const rejectNotes: Partial<Record<RejectReason, string>> = {
  ALREADY_RESOLVED: '经核实，该问题已于本月由街道协调解决。',
  NOT_GOVERNMENT_DUTY: '属于业主与开发商之间的合同纠纷，建议通过协商或诉讼解决。',
  INSUFFICIENT_INFORMATION: '未提供具体小区和楼栋，请补充后重新提交。',
};
const surnames = ['陈', '林', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高'];

/** What happens to each session clue, in turn, so the triage board shows every state and the public list has content. */
const fates: ClueStatus[] = ['SUBMITTED', 'ACCEPTED', 'SUBMITTED', 'REJECTED', 'ACCEPTED', 'MERGED', 'REFERRED', 'SUBMITTED'];
const reasons: RejectReason[] = ['ALREADY_RESOLVED', 'NOT_GOVERNMENT_DUTY', 'INSUFFICIENT_INFORMATION', 'OUT_OF_SCOPE'];
const hour = 3_600_000;

/**
 * A few dozen clues as the public sent them and staff triaged them: accepted ones point at the
 * question they became, each step is in the audit log (which is also the tracking page's timeline).
 */
export async function seedClues(
  em: CoreEntityManager,
  phones: PhoneSeal,
  session: Session,
  questions: Question[],
  departments: Department[],
): Promise<void> {
  const audit = (clue: Clue, action: string, at: Date, detail: Record<string, unknown> = {}) =>
    em.create(AuditEntry, { at, actorId: null, action, subjectType: 'Clue', subjectId: clue.id, detail });
  const submit = (
    index: number,
    [title, description, category]: [string, string, Category],
    location: string | null,
    inSession: boolean,
  ) => {
    const anonymous = index % 3 === 0;
    const phone = anonymous ? null : `139${String(10_000_000 + index * 7_919).slice(0, 8)}`;
    const createdAt = new Date(Date.now() - (40 - index) * 5 * hour);
    const clue = em.create(Clue, {
      trackingCode: newTrackingCode(),
      session: inSession ? session : null,
      title,
      description,
      category,
      location,
      latitude: location ? 30.1 + index / 1000 : null,
      longitude: location ? 120.2 + index / 1000 : null,
      anonymous,
      submitterName: anonymous ? null : `${surnames[index % surnames.length]}先生`,
      phoneMasked: phone ? maskPhone(phone) : null,
      phoneSealed: phone ? phones.seal(phone) : null,
      createdAt,
    });
    audit(clue, 'clue.submit', createdAt, { sessionId: inSession ? session.id : null, photos: 0 });
    return clue;
  };

  const sessionClues = clueTexts.map((text, index) => submit(index, text, `云溪县${estates[index % estates.length]}`, true));
  sessionClues.forEach((clue, index) => {
    const fate = fates[index % fates.length]!;
    const at = new Date(clue.createdAt.getTime() + 2 * hour);
    clue.status = fate;
    if (fate === 'ACCEPTED') {
      const question = questions[index % questions.length]!;
      Object.assign(clue, { question, department: question.department });
      audit(clue, 'clue.accept', at, { questionId: question.id, questionTitle: question.title });
    } else if (fate === 'REJECTED') {
      const reason = reasons[index % reasons.length]!;
      Object.assign(clue, { rejectReason: reason, rejectNote: rejectNotes[reason] ?? null });
      audit(clue, 'clue.reject', at, { reason, note: rejectNotes[reason] ?? null });
    } else if (fate === 'MERGED') {
      const into = sessionClues[index - 4]!; // an accepted clue on a similar problem
      clue.mergedInto = into;
      audit(clue, 'clue.merge', at, { intoId: into.id });
    } else if (fate === 'REFERRED') {
      const department = departments[index % departments.length]!;
      clue.department = department;
      audit(clue, 'clue.refer', at, { departmentId: department.id, departmentName: department.name, note: null });
    }
    if (fate !== 'REJECTED' && fate !== 'MERGED' && index % 2 === 0) {
      clue.published = true;
      audit(clue, 'clue.publish', new Date(at.getTime() + hour));
    }
    if (fate === 'ACCEPTED' || fate === 'REFERRED') {
      clue.publicReply =
        fate === 'ACCEPTED' ? '您反映的问题已列入本期电视问政，届时请关注直播。' : '已转相关部门办理，办理结果将在此公开。';
      clue.repliedAt = new Date(at.getTime() + 2 * hour);
      audit(clue, 'clue.reply', clue.repliedAt, { reply: clue.publicReply });
    }
  });
  const general = generalClueTexts.map(([title, description, category, location], index) =>
    submit(clueTexts.length + index, [title, description, category], location, false),
  );
  general
    .filter((_, index) => index % 2 === 0)
    .forEach((clue) => {
      clue.published = true;
      audit(clue, 'clue.publish', new Date(clue.createdAt.getTime() + hour));
    });

  // 附议 from demo devices: more for older published clues.
  [...sessionClues, ...general]
    .filter((c) => c.published)
    .forEach((clue, index) => {
      clue.supportCount = 3 + ((index * 7) % 23);
      for (let device = 0; device < clue.supportCount; device++) em.create(ClueSupport, { clue, deviceKey: `device:demo-${device}` });
    });
}
