import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Account } from '../../modules/account/account.entity.js';
import { Role } from '../../modules/account/role.js';
import { generatePassword, hashPassword } from '../../modules/auth/password.js';
import { Clue, type ClueStatus } from '../../modules/clue/clue.entity.js';
import { newTrackingCode } from '../../modules/clue/tracking-code.js';
import { Department } from '../../modules/department/department.entity.js';
import { Question } from '../../modules/question/question.entity.js';
import { Session } from '../../modules/session/session.entity.js';
import { newJoinCode } from '../../modules/session/join-code.js';

export interface SeededCredential {
  username: string;
  password: string;
  role: Role;
}

const departments = [
  ['县住房和城乡建设局', '住建局'],
  ['县城市管理局', '城管局'],
  ['县市场监督管理局', '市场监管局'],
  ['县应急管理局', '应急管理局'],
  ['县自然资源局', '自然资源局'],
  ['县公安局', '公安局'],
  ['县水务局', '水务局'],
  ['县发展和改革局', '发改局'],
] as const;
type ShortName = (typeof departments)[number][1];

const accounts: [username: string, displayName: string, role: Role, department?: ShortName][] = [
  ['admin', '人大常委会办公室 刘敏', Role.ADMIN],
  ['host', '电视台主持人 周扬', Role.HOST],
  ['zhujian', '住建局联络员 赵磊', Role.DEPARTMENT, '住建局'],
  ['chengguan', '城管局联络员 孙芳', Role.DEPARTMENT, '城管局'],
  ['daibiao.wang', '县人大代表 王建华', Role.REPRESENTATIVE],
  ['daibiao.li', '县人大代表 李秀英', Role.REPRESENTATIVE],
  ['daibiao.zhang', '县人大代表 张国强', Role.REPRESENTATIVE],
];

const questions: [title: string, body: string, questioner: string, department: ShortName, respondent: string][] = [
  ['老旧小区物业“弃管”，谁来兜底？', '城东片区多个老旧小区物业公司撤场后，垃圾无人清运、路灯长期不亮、单元门禁损坏，居民多次反映无果。住建部门对物业撤场有没有应急接管机制？', '县人大代表 王建华', '住建局', '县住建局局长 陈立新'],
  ['维修资金“趴在账上”，电梯坏了半年没人修', '锦绣家园 3 号楼电梯停运半年，业主申请使用专项维修资金，因表决难、审批慢迟迟用不上。维修资金申请使用流程能否简化、提速？', '县人大代表 李秀英', '住建局', '县住建局局长 陈立新'],
  ['小区违建屡拆屡建，执法为何“慢半拍”？', '滨江苑顶楼加盖、绿地圈占问题举报两年，拆了又建。城管部门如何与物业、社区联动，做到早发现、快处置？', '县人大代表 张国强', '城管局', '县城管局局长 吴涛'],
  ['物业收费不透明，公共收益去哪了？', '多个小区电梯广告、停车位租金等公共收益从未公示，物业费年年上涨却说不清用途。市场监管部门如何规范物业收费和公示？', '市民代表 何丽', '市场监管局', '县市场监管局局长 郑宏'],
  ['电动车进楼入户充电，消防隐患谁来管？', '暗访发现多个小区电动车在楼道、电梯内充电，充电桩建设滞后。应急管理部门如何推动充电设施建设和隐患整治？', '县人大代表 王建华', '应急管理局', '县应急管理局局长 冯军'],
];

