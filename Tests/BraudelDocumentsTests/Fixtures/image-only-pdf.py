"""Writes an image-only PDF (a scan, no text layer) from a PDF of our own text: each page is
rendered by poppler's pdftoppm to a grey image and wrapped, Flate-compressed, as the page's
only content. Usage: image-only-pdf.py SOURCE.pdf OUT.pdf WORKDIR [DPI]"""
import glob, re, subprocess, sys, zlib

source, out, work = sys.argv[1:4]
dpi = int(sys.argv[4]) if len(sys.argv) > 4 else 200
subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", source, work + "/page"], check=True)
images = []
for path in sorted(glob.glob(work + "/page*.pgm")):
    data = open(path, "rb").read()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    width, height = int(header.group(1)), int(header.group(2))
    images.append((width, height, zlib.compress(data[header.end():])))

objects = []  # bodies, numbered from 1
def add(body):
    objects.append(body)
    return len(objects)

catalog = add(b"")
pages = add(b"")
kids = []
for width, height, pixels in images:
    image = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (width, height, len(pixels))
                + pixels + b"\nendstream")
    w, h = width * 72 / dpi, height * 72 / dpi
    draw = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (w, h)
    contents = add(b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream")
    kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] "
                    b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>" % (pages, w, h, image, contents)))
objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
objects[pages - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))

pdf = bytearray(b"%PDF-1.4\n")
offsets = []
for number, body in enumerate(objects, start=1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
pdf += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
open(out, "wb").write(pdf)
