package org.floorwatch.views.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.floorwatch.localstore.report.ReportDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** Big tables stream: the heap holds the document and a window of rows, not the workbook. */
class LargeTableExportTest {

    private static final int ROWS = 200_000;
    /** Rows kept in memory cost ~0.6 KB each (over 100 MB here); the streamed workbook holds 200 of them. */
    private static final long MAX_EXTRA_HEAP_MB = 32;

    @TempDir
    Path folder;

    @Test
    void twoHundredThousandRowsStreamWithABoundedHeap() throws Exception {
        ReportDocument doc = SampleReports.moves(ROWS);
        long baseline = liveHeap();
        AtomicLong nearEnd = new AtomicLong(-1);
        Path file = folder.resolve("moves.xlsx");

        long start = System.nanoTime();
        new WorkbookExporter().write(doc, file, fraction -> {
            if (fraction >= 0.85 && nearEnd.get() < 0) {
                nearEnd.set(liveHeap());
            }
        }, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;

        long extraMb = (nearEnd.get() - baseline) >> 20;
        System.out.printf(Locale.ROOT, "export of %,d rows: %.2f s, live heap near the end %+d MB%n", ROWS, seconds, extraMb);
        assertThat(extraMb).isLessThan(MAX_EXTRA_HEAP_MB);
        List<List<String>> firstAndLast = new ArrayList<>();
        assertThat(countRows(file, 2, firstAndLast)).isEqualTo(ROWS + 1);
        assertThat(firstAndLast.get(0)).containsExactly("Time", "Part", "Station", "Cycle (s)");
        assertThat(firstAndLast.get(1).get(0)).isEqualTo("P-" + (100_000 + ROWS - 1));
    }

    @Test
    void tableLongerThanASheetContinuesOnTheNext() throws Exception {
        Path file = folder.resolve("split.xlsx");
        new WorkbookExporter(1_000).write(SampleReports.moves(2_500), file);
        assertThat(countRows(file, 2, new ArrayList<>())).isEqualTo(1_001);
        assertThat(countRows(file, 3, new ArrayList<>())).isEqualTo(1_001);
        List<List<String>> lastSheet = new ArrayList<>();
        assertThat(countRows(file, 4, lastSheet)).isEqualTo(501);
        assertThat(lastSheet.get(1).get(0)).isEqualTo("P-" + (100_000 + 2_499));
    }

    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Rows of sheet {@code number} (1 = Cover), read as a stream; keeps the first and last row's texts. */
    private static int countRows(Path file, int number, List<List<String>> firstAndLast)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            Iterator<InputStream> sheets = new XSSFReader(pkg).getSheetsData();
            for (int i = 1; i < number; i++) {
                sheets.next().close();
            }
            RowTexts rows = new RowTexts();
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(rows);
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
            firstAndLast.add(rows.first);
            firstAndLast.add(rows.current);
            return rows.count;
        }
    }

    /** Counts {@code <row>} elements and collects the texts ({@code <t>}) of the first and the latest row. */
    private static final class RowTexts extends DefaultHandler {
        int count;
        List<String> first;
        List<String> current;
        private StringBuilder text;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (localName.equals("row")) {
                current = new ArrayList<>();
                if (count++ == 0) {
                    first = current;
                }
            } else if (localName.equals("t")) {
                text = new StringBuilder();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (localName.equals("t")) {
                current.add(text.toString());
                text = null;
            }
        }
    }
}
