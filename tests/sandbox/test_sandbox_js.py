"""Reading components from JavaScript: real-world shapes, constant folding, and the errors."""

from __future__ import annotations

import hashlib
import math
import time

import pytest
from pipedream_sandbox.js import ComponentError, read_component
from pipedream_sandbox.js.values import number_to_string

COMMONJS_RSS_2020 = """
const Parser = require('rss-parser')
const parser = new Parser()

module.exports = {
  name: "rss",
  version: "0.0.1",
  props: {
    url: {
      type: "string",
      label: "Feed URL",
      description: "Enter the URL for any public RSS feed.",
    },
    timer: {
      type: "$.interface.timer",
      default: {
        intervalSeconds: 60 * 15,
      },
    },
    db: "$.service.db",
  },
  methods: { parse(url) { return parser.parseURL(url) } },
  async run() {
    const feed = await this.parse(this.url)
    for (const item of feed.items) this.$emit(item, { id: item.guid ?? item.link })
  },
}
"""

ESM_WITH_COMMON = """
import rss from "../../rss.app.mjs";
import common from "../common/common.mjs";
import { DEFAULT_POLL, LIMITS } from "../common/constants.mjs";

export default {
  ...common,
  key: "rss-new-item-in-feed",
  name: "New Item in Feed",
  description: `Emit new items from an RSS feed`,
  version: "1.2." + 3,
  type: "source",
  dedupe: "unique",
  props: {
    ...common.props,
    rss,
    url: {
      propDefinition: [rss, "url"],
    },
    timer: {
      type: "$.interface.timer",
      default: { intervalSeconds: DEFAULT_POLL },
    },
  },
  methods: {
    ...common.methods,
    generateMeta(item) { return { id: item?.guid ?? item.link, summary: item.title } },
  },
  async run() { await this.rss.fetchAndParse(this.url) },
};
"""

HTTP_SOURCE = """
module.exports = {
  name: "HTTP Requests",
  version: "0.1.0",
  props: {
    http: { type: "$.interface.http", customResponse: true },
    db: "$.service.db",
    emitBodyOnly: {
      type: "boolean",
      label: "Body Only",
      optional: true,
      default: false,
    },
  },
  async run(event) {
    this.http.respond({ status: 200, body: event.body ?? `${event.method} ok` })
    this.$emit(this.emitBodyOnly ? event.body : event)
  },
}
"""

ACTION_WITH_CONSTANTS = """
const MAX = 100;
const DAY = 60 * 60 * 24;
const CHANNELS = ["public", "private"];
const PREFIX = "pd";

export default {
  key: `${PREFIX}-send-message`,
  name: "Send Message",
  version: "0.1." + 0,
  type: "action",
  props: {
    channel: { type: "string", label: "Channel", options: CHANNELS },
    mode: {
      type: "string",
      options: [{ label: "Fast", value: "fast" }, { label: "Safe", value: "safe" }],
    },
    limit: { type: "integer", min: 1, max: MAX, default: MAX / 2 },
    window: { type: "integer", max: DAY * 30, default: -1 },
    token: { type: "string", secret: true, label: 'API \\u0074oken' },
    nested: {
      type: "object",
      default: { value: 0x10, ratio: 1 / 4, flag: !0, neg: -(2 ** 3), big: 1_000_000, off: ~0 },
    },
    room: {
      type: "string",
      async options({ page }) { return [] },
    },
    tags: { type: "string[]", default: [...CHANNELS, "x"], label: CHANNELS.length + " tags" },
  },
  async run({ $ }) { return $.export("ok", true) },
};
"""

COMMONJS_WITH_SPREAD_PROPS = """
const common = require("../common");
const { v4: uuid } = require("uuid");
const github = require("../../github.app.js");

module.exports = {
  ...common,
  key: "github-new-repository",
  name: "New Repository",
  version: "0.0." + (1 + 1),
  props: {
    ...common.props,
    github,
    repo: { type: "string", label: "Repository", description: "owner/name" },
    timer: { type: "$.interface.timer", default: { intervalSeconds: 60 * 60 * 24 } },
  },
  async run() { this.$emit({ id: uuid() }) },
};
"""

