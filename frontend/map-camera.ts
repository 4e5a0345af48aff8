/*
 * Where the map looks: the first frame, fits to features and regions, flying to a saved camera,
 * and the view shared by maps of one view group (the compare view).
 */
import type OlMap from 'ol/Map';
import View from 'ol/View';
import type Feature from 'ol/Feature';
import { fromLonLat, toLonLat, transformExtent } from 'ol/proj';
import { containsExtent, createEmpty, extend, isEmpty, type Extent } from 'ol/extent';

import type { FlyTo, ViewState } from './atlas-map-contract';
import { lonInView, VIEW_EXTENT } from './base-map-extent';
import { SharedByGroup } from './shared-by-group';

/** Zoom limits of the map; org.relationsatlas.lessons.Camera.MIN_ZOOM/MAX_ZOOM say the same (SharedConstantsTest). */
export const MIN_ZOOM = 2;
export const MAX_ZOOM = 12;

/**
 * The first view (lon/lat): the Sino-Russian border zone, not the continent. The border layer's features
 * (data/layers/borders.geojson) span 82.28–134.99°E, 42.53–53.57°N: from the Tielieketi clash site and the
 * western sector (87.3–87.8°E) to the Amur/Ussuri islands (Bolshoy Ussuriysky at 134.99°E). A margin of
 * about 3° of longitude and 2.5° of latitude keeps the islands and the western sector off the edges:
 * 79–138°E, 40–56°N. A deep link (region=, event=) or a lesson's camera moves the map after this.
 */
export const INITIAL_EXTENT = [79, 40, 138, 56];

/** A point nearer the map's edge than this is panned to: its marker and name would be cut or under the zoom buttons. */
const POINT_MARGIN_PX = 60;

/**
 * A view kept inside VIEW_EXTENT, where the base map has its countries: it can neither be panned past
 * the extent nor zoomed out beyond it (on a wide window that is more than MIN_ZOOM), so no edge of the
 * data is ever seen. The constraint is hard, not elastic, so a drag or pinch does not overshoot it either.
 */
const views = new SharedByGroup(() => new View({
  center: fromLonLat([100, 50]),
  zoom: 3,
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  extent: transformExtent(VIEW_EXTENT, 'EPSG:4326', 'EPSG:3857'),
  smoothExtentConstraint: false,
  smoothResolutionConstraint: false,
}));

/** The view for a map of this view group (null: its own); give it back with releaseView. */
export function viewFor(group: string | null): View {
  return views.acquire(group);
}

export function releaseView(group: string | null): void {
  views.release(group);
}

/** Moves one map's view; remembers whether it has been placed, so the first frame does not undo a fit. */
export class MapCameraControl {
  /** Whether the view has been placed yet (the first frame, a fit or a saved camera). */
  private framed = false;
  /** The screen's view while a page is printed. */
  private screenView?: { center: number[]; resolution: number };
  /** While printing: the area the screen showed when printing began. */
  private printedArea?: Extent;

  constructor(private readonly map: OlMap) {}

  /** The first frame, the border zone, once the map has a size; nothing when already placed. */
  frameOnce(): void {
    if (this.framed) return;
    this.framed = true;
    this.map.getView().fit(transformExtent(INITIAL_EXTENT, 'EPSG:4326', 'EPSG:3857'));
  }

  fitToRegion(region: Feature | null | undefined): void {
    if (!region) return;
    this.framed = true;
    this.map.getView().fit(region.getGeometry()!.getExtent(), { padding: [30, 30, 30, 30], duration: 0 });
  }

  /**
   * Fits the features given (no movement when none is drawn). Places alone (the layer of where events
   * happened) are panned to only when out of view, keeping the zoom: choosing a treaty signed in Moscow
   * shows Moscow without zooming into its streets, and a place in view leaves the map where the reader put it.
   */
  fitToFeatures(features: Feature[]): void {
    const extent: Extent = createEmpty();
    features.forEach((feature) => extend(extent, feature.getGeometry()!.getExtent()));
    if (isEmpty(extent)) return;
    if (features.every((feature) => feature.get('layer') === 'places')) {
      this.showPoints(extent);
      return;
    }
    this.framed = true;
    this.map.getView().fit(extent, { padding: [60, 60, 60, 60], maxZoom: 7, duration: 0 });
  }

  /** Pans (zooming out only if they do not fit) so that these places are in view, clear of the edges. */
  private showPoints(extent: Extent): void {
    this.frameOnce();
    const size = this.map.getSize();
    if (!size || size[0] <= 2 * POINT_MARGIN_PX || size[1] <= 2 * POINT_MARGIN_PX) return;
    const view = this.map.getView();
    const clearOfEdges = view.calculateExtent([size[0] - 2 * POINT_MARGIN_PX, size[1] - 2 * POINT_MARGIN_PX]);
    if (containsExtent(clearOfEdges, extent)) return;
    const margin = Array(4).fill(POINT_MARGIN_PX);
    view.fit(extent, { padding: margin, maxZoom: view.getZoom(), duration: 0 });
  }

  /** Flies (or jumps, when motion is reduced or not asked for) to a saved camera. */
  flyTo({ camera, animate }: FlyTo): void {
    this.framed = true;
    const view = this.map.getView();
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    view.cancelAnimations();
    const target = { center: fromLonLat([lonInView(camera.lon), camera.lat]), zoom: camera.zoom };
    view.animate({ ...target, duration: animate && !reduced ? 900 : 0 });
  }

  /**
   * Resizes the map for printing (printing: true) keeping the area it showed in view, not only its centre;
   * resizing back (printing: false) returns to the view the screen had.
   *
   * Chromium fires beforeprint while the page still has its screen layout and lays the page out for the
   * paper after it: the map's size changes again then (seen by OpenLayers' resize observer). So while
   * printing, every change of size fits the area the screen showed, not only the one during beforeprint.
   */
  resizeForPrint(printing: boolean, resize: () => void): void {
    const view = this.map.getView();
    const size = this.map.getSize();
    if (printing && size) {
      if (!this.screenView) {
        this.screenView = { center: view.getCenter()!, resolution: view.getResolution()! };
        this.printedArea = view.calculateExtent(size);
        this.map.on('change:size', this.keepPrintedArea);
      }
      resize();
      this.keepPrintedArea();
      return;
    }
    this.map.un('change:size', this.keepPrintedArea);
    this.printedArea = undefined;
    resize();
    if (!printing && this.screenView) {
      view.setCenter(this.screenView.center);
      view.setResolution(this.screenView.resolution);
      this.screenView = undefined;
    }
  }

  /** While printing: the area the screen showed, fitted to the map's size now. */
  private readonly keepPrintedArea = (): void => {
    const size = this.map.getSize();
    if (this.printedArea && size && size[0] > 0 && size[1] > 0) {
      this.map.getView().fit(this.printedArea, { size, duration: 0 });
    }
  };

  viewState(): ViewState {
    const view = this.map.getView();
    return { zoom: view.getZoom() ?? 0, center: toLonLat(view.getCenter()!) };
  }
}
