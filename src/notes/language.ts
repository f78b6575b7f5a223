// The language release notes are written in, and the few words the composer adds in it: the default opener,
// labels it has to make up, and the line that says how much was left out.
import type { Kind } from "./kinds.js";

export type Language = "en" | "zh" | "ja" | "ko";

/** Chinese, Japanese or Korean when their scripts make up a good share of the letters; English otherwise. */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return "en";
  const kana = sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const hangul = sample.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  // CJK characters carry a word each: a fifth of the letters is already most of the meaning.
  if ((kana + han + hangul) / letters < 0.2) return "en";
  if (hangul >= kana && hangul >= han) return "ko";
  if (kana > 0 && kana >= han * 0.1) return "ja";
  return "zh";
}

export interface Phrases {
  /** The default template's opener, with {repo} and {version}. */
  opener: string;
  label(kind: Kind): string;
  more(count: number, kind: Kind | null): string;
  /** The last post of a thread that stops at its cap. */
  moreInNotes(count: number): string;
  /** A breaking-changes section whose only content was a link: one line saying so; the post's release link leads on. */
  breakingSeeNotes: string;
  colon: string;
}

const EN_LABELS: Record<Kind, string> = {
  breaking: "⚠️ Breaking changes",
  security: "Security",
  highlight: "Highlights",
  feature: "Features",
  removal: "Removed",
  change: "Changes",
  performance: "Performance",
  fix: "Fixes",
  deprecation: "Deprecated",
  other: "Other changes",
  docs: "Docs",
  dependencies: "Dependencies",
  internal: "Maintenance",
};

const EN_NOUNS: Partial<Record<Kind, [string, string]>> = {
  fix: ["fix", "fixes"],
  feature: ["feature", "features"],
  dependencies: ["dependency update", "dependency updates"],
  docs: ["docs change", "docs changes"],
};

const PHRASES: Record<Language, Phrases> = {
  en: {
    opener: "{repo} {version} is out!",
    label: (kind) => EN_LABELS[kind],
    more: (count, kind) => {
      const [one, many] = (kind && EN_NOUNS[kind]) ?? ["change", "changes"];
      return `+${count} more ${count === 1 ? one : many}`;
    },
    moreInNotes: (count) => `+${count} more ${count === 1 ? "change" : "changes"} in the full release notes.`,
    breakingSeeNotes: "⚠️ Breaking changes: the release notes say what to change.",
    colon: ":",
  },
  zh: {
    opener: "{repo} {version} 发布了！",
    label: (kind) =>
      ({
        breaking: "⚠️ 破坏性变更",
        security: "安全",
        highlight: "亮点",
        feature: "新功能",
        removal: "移除",
        change: "变更",
        performance: "性能",
        fix: "修复",
        deprecation: "废弃",
        other: "其他",
        docs: "文档",
        dependencies: "依赖",
        internal: "维护",
      })[kind],
    more: (count) => `另有 ${count} 项更新`,
    moreInNotes: (count) => `另有 ${count} 项更新，详见完整发布说明。`,
    breakingSeeNotes: "⚠️ 破坏性变更：迁移方法请见发布说明。",
    colon: "：",
  },
  ja: {
    opener: "{repo} {version} をリリースしました！",
    label: (kind) =>
      ({
        breaking: "⚠️ 破壊的変更",
        security: "セキュリティ",
        highlight: "ハイライト",
        feature: "新機能",
        removal: "削除",
        change: "変更",
        performance: "パフォーマンス",
        fix: "修正",
        deprecation: "非推奨",
        other: "その他",
        docs: "ドキュメント",
        dependencies: "依存関係",
        internal: "メンテナンス",
      })[kind],
    more: (count) => `ほか ${count} 件の変更`,
    moreInNotes: (count) => `ほか ${count} 件の変更はリリースノートをご覧ください。`,
    breakingSeeNotes: "⚠️ 破壊的変更: 移行方法はリリースノートをご覧ください。",
    colon: ":",
  },
  ko: {
    opener: "{repo} {version} 출시!",
    label: (kind) =>
      ({
        breaking: "⚠️ 주요 변경 사항",
        security: "보안",
        highlight: "하이라이트",
        feature: "새 기능",
        removal: "제거",
        change: "변경",
        performance: "성능",
        fix: "수정",
        deprecation: "지원 중단",
        other: "기타",
        docs: "문서",
        dependencies: "의존성",
        internal: "유지 보수",
      })[kind],
    more: (count) => `외 ${count}개 변경 사항`,
    moreInNotes: (count) => `외 ${count}개 변경 사항은 전체 릴리스 노트를 참고하세요.`,
    breakingSeeNotes: "⚠️ 주요 변경 사항: 마이그레이션 방법은 릴리스 노트를 참고하세요.",
    colon: ":",
  },
};

export function phrasesFor(language: Language): Phrases {
  return PHRASES[language];
}
