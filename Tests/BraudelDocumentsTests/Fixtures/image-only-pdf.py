"""Writes an image-only PDF (a scan, no text layer) from a PDF of our own text: each page is
rendered by poppler's pdftoppm to a grey image and wrapped, Flate-compressed, as the page's
only content. Usage: image-only-pdf.py SOURCE.pdf OUT.pdf WORKDIR [DPI]"""
import glob, re, subprocess, sys, zlib
sys.dont_write_bytecode = True  # no __pycache__ in the fixtures folder
from pdf_objects import PDF

source, out, work = sys.argv[1:4]
dpi = int(sys.argv[4]) if len(sys.argv) > 4 else 200
subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", source, work + "/page"], check=True)
images = []
for path in sorted(glob.glob(work + "/page*.pgm")):
    data = open(path, "rb").read()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    width, height = int(header.group(1)), int(header.group(2))
    images.append((width, height, zlib.compress(data[header.end():])))

pdf = PDF()
for width, height, pixels in images:
    image = pdf.stream(pixels, b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                               b"/BitsPerComponent 8 /Filter /FlateDecode " % (width, height))
    w, h = width * 72 / dpi, height * 72 / dpi
    contents = pdf.stream(b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (w, h))
    pdf.page(w, h, b"<< /XObject << /Im0 %d 0 R >> >>" % image, contents)
pdf.write(out)
