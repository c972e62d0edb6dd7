#!/usr/bin/env python3
"""Runs the README's examples against an armor binary, so that the README cannot drift.

Usage: Tests/readme/check.py ARMOR [README]      (run by .ci/run after `armor lint Samples`)

What it checks (each failure names the README line):
  * Commands. Every line of a ```sh / ```bash / ```console block (or a bare ``` block with a
    `$ ` prompt) that runs armor (`armor ...`, `swift run armor ...`, `$ armor ...`) runs in a
    sandbox: a temporary folder holding a copy of Samples/ and `infra/` (a copy of
    Samples/mistake-connection-before-keyvault), with `armor` on PATH (the binary under test).
    Its exit status must be the one the README gives: "exit status N" in the line's comment, or
    `<!-- readme-check: exit=N -->` before the block; otherwise 0 or 1 (never a usage error or a
    crash). Under a `$ ` prompt the lines up to the next prompt are the output it must print.
  * Shown outputs. `<!-- readme-check: output="COMMAND" [excerpt] -->` before a block: the block
    is COMMAND's standard output. A line `...` stands for any number of lines, a line ending in
    `…` for the rest of that line; `excerpt` means the block is a part of the output (in order).
    `<!-- readme-check: concise-example -->`: the block's lines are `--format concise` lines (they
    must match the VS Code problem matcher's regexp of the README's tasks.json).
  * Configuration. `<!-- readme-check: armor.json -->` before a block: written as armor.json in a
    folder with the files it names, `armor lint` there must accept it (not exit 2). Every other
    ```json block must be JSON.
  * pre-commit. The `.pre-commit-config.yaml` snippet's hook ids exist in .pre-commit-hooks.yaml,
    its `rev:` is `v<version>` with the version `armor --version` prints (as are the Action's
    `uses: …@v…` and the Azure Pipelines `refs/tags/v…`), and its repository is armor's home
    page (SARIF `informationUri`, the one documentation base in DocumentationLinks).
  * Codes. Rule ids in the Rules table are exactly `armor rules` (with their severities); every
    rule id the README names (Rules/<id>.md links, `[id]` in outputs, the fix and suppression
    tables, `#disable…`/`armor-disable…` directives, the codes next to "explain") is one
    `armor explain` knows (exit 0); `armor explain <misspelt>` examples exit 2 with "did you mean".
  * Flags. Every `--flag` in an inline `armor …` command or on its own in backticks exists in the
    `--help` of that command (the `armor lint` options table: `armor lint --help`; other spans:
    any command's help), except the few flags of other tools listed in OTHER_TOOLS_FLAGS.
Exit 0 when all pass, 1 otherwise (every problem is listed).
"""
import json, os, re, shlex, shutil, subprocess, sys, tempfile

OTHER_TOOLS_FLAGS = {
    "--static-swift-stdlib",   # swiftc (Release binaries)
    "--framework",             # checkov (Performance)
    "--parse-all", "--arm",    # ../shared/tools/graphdiff.py (Accuracy)
}
SHELL_LANGS = {"sh", "bash", "console", "shell"}
MARKER = re.compile(r"<!--\s*readme-check:(.*?)-->")

problems = []
counts = {"commands": 0, "outputs": 0, "config": 0, "json": 0, "codes": 0, "flags": 0, "versions": 0}


def problem(line, text):
    problems.append(f"README.md:{line}: {text}")


def blocks(lines):
    """(start line, language, lines, marker options) of every fenced block."""
    out, i = [], 0
    while i < len(lines):
        m = re.match(r"^(\s*)```(\S*)\s*$", lines[i])
        if not m:
            i += 1
            continue
        indent, lang, start = m.group(1), m.group(2), i
        j = i + 1
        while j < len(lines) and lines[j].strip() != "```":
            j += 1
        body = [l[len(indent):] if l.startswith(indent) else l for l in lines[i + 1:j]]
        options = {}
        k = start - 1
        while k >= 0 and lines[k].strip() == "":
            k -= 1
        if k >= 0:
            mk = MARKER.search(lines[k])
            if mk:
                # A trailing "(…)" is a remark for the reader.
                for word in shlex.split(re.sub(r"\(.*\)\s*$", "", mk.group(1))):
                    key, _, value = word.partition("=")
                    options[key] = value if value else True
        out.append((start + 1, lang, body, options))
        i = j + 1
    return out


