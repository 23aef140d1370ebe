package org.floorwatch.views.map;

/**
 * How floor metres map to control pixels: the plan fitted to the control (aspect ratio kept, centred, with a
 * margin), then the user's zoom and pan. Zooming keeps the floor point under the cursor where it is.
 */
final class MapViewport {

    static final double MARGIN_PX = 16;
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 25;

    private double planWidth = 1;
    private double planHeight = 1;
    private double viewWidth;
    private double viewHeight;
    private double zoom = 1;
    private double panX;
    private double panY;
    private double scale;
    private double originX;
    private double originY;

    void setPlanSize(double width, double height) {
        planWidth = Math.max(width, 1e-9);
        planHeight = Math.max(height, 1e-9);
        update();
    }

    void setViewSize(double width, double height) {
        viewWidth = width;
        viewHeight = height;
        update();
    }

    void zoomAt(double factor, double screenX, double screenY) {
        double x = planX(screenX);
        double y = planY(screenY);
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        update();
        panX += screenX - screenX(x);
        panY += screenY - screenY(y);
        update();
    }

    void panBy(double dx, double dy) {
        panX += dx;
        panY += dy;
        update();
    }

    /** Pans so that floor point (x, y) is in the middle of the view, zoomed in to at least {@code minZoom}. */
    void centreOn(double x, double y, double minZoom) {
        zoom = Math.max(zoom, Math.min(MAX_ZOOM, minZoom));
        update();
        panX += viewWidth / 2 - screenX(x);
        panY += viewHeight / 2 - screenY(y);
        update();
    }

    void reset() {
        zoom = 1;
        panX = 0;
        panY = 0;
        update();
    }

    /** Pixels per metre. */
    double scale() {
        return scale;
    }

    double zoom() {
        return zoom;
    }

    double screenX(double x) {
        return originX + x * scale;
    }

    double screenY(double y) {
        return originY + y * scale;
    }

    double planX(double screenX) {
        return (screenX - originX) / scale;
    }

    double planY(double screenY) {
        return (screenY - originY) / scale;
    }

    private void update() {
        double fit = Math.min((viewWidth - 2 * MARGIN_PX) / planWidth, (viewHeight - 2 * MARGIN_PX) / planHeight);
        scale = Math.max(fit, 1e-3) * zoom;
        originX = viewWidth / 2 - planWidth / 2 * scale + panX;
        originY = viewHeight / 2 - planHeight / 2 * scale + panY;
    }
}
