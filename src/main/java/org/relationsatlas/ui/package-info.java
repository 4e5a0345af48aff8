/** Small pieces shared by the app's own components and views, such as batching updates to the browser. */
package org.relationsatlas.ui;
