/** Where facts come from: the public pages cited by events and features. */
package org.relationsatlas.sources;
