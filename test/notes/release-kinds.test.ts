import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { readNotesModel } from "../../src/notes/model.js";
import { release, posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.2.0" };
const texts = (notes: string, options = {}) => posts(notes, { ...PROJECT, ...options });
/** What the notes show when there is room for everything: the entries that are no fluff. */
const shown = (markdown: string) => readNotesModel(markdown).entries.filter((entry) => !entry.fluff).map((entry) => entry.text);

describe("security releases: what was fixed, not who is affected", () => {
  const notes = `## Security releases available

Updates are now available for the 24.x, 22.x and 20.x release lines for the following issues.

## Path traversal in the permission model via symlinks (CVE-2026-21636) - (high)

A flaw in the permission model lets a symlink escape the allowed paths.

Impact:

- This vulnerability affects all users of the permission model in active release lines: 20.x, 22.x, 24.x

Thank you, to Alice for reporting this vulnerability and thank you Bob for fixing it.

## HTTP request smuggling with chunked extensions (CVE-2026-21637) - (medium)

The HTTP parser accepted malformed chunk extensions.

Impact: all users on 20.x and 22.x.

## Downloads and release details

- [Node.js v20.20.1](/blog/release/v20.20.1/)

# Summary

The project will release new versions of the 24.x, 22.x and 20.x release lines in order to address:

- 1 high severity issue.
- 1 medium severity issue.

## Impact

The 22.x release line of Node.js is vulnerable to 1 high severity issue, 1 medium severity issue.

## End-of-Life Release Lines

Node.js 16 and 18 are End-of-Life and are affected by these vulnerabilities. We recommend upgrading to a supported release line.
`;

  it("keeps the titles of the fixes and drops impact, end-of-life and availability notices", () => {
    expect(shown(notes)).toEqual([
      "Path traversal in the permission model via symlinks (CVE-2026-21636) - (high)",
      "HTTP request smuggling with chunked extensions (CVE-2026-21637) - (medium)",
    ]);
  });

  it("a thread holds the fixes, not who they affect", () => {
    const posts = texts(notes, { thread: true }).join("\n");
    expect(posts).toContain("CVE-2026-21636");
    expect(posts).not.toMatch(/affects|vulnerable to|End-of-Life|recommend upgrading|now available|Impact/iu);
  });
});

describe("titles and lead-ins inside a list are no changes", () => {
  it("a short Title-Case topic among sentence-case changes is a title, not a change", () => {
    const notes = `### Minor Changes

- Adopted Future Flag Behaviors
- Add \`unstable_middleware\` support to the Vite plugin
- Fix prerendering of routes with trailing slashes

### Patch Changes

- Other Improvements
- Fix hydration mismatch when a loader throws a redirect
- Improve error message when \`routes.ts\` is missing`;
    expect(shown(notes)).toEqual([
      "Add `unstable_middleware` support to the Vite plugin",
      "Fix prerendering of routes with trailing slashes",
      "Fix hydration mismatch when a loader throws a redirect",
      "Improve error message when `routes.ts` is missing",
    ]);
  });

  it("Title-Case changes in notes written all in Title Case stay changes", () => {
    expect(shown("- Add Dark Mode Support\n- Fix Login Redirect Loop\n- Improve Search Speed")).toHaveLength(3);
  });

  it("an item ending with ':' and nothing under it labels the items after it, or loses its lead-in", () => {
    const model = readNotesModel(`### Patch Changes

- Fix a crash when the cache folder is missing
- Other Improvements:
- Improve error message when \`routes.ts\` is missing
- Speed up the dev server; the following commands benefit:`);
    expect(model.entries.map((entry) => `${entry.label}|${entry.text}`)).toEqual([
      "Fixes|Fix a crash when the cache folder is missing",
      "Other Improvements|Improve error message when `routes.ts` is missing",
      "Other Improvements|Speed up the dev server",
    ]);
  });
});

describe("imperative Title-Case items", () => {
  it("stay changes among sentence-case ones", () => {
    expect(shown("- Bump Lodash\n- Fix a crash when the cache folder is missing\n- Add a `--json` flag to the CLI")).toHaveLength(3);
  });
});

describe("a bold label after items labels the items after it", () => {
  const labelled = (markdown: string) => readNotesModel(markdown).entries.map((entry) => `${entry.label ?? "-"}|${entry.text}`);

  it("on the line right after an item (no blank line), it neither joins that item nor stays behind", () => {
    expect(labelled("- Add a `--watch` flag\n- Support TOML config files\n**Fixes**\n- Fix a crash when the cache is missing\n**Internal:**\n")).toEqual([
      "-|Add a `--watch` flag",
      "-|Support TOML config files",
      "Fixes|Fix a crash when the cache is missing",
    ]);
  });

  it("indented under the last item, it still labels the items after it", () => {
    expect(labelled("### Features\n\n- Add a `--watch` flag\n\n  **Fixes**\n- Fix a crash when the cache is missing\n")).toEqual([
      "Features|Add a `--watch` flag",
      "Fixes|Fix a crash when the cache is missing",
    ]);
  });
});

describe("a thread carries a change too long for one post on into the next", () => {
  const notes = `### ✨ New

- \`@acme/core\`: added \`isUseRefLikeCall\` and a new \`additionalRefHooks\` setting for declaring custom ref-creating hooks; the following rules now recognize them:
  - \`acme-x/refs\`
  - \`acme-x/immutability\`
  - \`acme-x/set-state-in-effect\`
  - \`acme-naming-convention/ref-name\`
  - \`acme-debug/is-from-ref\`

### 📝 Documentation

- Updated rule docs to match current rule sources.

### 🏗️ Internal

- Simplified the internals of the test kit.
- Replaced \`vite-node\` with \`nub\` for running workspace scripts.
`;

  it("shows the change in one post, cut between words, never carried on into the next", () => {
    const posts = texts(notes, { thread: true });
    expect(posts.length).toBeLessThanOrEqual(5);
    const all = posts.join("\n");
    expect(all).toMatch(/\b\w+…\n/u);
    for (const post of posts) expect(post).not.toMatch(/^• …/mu);
  });

  it("a single post still shortens it", () => {
    const [post] = texts(notes);
    expect(post).toContain("…");
    expect(post).not.toContain("acme-debug/is-from-ref");
  });
});

describe("'+N more' in the notes' language", () => {
  const list = (lines: string[]) => lines.map((line) => `- ${line}`).join("\n");
  const pt = list([
    "Adicionado suporte para arquivos de configuração em YAML e TOML para os projetos",
    "Agora é possível definir o diretório de saída com a opção `--out`",
    "Melhorada a performance da compilação dos módulos grandes em até 40%",
    "Corrigido o erro que impedia a leitura de caminhos com espaços no Windows",
    "Removida a dependência do pacote `chalk` para reduzir o tamanho da instalação",
    "Corrigido um problema na geração dos tipos quando o projeto não tem o arquivo `tsconfig.json`",
    "Adicionada a opção `--silent` para não mostrar mensagens durante o processo de build",
    "Corrigida a ordem dos plugins quando são carregados a partir da pasta do projeto",
  ]);
  const es = list([
    "Se agregó soporte para archivos de configuración en formato YAML y TOML",
    "Ahora es posible definir el directorio de salida con la opción `--out`",
    "Se mejoró el rendimiento de la compilación de los módulos grandes hasta un 40%",
    "Se corrigió el error que impedía leer rutas con espacios en Windows",
    "Se eliminó la dependencia del paquete `chalk` para reducir el tamaño de la instalación",
    "Se corrigió un problema en la generación de los tipos cuando el proyecto no tiene el archivo `tsconfig.json`",
    "Se agregó la opción `--silent` para no mostrar mensajes durante el proceso de compilación",
    "Se corrigió el orden de los plugins cuando se cargan desde la carpeta del proyecto",
  ]);
  const de = list([
    "Unterstützung für Konfigurationsdateien im YAML- und TOML-Format hinzugefügt",
    "Das Ausgabeverzeichnis kann jetzt mit der Option `--out` festgelegt werden",
    "Die Leistung beim Kompilieren großer Module wurde um bis zu 40 % verbessert",
    "Fehler behoben, der das Lesen von Pfaden mit Leerzeichen unter Windows verhinderte",
    "Die Abhängigkeit von dem Paket `chalk` wurde entfernt, um die Installation zu verkleinern",
    "Ein Problem bei der Erzeugung der Typen wurde behoben, wenn das Projekt keine `tsconfig.json` hat",
    "Die Option `--silent` wurde hinzugefügt, um keine Meldungen während des Builds anzuzeigen",
    "Die Reihenfolge der Plugins wird nun korrekt beachtet, wenn sie aus dem Projektordner geladen werden",
  ]);
  const fr = list([
    "Ajout de la prise en charge des fichiers de configuration au format YAML et TOML",
    "Il est maintenant possible de définir le dossier de sortie avec l'option `--out`",
    "Les performances de la compilation des gros modules sont améliorées jusqu'à 40 %",
    "Correction de l'erreur qui empêchait la lecture des chemins avec des espaces sous Windows",
    "Suppression de la dépendance au paquet `chalk` pour réduire la taille de l'installation",
    "Correction d'un problème dans la génération des types quand le projet n'a pas de fichier `tsconfig.json`",
    "Ajout de l'option `--silent` pour ne pas afficher de messages pendant la compilation",
    "Correction de l'ordre des plugins quand ils sont chargés depuis le dossier du projet",
  ]);

  it.each([
    ["pt", pt, /\+\d+ outras mudanças\n/u],
    ["es", es, /\+\d+ cambios más\n/u],
    ["de", de, /\+\d+ weitere Änderungen\n/u],
    ["fr", fr, /\+\d+ autres changements\n/u],
  ])("%s", (language, notes, more) => {
    const composition = composePosts(release(notes, PROJECT));
    expect(composition.language).toBe(language);
    expect(composition.posts[0]!.text).toMatch(more);
  });

  it("English notes with a few foreign words, and short notes, stay English", () => {
    expect(composePosts(release("- Add a Portuguese translation: \"Configuração de projetos\"\n- Fix the build on Windows", PROJECT)).language).toBe("en");
    expect(composePosts(release("- Corrigido o erro no Windows", PROJECT)).language).toBe("en");
    expect(composePosts(release(Array.from({ length: 6 }, () => "- adds été alpha été beta été").join("\n"), PROJECT)).language).toBe("en");
    expect(composePosts(release(`${list(Array.from({ length: 8 }, (_, index) => `Fix the parser for the case ${index} when the input is empty`))}\n- Tradução: a opção de saída e o diretório`, PROJECT)).language).toBe("en");
  });
});

describe("side sentences after a change", () => {
  it("thanks and who-reported-it remarks go; sentences that say more about the change stay", () => {
    expect(
      shown(`## Bug Fixes

- Fix a crash in the YAML loader when a document starts with a BOM. Thanks to Jane Doe for the report and the reproduction.
- Fix \`ignorePatterns\` being ignored in nested config files. Thank you John Smith for the detailed investigation!
- Fix a memory leak in watch mode. This was reported by the maintainers of a large monorepo.
- Fix resolution of plugins installed in a parent folder. This was a long-standing issue.
- Fix exit code 0 on plugin errors. The CLI now exits with code 2 instead.`),
    ).toEqual([
      "Fix a crash in the YAML loader when a document starts with a BOM.",
      "Fix `ignorePatterns` being ignored in nested config files.",
      "Fix a memory leak in watch mode.",
      "Fix resolution of plugins installed in a parent folder.",
      "Fix exit code 0 on plugin errors. The CLI now exits with code 2 instead.",
    ]);
  });
});

describe("what is no Title-Case title", () => {
  it("a change with a prefix and words in another script", () => {
    expect(shown("- Enhance: FTTのデータベースへのフォールバック処理を行うかどうかを設定可能に\n- Fix: トークンのないプラグインをアンインストールするときにエラーが出ないように\n- Fix: 投稿通知がオンでもダイレクト投稿はユーザーに通知されないように")).toHaveLength(3);
  });
});

describe("what a thread does not carry on", () => {
  it("the sentences after a whole first sentence: they would read as a change of their own", () => {
    const long = "Change bump type questions from asking for each bump type individually per package to asking users two questions where the user selects what packages should have major and minor bumps and the rest are patch bumps.";
    const posts = texts(`### Features\n\n- ${long} This dramatically cuts down the time it takes to create a changeset with a large number of packages in the repository.\n- Add a \`--since\` flag to the status command\n- Add a \`--verbose\` flag to the version command`, { thread: true });
    expect(posts.join("\n")).not.toContain("This dramatically");
  });
});

describe("lists under a lead-in", () => {
  it("a short lead-in no post shows drops its list; a sentence that happens to name contributors does not", () => {
    expect(shown("Impact:\n\n- All users of the permission model on 22.x\n\n### Fixes\n\n- Fix a crash on empty input")).toEqual(["Fix a crash on empty input"]);
    expect(shown("Thanks to our contributors, this release adds:\n\n- A `--json` flag for the CLI\n- Support for TOML config files")).toHaveLength(2);
  });
});
