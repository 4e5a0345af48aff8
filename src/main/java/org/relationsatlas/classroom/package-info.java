/**
 * The classroom: the list of lessons, presenting a lesson step by step (with presenter notes in a
 * toggle or a window of their own), and editing lessons for editors.
 */
package org.relationsatlas.classroom;
