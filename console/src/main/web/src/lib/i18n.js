// Clinic-facing text, Simplified Chinese first. The chosen language is remembered per browser.
import { signal } from '../signal.js';

const TEXT = {
  appName: ['医联', 'Yilian'],
  notice: ['AI 结果仅为辅助决策建议，不是处方，须经医生确认后方可生效。',
    'AI output is decision support, not a prescription; it counts only once a clinician confirms it.'],
  login: ['登录', 'Log in'], logout: ['退出', 'Log out'], username: ['用户名', 'Username'],
  password: ['密码', 'Password'], loginFailed: ['用户名或密码不正确', 'Wrong username or password'],
  loginHint: ['使用本院账号登录（与 API 相同）', 'Log in with your hospital account (the same as for the API)'],
  clinic: ['门诊', 'Clinic'], it: ['信息中心', 'IT'],
  encounters: ['本院就诊', 'Encounters of my hospital'], newEncounter: ['新建就诊', 'New encounter'],
  patientId: ['患者编号', 'Patient ID'], age: ['年龄', 'Age'], sex: ['性别', 'Sex'],
  female: ['女', 'Female'], male: ['男', 'Male'], chiefComplaint: ['主诉', 'Chief complaint'],
  start: ['开始预问诊', 'Start intake'], open: ['打开', 'Open'], back: ['返回', 'Back'],
  status: ['状态', 'Status'], step: ['当前步骤', 'Current step'], noEncounters: ['暂无就诊', 'No encounters yet'],
  clinicApiMissing: ['就诊接口尚未启用', 'The encounter API is not available yet'],
  intake: ['预问诊', 'Intake interview'], patient: ['患者', 'Patient'], assistant: ['问诊', 'Interview'],
  answer: ['患者回答', 'Patient answer'], send: ['发送', 'Send'], waiting: ['正在生成…', 'Working…'],
  redFlags: ['危险信号', 'Red flags'], redFlagAlert: ['出现危险信号：请立即处理或上转', 'Red flag: act now or refer up'],
  matrix: ['鉴别诊断矩阵', 'Diagnosis matrix'], candidate: ['候选诊断', 'Candidate'],
  probability: ['概率', 'Probability'], supporting: ['支持证据', 'Supporting'], opposing: ['反对证据', 'Opposing'],
  missing: ['待补充', 'Missing findings'], severity: ['严重程度', 'Severity'], nextStep: ['下一步', 'Next step'],
  exams: ['检查建议（由低到高）', 'Exam ladder (cheapest first)'], exam: ['检查', 'Exam'],
  cost: ['费用档', 'Cost tier'], invasiveness: ['有创性', 'Invasiveness'], why: ['理由', 'Why'],
  separates: ['用于区分', 'Separates'],
  followUp: ['随访计划', 'Follow-up plan'], checkIns: ['随访问题', 'Check-in questions'],
  watchFor: ['需警惕', 'Watch for'], schedule: ['随访安排', 'Schedule'],
  review: ['待审核', 'Open review'], approve: ['确认', 'Approve'], edit: ['修改后确认', 'Edit and approve'],
  reject: ['驳回', 'Reject'], comment: ['意见', 'Comment'], editedResult: ['修改后的结果（JSON）', 'Edited result (JSON)'],
  badJson: ['修改内容不是有效的 JSON', 'The edited result is not valid JSON'], submitted: ['已提交', 'Submitted'],
  degraded: ['降级模式：未使用大模型，仅由知识引擎生成', 'Degraded mode: produced by the knowledge engine without a model'],
  noResult: ['尚无结果', 'No result yet'], fhir: ['导出 FHIR', 'Export FHIR'],
  hospitals: ['医院与配额', 'Hospitals and quotas'], hospital: ['医院', 'Hospital'], tier: ['级别', 'Tier'],
  share: ['份额', 'Share'], guaranteed: ['保障', 'Guaranteed'], borrowLimit: ['可借用', 'Borrow limit'],
  dailyTokenBudget: ['每日令牌预算', 'Daily token budget'], requestsPerMinute: ['每分钟请求', 'Requests/min'],
  usage: ['今日令牌用量', 'Tokens today'], queue: ['排队', 'Queue'], slo: ['SLO 达成', 'SLO met'],
  noData: ['暂无数据', 'no data yet'], notAvailable: ['暂不可用', 'not available'],
  editQuota: ['修改配额', 'Edit quota'], save: ['保存', 'Save'], cancel: ['取消', 'Cancel'],
  applied: ['配额已生效', 'Quota applied'], problems: ['配置问题', 'Problems'],
  replicas: ['推荐副本数', 'Recommended replicas'], pool: ['模型池', 'Model pool'], kind: ['类型', 'Kind'],
  current: ['当前', 'Current'], recommended: ['推荐', 'Recommended'], tokensPerSecond: ['预计令牌/秒', 'Predicted tokens/s'],
  queueDay: ['今日各医院排队请求数（每分钟）', 'Queued requests per hospital today (per minute)'],
  sloDay: ['今日各医院 SLO 达成率（%，每分钟）', 'SLO met per hospital today (%, per minute)'],
  queueChart: ['各医院排队请求数', 'Queued requests per hospital'], sloChart: ['各医院 SLO 达成率', 'SLO met per hospital'],
  rejectedEdit: ['最近一次被拒绝的配置修改', 'Latest refused edit of the configuration'],
  configInForce: ['生效配置', 'Configuration in force'], loadedAt: ['加载时间', 'Loaded at'],
  forbidden: ['您的角色无权访问', 'Your role may not open this'], error: ['出错了', 'Something went wrong'],
  language: ['English', '中文'],
};

export const lang = signal(localStorage.getItem('yilian.lang') === 'en' ? 'en' : 'zh');

export function setLang(value) {
  localStorage.setItem('yilian.lang', value);
  document.documentElement.lang = value === 'en' ? 'en' : 'zh-CN';
  lang.set(value);
}

export function t(key) {
  const entry = TEXT[key];
  if (!entry) return key;
  return lang.get() === 'en' ? entry[1] : entry[0];
}

/** The colon of the language in use: "：" in Chinese, ": " in English. */
export const colon = () => (lang.get() === 'en' ? ': ' : '：');

/** A bilingual message from the hub ({message_zh, message_en} or {zh, en}). */
export function serverMessage(body) {
  if (!body) return '';
  const en = lang.get() === 'en';
  return (en ? body.message_en || body.en : body.message_zh || body.zh) || body.message || '';
}
