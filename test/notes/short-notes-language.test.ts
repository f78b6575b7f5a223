// Short notes in Portuguese, Spanish, German or French hold few of their language's short words; where English's are
// missing altogether, those few tell, so the post's frame ("foi lançado!", "+2 outras mudanças") is theirs.
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/notes/language.js";
import { composePosts } from "../../src/notes/compose.js";

const PORTUGUESE = `## [3.2.1] - 2026-06-24
### Melhorias
- Melhora o carregamento da listagem de eventos ao evitar consultas repetidas.

### Correções
- Corrige a exibição das fases na tela de inscrições
- Corrige importação de planilhas para que não perca os filtros nos campos`;

const SPANISH = `### Correcciones
- Corrige el cálculo de los totales cuando la factura no tiene impuestos
- Ahora el formulario muestra los errores del servidor`;

describe("the language of short notes", () => {
  it("reads a few lines of Portuguese as Portuguese", () => {
    expect(detectLanguage(PORTUGUESE)).toBe("pt");
  });

  it("reads a few lines of Spanish as Spanish", () => {
    expect(detectLanguage(SPANISH)).toBe("es");
  });

  it("keeps short English notes with a few foreign words English", () => {
    expect(detectLanguage("- Fix the Portuguese locale (pt-BR): \"Correções da tela\"\n- Add a setting for the date format")).toBe("en");
    expect(detectLanguage("- Add `os.path` helpers\n- Support da, na and os dialects")).toBe("en");
  });

  it("frames a short Portuguese release in Portuguese", () => {
    const [post] = composePosts(
      { version: "3.2.1", tag: "v3.2.1", name: "v3.2.1", repo: "agenda", owner: "cultura", url: "https://github.com/cultura/agenda/releases/tag/v3.2.1", notes: PORTUGUESE },
      {},
    ).posts.map((one) => one.text);
    expect(post).toContain("foi lançado!");
    expect(post).not.toContain("is out");
  });
});
