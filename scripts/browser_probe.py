"""Helpers of scripts/browser-check: inject the request and layout probes, read their results,
and check a screenshot for the charts' colours (PNG decoded with the standard library only)."""
import html
import json
import os
import re
import struct
import sys
import zlib

# Lists what the page loaded (resource timing covers network requests) and every reference it
# holds to another document or file (resource timing does not see file:// loads): src, href
# and xlink:href values other than in-page anchors, and url(…) in style sheets. A link a reader
# follows (<a href>) is listed as `link=…`: compare.html links each scenario's report beside it,
# which is allowed when the file exists in the page's folder or below (see `requests`).
PROBE = """<script>
const loaded = performance.getEntriesByType('resource').map(e => e.name);
for (const element of document.querySelectorAll('*')) {
  for (const name of ['src', 'href', 'xlink:href', 'poster', 'data']) {
    const value = element.getAttribute(name);
    if (value === null || value.startsWith('#') || value.startsWith('data:')) continue;
    loaded.push((element.tagName.toLowerCase() === 'a' && name === 'href' ? 'link' : name) + '=' + value);
  }
}
for (const sheet of document.styleSheets) {
  for (const rule of sheet.cssRules) {
    for (const match of rule.cssText.matchAll(/url\\(([^)]*)\\)/g)) {
      if (!match[1].replace(/["']/g, '').startsWith('data:')) loaded.push('url(' + match[1] + ')');
    }
  }
}
document.title = 'requests:' + JSON.stringify(loaded);
</script>"""

# Lists what does not fit the window once laid out, with every <details> opened as a student
# would: (a) any element whose box passes the viewport's right (or left) edge and is not inside a
# horizontally scrollable container, reported once at the outermost such element; (b) at desktop
# widths (1024 px and more), any table wider than the scroll container it sits in, since a table
# a reader must scroll on a desktop screen reads as clipped. Scrolling tables are fine on a phone.
# (c) the charts' text as the page shows it: each chart the page displays draws its smallest text
# at `data-smallest-text` px of its own drawing (Cairo's font size, written by the renderer), and
# the page scales the drawing to the width it gives it (its box's width over its viewBox's), so
# the product is that text's size in CSS px; (d) every table-of-contents link that names no id
# on the page; (e) the colour scheme the page sees and whether it styles itself for it: in dark,
# a dark page ground and light chart cards. Headless Chromium will not open a window narrower
# than 500 px, so narrower widths load the page into an iframe (srcdoc, no request) of that
# width; the probe reports to the top document's title.
LAYOUT_PROBE = """<script>
for (const details of document.querySelectorAll('details')) details.open = true;
const viewport = document.documentElement.clientWidth;
const scrolls = e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
const scroller = e => { for (let a = e.parentElement; a; a = a.parentElement) if (scrolls(a)) return a; return null; };
const name = e => {
  let label = e.tagName.toLowerCase();
  if (e.id) label += '#' + e.id;
  if (typeof e.className === 'string' && e.className.trim()) label += '.' + e.className.trim().split(/\\s+/).join('.');
  if (!e.id) label += ' "' + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
  return label;
};
const offenders = [];
const reported = new Set();
for (const e of document.body.querySelectorAll('*')) {
  if (e.closest('svg') && e.tagName.toLowerCase() !== 'svg') continue;
  if (['script', 'style'].includes(e.tagName.toLowerCase())) continue;
  const box = e.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) continue;
  if (box.right <= viewport + 0.5 && box.left >= -0.5) continue;
  if (scroller(e)) continue;
  let inside = false;
  for (let a = e.parentElement; a; a = a.parentElement) if (reported.has(a)) { inside = true; break; }
  if (inside) continue;
  reported.add(e);
  offenders.push(`passes the window: ${name(e)} spans ${box.left.toFixed(0)}–${box.right.toFixed(0)} px, window ${viewport} px`);
}
if (viewport >= 1024) {
  for (const table of document.querySelectorAll('table')) {
    const box = scroller(table);
    if (box && box.scrollWidth > box.clientWidth + 1) {
      offenders.push(`scrolls at desktop width: ${name(table)} is ${box.scrollWidth} px wide in a ${box.clientWidth} px container (${name(box).split(' ')[0]})`);
    }
  }
}
const charts = [];
for (const svg of document.querySelectorAll('svg.chart')) {
  const box = svg.getBoundingClientRect();
  if (box.width === 0 || getComputedStyle(svg).display === 'none') continue;
  const drawn = parseFloat(svg.getAttribute('data-smallest-text'));
  const figure = svg.closest('figure');
  const scale = box.width / svg.viewBox.baseVal.width;
  charts.push({figure: figure ? figure.id : '', drawn, scale, shown: drawn * scale,
               background: getComputedStyle(svg).backgroundColor});
}
const links = [...document.querySelectorAll('nav.toc a')].map(a => a.getAttribute('href'));
const broken = links.filter(href => !href.startsWith('#') || !document.getElementById(href.slice(1)));
const headings = [...document.querySelectorAll('h2, h3')].filter(h => !h.closest('nav'));
const unlisted = headings.filter(h => !h.id || !links.includes('#' + h.id)).map(h => h.textContent.trim().slice(0, 40));
const dark = matchMedia('(prefers-color-scheme: dark)').matches;
top.document.title = 'layout:' + JSON.stringify({viewport, offenders, charts, links: links.length, broken, unlisted, dark,
  page: getComputedStyle(document.body).backgroundColor, ink: getComputedStyle(document.body).color});
</script>"""

