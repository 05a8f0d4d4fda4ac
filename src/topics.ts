/**
 * The closed list of topics. A page's `topic` frontmatter must be one of these ids;
 * the sidebar, the home page cards and the Q&A index are all built from this list.
 */
export const TOPICS = [
  { id: 'overview', slug: '', label: '概览', summary: '这个站点是什么，电话会一览。' },
  { id: 'results', slug: 'results', label: '财务业绩与指引', summary: '第三季度营收与利润、第四季度指引、与 FTC 的和解。' },
  { id: 'aws', slug: 'aws', label: 'AWS', summary: '增长与积压订单、AI 服务与智能体、产能与电力。' },
  { id: 'chips', slug: 'chips', label: '芯片', summary: 'Trainium、Graviton、Project Rainier 与芯片伙伴。' },
  { id: 'rufus', slug: 'rufus', label: 'Rufus 与智能体购物', summary: 'Rufus 购物助手、Alexa Plus、智能体购物、从第三方网站代购。' },
  { id: 'kuiper', slug: 'kuiper', label: '柯伊伯计划', summary: '太空互联网项目 Project Kuiper 的卫星与终端。' },
  { id: 'zoox', slug: 'zoox', label: 'Zoox', summary: 'Zoox 自动驾驶出租车在拉斯维加斯开放、新增测试城市。' },
  { id: 'workforce', slug: 'workforce', label: '员工与组织', summary: '组织调整、员工规模、履约网络中的机器人。' },
  { id: 'qa', slug: 'qa', label: '分析师问答', summary: '分析师的每一个提问，按电话会顺序，链接到回答所在页面。' },
] as const;

export type Topic = (typeof TOPICS)[number];
export type TopicId = Topic['id'];

export const TOPIC_IDS = TOPICS.map((topic) => topic.id) as [TopicId, ...TopicId[]];

export function topicById(id: string): Topic | undefined {
  return TOPICS.find((topic) => topic.id === id);
}
