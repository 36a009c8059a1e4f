/** The check's findings in words, for the task pane and the CLI, in both languages. */
import type { Language } from "../messages";
import { formatNumber } from "../numeric";
import { findKnownScale } from "../reading";
import type { Blocker, CheckReport, MoveHint, Violation } from "./check";

const percent = (fraction: number) => `${formatNumber(Math.round(fraction * 1000) / 10)}%`;
const people = (n: number, lang: Language) => (lang === "zh" ? `${n} 人` : `${n} ${n === 1 ? "person" : "people"}`);

export function describeHint(hint: MoveHint, lang: Language): string {
  return lang === "zh"
    ? `将 ${people(hint.count, lang)}从 ${hint.from} 调整为 ${hint.to}`
    : `Move ${people(hint.count, lang)} from ${hint.from} to ${hint.to}`;
}

export function describeViolation(violation: Violation, lang: Language): string {
  const zh = lang === "zh";
  if (violation.kind === "count") {
    const range = `${violation.low}${zh ? "～" : "–"}${violation.high}`;
    const wanted = violation.low === violation.high ? `${violation.low}` : range;
    return zh
      ? `${violation.grade}：${violation.count} 人，应为 ${wanted} 人`
      : `${violation.grade}: ${people(violation.count, lang)}, should be ${wanted}`;
  }
  if (zh) {
    const bounds = [
      violation.min !== undefined ? `不低于 ${percent(violation.min)}` : "",
      violation.max !== undefined ? `不高于 ${percent(violation.max)}` : "",
    ].filter(Boolean);
    return `${violation.grades.join("、")} 合计 ${percent(violation.share)}，应${bounds.join("且")}`;
  }
  const bounds = [
    violation.min !== undefined ? `≥ ${percent(violation.min)}` : "",
    violation.max !== undefined ? `≤ ${percent(violation.max)}` : "",
  ]
    .filter(Boolean)
    .join(" and ");
  return `${violation.grades.join("+")} together ${percent(violation.share)}, should be ${bounds}`;
}

export function describeBlocker(blocker: Blocker, lang: Language): string {
  const zh = lang === "zh";
  switch (blocker.kind) {
    case "distribution": {
      const names = blocker.groups.map((g) => g ?? (zh ? "全体" : "everyone")).join(zh ? "、" : ", ");
      return zh ? `强制分布未达标（${names}）` : `Forced distribution not met: ${names}`;
    }
    case "invalid":
      return zh ? `${blocker.count} 个单元格不是有效等级` : `${blocker.count} cell(s) are not valid grades`;
    case "missing":
      return zh
        ? `${blocker.count} 人没有等级`
        : `${people(blocker.count, lang)} ${blocker.count === 1 ? "has" : "have"} no grade`;
    case "errors":
      return zh
        ? `${blocker.count} 个得分或等级单元格显示错误值`
        : `${blocker.count} score or grade cell(s) show an error`;
    case "weights":
      return zh ? `${blocker.count} 行权重合计不是 100%` : `${blocker.count} weight row(s) do not add up to 100%`;
    case "no-graded-people": {
      const where = blocker.where.join(zh ? "、" : ", ");
      if (!where) return zh ? "没有读到任何有等级的人员" : "no graded people were read";
      return zh ? `没有有等级的人员：${where}` : `no graded people in ${where}`;
    }
    case "other-scale": {
      const title = findKnownScale(blocker.suggestion.id)?.title[lang] ?? blocker.suggestion.id;
      return zh
        ? `${blocker.where} 的等级属于“${title}”，请按该等级标准检查`
        : `the grades of ${blocker.where} are ${title}: check with that scale`;
    }
  }
}

/** One line: ready to submit, or what blocks it. */
export function describeVerdict(report: CheckReport, lang: Language): string {
  const zh = lang === "zh";
  if (report.ready) {
    const advisoryNote = report.advisory && report.overall.violations.length;
    if (advisoryNote)
      return zh
        ? "可以提交（年度考核不受强制分布限制，检查结果仅供参考）"
        : "Ready to submit (year-end: the distribution is advisory)";
    return zh ? "可以提交" : "Ready to submit";
  }
  const reasons = report.blocking.map((b) => describeBlocker(b, lang)).join(zh ? "；" : "; ");
  return zh ? `暂不能提交：${reasons}` : `Not ready: ${reasons}`;
}
