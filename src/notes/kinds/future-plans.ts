// Sections about what a later release will do ("Upcoming changes", "Roadmap", "What's next", "今后计划", "今後の予定",
// "예정된 변경 사항", "Geplante Änderungen", "À venir", "Próximamente"): a plan, no change of this release. An item there
// that reads as breaking ("macOS 27 drops Intel support… in September 2027") breaks nothing yet, so the post never
// labels it "⚠️ Breaking changes", and it ranks after what this release did.

// A leading icon ("🔮 Upcoming changes") and a closing colon say nothing of the section.
const FRAME = /^[\p{Extended_Pictographic}\uFE0F\u200D\s#*_]+|[\s:：*_]+$/gu;

// The heading opens on its future word ("Upcoming changes in 7.0", "Planned deprecations", "Future work") or is one
// of the fixed names for a plan ("What's next", "Coming soon", "Looking ahead", "Deprecation schedule").
const AHEAD = new RegExp(
  [
    String.raw`^(?:upcoming|planned|future|forthcoming|coming (?:soon|changes|up|next)|roadmap|what'?s (?:next|coming|ahead)|looking (?:ahead|forward)|next (?:release|version|major|minor|steps for the project)|in (?:the )?(?:next|coming|future) (?:release|version)s?|deprecation (?:schedule|timeline|plan)s?)\b`,
    String.raw`^(?:今后|今後|未来|後続|后续|接下来|下一(?:个)?版本|下个版本|即将|计划中|計劃中|规划|規劃|路线图|路線圖|预告|預告)(?:的)?`,
    String.raw`^(?:今後の|次期|将来の)|(?:予定|ロードマップ)(?:の(?:変更|機能))?$|^ロードマップ`,
    String.raw`^(?:향후|다음 (?:릴리스|버전)|로드맵)|예정(?:된)?(?:\s*(?:변경|기능|사항))*(?:\s*사항)?$`,
    String.raw`^(?:geplante?[rsn]?|kommende[rsn]?|künftige[rsn]?|zukünftige[rsn]?|ausblick|demnächst|in (?:der )?nächsten version)\b`,
    String.raw`^(?:à venir|prochainement|(?:changements|modifications|évolutions) (?:à venir|prévu(?:e)?s|futur(?:e)?s)|prochaine version|feuille de route)\b`,
    String.raw`^(?:próximamente|pr[oó]xim[oa]s? (?:cambios|versi[oó]n|vers[aã]o|mudanças|altera[cç][oõ]es)|cambios (?:futuros|previstos|planificados)|mudanças (?:futuras|planejadas|previstas)|hoja de ruta|em breve|roteiro)\b`,
  ].join("|"),
  "iu",
);

/** True when a section heading (or a list's lead-in label) names what a later release will do, not what this one did.
 *  Short headings only: a sentence that mentions the future ("Future-proof config loading") is a change's title. */
export function plansAhead(heading: string): boolean {
  const words = heading.replace(FRAME, "").trim();
  if (words === "" || words.length > 60) return false;
  return AHEAD.test(words) && !/^future[- ]proof/iu.test(words);
}
