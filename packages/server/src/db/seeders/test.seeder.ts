import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Account } from '../../modules/account/account.entity.js';
import { Role } from '../../modules/account/role.js';
import { hashPassword } from '../../modules/auth/password.js';
import { Department } from '../../modules/department/department.entity.js';
import { Representative } from '../../modules/representative/representative.entity.js';

/** Every test account's password; tests sign in with it. */
export const TEST_PASSWORD = 'wz-test-password';

/** The 代表码 of the test representative record (linked to the account `rep`). */
export const TEST_REPRESENTATIVE_CODE = 'TESTREP2';

/** The small, fixed world tests start from: three departments, one account per role, and the record of the representative `rep`. */
export class TestSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const housing = em.create(Department, { name: '县住房和城乡建设局', shortName: '住建局' });
    em.create(Department, { name: '县城市管理局', shortName: '城管局' });
    em.create(Department, { name: '县市场监督管理局', shortName: '市场监管局' });
    const passwordHash = await hashPassword(TEST_PASSWORD);
    const account = (username: string, displayName: string, role: Role, department: Department | null = null) =>
      em.create(Account, { username, displayName, role, department, passwordHash });
    account('admin', '测试管理员', Role.ADMIN);
    account('host', '测试主持人', Role.HOST);
    account('dept', '住建局联络员', Role.DEPARTMENT, housing);
    const rep = account('rep', '测试代表', Role.REPRESENTATIVE);
    em.create(Representative, { name: '测试代表', district: '城关镇选区', code: TEST_REPRESENTATIVE_CODE, account: rep });
    account('mod', '测试审核员', Role.MODERATOR);
    account('security', '测试安全管理员', Role.SECURITY_ADMIN);
    await em.flush();
  }
}
