/** The map component: the Java side of the OpenLayers web component in frontend/atlas-map.ts. */
package org.relationsatlas.map;
