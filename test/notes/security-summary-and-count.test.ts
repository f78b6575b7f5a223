// Set T (issue 11): two layout rules that keep what users must act on in the posts.
// - A thread whose breaking changes could fill every post still shows its security fixes before it ends; a security
//   section told by its own prose summary is shown by that summary (Backend.AI 26.8.0 spent all five posts on
//   breaking changes and left "Closed a session-ownership privilege escalation…" to the count).
// - A single post that leaves breaking changes out says so in its count, even when the count's room costs a line shown
//   cut: the lines of each urgent kind that showed whole come first (VOICEVOX 0.17.0 lost "（うち破壊的変更 11 件）").
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { release, thread } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "9.0.0" };

const topics = ["Idle Checking", "Scoped Config", "Ownership Model", "Impersonation", "Registration by ID", "Preemption", "Record Retention", "Scheduling History", "Dry-Run", "Placement", "Re-architecture", "Serving"];
const THREAD_NOTES = [
  "## 9.0.0",
  "",
  "### Breaking Changes",
  ...[
    "The installer no longer hardcodes the wildcard app and storage base domains; installs that pass `--fqdn-prefix` must now also pass `--app-base-domain` and `--storage-base-domain`, otherwise those hosts fall back to `--public-facing-address`.",
    "The GraphQL and REST `SizeInfo` type now returns the exact byte count as a string field `expr` (replacing the integer `value`), lifting the 2 GiB GraphQL `Int` limit that made larger sizes fail to serialize in every client.",
    "The agent no longer reads the `group/<name>` etcd config scope. Deployments that set per-group etcd overrides must move those values to the GLOBAL or NODE scope before they upgrade the agents.",
    "The agent config key `scaling-group` is replaced by a nullable `initial-group-name` that only seeds the group at the agent's first registration; agents with the removed key in their config fail to start.",
    "Drop the id-addressed config fragment write endpoints (create, update, bulk-update) and the paginated scoped search from REST v2; use the scoped upsert and the by-names endpoints instead of them.",
    "Schedule all workloads within a single tick in priority order instead of dropping lower-priority workloads",
  ].map((text, index) => `* ${text} ([#${100 + index}](https://github.com/octo/widget/issues/${100 + index}))`),
  "",
  "### Features",
  "",
  ...topics.flatMap((topic, index) => [`#### ${topic}`, `* Add the ${topic.toLowerCase()} admin API, with its CLI commands and GraphQL fields for managing it per project ([#${200 + index}](https://github.com/octo/widget/issues/${200 + index}))`, ""]),
  "### Fixes",
  "",
  "#### Security",
  "Closed a session-ownership privilege escalation and a keypair login flaw, and stopped logging the Redis password in plaintext.",
  "",
  "* Authorize `owner_id` delegation in session enqueue against the target owner's scope, closing a privilege-escalation hole where any user could create sessions owned by arbitrary users. ([#301](https://github.com/octo/widget/issues/301))",
  "* Fix a keypair webapp login flaw where knowing an access key alone could authenticate, and stop embedding the secret key in the sToken ([#302](https://github.com/octo/widget/issues/302))",
  "* Mask the Redis password in the agent's startup configuration log instead of printing it in plaintext ([#303](https://github.com/octo/widget/issues/303))",
  "",
  "#### Storage",
  "* Fix quota scopes not being created for new project folders ([#401](https://github.com/octo/widget/issues/401))",
  "",
].join("\n");

const SINGLE_NOTES = [
  "## [9.0.0] - 2026-08-14",
  "",
  "### Added",
  "",
  "- `Synthesizer::load_voice_model`にオプション`on_existing`が追加されます ([#31])。",
  "- ONNX Runtimeのサポート範囲が1.29まで拡大されます ([#32])。",
  "- \\[Python\\] `UserDictWord.priority`に負の値を入れようとしたときのエラーメッセージが改善されます ([#33])。",
  "",
  "### Changed",
  "",
  "- \\[BREAKING\\] ONNX Runtimeの推奨バージョンが1.23.2になり、`Onnxruntime::load_once`がデフォルトで読みに行く動的ライブラリも1.23.2のものになります ([#1])。",
  "- \\[Rust\\] \\[BREAKING\\] MSRVが1.89.0になります ([#6])。",
  "- \\[BREAKING\\] `Onnxruntime`の関連定数で示されるONNX Runtimeのバージョンが、最小要求バージョンと推奨バージョンと最大サポートバージョンの３つに分けられます ([#2])。",
  "- \\[BREAKING\\] `AudioQuery`/`AccentPhrase`/`Mora`の警告が、`output_sampling_rate`のものを除きエラーになります。また入力するテキストにより`AccentPhrase`作成時点でエラーになるケースがあります ([#3])。",
  "- \\[Rust\\] \\[BREAKING\\] `Synthesizer::load_voice_model`がビルダースタイルになります ([#4])。",
  "- \\[Rust\\] \\[BREAKING\\] `UserDictWordPriority`型が追加され、`UserDictWord`はそれを使うようになります ([#5])。",
  "- \\[C\\] \\[BREAKING\\] `voicevox_synthesizer_load_voice_model`に引数`VoicevoxLoadVoiceModelOptions options`が追加されます ([#7])。",
  "- \\[C\\] \\[BREAKING\\] `VoicevoxUserDictWord.priority`が`uint32_t`から`uint8_t`になります ([#8])。",
  "- \\[Java\\] \\[BREAKING\\] `Synthesizer#load_voice_model`がビルダースタイルになります ([#9])。",
  "- \\[Java\\] \\[BREAKING\\] クラスがすべて`final`になります([#10])。",
  "",
  "### Fixed",
  "",
  "- 一部のケースにおける`RunModel`エラーのメッセージが改善されます ([#11])。",
  "- \\[Python\\] `Synthesizer.load_voice_model`のdocstringにおける説明の誤りが修正されます ([#12])。",
  "",
  "### Security",
  "",
  "- \\[Rust,ダウンローダー\\] 11件の脆弱性登録の影響を受けないようになります ([#13])。",
  "",
].join("\n");

describe("security fixes and breaking changes are told, however many breaking changes there are", () => {
  it("a thread that breaking changes could fill shows the security section's prose summary before it ends", () => {
    const posts = thread(THREAD_NOTES, { ...PROJECT, maxPosts: 5 });
    const summary = "Closed a session-ownership privilege escalation and a keypair login flaw, and stopped logging the Redis password in plaintext.";
    const at = posts.findIndex((text) => text.includes(summary));
    expect(at).toBeGreaterThanOrEqual(0);
    // Breaking changes still lead the thread.
    expect(posts[0]).toContain("⚠️");
    expect(posts.slice(0, at).join("\n")).toMatch(/breaking changes:/iu);
  });

  it("a single post says how many breaking changes it leaves out, showing whole lines rather than a cut one", () => {
    const text = composePosts({ ...release(SINGLE_NOTES, PROJECT), repo: "speech_core" }).posts[0]?.text ?? "";
    expect(text).toMatch(/（うち破壊的変更 \d+ 件/u);
    expect(text).toContain("11件の脆弱性登録の影響を受けないようになります。");
    // …and a breaking change shown whole, not only one cut.
    const breaking = text.split("\n\n").find((part) => part.startsWith("⚠️")) ?? "";
    expect(breaking.split("\n").some((line) => line.startsWith("• ") && !line.endsWith("…"))).toBe(true);
  });
});
