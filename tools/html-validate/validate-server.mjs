// Validates HTML documents sent as JSON lines on stdin ({"id": 1, "html": "..."}), one answer per line on
// stdout ({"id": 1, "errors": ["line:col rule: message", ...]}). The test suites start it once and keep it,
// so each page costs milliseconds rather than a Node start-up.
import { createInterface } from "node:readline";
import { HtmlValidate, StaticConfigLoader } from "html-validate";

const loader = new StaticConfigLoader({
  extends: ["html-validate:standard"],
});
const validator = new HtmlValidate(loader);

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { id, html } = JSON.parse(line);
  const report = await validator.validateString(html, "page.html");
  const errors = report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} [${(m.selector ?? "")}]`));
  process.stdout.write(JSON.stringify({ id, errors }) + "\n");
}
