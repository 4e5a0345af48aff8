/** Regions to explore by: rough areas that group events and features. */
package org.relationsatlas.regions;