def run(armor_dir, cwd, command, stdin=None):
    env = dict(os.environ, PATH=armor_dir + os.pathsep + os.environ.get("PATH", ""),
               NO_COLOR="1", TERM="dumb")
    for key in ("GITHUB_ACTIONS", "TF_BUILD", "FORCE_COLOR"):
        env.pop(key, None)
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120, input=stdin)


def armor_command(line):
    """The armor command of a shell line (prompt and `swift run` removed), or None."""
    text = line.strip()
    if text.startswith("$ "):
        text = text[2:].strip()
    if text.startswith("swift run armor "):
        text = "armor " + text[len("swift run armor "):]
    return text if text.startswith("armor ") or text == "armor" else None


def without_comment(command):
    """The command without a trailing `# comment` (outside quotes), and the comment."""
    quote = None
    for i, c in enumerate(command):
        if quote:
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "#" and (i == 0 or command[i - 1] == " "):
            return command[:i].rstrip(), command[i + 1:].strip()
    return command.rstrip(), ""


def matches(pattern, actual, excerpt):
    """Whether `actual` lines match `pattern` lines (`...` any lines, a trailing `…` any rest)."""
    if excerpt:
        pattern = ["..."] + pattern + ["..."]

    def line_ok(p, a):
        return a.startswith(p[:-1].rstrip()) if p.endswith("…") else p == a

    memo = {}

    def go(i, j):
        if (i, j) in memo:
            return memo[(i, j)]
        if i == len(pattern):
            result = j == len(actual)
        elif pattern[i] == "...":
            result = any(go(i + 1, k) for k in range(j, len(actual) + 1))
        else:
            result = j < len(actual) and line_ok(pattern[i], actual[j]) and go(i + 1, j + 1)
        memo[(i, j)] = result
        return result

    return go(0, 0)


def first_mismatch(pattern, actual):
    for p in pattern:
        if p == "...":
            continue
        if not any((a.startswith(p[:-1].rstrip()) if p.endswith("…") else a == p) for a in actual):
            return p
    return None


def help_flags(armor, command):
    args = [armor] + ([command] if command else []) + ["--help"]
    text = subprocess.run(args, capture_output=True, text=True).stdout
    flags = set()
    for line in text.splitlines():
        m = re.match(r"^\s{2}(?:(-\w), )?(--[a-z][a-z-]*)", line)
        if m:
            flags.add(m.group(2))
            if m.group(1):
                flags.add(m.group(1))
    return flags


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    armor = os.path.abspath(sys.argv[1])
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    readme = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "README.md")
    lines = open(readme, encoding="utf-8").read().split("\n")
    all_blocks = blocks(lines)

    bindir = tempfile.mkdtemp(prefix="armor-readme-bin.")
    os.symlink(armor, os.path.join(bindir, "armor"))
    sandboxes = []

    def sandbox():
        folder = tempfile.mkdtemp(prefix="armor-readme.")
        shutil.copytree(os.path.join(root, "Samples"), os.path.join(folder, "Samples"))
        shutil.copytree(os.path.join(root, "Samples", "mistake-connection-before-keyvault"),
                        os.path.join(folder, "infra"))
        sandboxes.append(folder)
        return folder

    try:
        check_commands(all_blocks, bindir, sandbox)
        check_outputs(all_blocks, bindir, sandbox)
        check_json(all_blocks, bindir, root)
        version = check_versions(lines, all_blocks, armor, root)
        check_codes(lines, all_blocks, armor)
        check_flags(lines, armor)
    finally:
        for folder in sandboxes + [bindir]:
            shutil.rmtree(folder, ignore_errors=True)

    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    if problems:
        print("\n".join(problems))
        print(f"README check: {len(problems)} problem(s) ({summary})")
        return 1
    print(f"README check passed: {summary} (armor {version})")
    return 0