const categories = ['物业服务', '维修资金', '违章建筑', '收费公示', '消防安全', '停车管理', '环境卫生', '设施维修'] as const;
const estates = ['阳光花园', '锦绣家园', '滨江苑', '翠湖名邸', '城东小区', '幸福里', '金桂苑', '东方明珠小区'];
const clueTexts: [title: string, description: string, category: (typeof categories)[number]][] = [
  ['物业撤场后垃圾堆积无人清运', '小区物业公司上月撤场，楼道和垃圾房垃圾堆积已两周，夏天气味很大。', '环境卫生'],
  ['路灯坏了一年没人修', '小区主干道路灯一半不亮，老人晚上出门摔倒过，找物业说没钱修。', '设施维修'],
  ['电梯停运半年，维修资金用不了', '3 号楼电梯停运半年，申请动用维修资金要三分之二业主签字，根本凑不齐。', '维修资金'],
  ['顶楼私自加盖阳光房', '顶楼住户私自加盖阳光房，导致楼下漏水，多次举报后拆了又建。', '违章建筑'],
  ['绿地被圈占成私家菜园', '小区中心绿地被几户业主圈起来种菜，物业不管。', '违章建筑'],
  ['电梯广告收益去向不明', '电梯里的广告已经做了五年，收益从来没有公示过。', '收费公示'],
  ['物业费上涨未经业主同意', '物业费从每平米 1.2 元涨到 1.8 元，没有开业主大会。', '收费公示'],
  ['楼道电动车充电隐患大', '每天晚上都有人把电动车推进楼道飞线充电，很危险。', '消防安全'],
  ['小区没有充电桩', '小区几百辆电动车却一个充电桩都没有，大家只能在家里充。', '消防安全'],
  ['消防通道被私家车长期占用', '消防通道常年停满车，上次救护车都进不来。', '停车管理'],
  ['地下车库漏水严重', '下雨天地下车库积水到脚踝，物业只是拿沙袋挡一挡。', '设施维修'],
  ['单元门禁坏了无人修', '单元门禁坏了三个月，外来人员随意进出。', '物业服务'],
  ['物业服务态度差、报修不响应', '报修水管漏水一周没人上门，打物业电话没人接。', '物业服务'],
  ['停车位只租不售且价格过高', '开发商车位只租不售，每月 500 元，远高于周边。', '停车管理'],
  ['二次供水水箱多年未清洗', '小区水箱从没见过清洗记录，自来水有时发黄。', '物业服务'],
  ['业委会成立难', '想成立业主委员会，街道和物业都推来推去。', '物业服务'],
  ['公共区域监控全部损坏', '小区监控全坏了，电动车被偷找不到。', '设施维修'],
  ['外墙瓷砖脱落砸坏车辆', '外墙瓷砖脱落，已经砸坏两辆车，物业说要动用维修资金。', '维修资金'],
  ['小区垃圾分类形同虚设', '分类垃圾桶摆着，但清运时全部混装。', '环境卫生'],
  ['物业更换未经业主表决', '街道直接指定了新物业，业主没有参与选聘。', '物业服务'],
  ['楼顶防水层破损屋内漏雨', '顶楼住户家里一下雨就漏，维修资金申请半年没批。', '维修资金'],
  ['小区内违规开设群租房', '一套房隔成十几间出租，人员复杂、消防隐患大。', '消防安全'],
  ['化粪池满溢污水横流', '化粪池堵塞外溢，物业说不归他们管。', '环境卫生'],
  ['停车收费标准不公示', '临时停车收费标准没有公示，收费员随意收费。', '收费公示'],
  ['健身器材损坏存在安全隐患', '小区健身器材锈蚀断裂，孩子玩耍时受伤。', '设施维修'],
  ['物业公司拒不移交共用设施资料', '新物业进场半年，老物业不移交图纸和设施资料。', '物业服务'],
  ['楼道堆放杂物堵塞通道', '楼道里堆满纸箱和旧家具，物业劝不动。', '消防安全'],
  ['小区道路破损坑洼', '小区道路坑坑洼洼，雨天积水，老人容易摔倒。', '设施维修'],
];
const surnames = ['陈', '林', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高'];

/** A realistic county congress: departments, one account per role, a session on 加强物业管理 with questions and clues. */
export class DemoSeeder extends Seeder<{ credentials: SeededCredential[] }> {
  async run(em: EntityManager, context: { credentials: SeededCredential[] } = { credentials: [] }): Promise<void> {
    const byShortName = new Map<string, Department>();
    for (const [name, shortName] of departments) byShortName.set(shortName, em.create(Department, { name, shortName }));
    const department = (shortName: ShortName) => byShortName.get(shortName)!;

    for (const [username, displayName, role, shortName] of accounts) {
      const password = generatePassword();
      em.create(Account, { username, displayName, role, department: shortName ? department(shortName) : null, passwordHash: await hashPassword(password) });
      context.credentials.push({ username, password, role });
    }

    const airDate = nextFridayEvening(new Date());
    const session = em.create(Session, {
      title: `${airDate.getUTCFullYear()}年云溪县电视问政（第三期）`,
      theme: '加强物业管理',
      scheduledAt: airDate,
      joinCode: newJoinCode(),
      status: 'PUBLISHED',
      streamUrl: null,
    });
    const created = questions.map(([title, body, questioner, shortName, respondent], index) =>
      em.create(Question, { session, position: index + 1, title, body, questioner, department: department(shortName), respondent }),
    );

    // Statuses cycle so the triage board shows every state; accepted clues point at the question they became.
    const statuses: ClueStatus[] = ['SUBMITTED', 'SUBMITTED', 'ACCEPTED', 'SUBMITTED', 'REJECTED', 'ACCEPTED', 'MERGED', 'REFERRED'];
    clueTexts.forEach(([title, description, category], index) => {
      const status = statuses[index % statuses.length]!;
      const anonymous = index % 3 === 0;
      em.create(Clue, {
        trackingCode: newTrackingCode(),
        session,
        title,
        description,
        category,
        location: `云溪县${estates[index % estates.length]}`,
        submitterName: anonymous ? null : `${surnames[index % surnames.length]}先生`,
        submitterPhone: anonymous ? null : `139${String(10_000_000 + index * 7_919).slice(0, 8)}`,
        anonymous,
        status,
        published: status !== 'REJECTED' && index % 2 === 0,
        question: status === 'ACCEPTED' ? created[index % created.length]! : null,
        createdAt: new Date(Date.now() - (clueTexts.length - index) * 5 * 3_600_000),
      });
    });
    await em.flush();
  }
}

/** 19:30 Beijing time on the coming Friday, at least a day away. */
function nextFridayEvening(now: Date): Date {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 11, 30));
  while (date.getUTCDay() !== 5) date.setUTCDate(date.getUTCDate() + 1);
  return date;
}
