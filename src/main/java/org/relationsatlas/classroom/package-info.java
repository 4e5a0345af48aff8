/**
 * The classroom: the list of lessons, presenting a lesson step by step (with presenter notes in a
 * toggle or a window of their own), and editing lessons for editors, including "Add current view as
 * step", which it plugs into the atlas as an {@link org.relationsatlas.atlas.AtlasExtension}.
 */
package org.relationsatlas.classroom;