def check_commands(all_blocks, bindir, sandbox):
    for start, lang, body, options in all_blocks:
        prompted = any(l.startswith("$ ") for l in body)
        if lang not in SHELL_LANGS and not (lang == "" and prompted):
            continue
        folder = sandbox()
        i = 0
        while i < len(body):
            line_no = start + 1 + i
            command = armor_command(body[i])
            if command is None:
                i += 1
                continue
            command, comment = without_comment(command)
            expected = None
            m = re.search(r"exit status (\d)", comment)
            if m:
                expected = {int(m.group(1))}
            elif "exit" in options:
                expected = {int(options["exit"])}
            shown = None
            if body[i].startswith("$ "):
                j = i + 1
                while j < len(body) and not body[j].startswith("$ "):
                    j += 1
                shown = body[i + 1:j]
                i = j
            else:
                i += 1
            result = run(bindir, folder, command)
            counts["commands"] += 1
            allowed = expected or {0, 1}
            if result.returncode not in allowed:
                problem(line_no, f"`{command}` exited {result.returncode}, the README says "
                        f"{' or '.join(map(str, sorted(allowed)))}: {result.stderr.strip()[:300]}")
            if shown is not None:
                counts["outputs"] += 1
                actual = result.stdout.rstrip("\n").split("\n")
                while shown and shown[-1] == "":
                    shown = shown[:-1]
                if not matches(shown, actual, excerpt=bool(options.get("excerpt"))):
                    problem(line_no, f"the output shown for `{command}` differs from armor's; first "
                            f"line not printed: {first_mismatch(shown, actual)!r}")


def check_outputs(all_blocks, bindir, sandbox):
    regexp = None
    for start, lang, body, options in all_blocks:
        if lang == "json" and any('"problemMatcher"' in l for l in body):
            try:
                regexp = json.loads("\n".join(body))["tasks"][0]["problemMatcher"]["pattern"]["regexp"]
            except (ValueError, KeyError, IndexError):
                problem(start, "the VS Code task's problemMatcher.pattern.regexp cannot be read")
    concise_lines = []
    for start, lang, body, options in all_blocks:
        if "output" in options:
            command = options["output"]
            if armor_command(command) is None:
                problem(start, f"output marker names no armor command: {command!r}")
                continue
            result = run(bindir, sandbox(), armor_command(command))
            counts["outputs"] += 1
            if result.returncode not in (0, 1):
                problem(start, f"`{command}` exited {result.returncode}: {result.stderr.strip()[:300]}")
            actual = result.stdout.rstrip("\n").split("\n")
            shown = list(body)
            while shown and shown[-1] == "":
                shown.pop()
            if not matches(shown, actual, excerpt=bool(options.get("excerpt"))):
                problem(start, f"the output shown for `{command}` differs from armor's; first line "
                        f"not printed: {first_mismatch(shown, actual)!r}")
            if "--format concise" in command:
                concise_lines += actual
        if options.get("concise-example"):
            concise_lines += [l for l in body if l.strip()]
    if regexp and concise_lines:
        pattern = re.compile(regexp)
        for line in concise_lines:
            if not pattern.match(line):
                problem(0, f"the VS Code problem matcher does not match the concise line {line!r}")


def check_json(all_blocks, bindir, root):
    for start, lang, body, options in all_blocks:
        if options.get("armor.json"):
            counts["config"] += 1
            folder = tempfile.mkdtemp(prefix="armor-readme-config.")
            try:
                text = "\n".join(body)
                with open(os.path.join(folder, "armor.json"), "w") as f:
                    f.write(text)
                # The files it names, so that armor reads it as it would in a repository.
                os.makedirs(os.path.join(folder, "infra"))
                shutil.copy(os.path.join(root, "Samples", "foundry-keyvault-correct", "main.bicep"),
                            os.path.join(folder, "infra", "main.bicep"))
                with open(os.path.join(folder, "infra", "main.prod.bicepparam"), "w") as f:
                    f.write("using 'main.bicep'\n")
                result = run(bindir, folder, "armor lint")
                if result.returncode not in (0, 1) or "armor.json:" in result.stderr:
                    problem(start, f"armor does not accept the armor.json shown (exit {result.returncode}): "
                            f"{(result.stderr or result.stdout).strip()[:300]}")
            finally:
                shutil.rmtree(folder, ignore_errors=True)
        elif lang == "json":
            counts["json"] += 1
            try:
                json.loads("\n".join(body))
            except ValueError as error:
                problem(start, f"the JSON block does not parse: {error}")