# Okabe–Ito colours the report's charts use for data (vermillion, blue, bluish green, orange).
CHART_COLOURS = [(213, 94, 0), (0, 114, 178), (0, 158, 115), (230, 159, 0)]


def inject(source, target, probe=PROBE):
    page = open(source, encoding="utf-8").read()
    if "</body>" not in page:
        sys.exit("browser-check: the report has no </body>")
    open(target, "w", encoding="utf-8").write(page.replace("</body>", probe + "</body>", 1))


# Headless Chromium's narrowest window.
NARROWEST_WINDOW = 500


def inject_layout(source, target, width):
    """The page with the layout probe, alone or, below Chromium's narrowest window, in an iframe
    as wide as asked."""
    inject(source, target, LAYOUT_PROBE)
    if int(width) < NARROWEST_WINDOW:
        page = open(target, encoding="utf-8").read()
        frame = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head>'
                 f'<body style="margin:0"><iframe style="border:0;display:block;width:{int(width)}px;height:3000px" '
                 f'srcdoc="{html.escape(page, quote=True)}"></iframe></body></html>')
        open(target, "w", encoding="utf-8").write(frame)


def requests(dom_file, page):
    dom = open(dom_file, encoding="utf-8").read()
    match = re.search(r"<title>requests:(.*?)</title>", dom, re.S)
    if not match:
        sys.exit("browser-check: the page did not load (no probe result)")
    loaded = json.loads(match.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    folder = os.path.dirname(os.path.realpath(page))
    links = [item[len("link="):] for item in loaded if item.startswith("link=")]
    loaded = [item for item in loaded if not item.startswith("link=")]
    for link in links:
        target = os.path.realpath(os.path.join(folder, link))
        if ":" in link or link.startswith("/") or not target.startswith(folder + os.sep) or not os.path.isfile(target):
            loaded.append(f"link={link} (not a file in the page's folder)")
    if loaded:
        sys.exit("browser-check: the page made requests: " + ", ".join(loaded))


# Chart text must show at least this large (CSS px) at phone widths, where the page shows each
# chart's narrow variant (issue 21); wider windows show the full-width drawings, and their sizes
# are reported.
SMALLEST_CHART_TEXT = 11.0
PHONE_WIDTH = 480


def rgb(css):
    """(r, g, b) of a computed `rgb(…)`/`rgba(…)` colour."""
    return tuple(float(v) for v in re.findall(r"[\d.]+", css)[:3])


def luminance(colour):
    """WCAG relative luminance of an (r, g, b) colour of 0–255 channels."""
    def channel(v):
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def layout(dom_file, width, scheme="light"):
    dom = open(dom_file, encoding="utf-8").read()
    match = re.search(r"<title>layout:(.*?)</title>", dom, re.S)
    if not match:
        sys.exit(f"browser-check: the page did not load at {width} px, {scheme} (no layout probe result)")
    result = json.loads(html.unescape(match.group(1)))
    where = f"at {width} px, {scheme}"
    problems = list(result["offenders"])
    if result["viewport"] != int(width):
        problems.append(f"asked for a {width} px window, the page saw {result['viewport']} px")
    if result["dark"] != (scheme == "dark"):
        problems.append(f"the page saw prefers-color-scheme: {'dark' if result['dark'] else 'light'}")
    charts = result["charts"]
    if not charts:
        problems.append("no chart is shown")
    smallest = min((c["shown"] for c in charts if c["shown"] is not None), default=float("nan"))
    drawn = min((c["drawn"] for c in charts if c["drawn"] is not None), default=float("nan"))
    scale = min((c["scale"] for c in charts), default=float("nan"))
    for chart in charts:
        if chart["shown"] is None:
            problems.append(f"{chart['figure']}: the chart does not say its smallest text (data-smallest-text)")
        elif int(width) <= PHONE_WIDTH and chart["shown"] < SMALLEST_CHART_TEXT - 0.005:
            problems.append(f"{chart['figure']}: its smallest text shows at {chart['shown']:.2f} px, under {SMALLEST_CHART_TEXT:g} px")
        if luminance(rgb(chart["background"])) < 0.8:
            problems.append(f"{chart['figure']}: the chart's card is not light ({chart['background']})")
    if result["links"] == 0:
        problems.append("the page has no table of contents")
    problems += [f"table of contents link {href} names no id on the page" for href in result["broken"]]
    problems += [f"heading not in the table of contents (or without an id): {text}" for text in result["unlisted"]]
    page, ink = rgb(result["page"]), rgb(result["ink"])
    if (luminance(page) < 0.2) != (scheme == "dark"):
        problems.append(f"the page's ground {result['page']} does not follow the {scheme} scheme")
    if contrast(page, ink) < 7:
        problems.append(f"text {result['ink']} on {result['page']} has a contrast of {contrast(page, ink):.1f}, under 7")
    print(f"browser-check: {where}: {len(charts)} charts shown, smallest chart text {smallest:.2f} CSS px "
          f"(drawn at {drawn:g} px, shown at {scale:.3f} of its size); "
          f"{result['links']} contents links; text contrast {contrast(page, ink):.1f}")
    if problems:
        sys.exit(f"browser-check: {where}, {len(problems)} problem(s):\n  " + "\n  ".join(problems))


def pixels(png_file):
    data = open(png_file, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("browser-check: the screenshot is not a PNG")
    position, idat, header = 8, b"", None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    width, height, depth, colour_type = header[0], header[1], header[2], header[3]
    if depth != 8 or colour_type not in (2, 6):
        sys.exit("browser-check: unexpected PNG format")
    channels = 4 if colour_type == 6 else 3
    raw, stride = zlib.decompress(idat), width * channels
    previous, rows, offset = bytearray(stride), [], 0
    for _ in range(height):
        kind, line = raw[offset], bytearray(raw[offset + 1:offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(line))
        previous = line
    return rows, width, channels


def charts(png_file, minimum=3):
    rows, width, channels = pixels(png_file)
    counts = [0] * len(CHART_COLOURS)
    for row in rows[::2]:
        for x in range(0, width * channels, channels * 2):
            r, g, b = row[x], row[x + 1], row[x + 2]
            for index, (cr, cg, cb) in enumerate(CHART_COLOURS):
                if abs(r - cr) < 30 and abs(g - cg) < 30 and abs(b - cb) < 30:
                    counts[index] += 1
    shown = sum(1 for count in counts if count > 50)
    if shown < int(minimum):
        sys.exit(f"browser-check: the screenshot shows too little of the charts (pixels per colour: {counts})")


if __name__ == "__main__":
    {"inject": lambda: inject(sys.argv[2], sys.argv[3]),
     "inject-layout": lambda: inject_layout(sys.argv[2], sys.argv[3], sys.argv[4]),
     "requests": lambda: requests(sys.argv[2], sys.argv[3]),
     "layout": lambda: layout(sys.argv[2], sys.argv[3], *sys.argv[4:5]),
     "charts": lambda: charts(sys.argv[2], *sys.argv[3:4])}[sys.argv[1]]()
