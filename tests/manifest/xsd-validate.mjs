#!/usr/bin/env node
// Offline XSD validation of Office add-in manifests with libxml2-wasm (docs/office.md §6).
// libxml2-wasm is ESM with top-level await, which jest (CommonJS) cannot load, so the jest test runs this
// script as a child process.
//   stdin : JSON {"schemaDir": "<dir holding OfficeAppManifestV1_1.xsd>" | null, "dump": bool,
//                 "docs": [{"name": "...", "xml": "..."}]}
//   stdout: JSON [{"name": "...", "valid": true|false|null, "errors": ["line N: message", ...], "elements"?: [...]}]
//   schemaDir null = parse only (valid is null); dump = also list every element (path, ns, attrs, text) so the
//   jest test can check resids, overrides and icons without an XML parser of its own.
// Also usable by hand: node tests/manifest/xsd-validate.mjs <schemaDir> manifest.xml [...]
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { XmlDocument, XmlElement, XmlText, XsdValidator, XmlValidateError, XmlParseError } from "libxml2-wasm";
import { xmlRegisterFsInputProviders } from "libxml2-wasm/lib/nodejs.mjs";

function readInput() {
  if (process.argv.length > 3) {
    const [schemaDir, ...files] = process.argv.slice(2);
    return { schemaDir, docs: files.map((f) => ({ name: f, xml: readFileSync(f, "utf8") })), cli: true };
  }
  return JSON.parse(readFileSync(0, "utf8"));
}

/** Every element in document order: path of local names, namespace, attributes (prefix:name), own text. */
function dumpElements(root) {
  const out = [];
  const walk = (el, parentPath) => {
    const path = parentPath ? `${parentPath}/${el.name}` : el.name;
    const attrs = {};
    for (const a of el.attrs) attrs[a.prefix ? `${a.prefix}:${a.name}` : a.name] = a.value;
    let text = "";
    for (let c = el.firstChild; c; c = c.next) if (c instanceof XmlText) text += c.content;
    out.push({ path, name: el.name, ns: el.namespaceUri, line: el.line, attrs, text: text.trim() });
    for (let c = el.firstChild; c; c = c.next) if (c instanceof XmlElement) walk(c, path);
  };
  walk(root, "");
  return out;
}

const input = readInput();
let xsdDoc = null;
let validator = null;
if (input.schemaDir) {
  xmlRegisterFsInputProviders(); // lets xs:import / xs:include resolve file:// URLs
  const xsdPath = resolve(join(input.schemaDir, "OfficeAppManifestV1_1.xsd"));
  xsdDoc = XmlDocument.fromBuffer(readFileSync(xsdPath), { url: pathToFileURL(xsdPath).href });
  validator = XsdValidator.fromDoc(xsdDoc);
}

const results = input.docs.map(({ name, xml }) => {
  let doc;
  try {
    doc = XmlDocument.fromString(xml);
    const elements = input.dump ? dumpElements(doc.root) : undefined;
    if (!validator) return { name, valid: null, errors: [], elements };
    validator.validate(doc);
    return { name, valid: true, errors: [], elements };
  } catch (err) {
    if (err instanceof XmlValidateError || err instanceof XmlParseError) {
      const errors = (err.details ?? []).map((d) => `line ${d.line}: ${String(d.message).trim()}`);
      return { name, valid: false, errors: errors.length ? errors : [String(err.message)] };
    }
    throw err;
  } finally {
    doc?.dispose();
  }
});
validator?.dispose();
xsdDoc?.dispose();

if (input.cli) {
  for (const r of results) console.log(`${r.name}: ${r.valid ? "validates" : "INVALID\n  " + r.errors.join("\n  ")}`);
  process.exitCode = results.every((r) => r.valid) ? 0 : 1;
} else {
  process.stdout.write(JSON.stringify(results));
}
