// Regenerates the Action's inputs and outputs tables in docs/configuration.md from action.yml, between their markers.
// Usage: node scripts/docs.js [--check] [Markdown path]   (--check: exit 1 if the tables are stale, change nothing)
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";

const root = new URL("..", import.meta.url).pathname;

const args = process.argv.slice(2);
const check = args.includes("--check");
const docPath = args.find((arg) => !arg.startsWith("--")) ?? join(root, "docs", "configuration.md");

const action = parse(await readFile(join(root, "action.yml"), "utf8"));
const doc = await readFile(docPath, "utf8");

const inputsTable = table(
  ["Input", "Required", "Default", "Description"],
  Object.entries(action.inputs ?? {}).map(([name, input]) => [
    code(name),
    input.required === true ? "yes" : "no",
    input.default === undefined || input.default === "" ? "" : code(String(input.default)),
    cell(input.description),
  ]),
);
const outputsTable = table(
  ["Output", "Description"],
  Object.entries(action.outputs ?? {}).map(([name, output]) => [code(name), cell(output.description)]),
);

let updated = replaceBetween(doc, "action-inputs", inputsTable);
updated = replaceBetween(updated, "action-outputs", outputsTable);

if (check) {
  if (updated !== doc) {
    console.error(`${docPath}: the Action's inputs/outputs tables are stale. Run 'npm run docs' and commit the result.`);
    process.exit(1);
  }
  console.log(`${docPath}: the Action's tables match action.yml.`);
} else if (updated !== doc) {
  await writeFile(docPath, updated);
  console.log(`${docPath}: updated the Action's inputs/outputs tables.`);
} else {
  console.log(`${docPath}: already up to date.`);
}

function replaceBetween(text, marker, content) {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1 || to < from) {
    throw new Error(`${docPath} has no '${start}' … '${end}' markers.`);
  }
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

function table(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

// A Markdown table cell is one line, and `|` would end it.
function cell(text) {
  return String(text ?? "").trim().replace(/\s*\n\s*/g, " ").replaceAll("|", "\\|");
}

function code(text) {
  return `\`${cell(text)}\``;
}
