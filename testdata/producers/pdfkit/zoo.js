#!/usr/bin/env node
// Draws a minutes content model (testdata/src/<name>.content.json) as a PDF with pdfkit, which breaks
// the lines itself, in one of the designs below. Used by testdata/make-zoo.sh (through
// dev.minutes.fixtures.zoo.PdfkitZoo) when the zoo is made, never by the tests.
//
//   node zoo.js CONTENT.json DESIGN LABELS.json OUT.pdf
//
// LABELS.json: the words to print, a dev.minutes.LabelSet as JSON (location, participants, organizer,
// notes, actions, decisions, attachments, notSpecified: lists whose first word is printed; language).
'use strict';
const fs = require('fs');
const PDFDocument = require('pdfkit');

const [contentFile, designName, labelsFile, out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node zoo.js CONTENT.json DESIGN LABELS.json OUT.pdf');
  process.exit(2);
}
const minutes = JSON.parse(fs.readFileSync(contentFile, 'utf8'));
const labels = JSON.parse(fs.readFileSync(labelsFile, 'utf8'));
const word = key => labels[key][0];

const DEJAVU = '/usr/share/fonts/truetype/dejavu/';
const DESIGNS = {
  // flow: the standard Helvetica; bold headings whose number stands in a column 24pt wide, so that
  // 6.10. meets its title; each action its text, then at once the date and, 100pt to the right, the
  // person; attachments with "-", list items with "•"; bold sub-headings; "n/N" at the foot.
  flow: {
    regular: 'Helvetica', bold: 'Helvetica-Bold', size: 10, headingSize: 11, numberColumn: 24,
    leadBold: true, fileMarker: '-', pointMarker: '•', personAt: 100, margin: 56,
    pageNumber: (n, count) => `${n}/${count}`,
  },
  // columns: DejaVu Sans, embedded; bold headings in the text's size with a 28pt number column;
  // the date at the left and the person right-aligned on the line below an action's text;
  // attachments with "◦", list items with "▪"; sub-headings in the text's weight with no space above
  // or below them; the meeting's title at the head of every page and "Sida n av N" / "Page n of N" at
  // the foot.
  columns: {
    regular: DEJAVU + 'DejaVuSans.ttf', bold: DEJAVU + 'DejaVuSans-Bold.ttf', size: 9.5, headingSize: 9.5,
    numberColumn: 28, leadBold: false, leadTight: true, fileMarker: '◦', pointMarker: '▪', personAt: 'right',
    margin: 50, runningTitle: true,
    pageNumber: (n, count) => (labels.language === 'sv' ? `Sida ${n} av ${count}` : `Page ${n} of ${count}`),
  },
};
const d = DESIGNS[designName];
if (!d) {
  console.error(`no design ${designName}; known: ${Object.keys(DESIGNS).join(', ')}`);
  process.exit(2);
}

const meeting = minutes.meeting;
const doc = new PDFDocument({
  size: 'A4', bufferPages: true,
  margins: { top: d.margin, bottom: d.margin, left: d.margin, right: d.margin },
  // A fixed date: the document ID is made from it, so the same input gives the same bytes.
  info: { Title: meeting.title, CreationDate: new Date(Date.UTC(2019, 4, 16, 12, 0, 0)) },
});
doc.pipe(fs.createWriteStream(out));
doc.registerFont('regular', d.regular);
doc.registerFont('bold', d.bold);
const left = doc.page.margins.left;
const width = doc.page.width - left - doc.page.margins.right;
const bottom = () => doc.page.height - doc.page.margins.bottom;

function ensure(points) {
  if (doc.y + points > bottom()) doc.addPage();
}

function text(s, font, size, x, w, gapAfter) {
  doc.font(font).fontSize(size).text(s, x, doc.y, { width: w });
  doc.y += gapAfter;
}

function label(s) {
  ensure(4 * d.size);
  doc.y += 0.5 * d.size;
  text(s, 'bold', d.size, left, width, 0.2 * d.size);
}

