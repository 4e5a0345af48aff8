/**
 * Lessons: ordered steps, each a saved view of the atlas (years, layers, region or camera, highlighted
 * event) with a caption in both languages and presenter notes. Stored in H2, shipped as JSON files in
 * data/lessons, exported and imported in the same format (see data/lessons/README.md).
 */
package org.relationsatlas.lessons;
