import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Account } from '../../modules/account/account.entity.js';
import { seedCommittees } from './demo-committees.js';
import { Role } from '../../modules/account/role.js';
import { generatePassword, hashPassword } from '../../modules/auth/password.js';
import type { PhoneSeal } from '../../modules/clue/phone.js';
import { seedClues } from './demo-clues.js';
import { seedFollowUps } from './demo-follow-ups.js';
import { seedHotlineBatch } from './demo-hotline.js';
import { seedKinds } from './demo-kinds.js';
import { seedRepresentatives } from './demo-representatives.js';
import { seedMessages } from './demo-messages.js';
import { Department } from '../../modules/department/department.entity.js';
import { Question } from '../../modules/question/question.entity.js';
import { Session } from '../../modules/session/session.entity.js';
import { newJoinCode } from '../../modules/session/join-code.js';
import { RollMember } from '../../modules/roll/roll-member.entity.js';
import { seatLabel, unusedSeatCode } from '../../modules/roll/seat-code.js';

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
  ['shenhe', '网络互动审核员 林晓', Role.MODERATOR],
  ['security', '信息中心安全管理员 郑安', Role.SECURITY_ADMIN],
];

const questions: [title: string, body: string, questioner: string, department: ShortName, respondent: string][] = [
  [
    '老旧小区物业“弃管”，谁来兜底？',
    '城东片区多个老旧小区物业公司撤场后，垃圾无人清运、路灯长期不亮、单元门禁损坏，居民多次反映无果。住建部门对物业撤场有没有应急接管机制？',
    '县人大代表 王建华',
    '住建局',
    '县住建局局长 陈立新',
  ],
  [
    '维修资金“趴在账上”，电梯坏了半年没人修',
    '锦绣家园 3 号楼电梯停运半年，业主申请使用专项维修资金，因表决难、审批慢迟迟用不上。维修资金申请使用流程能否简化、提速？',
    '县人大代表 李秀英',
    '住建局',
    '县住建局局长 陈立新',
  ],
  [
    '小区违建屡拆屡建，执法为何“慢半拍”？',
    '滨江苑顶楼加盖、绿地圈占问题举报两年，拆了又建。城管部门如何与物业、社区联动，做到早发现、快处置？',
    '县人大代表 张国强',
    '城管局',
    '县城管局局长 吴涛',
  ],
  [
    '物业收费不透明，公共收益去哪了？',
    '多个小区电梯广告、停车位租金等公共收益从未公示，物业费年年上涨却说不清用途。市场监管部门如何规范物业收费和公示？',
    '市民代表 何丽',
    '市场监管局',
    '县市场监管局局长 郑宏',
  ],
  [
    '电动车进楼入户充电，消防隐患谁来管？',
    '暗访发现多个小区电动车在楼道、电梯内充电，充电桩建设滞后。应急管理部门如何推动充电设施建设和隐患整治？',
    '县人大代表 王建华',
    '应急管理局',
    '县应急管理局局长 冯军',
  ],
];

const studioRepresentatives = [
  '县人大代表 陈美玲',
  '县人大代表 杨志刚',
  '县人大代表 黄丽娟',
  '县人大代表 周海涛',
  '县人大代表 吴春燕',
  '县人大代表 徐文军',
  '县人大代表 孙红梅',
  '县人大代表 马建国',
  '县人大代表 朱晓燕',
  '县人大代表 胡永平',
  '县人大代表 郭淑芬',
  '县人大代表 林志强',
];

/**
 * A realistic county congress: departments, one account per role, a session on 加强物业管理 with questions and clues, an earlier
 * session whose promises are followed up, and one finished session of each other kind (专题询问, report assessment, project vote, 选民评议代表).
 */
export class DemoSeeder extends Seeder<{ credentials: SeededCredential[] }> {
  async run(em: EntityManager, context: { credentials: SeededCredential[]; phones: PhoneSeal }): Promise<void> {
    const byShortName = new Map<string, Department>();
    for (const [name, shortName] of departments) byShortName.set(shortName, em.create(Department, { name, shortName }));
    const department = (shortName: ShortName) => byShortName.get(shortName)!;

    const representatives: Account[] = [];
    for (const [username, displayName, role, shortName] of accounts) {
      const password = generatePassword();
      const account = em.create(Account, {
        username,
        displayName,
        role,
        department: shortName ? department(shortName) : null,
        passwordHash: await hashPassword(password),
      });
      if (role === Role.REPRESENTATIVE) representatives.push(account);
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
    // The studio roll: the representatives with accounts (signing in is the same voter as their seat
    // code) and the others, who vote with their printed seat code.
    const seatCodes = new Set<string>();
    const roll = [
      ...representatives.map((account) => ({ name: account.displayName, account })),
      ...studioRepresentatives.map((name) => ({ name, account: null })),
    ];
    roll.forEach(({ name, account }, index) =>
      em.create(RollMember, {
        session,
        name,
        account,
        seatCode: unusedSeatCode(seatCodes),
        seatLabel: seatLabel(index + 1),
        seatClaimedAt: null,
      }),
    );
    session.studioElectorate = roll.length;
    const created = questions.map(([title, body, questioner, shortName, respondent], index) =>
      em.create(Question, { session, position: index + 1, title, body, questioner, department: department(shortName), respondent }),
    );

    // Open the call for clues now, closing two days before air, so the demo's submit page works.
    session.clueCallOpensAt = new Date(Date.now() - 7 * 86_400_000);
    session.clueCallClosesAt = new Date(airDate.getTime() - 2 * 86_400_000);
    await em.flush();
    await seedClues(em, context.phones, session, created, [...byShortName.values()]);
    await seedHotlineBatch(em, context.phones, (shortName) => byShortName.get(shortName)!);
    const aired = await seedFollowUps(em, (shortName) => byShortName.get(shortName)!);
    const { reviewItems } = await seedKinds(em, (shortName) => byShortName.get(shortName)!, representatives, context.phones);
    await seedRepresentatives(em, representatives, session, (shortName) => byShortName.get(shortName)!, reviewItems);
    await em.flush();
    await seedMessages(em, session, aired);
    await em.flush();
    // 专（工）委 and their items, and a staff account bound to one.
    const committeeStaff = await seedCommittees(em);
    const password = generatePassword();
    committeeStaff.account.passwordHash = await hashPassword(password);
    context.credentials.push({ username: committeeStaff.username, password, role: Role.ADMIN });
    await em.flush();
  }
}

/** 19:30 Beijing time on the coming Friday, at least a day away. */
function nextFridayEvening(now: Date): Date {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 11, 30));
  while (date.getUTCDay() !== 5) date.setUTCDate(date.getUTCDate() + 1);
  return date;
}
