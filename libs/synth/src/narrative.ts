// 第一部分 (总体情况) and 第五部分 (存在的主要问题及改进情况) of a synthetic report, in the body's own words. Real bodies write
// about their own field, keep their phrasing from year to year, and some copy last year's text with only the figures
// changed (内容雷同, a fault the 2021 notice names); a shared boilerplate for every body would make them all equally
// "copied". This runs on its own random stream, so a seed's tables, dates and faults are what they were.
import type { SynthAgency } from './city';
import { Rng, subSeed } from './rng';

/** What the body worked on (its field), by the end of its name; the first match wins. */
const FIELDS: [string, string[]][] = [
  ['应急管理局', ['安全生产执法检查', '应急预案管理', '自然灾害救助', '危险化学品监管']],
  ['公安局', ['户籍办理', '出入境管理', '道路交通安全', '治安管理']],
  ['财政局', ['财政预决算', '政府采购', '惠民惠农补贴资金', '政府债务']],
  ['市场监督管理局', ['食品安全抽检', '市场主体登记', '产品质量监督', '价格监管']],
  ['统计局', ['统计数据发布', '统计公报', '经济普查']],
  ['审计局', ['审计结果公告', '审计整改', '经济责任审计']],
  ['教育局', ['招生入学政策', '教育收费', '校园安全', '教育经费']],
  ['民政局', ['社会救助', '养老服务', '殡葬管理', '社会组织登记']],
  ['司法局', ['法律援助', '公共法律服务', '人民调解', '行政执法监督']],
  ['生态环境局', ['环境质量状况', '建设项目环评审批', '污染源监测', '环境执法']],
  ['住房和城乡建设局', ['保障性住房', '建筑市场监管', '老旧小区改造', '物业管理']],
  ['交通运输局', ['公路建设', '道路运输许可', '城市公交', '交通运输执法']],
  ['卫生健康委员会', ['医疗机构监管', '疾病预防控制', '公共卫生服务', '医疗卫生资源']],
  ['人力资源和社会保障局', ['就业创业补贴', '社会保险', '人事考试录用', '劳动保障监察']],
  ['档案局', ['档案开放', '档案利用服务', '档案安全']],
  ['信访局', ['信访事项办理', '领导接访下访', '信访工作制度']],
  ['自然资源和规划局', ['国土空间规划', '土地征收', '不动产登记', '矿产资源管理']],
  ['自然资源局', ['土地征收', '不动产登记', '耕地保护']],
  ['林业局', ['林木采伐许可', '森林防火', '生态公益林补偿']],
  ['税务局', ['减税降费政策', '纳税服务', '税收执法', '发票管理']],
  ['人民政府办公室', ['政府常务会议', '重大行政决策', '政策解读', '建议提案办理']],
  ['街道办事处', ['社区服务', '居务公开', '社会救助', '城市管理']],
];
const GOVERNMENT = ['重大建设项目', '财政预决算', '公共资源配置', '重点民生实事', '乡村振兴'];
const TOWNSHIP = ['村务公开', '惠农补贴发放', '农村低保', '人居环境整治'];

