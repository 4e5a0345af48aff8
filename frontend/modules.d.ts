// Vite's build type-checks: these modules ship no TypeScript declarations.
declare module 'ol/ol.css';
declare module '@fontsource/*';
declare module '*?url' {
  const url: string;
  export default url;
}
declare module 'topojson-client' {
  export function feature(topology: any, object: any): any;
  export function merge(topology: any, objects: any[]): any;
}
