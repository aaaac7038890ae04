"""The objects, page tree and cross-reference table of a small PDF, shared by the fixture
generators (image-only-pdf.py, two-column-pdf.py): they add their objects and pages, this
numbers them and writes the file."""


class PDF:
    def __init__(self):
        self.objects = [b"", b""]  # 1: catalog, 2: page tree, filled in by write()
        self.kids = []

    def add(self, body):
        """Adds an object; returns its number."""
        self.objects.append(body)
        return len(self.objects)

    def stream(self, data, entries=b""):
        """Adds a stream object with `entries` in its dictionary besides /Length."""
        return self.add(b"<< %s/Length %d >>\nstream\n" % (entries, len(data)) + data + b"\nendstream")

    def page(self, width, height, resources, contents):
        """Adds a page of that size drawing the content stream `contents`."""
        self.kids.append(self.add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources %s /Contents %d 0 R >>"
                                  % (width, height, resources, contents)))

    def write(self, path):
        self.objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
        self.objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in self.kids), len(self.kids))
        pdf = bytearray(b"%PDF-1.4\n")
        offsets = []
        for number, body in enumerate(self.objects, start=1):
            offsets.append(len(pdf))
            pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
        xref = len(pdf)
        pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1)
        pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(self.objects) + 1, xref)
        open(path, "wb").write(pdf)
