// A command users type, renamed or shortened: "コマンド名をgeo に省略する", "Rename the CLI command to `lt`", "命令名改为
// fdx", "명령어 이름을 kb로 변경", "Befehl `tool` in `tl` umbenannt". Whoever runs it must type the new name: a change of
// behaviour, never "other".

const RENAMED_COMMAND = new RegExp(
  [
    String.raw`^(?:rename[sd]?|shorten(?:s|ed)?)\s+(?:the\s+)?(?:[\w\x60.-]+\s+)?(?:cli\s+)?(?:command|binary|executable|cli)(?:\s+name)?\s+(?:from\s+\S+\s+)?to\b`,
    String.raw`(?:コマンド|命令|명령어?)\s*(?:名|名前|的名称|名称|이름)?\s*(?:を|为|을|를|은|는)?\s*\S{1,30}?\s*(?:に|为|으로|로)\s*(?:省略|短縮|変更|改名|リネーム|重命名|更名|改为|变更|변경|단축)`,
    String.raw`命令(?:名|名称|的名称)?\s*(?:改为|更名为|重命名为|变更为|简化为|缩短为)\s*\S`,
    String.raw`(?:befehl|kommando)\s+\S+\s+(?:in\s+\S+\s+)?umbenannt|(?:commande|comando)\s+\S+\s+(?:renommée|renomeado|renombrado)`,
  ].join("|"),
  "iu",
);

/** A line that says a command users type has a new name. */
export const renamesCommand = (text: string): boolean => RENAMED_COMMAND.test(text.trim());