// The same rules as dev.minutes.fixtures.ExportText: a list item is written "- text"; a sub-heading is a
// short line that opens with a capital, has no colon, does not end as a sentence does, and is not last.
const listItem = p => (p.startsWith('- ') ? p.substring(2) : null);
const isSubheading = (ps, i) => i + 1 < ps.length && ps[i].length < 40 && listItem(ps[i]) === null
  && !ps[i].includes(':') && !/[.,;!]$/.test(ps[i]) && /^\p{Lu}/u.test(ps[i]);

function marked(marker, s, gapAfter) {
  ensure(2 * d.size);
  const y = doc.y;
  doc.font('regular').fontSize(d.size).text(marker, left + 4, y, { lineBreak: false });
  doc.y = y;
  text(s, 'regular', d.size, left + 18, width - 18, gapAfter);
}

function paragraphs(ps) {
  ps.forEach((p, i) => {
    const point = listItem(p);
    if (point !== null) {
      const last = i + 1 === ps.length || listItem(ps[i + 1]) === null;
      marked(d.pointMarker, point, last ? 0.5 * d.size : 0);
    } else if (isSubheading(ps, i)) {
      ensure(3 * d.size);
      text(p, d.leadBold ? 'bold' : 'regular', d.size, left, width, 0);
    } else {
      const beforeLead = d.leadTight && isSubheading(ps, i + 1);
      text(p, 'regular', d.size, left, width, beforeLead ? 0 : 0.5 * d.size);
    }
  });
}

function section(name, ps) {
  if (ps.length === 0) return;
  label(name);
  paragraphs(ps);
}

function item(it) {
  ensure(5 * d.headingSize);
  doc.y += 0.8 * d.headingSize;
  const number = it.number + '.';
  const y = doc.y;
  doc.font('bold').fontSize(d.headingSize);
  doc.text(number, left, y, { lineBreak: false });
  // The number's column: its width, or the number's own where that is wider.
  const column = Math.max(d.numberColumn, doc.widthOfString(number));
  doc.text(it.title, left + column, y, { width: Math.min(330, width - column) });
  doc.y += 0.3 * d.size;
  paragraphs(it.description);
  section(word('notes'), it.notes);
  if (it.actions.length > 0) {
    label(word('actions'));
    for (const a of it.actions) {
      ensure(3 * d.size);
      text(a.text, 'regular', d.size, left, width, 0);
      const due = a.dueRaw ?? word('notSpecified');
      const who = a.responsible ?? word('notSpecified');
      const y2 = doc.y;
      doc.text(due, left, y2, { lineBreak: false });
      if (d.personAt === 'right') doc.text(who, left, y2, { width, align: 'right' });
      else doc.text(who, left + d.personAt, y2, { lineBreak: false });
      doc.y = y2 + doc.currentLineHeight(true) + 0.5 * d.size;
    }
  }
  section(word('decisions'), it.decisions);
  if (it.attachments.length > 0) {
    label(word('attachments'));
    it.attachments.forEach((a, i) => marked(d.fileMarker, a.name, i + 1 === it.attachments.length ? 0.5 * d.size : 0));
  }
  it.items.forEach(item);
}

text(meeting.title, 'bold', d.size + 7, left, width, 0.2 * d.size);
const when = [meeting.date, meeting.startTime, meeting.endTime ? '- ' + meeting.endTime : null].filter(Boolean).join(' ');
text(when, 'regular', d.size, left, width, 0.6 * d.size);
label(word('location'));
text(meeting.location, 'regular', d.size, left, width, 0.5 * d.size);
label(word('participants'));
const names = meeting.participants.map(p => (p.role === 'organizer' ? `${p.name} (${word('organizer')})` : p.name));
text(names.join(', '), 'regular', d.size, left, width, 0.5 * d.size);
minutes.items.forEach(item);

// Page furniture, once the page count is known; drawn inside the margins so that pdfkit adds no page.
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(range.start + i);
  const margins = doc.page.margins;
  doc.page.margins = { top: 0, bottom: 0, left: margins.left, right: margins.right };
  doc.font('regular').fontSize(7.5);
  if (d.runningTitle) doc.text(meeting.title, left, 24, { width, align: 'left', lineBreak: false });
  doc.text(d.pageNumber(i + 1, range.count), left, doc.page.height - 34, { width, align: 'right', lineBreak: false });
  doc.page.margins = margins;
}
doc.end();