def check_versions(lines, all_blocks, armor, root):
    printed = subprocess.run([armor, "--version"], capture_output=True, text=True).stdout
    m = re.match(r"armor (\d+\.\d+\.\d+)", printed)
    if not m:
        problem(0, f"`armor --version` prints no version: {printed!r}")
        return "?"
    version = m.group(1)
    tag = "v" + version
    sample = os.path.join(root, "Samples", "foundry-keyvault-correct", "main.bicep")
    sarif = json.loads(subprocess.run([armor, "lint", "--format", "sarif", sample],
                                      capture_output=True, text=True).stdout)
    home = sarif["runs"][0]["tool"]["driver"]["informationUri"]
    hooks_file = open(os.path.join(root, ".pre-commit-hooks.yaml")).read()
    hook_ids = set(re.findall(r"^- id: (\S+)", hooks_file, re.M))
    seen_precommit = False
    for start, lang, body, options in all_blocks:
        text = "\n".join(body)
        if lang == "yaml" and "hooks:" in text and "repo:" in text:
            seen_precommit = True
            counts["versions"] += 1
            for n, line in enumerate(body):
                if re.match(r"\s*(?:- )?repo:", line) and line.split("repo:", 1)[1].strip() != home:
                    problem(start + 1 + n, f"pre-commit repo is not armor's home page {home}")
                if re.match(r"\s*rev:", line):
                    rev = line.split("rev:", 1)[1].split("#")[0].strip()
                    if rev != tag:
                        problem(start + 1 + n, f"rev: {rev} is not the current release tag {tag} (armor --version)")
                mm = re.match(r"\s*- id: (\S+)", line)
                if mm and mm.group(1) not in hook_ids:
                    problem(start + 1 + n, f"hook id '{mm.group(1)}' is not in .pre-commit-hooks.yaml")
        for n, line in enumerate(body):
            mm = re.search(r"uses: ([\w.-]+/[\w.-]+)@(\S+)", line)
            if mm and mm.group(1) != "actions/checkout":
                counts["versions"] += 1
                if "https://github.com/" + mm.group(1) != home or mm.group(2) != tag:
                    problem(start + 1 + n, f"`uses: {mm.group(1)}@{mm.group(2)}` is not {home}@{tag}")
            mm = re.search(r"ref: refs/tags/(\S+)", line)
            if mm:
                counts["versions"] += 1
                if mm.group(1) != tag:
                    problem(start + 1 + n, f"refs/tags/{mm.group(1)} is not {tag}")
            mm = re.search(r"name: (armor-lint/armor|\S+/armor)\s*$", line)
            if mm and "https://github.com/" + mm.group(1) != home:
                problem(start + 1 + n, f"repository {mm.group(1)} is not {home}")
    if not seen_precommit:
        problem(0, "no .pre-commit-config.yaml snippet found")
    for n, line in enumerate(lines):
        for mm in re.finditer(r"https://github\.com/[^\s)`'\"]*armor[^\s)`'\"]*", line):
            if not mm.group(0).startswith(home):
                problem(n + 1, f"link {mm.group(0)} is not under armor's home page {home}")
    return version


