// Hold-out set 6's renderer (tools/holdout/make_holdout6.py writes the ops, this draws them with iText 5).
//
//     javac -cp itext5.jar Holdout6Report.java && java -cp itext5.jar:. Holdout6Report OPS.txt OUT.pdf
//
// The ops file is what a report engine (JasperReports, Crystal Reports, SSRS) has decided after its
// layout pass: every text box at an absolute position, right-aligned numbers anchored at the box's
// right edge, each one its own text object (BT … ET), shading and borders as rectangles. One line an
// op, fields separated by tabs:
//
//   FONT id kind arg        kind std: a standard-14 font by name (WinAnsi, not embedded, no ToUnicode);
//                           ttf: a TrueType file embedded as a subset, Identity-H (with ToUnicode);
//                           ttfw: a TrueType file embedded as a subset, WinAnsi (Cp1252)
//   PAGE w h                a new page (the first PAGE opens the document)
//   T font size align x y text      one text object; align L, R or C at x (the box's left/right edge or centre)
//   R x y w h gray mode lw  a rectangle: mode F filled with gray (0 black … 1 white), S stroked with line width lw
//   L x1 y1 x2 y2 lw        a line
//
// The flow mode is iText's own layout (a PdfPTable, as a report written with iText's high-level API):
//
//   FLOW w h margin head foot       open a document whose pages carry `head` top left and
//                                   `foot` + "Sivu n / N" at the bottom (N filled in at close)
//   P font size spaceBefore text    a paragraph
//   TABLE widths headerRows         a PdfPTable with relative column widths (comma-separated),
//                                   the first headerRows rows repeated on every page
//   C font size align gray border colspan text   a cell (border: 0 none, 1 a 0.5 pt box)
//   ENDTABLE
//   NEWPAGE
//
// Java's standard library and iText 5 only. The PDF's dates, /ID and subset prefixes are pinned by
// make_holdout6.py after this exits.
import com.itextpdf.text.*;
import com.itextpdf.text.pdf.*;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

public class Holdout6Report {
    static Map<String, BaseFont> fonts = new HashMap<>();