DEFINE_SOURCE = """
import { defineSource } from "@pipedream/types";
const base = { type: "string", label: "Base" };
export default defineSource({
  name: "Typed",
  version: "1.0.0",
  props: { a: { ...base, optional: true }, when: { type: "string", default: new Date().toISOString() } },
  async run() {},
});
"""


def props_by_name(code: str) -> dict[str, dict[str, object]]:
    return {prop["name"]: prop for prop in read_component(code).configurable_props}


def test_commonjs_rss_of_2020_folds_the_timer_default() -> None:
    meta = read_component(COMMONJS_RSS_2020)
    assert (meta.name, meta.version) == ("rss", "0.0.1")
    assert meta.configurable_props == [
        {
            "name": "url",
            "type": "string",
            "label": "Feed URL",
            "description": "Enter the URL for any public RSS feed.",
        },
        {"name": "timer", "type": "$.interface.timer", "default": {"intervalSeconds": 900}},
        {"name": "db", "type": "$.service.db"},
    ]
    assert meta.code_hash == hashlib.sha256(COMMONJS_RSS_2020.encode()).hexdigest()
    assert meta.warnings == []


def test_esm_with_common_spreads_keeps_explicit_keys_and_reports_the_spreads() -> None:
    meta = read_component(ESM_WITH_COMMON)
    assert (meta.key, meta.name, meta.version, meta.type) == (
        "rss-new-item-in-feed",
        "New Item in Feed",
        "1.2.3",
        "source",
    )
    assert meta.description == "Emit new items from an RSS feed"
    assert meta.configurable_props == [
        {"name": "rss", "type": "app", "app": "rss"},
        {
            "name": "url",
            "type": "string",
            "label": "Feed URL",
            "description": "Enter the URL for any public RSS feed.",
        },
        {"name": "timer", "type": "$.interface.timer"},  # the imported default is unknown
    ]
    assert any("...common" in warning for warning in meta.warnings)
    assert any("...common.props" in warning for warning in meta.warnings)
    assert any("timer.default" in warning for warning in meta.warnings)


def test_http_source_keeps_prop_attributes_as_written() -> None:
    props = props_by_name(HTTP_SOURCE)
    assert props["http"] == {"name": "http", "type": "$.interface.http", "customResponse": True}
    assert props["db"] == {"name": "db", "type": "$.service.db"}
    assert props["emitBodyOnly"]["optional"] is True
    assert props["emitBodyOnly"]["default"] is False


def test_action_constants_options_and_arithmetic_fold_like_javascript() -> None:
    meta = read_component(ACTION_WITH_CONSTANTS)
    assert (meta.key, meta.version, meta.type) == ("pd-send-message", "0.1.0", "action")
    props = props_by_name(ACTION_WITH_CONSTANTS)
    assert props["channel"]["options"] == ["public", "private"]
    assert props["mode"]["options"] == [
        {"label": "Fast", "value": "fast"},
        {"label": "Safe", "value": "safe"},
    ]
    assert props["limit"] == {
        "name": "limit",
        "type": "integer",
        "min": 1,
        "max": 100,
        "default": 50,
    }
    assert props["window"]["max"] == 2_592_000 and props["window"]["default"] == -1
    assert props["token"] == {
        "name": "token",
        "type": "string",
        "secret": True,
        "label": "API token",
    }
    assert props["nested"]["default"] == {
        "value": 16,
        "ratio": 0.25,
        "flag": True,
        "neg": -8,
        "big": 1_000_000,
        "off": -1,
    }
    assert props["room"] == {"name": "room", "type": "string", "remoteOptions": True}
    assert props["tags"]["default"] == ["public", "private", "x"]
    assert props["tags"]["label"] == "2 tags"


def test_commonjs_spread_props_and_destructured_require() -> None:
    meta = read_component(COMMONJS_WITH_SPREAD_PROPS)
    assert meta.version == "0.0.2"
    assert meta.configurable_props == [
        {"name": "github", "type": "app", "app": "github"},
        {"name": "repo", "type": "string", "label": "Repository", "description": "owner/name"},
        {"name": "timer", "type": "$.interface.timer", "default": {"intervalSeconds": 86400}},
    ]
    assert len([w for w in meta.warnings if "spread" in w]) == 2