/** One topic of 总体情况: how a paragraph may open, what it may say (2–3 of these), how it may close. */
interface Topic {
  title: string[];
  open: string[];
  say: string[];
  close: string[];
}
const TOPICS: Topic[] = [
  {
    title: ['加强组织领导', '压实工作责任', '健全工作机制'],
    open: [
      '{a}高度重视政府信息公开工作',
      '{a}坚持以公开为常态、不公开为例外',
      '今年以来，{a}认真贯彻落实《中华人民共和国政府信息公开条例》',
      '{a}党组把政务公开列入重要议事日程',
    ],
    say: [
      '调整充实政务公开工作领导小组',
      '明确分管领导和专人负责',
      '全年召开专题会议{k}次',
      '制定年度政务公开工作要点',
      '将公开工作分解到各科室',
      '建立公开属性源头认定机制',
      '主要负责同志{k}次听取工作汇报',
      '把政务公开与业务工作同部署同检查',
    ],
    close: [
      '形成了主要领导亲自抓、分管领导具体抓的工作格局。',
      '为做好政府信息公开工作提供了组织保障。',
      '确保各项任务落到实处。',
      '工作责任层层压实。',
    ],
  },
  {
    title: ['推进主动公开', '做好重点领域信息公开', '深化主动公开'],
    open: ['围绕{f}等重点工作', '聚焦{f}和{g}', '结合{f}工作实际', '按照“五公开”要求'],
    say: [
      '通过门户网站主动公开政府信息{k}条',
      '在政务新媒体发布信息{k}条',
      '及时公开{f}相关信息',
      '集中公开{g}办事指南',
      '全年发布政策解读{k}篇',
      '以图解、短视频等形式解读{g}政策',
      '公开{f}结果{k}项',
      '做好{g}信息的动态更新',
    ],
    close: [
      '及时回应社会关切。',
      '群众知晓率进一步提高。',
      '公开的针对性和实效性不断增强。',
      '切实保障了公众的知情权。',
    ],
  },
  {
    title: ['规范依申请公开', '做好依申请公开工作', '依法办理公开申请'],
    open: ['严格执行政府信息公开申请办理制度', '{a}进一步规范依申请公开办理流程', '坚持依法依规、便民高效'],
    say: [
      '落实登记、审核、办理、答复、归档等环节',
      '严格按照法定时限答复',
      '加强与申请人的沟通',
      '对疑难申请组织会商研判',
      '规范答复文书格式',
      '建立申请办理台账',
      '邀请法律顾问参与审核',
    ],
    close: ['按时办结率100%。', '答复的规范性进一步提升。', '未发生因答复不当引发的纠错。', '申请人满意度明显提高。'],
  },
  {
    title: ['加强政府信息管理', '规范信息发布', '做好信息资源管理'],
    open: ['{a}严格落实信息发布审核制度', '坚持“先审后发”', '着力提升信息管理规范化水平'],
    say: [
      '开展规范性文件清理',
      '动态更新政府信息公开指南和目录',
      '全年更新栏目{k}个',
      '对{f}类文件逐件审查公开属性',
      '建立信息发布“三审三校”制度',
      '清理过期失效信息{k}条',
      '做好个人信息保护',
    ],
    close: ['确保发布信息准确无误。', '信息管理更加规范。', '未发生泄密和失密事件。'],
  },
  {
    title: ['加强平台建设', '优化公开渠道', '提升平台功能'],
    open: ['{a}持续优化政府信息公开专栏', '坚持以平台建设为抓手', '着眼方便群众查阅'],
    say: [
      '完善站内检索功能',
      '网站全年访问量{k}万人次',
      '优化{f}栏目设置',
      '开通{g}专题页面',
      '在办事大厅设置查阅点{k}个',
      '推进政务新媒体规范运营',
      '开展网站适老化改造',
    ],
    close: ['公开平台的集约化水平不断提高。', '群众获取信息更加便捷。', '平台的权威性和影响力持续提升。'],
  },
  {
    title: ['强化监督保障', '加强培训考核', '抓好监督考核'],
    open: ['{a}将政务公开纳入年度考核', '注重发挥考核的导向作用', '坚持以考促改'],
    say: [
      '组织业务培训{k}次',
      '开展网站自查{k}次',
      '对照考评指标逐项整改',
      '邀请社会监督员参与评议',
      '通报问题{k}个并督促整改',
      '把公开工作情况纳入科室绩效评价',
    ],
    close: ['未发生因政务公开工作引起的责任追究。', '工作人员的业务能力明显提升。', '形成了常态化监督机制。'],
  },
  {
    title: ['推进政策解读', '做好解读回应', '加强政策解读'],
    open: ['坚持政策文件与解读材料同步起草、同步审签、同步发布', '{a}着力提升政策解读质量', '围绕{g}等社会关注事项'],
    say: [
      '发布解读材料{k}篇',
      '由主要负责同志解读政策{k}次',
      '举办新闻发布会{k}场',
      '及时回应网民留言{k}条',
      '对{f}政策开展图文解读',
    ],
    close: ['有效引导了社会预期。', '解读的可读性进一步增强。', '回应关切更加及时。'],
  },
];
const PROBLEMS = [
  '公开内容的深度和广度仍需拓展',
  '政策解读形式较为单一',
  '工作人员业务能力有待提升',
  '{f}信息更新不够及时',
  '依申请公开答复的规范性有待加强',
  '政务新媒体互动回应不够',
  '公开栏目设置不够科学',
  '基层政务公开标准化建设推进较慢',
  '主动公开与群众需求结合不够紧密',
  '信息公开审查机制有待完善',
];
const FIXES = [
  '下一步，{a}将进一步完善工作机制，加强业务培训，提升政府信息公开工作质量和水平。',
  '针对上述问题，我们将加大{f}信息公开力度，丰富解读形式。',
  '针对上年度发现的栏目更新不及时问题，已建立定期检查机制，逐项整改到位。',
  '{a}将以群众需求为导向，优化栏目设置，做好{g}信息的公开。',
  '下一步将加强对工作人员的培训，每季度开展一次自查，确保问题整改到位。',
  '我们将健全公开属性审查机制，推动{f}领域公开标准化、规范化。',
];
const ORDINAL = '一二三四五六七八';

/** The figures the main stream drew for this report (paragraph counts and the numbers they print). */
export interface NarrativeDraws {
  overview: number[];
  problems: number[];
}
export interface Narrative {
  overview: string[];
  problems: string[];
  copied: boolean;
}

