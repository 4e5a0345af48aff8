/*
 * The map as a PNG: the map's canvases drawn onto one image with a title band (title and years), a
 * legend of the visible layers and the source credit, then downloaded. All text is drawn on the canvas
 * as text; the base map is vector data, so the canvas is never tainted and can be saved.
 */
import type OlMap from 'ol/Map';

import { LAYER_COLOURS } from './atlas-map-styles';
import type { ExportTexts, LegendItem } from './atlas-map-contract';

const SEA = '#b9d3e6';
const BAND = 64;
const LEGEND_ROW = 24;
const LEGEND_FONT = '16px "Noto Sans Arabic", system-ui, sans-serif';

/** Draws the current map with its title, legend and credit; resolves with the PNG. */
export function mapImage(map: OlMap, texts: ExportTexts): Promise<Blob> {
  return new Promise((resolve, reject) => {
    map.once('rendercomplete', () => {
      try {
        const [width, height] = map.getSize()!;
        const image = document.createElement('canvas');
        image.width = width;
        const rows = legendRows(image.getContext('2d')!, texts, width);
        image.height = height + BAND + rows.length * LEGEND_ROW + 40;
        const context = image.getContext('2d')!;
        context.fillStyle = '#fff';
        context.fillRect(0, 0, image.width, image.height);
        drawMap(map, context, width, height);
        const rtl = texts.lang === 'ar';
        context.direction = rtl ? 'rtl' : 'ltr';
        context.textAlign = rtl ? 'right' : 'left';
        const start = rtl ? width - 16 : 16;
        context.fillStyle = '#1f2328';
        context.font = 'bold 24px "Noto Sans Arabic", system-ui, sans-serif';
        context.fillText(texts.title, start, 30);
        context.font = '18px "Noto Sans Arabic", system-ui, sans-serif';
        context.fillText(texts.years, start, 54);
        drawLegend(context, rows, width, height + BAND + LEGEND_ROW, rtl);
        context.font = '14px "Noto Sans Arabic", system-ui, sans-serif';
        context.fillStyle = '#333';
        context.textAlign = rtl ? 'right' : 'left';
        context.fillText(texts.credit, start, height + BAND + rows.length * LEGEND_ROW + 28);
        image.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no image'))), 'image/png');
      } catch (error) {
        reject(error);
      }
    });
    map.renderSync();
  });
}

/** The map's layer canvases, as OpenLayers' own export example composes them, under the title band. */
function drawMap(map: OlMap, context: CanvasRenderingContext2D, width: number, height: number): void {
  context.save();
  context.fillStyle = SEA;
  context.fillRect(0, BAND, width, height);
  context.restore();
  map.getViewport()?.querySelectorAll<HTMLCanvasElement>('.ol-layer canvas, canvas.ol-layer').forEach((canvas) => {
    if (canvas.width === 0) return;
    const parent = canvas.parentNode as HTMLElement;
    const opacity = parent.style.opacity || canvas.style.opacity;
    context.globalAlpha = opacity === '' ? 1 : Number(opacity);
    const transform = canvas.style.transform;
    const [a, b, c, d, e, f]: number[] = transform
      ? (transform.match(/^matrix\(([^(]*)\)$/)?.[1] ?? '1,0,0,1,0,0').split(',').map(Number)
      : [parseFloat(canvas.style.width) / canvas.width, 0, 0, parseFloat(canvas.style.height) / canvas.height, 0, 0];
    context.setTransform(a ?? 1, b ?? 0, c ?? 0, d ?? 1, e ?? 0, (f ?? 0) + BAND);
    context.drawImage(canvas, 0, 0);
  });
  context.globalAlpha = 1;
  context.setTransform(1, 0, 0, 1, 0, 0);
}

/** The legend items in rows that fit the image's width. */
function legendRows(context: CanvasRenderingContext2D, texts: ExportTexts, width: number): LegendItem[][] {
  context.font = LEGEND_FONT;
  const rows: LegendItem[][] = [[]];
  let used = 16;
  for (const item of texts.legend) {
    const itemWidth = 30 + context.measureText(item.label).width + 24;
    if (used + itemWidth > width - 16 && rows[rows.length - 1]!.length > 0) {
      rows.push([]);
      used = 16;
    }
    rows[rows.length - 1]!.push(item);
    used += itemWidth;
  }
  return rows;
}

function drawLegend(context: CanvasRenderingContext2D, rows: LegendItem[][], width: number, top: number, rtl: boolean): void {
  context.font = LEGEND_FONT;
  rows.forEach((row, index) => {
    const y = top + index * LEGEND_ROW;
    let x = rtl ? width - 16 : 16;
    for (const item of row) {
      const textWidth = context.measureText(item.label).width;
      context.fillStyle = LAYER_COLOURS[item.layer];
      context.fillRect(rtl ? x - 24 : x, y - 12, 24, 8);
      context.fillStyle = '#1f2328';
      context.textAlign = rtl ? 'right' : 'left';
      context.fillText(item.label, rtl ? x - 30 : x + 30, y - 4);
      x += (rtl ? -1 : 1) * (30 + textWidth + 24);
    }
  });
}

/** Saves a blob as a file through a temporary link. */
export function download(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
