import { defineSurfaceMessages } from '../../../labels/surfaceMessages';

// The phone's words for audience messages (网络互动): loaded with the messages panel, only when the
// session takes messages, so the vote page's first load does not carry them.
const zhCN = {
  heading: '网友留言',
  about: (title: string) => `针对：${title}`,
  label: '我要留言或追问',
  placeholder: '写下您的留言或想追问的问题',
  counter: (used: number, max: number) => `${used} / ${max}`,
  counterLabel: (left: number) => (left >= 0 ? `还可输入 ${left} 字` : `超出 ${-left} 字`),
  note: '留言经审核后才会显示在这里和大屏上。请文明发言，勿留个人信息。',
  send: '发送留言',
  sending: '正在发送…',
  sent: '留言已提交，审核通过后会显示出来。',
  problems: {
    empty: '请先写下留言内容。',
    tooLong: (max: number) => `留言最多 ${max} 个字，请删减后再发送。`,
  },
  refusals: {
    closed: '留言通道已关闭，暂时不能发送。',
    blocked: '留言含有不宜发布的内容，请修改后再发送。',
    rateLimited: (seconds: number | null) => (seconds ? `发送太频繁，请 ${seconds} 秒后再试。` : '发送太频繁，请稍后再试。'),
    rateLimitedWait: (seconds: number) => `${seconds} 秒后可再发送`,
    badInput: '留言内容不符合要求（1 到 140 个字），请修改后再发送。',
    pass: '您的参与凭证已失效，请刷新页面重新加入后再留言。',
    network: '网络不通，留言没有发出，请稍后重试。',
    unknown: '留言没有发出，请稍后重试。',
  },
  wall: {
    heading: '留言墙',
    count: (n: number) => `已显示 ${n} 条`,
    empty: '还没有通过审核的留言。',
    error: '留言墙暂时无法更新，正在重试…',
    pinned: '置顶',
    put: '已向答复人追问',
    sender: '网友',
    upvote: '赞同',
    upvoteLabel: (n: number) => `赞同这条留言，目前 ${n} 人赞同`,
    upvoted: '已赞同',
    upvotedLabel: (n: number) => `您已赞同这条留言，目前 ${n} 人赞同`,
    upvoteFailed: '赞同没有成功，请稍后重试。',
  },
};

export type WallWords = typeof zhCN;

export const wallWords = defineSurfaceMessages<WallWords>(zhCN, { en: () => import('./messages.en') });
export const useWallWords = wallWords.useMessages;