function fieldsOf(a: SynthAgency): string[] {
  if (a.kind === 'government_compiled') return a.level === 'township' ? TOWNSHIP : GOVERNMENT;
  if (a.kind === 'township') return a.name.endsWith('街道办事处') ? FIELDS.at(-1)![1] : TOWNSHIP;
  return FIELDS.find(([suffix]) => a.name.endsWith(suffix))?.[1] ?? ['行政执法', '公共服务'];
}

/**
 * One body's pen: the topics it writes about and how often it copies last year's text (a habit: most bodies rewrite,
 * some revise, a few copy nearly every year). Sentences are kept with their {k} figure slots open, so a copy prints
 * this year's figures in last year's words.
 */
export class Narrator {
  private readonly rng: Rng;
  private readonly fields: string[];
  private readonly topics: number[];
  private readonly copyHabit: number;
  private readonly statesFee: boolean;
  /** Per topic, the title, opening and closing this body habitually writes. */
  private readonly habit: [number, number, number][];
  private last: { overview: string[]; problems: string[] } | null = null;

  constructor(
    seed: number,
    private readonly a: SynthAgency,
  ) {
    this.rng = new Rng(subSeed(seed, `${a.name}·narrative`));
    this.fields = fieldsOf(a);
    this.topics = this.shuffle(TOPICS.map((_, i) => i));
    this.copyHabit = this.rng.pick([0, 0.1, 0.25, 0.5, 0.8]);
    this.statesFee = this.rng.chance(0.85);
    this.habit = TOPICS.map((t) => [
      this.rng.int(0, t.title.length - 1),
      this.rng.int(0, t.open.length - 1),
      this.rng.int(0, t.close.length - 1),
    ]);
  }

  /** 第六部分: the 信息处理费 statement the 2021 template asks for, which some bodies leave out. */
  otherMatters(year: number, feeFree: boolean): string {
    if (!this.statesFee && year >= 2021) return '无其他需要报告的事项。';
    return feeFree ? `${year}年度${this.a.name}未收取信息处理费。` : `${year}年度${this.a.name}收取信息处理费0元。`;
  }

  write(draws: NarrativeDraws): Narrative {
    const r = this.rng.next();
    const prev = this.last;
    let overview: string[], problems: string[];
    if (prev && r < this.copyHabit) {
      ({ overview, problems } = prev);
    } else {
      // Revising keeps about half of last year's paragraphs (and its list of problems); otherwise all is new.
      const revise = prev !== null && r < this.copyHabit + 0.4;
      overview = draws.overview.map((_, i) =>
        revise && prev.overview[i] && this.rng.chance(0.5)
          ? prev.overview[i]
          : this.paragraph(this.topics[i % this.topics.length]),
      );
      problems = revise && this.rng.chance(0.5) ? prev.problems : this.problems(draws.problems.length);
      // A body slowly shifts what it writes about.
      if (this.rng.chance(0.3)) this.topics.push(this.topics.shift()!);
    }
    this.last = { overview, problems };
    const fill = (s: string, k: number) => s.replace(/\{k\}/g, () => String(k++));
    return {
      // A copy prints all of last year's paragraphs, however many the draws asked for.
      overview: overview.map((s, i) => `（${ORDINAL[i]}）${fill(s, draws.overview[i % draws.overview.length])}`),
      problems: problems.map((s, i) => fill(s, draws.problems[i % draws.problems.length])),
      copied: prev !== null && overview === prev.overview,
    };
  }

  private shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = this.rng.int(0, i);
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  }

  private words(s: string): string {
    const [f, g] = this.shuffle([...this.fields]);
    return s
      .replace(/\{a\}/g, this.a.name)
      .replace(/\{f\}/g, f)
      .replace(/\{g\}/g, g ?? f);
  }

  private paragraph(t: number): string {
    const topic = TOPICS[t];
    // Mostly in the body's usual frame; now and then it finds a new opening or closing.
    const [ti, oi, ci] = this.habit[t].map((h, i) =>
      this.rng.chance(0.2) ? this.rng.int(0, [topic.title, topic.open, topic.close][i].length - 1) : h,
    );
    const say = this.shuffle([...topic.say]).slice(0, this.rng.int(2, 4));
    return this.words(`${topic.title[ti]}。${topic.open[oi]}，${say.join('，')}，${topic.close[ci]}`);
  }

  private problems(n: number): string[] {
    const found = this.shuffle([...PROBLEMS]).slice(0, this.rng.int(2, 3));
    const listed = `${found.map((p, i) => `${ORDINAL[i]}是${p}`).join('；')}。`;
    return [
      this.words(listed),
      ...this.shuffle([...FIXES])
        .slice(0, Math.max(1, n - 1))
        .map((s) => this.words(s)),
    ];
  }
}
