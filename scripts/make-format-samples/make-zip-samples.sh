#!/usr/bin/env bash
# Regenerates the ZIP-based sample documents in corpus/formats/ (DOCX, ODT, EPUB) from the
# Markdown sources in zip-samples/ next to this script, with pandoc (apt-get install -y pandoc)
# and python3. Idempotent: SOURCE_DATE_EPOCH pins the dates pandoc writes into the documents,
# the EPUB has a fixed identifier, and the ZIP entries are rewritten with one fixed timestamp
# (pandoc 2.17 stamps ODT/EPUB entries with the current time), so running it twice yields the
# same bytes. Not run by CI: the generated files are committed.
#
# The fixed timestamp (2023-11-14) is deliberately later than the texts' own dates: it plays the
# part of a file's creation date, which the readers must not prefer to the work's date.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(cd "$here/../.." && pwd)/corpus/formats"
mkdir -p "$out"
export SOURCE_DATE_EPOCH=1700000000
command -v pandoc >/dev/null || { echo "pandoc is required (apt-get install -y pandoc)" >&2; exit 1; }

pandoc "$here/zip-samples/semiperipheral-industrialization.md" -o "$out/semiperipheral-industrialization.docx"
pandoc "$here/zip-samples/upper-nile-incorporation.md" -o "$out/upper-nile-incorporation.odt"
pandoc "$here/zip-samples/cycles-of-hegemony.md" -o "$out/cycles-of-hegemony.epub" --epub-chapter-level=1 \
    --metadata identifier=urn:uuid:5b0c1f8e-6a3c-4c55-9d3e-2f1a7c0b9e41

# Rewrite every archive with fixed entry timestamps, keeping entry order and compression
# (the EPUB/ODF mimetype entry stays first and stored).
python3 - "$out/semiperipheral-industrialization.docx" "$out/upper-nile-incorporation.odt" "$out/cycles-of-hegemony.epub" <<'PY'
import sys, zipfile, io
for path in sys.argv[1:]:
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 14, 22, 13, 20))
            fixed.compress_type = info.compress_type
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, data)
    with open(path, "wb") as handle:
        handle.write(buffer.getvalue())
PY

echo "wrote: $(cd "$out" && ls -1 *.docx *.odt *.epub | tr '\n' ' ')"
