#!/usr/bin/env bash
# Regenerates the ZIP-based sample documents in corpus/formats/ (DOCX, ODT, EPUB) from the
# Markdown sources next to this script, with pandoc (apt-get install -y pandoc). Idempotent:
# SOURCE_DATE_EPOCH pins every timestamp pandoc writes, and the EPUB has a fixed identifier,
# so running it twice yields the same files. Not run by CI: the generated files are committed.
#
# The fixed timestamp (2023-11-14) is deliberately later than the texts' own dates: it plays the
# part of a file's creation date, which the readers must not prefer to the work's date.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(cd "$here/../.." && pwd)/corpus/formats"
mkdir -p "$out"
export SOURCE_DATE_EPOCH=1700000000
command -v pandoc >/dev/null || { echo "pandoc is required (apt-get install -y pandoc)" >&2; exit 1; }

pandoc "$here/src/semiperipheral-industrialization.md" -o "$out/semiperipheral-industrialization.docx"
pandoc "$here/src/upper-nile-incorporation.md" -o "$out/upper-nile-incorporation.odt"
pandoc "$here/src/cycles-of-hegemony.md" -o "$out/cycles-of-hegemony.epub" --epub-chapter-level=1 \
    --metadata identifier=urn:uuid:5b0c1f8e-6a3c-4c55-9d3e-2f1a7c0b9e41

echo "wrote: $(cd "$out" && ls -1 *.docx *.odt *.epub | tr '\n' ' ')"
