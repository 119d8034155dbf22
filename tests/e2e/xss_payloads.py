"""Hostile text written to run script in a reader's browser, if any layer lets it through.

Every payload, if it ever runs, calls `__xss_hit(n)` or `alert(n)`, which the test's sentinel
records. They cover: script elements, event handlers, `javascript:` URLs in the spellings
that fooled sanitizers before (case, entities, tabs, zero-width spaces, leading spaces),
`data:` and `vbscript:` URLs, SVG and MathML, mutation XSS (markup that changes meaning when
the browser re-parses it), encoded forms that must stay text, CSS, and Markdown's own link,
image, reference and autolink syntax.
"""

from __future__ import annotations

import base64

_DATA_HTML = base64.b64encode(b"<script>__xss_hit(22)</script>").decode()

XSS_PAYLOADS: list[str] = [
    # Script elements.
    "<script>__xss_hit(1)</script>",
    "<ScRiPt src=data:,__xss_hit(2)></sCrIpT>",
    "<script>/*</script><script>*/__xss_hit(3)</script>",
    # Event handlers.
    "<img src=x onerror=__xss_hit(4)>",
    "<svg onload=__xss_hit(5)>",
    "<body onload=__xss_hit(6)>",
    "<input autofocus onfocus=__xss_hit(7)>",
    "<details open ontoggle=__xss_hit(8)><summary>x</summary></details>",
    "<video><source onerror=__xss_hit(9)></video>",
    '<div onmouseover="__xss_hit(10)">hover me</div>',
    "<marquee onstart=__xss_hit(11)>moving</marquee>",
    '<img src="x" alt="" onerror="&#95;_xss_hit(12)">',
    # javascript: and other dangerous schemes, plainly and in disguise.
    "[click me](javascript:__xss_hit(13))",
    "[click me](JaVaScRiPt:__xss_hit(14))",
    "[click me](java\tscript:__xss_hit(15))",
    "[click me](&#106;avascript:__xss_hit(16))",
    "[click me](javascript&#58;__xss_hit(17))",
    '<a href="  javascript:__xss_hit(18)">leading spaces</a>',
    '<a href="java&#x09;script:__xss_hit(19)">entity tab</a>',
    '<a href="javascript\u200b:__xss_hit(20)">zero-width space</a>',
    "[click me](vbscript:msgbox(21))",
    f"[click me](data:text/html;base64,{_DATA_HTML})",
    '<iframe src="javascript:__xss_hit(23)"></iframe>',
    '<form action="javascript:__xss_hit(24)"><button>go</button></form>',
    '<button formaction="javascript:__xss_hit(25)">go</button>',
    # SVG.
    "<svg><script>__xss_hit(26)</script></svg>",
    "<svg><animate onbegin=__xss_hit(27) attributeName=x dur=1s></svg>",
    '<svg><a xlink:href="javascript:__xss_hit(28)"><text y="20">x</text></a></svg>',
    '<svg><set attributeName="onload" to="__xss_hit(29)"/></svg>',
    # Mutation XSS: harmless as parsed once, dangerous when serialised and parsed again.
    "<math><mtext><table><mglyph><style><img src=x onerror=__xss_hit(30)>",
    '<noscript><p title="</noscript><img src=x onerror=__xss_hit(31)>">',
    "<title><img src=x onerror=__xss_hit(32)></title>",
    '<svg></p><style><a id="</style><img src=1 onerror=__xss_hit(33)>">',
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=__xss_hit(34)>",
    # Encoded forms, which must stay as the text they are.
    "&lt;img src=x onerror=__xss_hit(35)&gt;",
    "%3Cscript%3E__xss_hit(36)%3C%2Fscript%3E",
    "\\u003cimg src=x onerror=__xss_hit(37)\\u003e",
    "<img src=x onerror=\\u005f_xss_hit(38)>",
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;'
    '__xss_hit(39)">x</a>',
    # Markdown's own syntax.
    '[titled](javascript:__xss_hit(40) "a title")',
    "![an image](javascript:__xss_hit(41))",
    "[by reference][r]\n\n[r]: javascript:__xss_hit(42)",
    "<javascript:__xss_hit(43)>",
    "[angle brackets](<javascript:__xss_hit(44)>)",
    '[quote break](https://example.org/"onmouseover="__xss_hit(45))',
    '![x" onerror="__xss_hit(46)](x)',
    "`<script>__xss_hit(47)</script>`",
    "    <script>__xss_hit(48)</script>",
    # CSS and embedding.
    '<style>body{background:url("javascript:__xss_hit(49)")}</style>',
    '<div style="background:url(javascript:__xss_hit(50))">styled</div>',
    '<object data="javascript:__xss_hit(51)"></object>',
    '<embed src="data:text/html,<script>__xss_hit(52)</script>">',
    '<base href="javascript:__xss_hit(53)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:__xss_hit(54)">',
    '<iframe srcdoc="<script>parent.__xss_hit(55)</script>"></iframe>',
    "<img src=x onerror=alert(56)>",
    '"><script>__xss_hit(57)</script>',
    "'><img src=x onerror=__xss_hit(58)>",
]
