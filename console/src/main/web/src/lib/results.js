// The clinic API's results, read defensively: field names may vary a little between versions, values may be
// {zh, en} or plain text, lists may be absent. Everything here returns plain, display-ready shapes.

export const first = (obj, ...names) => {
  if (!obj || typeof obj !== 'object') return undefined;
  for (const name of names) if (obj[name] !== undefined && obj[name] !== null) return obj[name];
  return undefined;
};

export const list = (value) => (Array.isArray(value) ? value : value == null ? [] : [value]);

/** Display text in the chosen language from a string, {zh, en}, or an object with a name/text. */
export function text(value, lang = 'zh') {
  if (value == null) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => text(v, lang)).filter(Boolean).join(lang === 'en' ? '; ' : '；');
  if (value.zh !== undefined || value.en !== undefined) {
    return (lang === 'en' ? value.en || value.zh : value.zh || value.en) || '';
  }
  const inner = first(value, 'name', 'text', 'label', 'title', 'condition', 'description', 'id', 'code');
  return inner !== undefined ? text(inner, lang) : '';
}

/** 0.42 → "42%", 42 → "42%"; anything else as text. */
export function percent(value) {
  const n = Number(value);
  if (value === undefined || value === null || Number.isNaN(n)) return '';
  return `${Math.round((n <= 1 ? n * 100 : n) * 10) / 10}%`;
}

export function degradation(result) {
  if (!result || typeof result !== 'object') return null;
  const degraded = first(result, 'degraded', 'isDegraded');
  return degraded ? { reason: first(result, 'degradedReason', 'degradationReason', 'reason') } : null;
}

export function intake(summary) {
  const s = summary || {};
  return {
    transcript: list(first(s, 'transcript', 'messages', 'turns')).map((m) => ({
      role: first(m, 'role', 'from', 'speaker') || 'patient',
      text: first(m, 'text', 'content', 'message') ?? m,
    })),
    pendingQuestion: first(first(s, 'pendingQuestion', 'nextQuestion') || {}, 'text', 'question')
      ?? first(s, 'pendingQuestion', 'nextQuestion'),
    redFlags: list(first(s, 'redFlags', 'redFlag')),
    chiefComplaint: first(s, 'chiefComplaint', 'complaint'),
  };
}

export function diagnosisMatrix(matrix) {
  const m = matrix || {};
  const rows = list(first(m, 'rows', 'candidates', 'diagnoses', 'differential')).map((r) => {
    const redFlags = list(first(r, 'redFlags'));
    return {
      condition: first(r, 'condition', 'conditionName', 'name', 'diagnosis'),
      probability: first(r, 'probability', 'p', 'posterior', 'likelihood'),
      supporting: list(first(r, 'supporting', 'supportingFindings', 'supportingEvidence', 'for')),
      opposing: list(first(r, 'opposing', 'opposingFindings', 'opposingEvidence', 'against')),
      missing: list(first(r, 'missing', 'missingFindings', 'findingsMissing', 'stillMissing')),
      severity: first(r, 'severity', 'acuity'),
      redFlag: Boolean(first(r, 'redFlag', 'isRedFlag', 'urgent')) || redFlags.length > 0,
      redFlags,
    };
  });
  return { rows, nextStep: first(m, 'nextStep', 'nextDecisionStep', 'next', 'recommendation') };
}

export function examPlan(plan) {
  const p = plan || {};
  const exams = list(first(p, 'exams', 'ordered', 'ladder', 'steps', 'recommendations')).map((e, i) => ({
    order: first(e, 'order', 'rank', 'step') ?? i + 1,
    name: first(e, 'exam', 'name', 'examName', 'title') ?? e,
    costTier: first(e, 'costTier', 'cost', 'tier'),
    invasiveness: first(e, 'invasiveness', 'invasive', 'risk'),
    why: first(e, 'why', 'rationale', 'reason', 'because'),
    separates: list(first(e, 'separates', 'distinguishes', 'discriminates')),
  }));
  return { exams: exams.sort((a, b) => Number(a.order) - Number(b.order)) };
}

export function followUpPlan(plan) {
  const p = plan || {};
  return {
    checkIns: list(first(p, 'checkIns', 'checkInQuestions', 'questions', 'checkins')),
    watchFor: list(first(p, 'watchFor', 'warningSigns', 'escalateOn', 'redFlags')),
    schedule: first(p, 'schedule', 'interval', 'nextCheckIn', 'intervals'),
  };
}
