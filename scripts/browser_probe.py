"""Helpers of scripts/browser-check: inject the request probe, read its result, and check a
screenshot for the charts' colours (PNG decoded with the standard library only)."""
import json
import re
import struct
import sys
import zlib

# Lists what the page loaded (resource timing covers network requests) and every reference it
# holds to another document or file (resource timing does not see file:// loads): src, href
# and xlink:href values other than in-page anchors, and url(…) in style sheets.
PROBE = """<script>
const loaded = performance.getEntriesByType('resource').map(e => e.name);
for (const element of document.querySelectorAll('*')) {
  for (const name of ['src', 'href', 'xlink:href', 'poster', 'data']) {
    const value = element.getAttribute(name);
    if (value !== null && !value.startsWith('#') && !value.startsWith('data:')) loaded.push(name + '=' + value);
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

# Okabe–Ito colours the report's charts use for data (vermillion, blue, bluish green, orange).
CHART_COLOURS = [(213, 94, 0), (0, 114, 178), (0, 158, 115), (230, 159, 0)]


def inject(source, target):
    page = open(source, encoding="utf-8").read()
    if "</body>" not in page:
        sys.exit("browser-check: the report has no </body>")
    open(target, "w", encoding="utf-8").write(page.replace("</body>", PROBE + "</body>", 1))


def requests(dom_file):
    dom = open(dom_file, encoding="utf-8").read()
    match = re.search(r"<title>requests:(.*?)</title>", dom, re.S)
    if not match:
        sys.exit("browser-check: the page did not load (no probe result)")
    loaded = json.loads(match.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    if loaded:
        sys.exit("browser-check: the page made requests: " + ", ".join(loaded))


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


def charts(png_file):
    rows, width, channels = pixels(png_file)
    counts = [0] * len(CHART_COLOURS)
    for row in rows[::2]:
        for x in range(0, width * channels, channels * 2):
            r, g, b = row[x], row[x + 1], row[x + 2]
            for index, (cr, cg, cb) in enumerate(CHART_COLOURS):
                if abs(r - cr) < 30 and abs(g - cg) < 30 and abs(b - cb) < 30:
                    counts[index] += 1
    shown = sum(1 for count in counts if count > 50)
    if shown < 3:
        sys.exit(f"browser-check: the screenshot shows too little of the charts (pixels per colour: {counts})")


if __name__ == "__main__":
    {"inject": lambda: inject(sys.argv[2], sys.argv[3]),
     "requests": lambda: requests(sys.argv[2]),
     "charts": lambda: charts(sys.argv[2])}[sys.argv[1]]()