def test_define_source_wrapper_object_spread_of_a_const_and_unresolvable_defaults() -> None:
    meta = read_component(DEFINE_SOURCE)
    assert meta.name == "Typed"
    props = props_by_name(DEFINE_SOURCE)
    assert props["a"] == {"name": "a", "type": "string", "label": "Base", "optional": True}
    assert props["when"] == {"name": "when", "type": "string"}  # new Date() is never run
    assert any("new Date()" in warning for warning in meta.warnings)


@pytest.mark.parametrize(
    "code",
    [
        'const c = { name: "x", props: {} };\nexport { c as default };',
        'const c = { name: "x", props: {} };\nmodule.exports = c;',
        'exports.default = { name: "x" }',
    ],
)
def test_other_export_forms(code: str) -> None:
    assert read_component(code).name == "x"


@pytest.mark.parametrize(
    ("code", "message", "line", "column"),
    [
        (
            (
                'module.exports = {\n  name: "x",\n  props: {\n'
                '    url: { type: "string" label: "URL" },\n  },\n}\n'
            ),
            "SyntaxError: unexpected `label` at line 4, column 27",
            4,
            27,
        ),
        ('module.exports = { name: "x", a: [1, 2 }\n', "SyntaxError: missing `]`", 1, 40),
        (
            'module.exports = { name: "x", default: }\n',
            "SyntaxError: expected an expression",
            1,
            40,
        ),
        (
            'export default {\n  name: "x",\n  async run() { const x = ; }\n}\n',
            "SyntaxError: unexpected `=` at line 3",
            3,
            25,
        ),
    ],
)
def test_syntax_errors_say_what_and_where(code: str, message: str, line: int, column: int) -> None:
    with pytest.raises(ComponentError) as caught:
        read_component(code)
    assert str(caught.value).startswith(message)
    assert (caught.value.details["line"], caught.value.details["column"]) == (line, column)
    assert caught.value.details["snippet"].endswith("^")


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("const a = 1;", "no component found"),
        ("module.exports = makeComponent();", "must be an object literal, not `makeComponent()`"),
        ('module.exports = { version: "1" }', "has no `name` or `key`"),
        ('module.exports = { ...common, version: "1" }', "may come from a spread"),
        ("module.exports = { name: 42 }", "`name` must be a string"),
        ('module.exports = { name: "x", props: { a: { label: "A" } } }', "prop `a` has no `type`"),
        ('module.exports = { name: "x", props: { a: 3 } }', "prop `a` must be an object"),
        ('module.exports = { name: "x", props: makeProps() }', "`props` must be an object literal"),
        ("   ", "component code is empty"),
    ],
)
def test_code_that_is_no_readable_component_is_refused(code: str, message: str) -> None:
    with pytest.raises(ComponentError) as caught:
        read_component(code)
    assert message in str(caught.value)


def test_hostile_code_is_inert_text() -> None:
    code = (
        """
    let i = 0;
    while (true) { i++ }
    const s0 = "xxxxxxxxxxxxxxxx";
    """
        + "".join(f"const s{n + 1} = s{n} + s{n};\n" for n in range(47))
        + """
    module.exports = { name: "bomb", props: { p: { type: "string", default: s47 } } };
    """
    )
    started = time.perf_counter()
    meta = read_component(code)
    assert time.perf_counter() - started < 2
    assert meta.configurable_props == [{"name": "p", "type": "string"}]  # the huge default dropped
    assert any("longer than" in warning for warning in meta.warnings)


@pytest.mark.parametrize(
    "code",
    [
        "module.exports = { name: 'deep', x: " + "[" * 3000 + "]" * 3000 + " }",
        "module.exports = { name: 'long', x: " + "+".join(["1"] * 5000) + " }",
    ],
)
def test_pathological_nesting_is_refused_quickly(code: str) -> None:
    started = time.perf_counter()
    with pytest.raises(ComponentError, match="too complex"):
        read_component(code)
    assert time.perf_counter() - started < 2


