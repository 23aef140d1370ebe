package org.floorwatch.views.export;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import org.floorwatch.localstore.report.ReportDocument.Chart;
import org.floorwatch.localstore.report.ReportDocument.ChartKind;
import org.floorwatch.localstore.report.ReportDocument.Column;
import org.floorwatch.localstore.report.ReportDocument.ColumnType;
import org.floorwatch.localstore.report.ReportDocument.Table;

/**
 * A table's {@link Chart} as a native Excel chart (bars or lines of the value columns over the category column),
 * placed to the right of the table. The series refer to the sheet's cells and also carry the values, so Excel
 * and LibreOffice draw them without recalculating. It is drawn on the XSSF sheet behind the streaming one: a
 * streamed sheet keeps only its last rows, but its drawings live in that backing sheet and are saved with it.
 */
final class NativeChart {

    /** Beyond this many rows a chart is unreadable and its cached values bloat the file: no chart is drawn. */
    static final int MAX_ROWS = 5_000;
    private static final int WIDTH_COLUMNS = 10;
    private static final int HEIGHT_ROWS = 20;
    /** Distinct, colour-blind-friendly series colours (Okabe-Ito). */
    private static final byte[][] PALETTE = {
            rgb(0x00, 0x72, 0xB2), rgb(0xE6, 0x9F, 0x00), rgb(0x00, 0x9E, 0x73), rgb(0xD5, 0x5E, 0x00),
            rgb(0xCC, 0x79, 0xA7), rgb(0x56, 0xB4, 0xE9)};
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private NativeChart() {
    }

    /** Whether {@code section} gets a chart: it has a chart spec, rows, and not too many of them. */
    static boolean wanted(SectionSheet section) {
        return section.table().chart() != null && section.isFirstSlice()
                && section.rowCount() > 0 && section.rowCount() <= MAX_ROWS;
    }

    static void draw(XSSFSheet sheet, SectionSheet section) {
        Table table = section.table();
        Chart spec = table.chart();
        checkColumns(table, spec);
        int left = table.columns().size() + 1;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(
                drawing.createAnchor(0, 0, 0, 0, left, 1, left + WIDTH_COLUMNS, 1 + HEIGHT_ROWS));
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        // a missing figure is a gap in the line, not a fall to zero
        chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);

        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        categoryAxis.setTitle(TableSheetWriter.headerLabel(table.columns().get(spec.categoryColumn())));
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setTitle(valueAxisTitle(table, spec.valueColumns()));
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        if (spec.valueColumns().stream().allMatch(c -> table.columns().get(c).type() == ColumnType.PERCENT)) {
            valueAxis.setNumberFormat("0%");
        }
        boolean bars = spec.kind() == ChartKind.BAR;
        XDDFChartData data = chart.createData(bars ? ChartTypes.BAR : ChartTypes.LINE, categoryAxis, valueAxis);
        data.setVaryColors(false);

        addSeries(data, section, sheet.getSheetName());
        if (data instanceof XDDFBarChartData barData) {
            barData.setBarDirection(BarDirection.COL);
        }
        chart.plot(data);
    }

    /** One series per value column, each in its own colour, naming its header cell. */
    private static void addSeries(XDDFChartData data, SectionSheet section, String sheetName) {
        Table table = section.table();
        Chart spec = table.chart();
        int rows = section.rowCount();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
                categoryTexts(table, spec.categoryColumn(), rows), range(sheetName, spec.categoryColumn(), rows));
        for (int i = 0; i < spec.valueColumns().size(); i++) {
            int column = spec.valueColumns().get(i);
            XDDFNumericalDataSource<Double> values =
                    XDDFDataSourcesFactory.fromArray(values(table, column, rows), range(sheetName, column, rows));
            XDDFChartData.Series series = data.addSeries(categories, values);
            series.setTitle(TableSheetWriter.headerLabel(table.columns().get(column)),
                    new CellReference(sheetName, 0, column, true, true));
            // explicit colours: without them LibreOffice draws bars with no fill
            XDDFSolidFillProperties colour = new XDDFSolidFillProperties(XDDFColor.from(PALETTE[i % PALETTE.length]));
            if (series instanceof XDDFLineChartData.Series line) {
                XDDFLineProperties stroke = new XDDFLineProperties(colour);
                stroke.setWidth(2.0);
                line.setLineProperties(stroke);
                line.setSmooth(false);
                line.setMarkerStyle(rows > 50 ? MarkerStyle.NONE : MarkerStyle.CIRCLE);
            } else {
                series.setFillProperties(colour);
            }
        }
    }

    private static byte[] rgb(int red, int green, int blue) {
        return new byte[] {(byte) red, (byte) green, (byte) blue};
    }

    private static void checkColumns(Table table, Chart spec) {
        int columns = table.columns().size();
        if (spec.categoryColumn() < 0 || spec.categoryColumn() >= columns) {
            throw new IllegalArgumentException("Chart of table '" + table.name() + "' names category column "
                    + spec.categoryColumn() + " but the table has " + columns + " columns");
        }
        for (int column : spec.valueColumns()) {
            if (column < 0 || column >= columns || !isNumeric(table.columns().get(column).type())) {
                throw new IllegalArgumentException("Chart of table '" + table.name() + "' names value column "
                        + column + ", which is not a numeric column of the table");
            }
        }
    }

    private static boolean isNumeric(ColumnType type) {
        return type == ColumnType.INTEGER || type == ColumnType.DECIMAL || type == ColumnType.PERCENT;
    }

    /** The one value column's header, else the unit the value columns share, else their headers. */
    private static String valueAxisTitle(Table table, List<Integer> valueColumns) {
        List<Column> columns = valueColumns.stream().map(table.columns()::get).toList();
        if (columns.size() == 1) {
            return TableSheetWriter.headerLabel(columns.get(0));
        }
        List<String> units = columns.stream().map(Column::unit).distinct().toList();
        return units.size() == 1 && !units.get(0).isBlank()
                ? units.get(0) : String.join(" / ", columns.stream().map(Column::header).toList());
    }

    /** The cells below the header of {@code column}: {@code 'Sheet'!$B$2:$B$25}. */
    private static String range(String sheetName, int column, int rows) {
        return new AreaReference(new CellReference(sheetName, 1, column, true, true),
                new CellReference(sheetName, rows, column, true, true), SpreadsheetVersion.EXCEL2007).formatAsString();
    }

    private static String[] categoryTexts(Table table, int column, int rows) {
        String[] texts = new String[rows];
        for (int r = 0; r < rows; r++) {
            Object value = table.rows().get(r).get(column);
            texts[r] = value == null ? "" : value instanceof LocalDateTime t ? DATE_TIME.format(t) : value.toString();
        }
        return texts;
    }

    private static Double[] values(Table table, int column, int rows) {
        Double[] values = new Double[rows];
        for (int r = 0; r < rows; r++) {
            Object value = table.rows().get(r).get(column);
            values[r] = value instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
        }
        return values;
    }
}
