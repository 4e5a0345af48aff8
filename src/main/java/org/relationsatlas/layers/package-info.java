/** Map features by layer (borders, pipelines, railways, exercise areas) and their GeoJSON endpoint. */
package org.relationsatlas.layers;
