"""Typesets our own text as a journal article in two columns with running heads, page numbers,
hyphenated line ends and footnotes at the foot of the column, and writes it as a PDF with a text
layer (base-14 Courier, so widths are exact without font files). Usage:
    two-column-pdf.py SOURCE.txt OUT.pdf
SOURCE: a title block (the title, then byline lines), a blank line, then paragraphs separated by blank lines; a paragraph
starting "[N] " is footnote N, placed at the foot of the column where the body's "[N]" marker
lands (the marker is set as a raised small number)."""
import re, sys
sys.dont_write_bytecode = True  # no __pycache__ in the fixtures folder
from pdf_objects import PDF

source, out = sys.argv[1:3]
blocks = [b.strip() for b in open(source, encoding="utf-8").read().split("\n\n") if b.strip()]
title, byline = blocks[0].split("\n")[0], blocks[0].split("\n")[1:]
blocks = blocks[1:]
notes = {int(m.group(1)): m.group(2) for b in blocks if (m := re.match(r"\[(\d+)\] (.*)", b, re.S))}
paragraphs = [" ".join(b.split()) for b in blocks if not re.match(r"\[\d+\] ", b)]

PAGE_W, PAGE_H, MARGIN, GAP = 612, 256, 54, 24
BODY, LEAD, NOTE, NOTE_LEAD = 9, 11, 7, 8.5
COLUMN_W = (PAGE_W - 2 * MARGIN - GAP) / 2
CHARS = int(COLUMN_W / (0.6 * BODY))           # Courier: every glyph is 600/1000 em wide
NOTE_CHARS = int(COLUMN_W / (0.6 * NOTE))
TOP, BOTTOM = PAGE_H - 90, 60                  # body area between the running head and the foot

def words_of(paragraph):
    """Words, with each "[N]" marker attached to the word before it as (word, [N, ...])."""
    result = []
    for token in paragraph.split(" "):
        marks = [int(n) for n in re.findall(r"\[(\d+)\]", token)]
        result.append((re.sub(r"\[\d+\]", "", token), marks))
    return result

def lines_of(paragraph, width):
    """Greedy lines of (text, marks), a mark being (note number, characters before it); a long
    word that does not fit is hyphenated when at least four letters fit and four remain, as a
    typesetter would."""
    lines, line, marks = [], "", []
    for word, word_marks in words_of(paragraph):
        candidate = (line + " " + word) if line else word
        if len(candidate) <= width:
            line, marks = candidate, marks + [(n, len(candidate)) for n in word_marks]
            continue
        room = width - len(line) - (1 if line else 0) - 1
        if word.isalpha() and room >= 4 and len(word) - room >= 4:
            lines.append((line + (" " if line else "") + word[:room] + "-", marks))
            line, marks = word[room:], [(n, len(word) - room) for n in word_marks]
        else:
            lines.append((line, marks))
            line, marks = word, [(n, len(word)) for n in word_marks]
    lines.append((line, marks))
    return lines

def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

def text_at(x, y, size, text):
    return "BT /F1 %g Tf %.2f %.2f Td (%s) Tj ET" % (size, x, y, escape(text))

# Lay out: body lines flow column by column; a note goes to the foot of the column its marker is
# set in, and the body of that column stops above its notes.
pages, page, column, y, column_notes = [], [], 0, TOP - 40, []
def note_lines(n):
    return lines_of("%d. %s" % (n, " ".join(notes[n].split())), NOTE_CHARS)

def foot_height(numbers):
    return sum(len(note_lines(n)) for n in numbers) * NOTE_LEAD + 14 if numbers else 0

def finish_column():
    global column_notes
    if column_notes:
        left = MARGIN + column * (COLUMN_W + GAP)
        top = BOTTOM + foot_height(column_notes) - 6
        page.append("0.5 w %.2f %.2f m %.2f %.2f l S" % (left, top, left + 60, top))
        ny = top - 10
        for n in column_notes:
            for text, _ in note_lines(n):
                page.append(text_at(left, ny, NOTE, text))
                ny -= NOTE_LEAD
    column_notes = []

def next_column():
    global page, column, y
    finish_column()
    if column == 0:
        column, y = 1, (TOP - 40 if not pages else TOP)
    else:
        pages.append(page)
        page, column, y = [], 0, TOP

page.append(text_at(MARGIN, TOP + 10, 14, title))
for number, line in enumerate(byline):
    page.append(text_at(MARGIN, TOP - 8 - 11 * number, 9, line))
for paragraph in paragraphs:
    for number, (text, marks) in enumerate(lines_of(paragraph, CHARS)):
        if y < BOTTOM + foot_height(column_notes + [n for n, _ in marks]):
            next_column()
        x = MARGIN + column * (COLUMN_W + GAP) + (10 if number == 0 else 0)
        page.append(text_at(x, y, BODY, text))
        for n, at in marks:
            page.append(text_at(x + at * 0.6 * BODY, y + 3.5, 5.5, str(n)))
            column_notes.append(n)
        y -= LEAD
finish_column()
pages.append(page)

pdf = PDF()
font = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>")
for number, content in enumerate(pages, start=1):
    furniture = [text_at(PAGE_W / 2 - 5, 30, 8, str(100 + number))]
    if number > 1:
        head = "JOURNAL OF INVENTED WORLD HISTORY" if number % 2 == 0 else "PORT CITIES AND THE GRAIN TRADE"
        furniture.append(text_at(MARGIN if number % 2 == 0 else PAGE_W - MARGIN - len(head) * 0.6 * 8, PAGE_H - 50, 8, head))
    pdf.page(PAGE_W, PAGE_H, b"<< /Font << /F1 %d 0 R >> >>" % font, pdf.stream("\n".join(furniture + content).encode("latin-1")))
pdf.write(out)
