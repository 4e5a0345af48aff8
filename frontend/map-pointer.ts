/*
 * The pointer on the map: what is under it (hit-testing), the tooltip while it hovers, and the
 * click events to Java, which carry ids only (atlas-feature-click: detail.featureId,
 * atlas-region-click: detail.regionId; FeatureClickEvent and RegionClickEvent on the Java side).
 * Also where a feature or region is drawn, for scripts and tests.
 */
import type OlMap from 'ol/Map';
import type VectorLayer from 'ol/layer/Vector';
import type VectorSource from 'ol/source/Vector';
import type Feature from 'ol/Feature';
import { containsCoordinate, getCenter, getIntersection } from 'ol/extent';
import type Polygon from 'ol/geom/Polygon';
import MultiPolygon from 'ol/geom/MultiPolygon';

/** The words for what is under the pointer (map-words.ts, in the map's language). */
export interface PointerWords {
  feature(feature: Feature): string;
  region(region: Feature): string;
}

export class MapPointer {
  private hovered: string | null = null;

  constructor(
    private readonly map: OlMap,
    private readonly regions: VectorLayer<VectorSource>,
    private readonly tooltip: HTMLElement,
    /** Sends a click's event from the map's element (the element may change: a map can be taken over). */
    private readonly send: (event: CustomEvent) => void,
    private readonly words: PointerWords,
    /** Told the region under the pointer (null: none) whenever it changes, for its outline. */
    private readonly onRegionHover: (regionId: string | null) => void = () => {},
  ) {
    map.on('pointermove', (event) => this.hover(event.pixel, event.dragging));
    map.on('click', (event) => this.click(event.pixel));
  }

  private hover(pixel: number[], dragging: boolean): void {
    const feature = dragging ? undefined : this.overlayFeaturesAt(pixel)[0];
    const region = dragging || feature ? undefined : this.regionAt(pixel);
    (this.map.getTargetElement() as HTMLElement).style.cursor = feature || region ? 'pointer' : '';
    const hovered = region ? String(region.getId()) : null;
    if (hovered !== this.hovered) {
      this.hovered = hovered;
      this.onRegionHover(hovered);
    }
    if (!feature && !region) {
      this.tooltip.hidden = true;
      return;
    }
    // textContent, never innerHTML: names come from the dataset.
    this.tooltip.textContent = feature ? this.words.feature(feature) : this.words.region(region!);
    this.tooltip.style.insetInlineStart = '';
    this.tooltip.style.left = `${pixel[0] + 12}px`;
    this.tooltip.style.top = `${pixel[1] + 12}px`;
    this.tooltip.hidden = false;
  }

  private click(pixel: number[]): void {
    const feature = this.overlayFeaturesAt(pixel)[0];
    if (feature) {
      this.send(new CustomEvent('atlas-feature-click', { detail: { featureId: String(feature.getId()) } }));
      return;
    }
    const region = this.regionAt(pixel);
    if (region) {
      this.send(new CustomEvent('atlas-region-click', { detail: { regionId: String(region.getId()) } }));
    }
  }

  private overlayFeaturesAt(pixel: number[]): Feature[] {
    const found: Feature[] = [];
    this.map.forEachFeatureAtPixel(pixel, (feature) => {
      found.push(feature as Feature);
    }, { layerFilter: (layer) => layer.get('layerId') !== undefined, hitTolerance: 5 });
    return found;
  }

  /** The smallest region under a pixel: regions overlap, and the smallest is what the user pointed at. */
  private regionAt(pixel: number[]): Feature | undefined {
    const found: Feature[] = [];
    this.map.forEachFeatureAtPixel(pixel, (feature) => {
      found.push(feature as Feature);
    }, { layerFilter: (layer) => layer === this.regions });
    const area = (feature: Feature) => (feature.getGeometry() as Polygon | MultiPolygon).getArea();
    return found.sort((a, b) => area(a) - area(b))[0];
  }
}

/** Where a feature is drawn, in CSS pixels relative to the map: on a line, inside an area (or its marker). */
export function featurePixel(map: OlMap, feature: Feature): number[] {
  const geometry = feature.getGeometry()!;
  const centre = getCenter(geometry.getExtent());
  // An area's centre is inside it (or is where a small area's marker is drawn); a line's closest point is on it.
  const onFeature = geometry.getType().endsWith('Polygon') ? centre : geometry.getClosestPoint(centre);
  return map.getPixelFromCoordinate(onFeature);
}

/**
 * A pixel inside a region's outline, on screen when part of the region is: its interior point when
 * that is in view, else the first point of a grid over the visible part that lies inside the region
 * (away from the edges).
 */
export function regionPixel(map: OlMap, region: Feature): number[] {
  const geometry = region.getGeometry() as Polygon | MultiPolygon;
  const point = geometry instanceof MultiPolygon
    ? geometry.getInteriorPoints().getCoordinates()[0]
    : geometry.getInteriorPoint().getCoordinates();
  const size = map.getSize();
  const visible = size ? map.getView().calculateExtent(size) : undefined;
  if (!visible || containsCoordinate(visible, point)) return map.getPixelFromCoordinate(point);
  const shown = getIntersection(visible, geometry.getExtent());
  // Clear of the edges, where the zoom buttons and the scale line are drawn.
  const steps = 24;
  for (let i = 3; i <= steps - 3; i++) {
    for (let j = 3; j <= steps - 3; j++) {
      const candidate = [shown[0] + (shown[2] - shown[0]) * i / steps, shown[1] + (shown[3] - shown[1]) * j / steps];
      if (geometry.intersectsCoordinate(candidate)) return map.getPixelFromCoordinate(candidate);
    }
  }
  return map.getPixelFromCoordinate(point);
}
