// Names written like a tracker's key ("PROJ-12") that are not one: standards, encodings, advisories, proposals,
// models, and platforms or runtimes written with their version ("PSR-12", "ERC-20", "SQL-92", "FIPS-140", "UTF-8",
// "CVE-…", "GPT-4", "gtk-4", "node-20"). They say what changed, so no rule that drops keys may take them. One list for
// every such rule (tracker-ids.ts, cleanup.ts). Pure.

const NAMES = [
  // advisories
  "cve cwe ghsa osv rustsec pysec go",
  // standards, proposals and specifications
  "iso iec rfc pep psr jsr jep kep kip eip bip erc sip tip fip nip cip ieee ansi din en bs ecma es ecmascript wcag w3c sql fips nist pci dss hipaa soc gdpr mpeg mp h x y k s t f v vs iec",
  // encodings, hashes, ciphers and protocols
  "utf ucs sha md aes rsa des ecdsa ed curve chacha poly hmac pbkdf argon tls ssl http ipv usb css html ascii latin windows win cp koi gb big jis euc oauth web ie net",
  // models, conditions and counts
  "gpt llama phi qwen mistral claude gemini gemma o covid top step level tier stage phase",
  // platforms, runtimes and toolkits written with their version
  "python py node java jdk jre php ruby vue react angular log4j gtk qt kde gnome llvm gcc clang msvc cuda rocm lua perl dotnet scala kotlin swift rust ubuntu debian fedora rhel el centos alpine macos ios android arm armv riscv openssl boost postgres pg mysql mariadb redis mongo kafka spark gradle maven",
].flatMap((line) => line.split(" "));
const NAME_SET = new Set(NAMES);

/** True when the letters before a key's dash name a standard, an encoding, a model or a versioned platform ("psr", "gtk"). */
export function isStandardName(letters: string): boolean {
  return NAME_SET.has(letters.toLowerCase());
}

/** The names in capitals, as one regular-expression alternation ("CVE|CWE|…"), for rules written in capitals. */
export const STANDARD_NAMES_UPPER = [...NAME_SET].map((name) => name.toUpperCase()).join("|");
