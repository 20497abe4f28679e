import type { EntityManager } from '@mikro-orm/core';
import { AudienceMessage, SensitiveWord } from '../../modules/interaction/interaction.entity.js';
import { normalizeForMatch } from '../../modules/interaction/word-filter.js';
import { Question } from '../../modules/question/question.entity.js';
import type { Session } from '../../modules/session/session.entity.js';

/** A handful of words for the demo's sensitive-word list (staff add their own in 系统设置 → 敏感词). */
const demoWords = ['赌博', '代开发票', '办证刻章', '枪支弹药', '六合彩', '高利贷'];

const minute = 60_000;

/**
 * 网络互动 in the demo: the sensitive-word list; the coming session takes messages once it goes
 * live; the aired session has a few approved messages (one put to the respondent as 网友追问,
 * published on its results page) and a couple still waiting or refused.
 */
export async function seedMessages(em: EntityManager, coming: Session, aired: Session): Promise<void> {
  for (const word of demoWords) em.create(SensitiveWord, { word: normalizeForMatch(word) });
  coming.messagesEnabled = true;
  aired.messagesEnabled = true;
  aired.messagesPublished = true;
  const [first, second] = await em.find(Question, { session: aired }, { orderBy: { position: 'asc' }, limit: 2 });
  if (!first) return;
  const at = (minutes: number) => new Date(aired.scheduledAt.getTime() + minutes * minute);
  const message = (
    body: string,
    question: Question,
    sentAt: number,
    fate: { status: 'APPROVED' | 'PENDING' | 'REJECTED'; upvotes?: number; pinned?: boolean; put?: boolean; reason?: string },
    senderName = '网友',
  ) =>
    em.create(AudienceMessage, {
      session: aired,
      question,
      body,
      senderName,
      voterKey: `device:demo-${sentAt}`,
      status: fate.status,
      rejectReason: fate.reason ?? null,
      pinned: fate.pinned ?? false,
      upvotes: fate.upvotes ?? 0,
      createdAt: at(sentAt),
      moderatedAt: fate.status === 'PENDING' ? null : at(sentAt + 1),
      approvedAt: fate.status === 'APPROVED' ? at(sentAt + 1) : null,
      putToRespondentAt: fate.put ? at(sentAt + 4) : null,
      putOnQuestion: fate.put ? question : null,
    });
  message('整改承诺什么时候能兑现？能不能给个具体时间表？', first, 5, { status: 'APPROVED', upvotes: 42, pinned: true, put: true });
  message('我们小区也是同样的问题，反映了三次都没人管。', first, 7, { status: 'APPROVED', upvotes: 17 }, '网友 139****2046');
  message('建议把投诉处理结果在小区公告栏公示。', first, 9, { status: 'APPROVED', upvotes: 8 });
  message('局长说的和实际情况不一样！', second ?? first, 21, { status: 'APPROVED', upvotes: 25 });
  message('主持人好帅', second ?? first, 22, { status: 'REJECTED', reason: '与本场主题无关' });
  message('夜市油烟扰民的问题什么时候解决？', second ?? first, 24, { status: 'PENDING' });
}