def test_code_over_the_size_cap_is_refused() -> None:
    with pytest.raises(ComponentError, match="larger than"):
        read_component("// " + "x" * 600_000 + "\nmodule.exports = { name: 'x' }")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (900.0, "900"),
        (0.25, "0.25"),
        (-8.0, "-8"),
        (1e21, "1e+21"),
        (1e-7, "1e-7"),
        (123456789012.5, "123456789012.5"),
        (0.000001, "0.000001"),
        (math.inf, "Infinity"),
        (math.nan, "NaN"),
    ],
)
def test_numbers_print_as_javascript_prints_them(value: float, text: str) -> None:
    assert number_to_string(value) == text


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("1 + '2'", "12"),
        ("'3' * '4'", 12),
        ("7 % 3", 1),
        ("2 ** 10", 1024),
        ("1 / 0", None),  # Infinity has no JSON form: null, as JSON.stringify writes it
        ("10 ** 400", None),
        ("5 >>> 1", 2),
        ("-1 >>> 28", 15),
        ("1 << 31", -2147483648),
        ("null ?? 'd'", "d"),
        ("0 || 'd'", "d"),
        ("'' && 'x'", ""),
        ("1 === 1.0", True),
        ("'1' == 1", True),
        ("null == undefined", True),
        ("typeof 'x'", "string"),
        ("3 > 2 ? 'yes' : 'no'", "yes"),
        ("[1, 2, 3].length", 3),
        ("({ a: { b: 'c' } }).a.b", "c"),
        ("({ a: null })?.a?.b", None),
        ("`a${1 + 1}b`", "a2b"),
        ("'\\x41\\u0042\\u{43}'", "ABC"),
        ("0b101 + 0o17", 20),
    ],
)
def test_constant_folding_follows_javascript(expression: str, expected: object) -> None:
    code = f'module.exports = {{ name: "f", props: {{ p: {{ type: "any", default: {expression} }} }} }}'
    prop = read_component(code).configurable_props[0]
    assert prop.get("default") == expected


def _with_default(value: str) -> str:
    return (
        f"module.exports = {{ name: 'x', props: {{ p: {{ type: 'string', default: {value} }} }} }};"
    )


def _with_extra(value: str) -> str:  # folded, but not a prop: only the folding caps apply
    return f"module.exports = {{ name: 'x', extra: {value} }};"


NINE_THOUSAND = "[" + "0," * 9000 + "]"


@pytest.mark.parametrize(
    ("within", "past"),
    [
        pytest.param(  # 200 levels, counted from the module's object
            _with_default("[" * 190 + "]" * 190), _with_default("[" * 210 + "]" * 210), id="depth"
        ),
        pytest.param(
            _with_default("[" + "1," * 10_000 + "]"),
            _with_default("[" + "1," * 10_001 + "]"),
            id="10,000-item literals",
        ),
        pytest.param(  # 20 x 9,000 items is 180,000 nodes; 23 x 9,000 is past 200,000
            _with_extra("{" + ",".join(f"a{n}: {NINE_THOUSAND}" for n in range(20)) + "}"),
            _with_extra("{" + ",".join(f"a{n}: {NINE_THOUSAND}" for n in range(23)) + "}"),
            id="200,000 syntax nodes",
        ),
    ],
)
def test_constant_folding_caps_refuse_a_component_as_too_complex(within: str, past: str) -> None:
    """README "Security and limits": constant folding stops at 200 levels, 200,000 syntax nodes
    and 10,000-item literals with a `400 invalid_component` (too complex)."""
    assert read_component(within).name == "x"
    with pytest.raises(ComponentError, match="too complex"):
        read_component(past)


def test_a_string_over_64k_characters_is_left_unresolved_with_a_warning() -> None:
    """README: past 64 K characters a string is "the value left unresolved, with a warning"."""
    at_cap = read_component(_with_default("'" + "x" * 65_536 + "'"))
    assert at_cap.configurable_props[0]["default"] == "x" * 65_536 and not at_cap.warnings
    past = read_component(_with_default("'" + "x" * 65_537 + "'"))
    assert "default" not in past.configurable_props[0]
    assert "longer than 65536 characters" in " ".join(past.warnings)