    static BaseFont makeFont(String kind, String arg) throws Exception {
        switch (kind) {
            case "std": return BaseFont.createFont(arg, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            case "ttf": return BaseFont.createFont(arg, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            case "ttfw": return BaseFont.createFont(arg, BaseFont.CP1252, BaseFont.EMBEDDED);
            default: throw new IllegalArgumentException("font kind " + kind);
        }
    }

    static int align(String a) {
        return a.equals("R") ? Element.ALIGN_RIGHT : a.equals("C") ? Element.ALIGN_CENTER : Element.ALIGN_LEFT;
    }

    static float f(String s) { return Float.parseFloat(s); }

    /** The flow mode's running head and "Sivu n / N" foot; N is a template filled in at close. */
    static class Furniture extends PdfPageEventHelper {
        final String head, foot;
        final BaseFont font;
        PdfTemplate total;

        Furniture(String head, String foot, BaseFont font) { this.head = head; this.foot = foot; this.font = font; }

        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }

        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            Rectangle p = d.getPageSize();
            text(cb, head, Element.ALIGN_LEFT, d.left(), p.getHeight() - 24);
            text(cb, foot, Element.ALIGN_LEFT, d.left(), 22);
            String s = "Sivu " + w.getPageNumber() + " / ";
            float x = d.right() - 20;
            text(cb, s, Element.ALIGN_RIGHT, x, 22);
            cb.addTemplate(total, x, 22);
        }

        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText();
            total.setFontAndSize(font, 8);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(w.getPageNumber()));
            total.endText();
        }

        void text(PdfContentByte cb, String s, int al, float x, float y) {
            cb.beginText();
            cb.setFontAndSize(font, 8);
            cb.showTextAligned(al, s, x, y, 0);
            cb.endText();
        }
    }

    public static void main(String[] args) throws Exception {
        java.util.List<String> lines = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
        Document doc = null;
        PdfWriter writer = null;
        PdfPTable table = null;
        OutputStream out = new FileOutputStream(args[1]);
        for (String line : lines) {
            if (line.isEmpty()) continue;
            String[] a = line.split("\t", -1);
            switch (a[0]) {
                case "FONT":
                    fonts.put(a[1], makeFont(a[2], a[3]));
                    break;
                case "PAGE": {
                    Rectangle size = new Rectangle(f(a[1]), f(a[2]));
                    if (doc == null) {
                        doc = new Document(size, 0, 0, 0, 0);
                        writer = PdfWriter.getInstance(doc, out);
                        doc.open();
                    } else {
                        doc.setPageSize(size);
                        doc.newPage();
                    }
                    writer.setPageEmpty(false);
                    break;
                }
                case "T": {
                    PdfContentByte cb = writer.getDirectContent();
                    cb.beginText();
                    cb.setFontAndSize(fonts.get(a[1]), f(a[2]));
                    cb.showTextAligned(align(a[3]), a[6], f(a[4]), f(a[5]), 0);
                    cb.endText();
                    break;
                }
                case "R": {
                    PdfContentByte cb = writer.getDirectContentUnder();
                    cb.saveState();
                    cb.rectangle(f(a[1]), f(a[2]), f(a[3]), f(a[4]));
                    if (a[6].equals("F")) {
                        cb.setGrayFill(f(a[5]));
                        cb.fill();
                    } else {
                        cb.setGrayStroke(f(a[5]));
                        cb.setLineWidth(f(a[7]));
                        cb.stroke();
                    }
                    cb.restoreState();
                    break;
                }
                case "L": {
                    PdfContentByte cb = writer.getDirectContent();
                    cb.saveState();
                    cb.setLineWidth(f(a[5]));
                    cb.moveTo(f(a[1]), f(a[2]));
                    cb.lineTo(f(a[3]), f(a[4]));
                    cb.stroke();
                    cb.restoreState();
                    break;
                }
                case "FLOW": {
                    float m = f(a[3]);
                    doc = new Document(new Rectangle(f(a[1]), f(a[2])), m, m, m + 10, m + 10);
                    writer = PdfWriter.getInstance(doc, out);
                    writer.setPageEvent(new Furniture(a[4], a[5], fonts.get("F")));
                    doc.open();
                    break;
                }
                case "P": {
                    Paragraph p = new Paragraph(a[4], new Font(fonts.get(a[1]), f(a[2])));
                    p.setSpacingBefore(f(a[3]));
                    p.setSpacingAfter(4);
                    doc.add(p);
                    break;
                }
                case "TABLE": {
                    String[] ws = a[1].split(",");
                    float[] widths = new float[ws.length];
                    for (int i = 0; i < ws.length; i++) widths[i] = f(ws[i]);
                    table = new PdfPTable(widths);
                    table.setWidthPercentage(100);
                    table.setHeaderRows(Integer.parseInt(a[2]));
                    table.setSpacingBefore(6);
                    break;
                }
                case "C": {
                    PdfPCell c = new PdfPCell(new Phrase(a[7], new Font(fonts.get(a[1]), f(a[2]))));
                    c.setHorizontalAlignment(align(a[3]));
                    c.setGrayFill(f(a[4]));
                    c.setBorder(a[5].equals("1") ? Rectangle.BOX : Rectangle.NO_BORDER);
                    c.setBorderWidth(0.5f);
                    c.setColspan(Integer.parseInt(a[6]));
                    c.setPaddingTop(1.5f);
                    c.setPaddingBottom(3f);
                    table.addCell(c);
                    break;
                }
                case "ENDTABLE":
                    doc.add(table);
                    table = null;
                    break;
                case "NEWPAGE":
                    doc.newPage();
                    break;
                default:
                    throw new IllegalArgumentException("op " + a[0]);
            }
        }
        doc.close();
        out.close();
    }
}