def check_codes(lines, all_blocks, armor):
    listed = subprocess.run([armor, "rules"], capture_output=True, text=True).stdout
    rules = {}
    for line in listed.splitlines():
        m = re.match(r"^\s*([a-z0-9]+(?:-[a-z0-9]+)+)\s+(error|warning|info)\b", line)
        if m:
            rules[m.group(1)] = m.group(2)
    table = {}
    codes = {}   # code -> first README line
    in_rules = False
    for n, line in enumerate(lines):
        if line.startswith("## "):
            in_rules = line.strip() == "## Rules"
        m = re.match(r"^\| \[([a-z0-9-]+)\]\(Rules/([a-z0-9-]+)\.md\) \| (\w+) \|", line)
        if in_rules and m:
            table[m.group(1)] = m.group(3)
            if m.group(1) != m.group(2):
                problem(n + 1, f"rule {m.group(1)} links to Rules/{m.group(2)}.md")
        for mm in re.finditer(r"Rules/([a-z0-9-]+)\.md", line):
            codes.setdefault(mm.group(1), n + 1)
        for mm in re.finditer(r"(?:#disable-next-line|#disable-diagnostics|#restore-diagnostics|armor-disable-next-line)"
                              r"((?: [a-z][a-z0-9-]*)+)", line):
            for word in mm.group(1).split():
                # Bicep's own linter ids may share a Bicep directive; armor leaves them to Bicep.
                if word not in ("no-unused-params",):
                    codes.setdefault(word, n + 1)
        if line.startswith("| `") and ("`unnecessary-dependson`" in line or "rule" in line.lower()):
            pass
        # The fix table and the Bicep linter id table: backticked ids in their first columns.
        m = re.match(r"^\| `([a-z0-9-]+)`(?:, `([a-z0-9-]+)`)? \| (?:`([a-z0-9-]+)` \||removes|adds)", line)
        if m:
            for code in m.groups():
                if code:
                    codes.setdefault(code, n + 1)
        # Codes next to "explain" (the commands table and prose).
        if "explain" in line:
            for mm in re.finditer(r"`([a-z]+(?:-[a-z]+)+|BCP\d{3})`", line):
                codes.setdefault(mm.group(1), n + 1)
        for mm in re.finditer(r"`armor explain ([\w-]+)`", line):
            code = mm.group(1)
            if code in ("CODE",):
                continue
            result = subprocess.run([armor, "explain", code], capture_output=True, text=True)
            counts["codes"] += 1
            if result.returncode == 2:
                if "did you mean" not in result.stderr:
                    problem(n + 1, f"`armor explain {code}` gives no 'did you mean': {result.stderr.strip()}")
            elif result.returncode != 0:
                problem(n + 1, f"`armor explain {code}` exited {result.returncode}")
        for mm in re.finditer(r"`armor (lnit|[a-z]+)`", line):
            if mm.group(1) == "lnit":
                result = subprocess.run([armor, "lnit"], capture_output=True, text=True)
                if result.returncode != 2 or "did you mean" not in result.stderr:
                    problem(n + 1, "`armor lnit` gives no 'did you mean'")
    for start, lang, body, options in all_blocks:
        if lang not in ("", "console"):
            continue   # outputs: `[rule-id]` after the severity
        for n, line in enumerate(body):
            for mm in re.finditer(r"(?:error|warning|info) \[([a-z]+(?:-[a-z0-9]+)+)\]", line):
                codes.setdefault(mm.group(1), start + 1 + n)
    for rule in sorted(set(table) | set(rules)):
        if table.get(rule) != rules.get(rule):
            problem(0, f"the Rules table gives {rule}: {table.get(rule)}, `armor rules` {rules.get(rule)}")
    for code, line_no in sorted(codes.items(), key=lambda kv: kv[1]):
        if code.startswith("keyvault-frist"):
            continue
        counts["codes"] += 1
        result = subprocess.run([armor, "explain", code], capture_output=True, text=True)
        if result.returncode != 0:
            problem(line_no, f"'{code}' is no code armor knows (`armor explain {code}` exited {result.returncode})")


def check_flags(lines, armor):
    commands = ["lint", "init", "graph", "plan", "model", "rules", "explain", "lsp"]
    flags = {c: help_flags(armor, c) for c in commands}
    everywhere = set().union(*flags.values()) | {"--version", "--help", "-h"}
    in_lint_table = False
    in_block = False
    for n, line in enumerate(lines):
        if line.strip().startswith("```"):
            in_block = not in_block
            continue
        if in_block:
            command = armor_command(line)
            if command:
                words = shlex.split(without_comment(command)[0].replace("<", " "), posix=True)
                sub = words[1] if len(words) > 1 and words[1] in flags else None
                for word in words:
                    if re.match(r"^--?[a-z]", word):
                        counts["flags"] += 1
                        name = word.split("=")[0]
                        if name not in (flags[sub] if sub else everywhere):
                            problem(n + 1, f"`{name}` is no option of `armor {sub or ''}` (see --help)")
            continue
        if line.startswith("`armor lint` options"):
            in_lint_table = True
        elif in_lint_table and not line.startswith("|") and line.strip() and not line.startswith("`armor lint`"):
            in_lint_table = False
        for span in re.findall(r"`([^`]+)`", line):
            words = span.split()
            if not words:
                continue
            if words[0] == "armor" and len(words) > 1:
                sub = words[1] if words[1] in flags else None
                allowed = flags[sub] if sub else everywhere
            elif re.match(r"^--?[a-z]", words[0]):
                allowed = flags["lint"] if in_lint_table else everywhere
            else:
                continue
            for word in words:
                name = word.split("=")[0].rstrip(",")
                if re.match(r"^--?[a-z][a-z-]*$", name) and name not in OTHER_TOOLS_FLAGS:
                    counts["flags"] += 1
                    if name not in allowed:
                        problem(n + 1, f"`{name}` is no option of `{' '.join(words[:2])}` (see --help)")


if __name__ == "__main__":
    sys.exit(main())
